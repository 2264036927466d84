#pragma once

#include "core/zone/Zone.h"
#include "ui/zones/ZoneRecordArrangement.h"

#include <QAbstractTableModel>

#include <memory>
#include <optional>

namespace danewerk::ui {

class ZoneRecordArranger;

// The records of a loaded zone as a virtual table: rows are formatted only when a view asks for them, so a
// zone of millions of records opens instantly. The model sorts and filters itself: the rows for a new sort
// column or filter are computed off the GUI thread (ZoneRecordArranger) and swapped in at once, with the
// persistent indexes (selection, current row) moved to where their records went. Until then the table keeps
// showing the previous arrangement and isBusy() is true. Without a sort column the rows are in the zone's
// canonical order; ties of every column stay in canonical order in both directions.
class ZoneRecordModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { NameColumn, TtlColumn, ClassColumn, TypeColumn, DataColumn, ColumnCount };
    enum Role {
        RecordIndexRole = Qt::UserRole + 1, // index of the record in the zone
        OwnerIndexRole,                     // index of the owner name in the zone
        TypeRole,                           // RR type number
    };

    explicit ZoneRecordModel(QObject* parent = nullptr);
    ~ZoneRecordModel() override;

    // Shows a zone in canonical order at once; its sort and filters (kept from before) follow.
    void setZone(std::shared_ptr<const core::Zone> zone);
    [[nodiscard]] const std::shared_ptr<const core::Zone>& zone() const { return m_zone; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    // Column -1 restores the canonical order.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // Case-insensitive substring of the owner name; empty shows every name.
    void setNameFilter(const QString& text);
    // Only this owner name and the names below it (presentation format); empty clears it.
    void setSubtree(const QString& name);
    // Only records of this type; nullopt shows all types.
    void setTypeFilter(std::optional<quint16> type);
    // All filters at once (one arrangement instead of three).
    void setFilters(const QString& nameFilter, const QString& subtree, std::optional<quint16> type);

    // What was asked for last (the rows follow it once isBusy() is false), and what the rows follow now.
    [[nodiscard]] const ZoneRecordQuery& query() const { return m_query; }
    [[nodiscard]] const ZoneRecordQuery& shownQuery() const { return m_shownQuery; }
    [[nodiscard]] QString nameFilter() const { return m_query.nameFilter; }
    [[nodiscard]] QString subtree() const { return m_query.subtree; }
    [[nodiscard]] std::optional<quint16> typeFilter() const { return m_query.type; }
    [[nodiscard]] int sortColumn() const { return m_query.column; }
    [[nodiscard]] Qt::SortOrder sortOrder() const {
        return m_query.descending ? Qt::DescendingOrder : Qt::AscendingOrder;
    }

    // The zone's record shown in a row, and the row showing a record (-1 when filtered out).
    [[nodiscard]] qsizetype recordAt(int row) const;
    [[nodiscard]] int rowOfRecord(qsizetype record) const;

    // True while the rows for the newest sort or filter are being computed in the background.
    [[nodiscard]] bool isBusy() const;
    // Zones with at least this many records are arranged in the background; smaller ones at once.
    void setBackgroundThreshold(qsizetype records);

Q_SIGNALS:
    void busyChanged(bool busy);
    // The rows now follow query() (after every applied sort or filter).
    void arranged();

private:
    void ask(const ZoneRecordQuery& query);
    void apply(const ZoneRecordQuery& query, const std::shared_ptr<ZoneRecordRows>& rows);

    std::shared_ptr<const core::Zone> m_zone;
    ZoneRecordQuery m_query;      // asked for
    ZoneRecordQuery m_shownQuery; // what m_rows follow
    ZoneRecordRows m_rows;        // shown
    ZoneRecordArranger* m_arranger = nullptr;
};

} // namespace danewerk::ui
