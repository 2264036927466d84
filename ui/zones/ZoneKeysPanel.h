#pragma once

#include "ui/zones/ZoneDnssecData.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace danewerk::ui {

// The zone's DNSSEC keys as the validation saw them: tag, algorithm, role, flags and, for SEP keys, the DS
// record (SHA-256) to hand to the parent, with a button that copies it.
class ZoneKeysPanel : public QWidget {
    Q_OBJECT
public:
    enum Column { TagColumn, AlgorithmColumn, RoleColumn, FlagsColumn, DsColumn, ColumnCount };

    explicit ZoneKeysPanel(QWidget* parent = nullptr);
    void setKeys(const QList<ZoneKeyRow>& keys);

    [[nodiscard]] QTableWidget* table() const { return m_table; }
    // What "Copy DS" puts on the clipboard: the selected key's DS, or every DS when no DS key is selected.
    [[nodiscard]] QString dsTextToCopy() const;
    void copyDs() const;

private:
    QList<ZoneKeyRow> m_keys;
    QTableWidget* m_table = nullptr;
    QLabel* m_summary = nullptr;
    QPushButton* m_copy = nullptr;
};

} // namespace danewerk::ui
