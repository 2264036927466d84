#pragma once

#include "core/zone/Zone.h"

#include <QAbstractTableModel>

#include <memory>

namespace danewerk::ui {

// The records of a loaded zone as a virtual table: rows are formatted only when a view asks for them, so a
// zone of millions of records opens instantly. Rows are in canonical order (the zone's own order).
class ZoneRecordModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { NameColumn, TtlColumn, ClassColumn, TypeColumn, DataColumn, ColumnCount };
    enum Role {
        SortRole = Qt::UserRole + 1, // numbers for TTL and type, the canonical position for names
        OwnerIndexRole,              // index of the owner name in the zone
        TypeRole,                    // RR type number
    };

    explicit ZoneRecordModel(QObject* parent = nullptr);

    void setZone(std::shared_ptr<const core::Zone> zone);
    [[nodiscard]] const std::shared_ptr<const core::Zone>& zone() const { return m_zone; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::shared_ptr<const core::Zone> m_zone;
};

} // namespace danewerk::ui
