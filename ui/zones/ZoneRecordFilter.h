#pragma once

#include "core/zone/Zone.h"

#include <QFutureWatcher>
#include <QSortFilterProxyModel>

#include <memory>
#include <optional>
#include <vector>

namespace danewerk::ui {

// Filters zone records by name (substring of the owner, or a whole subtree) and type, and sorts them. The
// name filter is evaluated once per name, not once per record, so filtering a large zone stays quick.
// Sorting by data or type in a large zone never runs on the GUI thread: a background job ranks every record
// by the zone's values (canonical RDATA octets, type mnemonics), and the proxy then sorts by those integer
// ranks (a fraction of a second for a million rows). Until the ranks arrive the rows keep their order.
class ZoneRecordFilter : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit ZoneRecordFilter(QObject* parent = nullptr);
    ~ZoneRecordFilter() override;
    void setSourceModel(QAbstractItemModel* model) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // Zones with at least this many records rank in the background; smaller ones compare directly.
    void setBackgroundSortThreshold(qsizetype records) { m_backgroundThreshold = records; }
    // True while a background job ranks the records for the current sort column.
    [[nodiscard]] bool isSorting() const { return m_sorting; }

    // The rank of every record of the zone by one column's values (ties in canonical order): rank[row].
    [[nodiscard]] static std::vector<quint32> rankRecords(const core::Zone& zone, int column);

    // Case-insensitive substring of the owner name; empty shows every name.
    void setNameFilter(const QString& text);
    // Only this owner name and the names below it (presentation format); empty clears it.
    void setSubtree(const QString& name);
    // Only records of this type; nullopt shows all types.
    void setTypeFilter(std::optional<quint16> type);

    [[nodiscard]] QString nameFilter() const { return m_nameFilter; }
    [[nodiscard]] QString subtree() const { return m_subtree; }
    [[nodiscard]] std::optional<quint16> typeFilter() const { return m_type; }

Q_SIGNALS:
    // A background sort started (true) or its result was applied (false).
    void sortingChanged(bool sorting);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    // Compares the zone's values directly (canonical order for names, RDATA octets for data) instead of
    // formatted text, so that sorting a million records never formats them all.
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    void rebuildNameMask();
    [[nodiscard]] static bool needsRanks(int column);
    void startRanking(int column);
    void rankingFinished();
    void forgetRanks();

    struct RankJob {
        std::shared_ptr<const core::Zone> zone;
        int column = -1;
        std::vector<quint32> ranks;
    };

    QString m_nameFilter;
    QString m_subtree;
    std::optional<quint16> m_type;
    std::vector<bool> m_nameAccepted; // per owner index; empty when no name filter is set
    qsizetype m_backgroundThreshold = 20000;
    int m_rankedColumn = -1;  // the column m_ranks belongs to
    int m_rankingColumn = -1; // the column the running job ranks
    int m_pendingColumn = -1; // asked for, waiting for its ranks
    Qt::SortOrder m_pendingOrder = Qt::AscendingOrder;
    bool m_sorting = false;       // from the start of a rank job until its result is applied
    std::vector<quint32> m_ranks; // per source row, for m_rankedColumn of the current zone
    QFutureWatcher<std::shared_ptr<RankJob>> m_rankWatcher;
};

} // namespace danewerk::ui
