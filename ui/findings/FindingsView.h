#pragma once

#include "core/findings/Finding.h"

#include <QWidget>

class QTableView;
class QLabel;

namespace danewerk::ui {

class FindingsModel;

// The findings panel every page shows: a summary line ("2 errors, 1 warning") over a sortable table.
class FindingsView : public QWidget {
    Q_OBJECT
public:
    explicit FindingsView(QWidget* parent = nullptr);
    void setFindings(const core::Findings& findings);
    // For narrow panels: only severity, code and message in the table; the rest is in the details below.
    void setCompact(bool compact);
    [[nodiscard]] FindingsModel* model() const { return m_model; }
    [[nodiscard]] QTableView* table() const { return m_table; }

Q_SIGNALS:
    void findingActivated(const danewerk::core::Finding& finding);

private:
    void showDetails(int row);

    FindingsModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_summary = nullptr;
    QLabel* m_details = nullptr;
};

} // namespace danewerk::ui
