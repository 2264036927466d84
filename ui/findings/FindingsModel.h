#pragma once

#include "core/findings/Finding.h"

#include <QAbstractTableModel>

namespace danewerk::ui {

// Adapts a list of engine findings for a table: severity (with icon), code, message, subject, RFC, fix.
class FindingsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { SeverityColumn, CodeColumn, MessageColumn, SubjectColumn, RfcColumn, FixColumn, ColumnCount };
    enum Role { SeverityRole = Qt::UserRole + 1, FindingIndexRole };

    explicit FindingsModel(QObject* parent = nullptr);

    void setFindings(const core::Findings& findings);
    [[nodiscard]] const core::Findings& findings() const { return m_findings; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    [[nodiscard]] static QIcon severityIcon(core::Severity severity);
    [[nodiscard]] static QString severityText(core::Severity severity);

private:
    core::Findings m_findings;
};

} // namespace danewerk::ui
