#include "ui/zones/ZoneRecordFilter.h"

#include "core/dns/DnsName.h"
#include "core/zone/CanonicalRdata.h"
#include "ui/zones/ZoneRecordModel.h"

#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <numeric>

namespace danewerk::ui {

namespace {

bool isBig(const core::Zone& zone, qsizetype threshold) {
    return zone.recordCount() >= threshold;
}

} // namespace

ZoneRecordFilter::ZoneRecordFilter(QObject* parent) : QSortFilterProxyModel(parent) {
    setSortRole(ZoneRecordModel::SortRole);
    connect(&m_rankWatcher, &QFutureWatcher<std::shared_ptr<RankJob>>::finished, this,
            &ZoneRecordFilter::rankingFinished);
}

ZoneRecordFilter::~ZoneRecordFilter() = default; // a running rank job owns its zone and ends on its own

void ZoneRecordFilter::setSourceModel(QAbstractItemModel* model) {
    // Connected before the proxy's own handlers, so the name mask fits the new zone when the proxy refilters,
    // and stale ranks are gone before the proxy re-sorts the new zone.
    if (model) {
        connect(model, &QAbstractItemModel::modelAboutToBeReset, this, &ZoneRecordFilter::forgetRanks);
        connect(model, &QAbstractItemModel::modelReset, this, [this] {
            if (!m_nameFilter.isEmpty() || !m_subtree.isEmpty())
                rebuildNameMask();
            // The proxy keeps its sort column across a reset; a large zone gets its ranks in the background.
            QMetaObject::invokeMethod(
                this,
                [this] {
                    if (m_pendingColumn >= 0)
                        sort(m_pendingColumn, m_pendingOrder);
                    else
                        sort(sortColumn(), sortOrder());
                },
                Qt::QueuedConnection);
        });
    }
    QSortFilterProxyModel::setSourceModel(model);
    rebuildNameMask();
}

bool ZoneRecordFilter::needsRanks(int column) {
    return column == ZoneRecordModel::DataColumn || column == ZoneRecordModel::TypeColumn;
}

void ZoneRecordFilter::forgetRanks() {
    m_ranks.clear();
    m_rankedColumn = -1;
}

void ZoneRecordFilter::sort(int column, Qt::SortOrder order) {
    auto* records = qobject_cast<ZoneRecordModel*>(sourceModel());
    if (records && records->zone() && needsRanks(column) && m_rankedColumn != column &&
        isBig(*records->zone(), m_backgroundThreshold)) {
        // Applied when the ranks arrive; until then the rows keep their order.
        m_pendingColumn = column;
        m_pendingOrder = order;
        if (!(m_sorting && m_rankingColumn == column))
            startRanking(column);
        return;
    }
    m_pendingColumn = -1; // a quick sort asked for later wins over one still waiting for ranks
    QSortFilterProxyModel::sort(column, order);
}

void ZoneRecordFilter::startRanking(int column) {
    auto* records = qobject_cast<ZoneRecordModel*>(sourceModel());
    auto job = std::make_shared<RankJob>();
    job->zone = records->zone();
    job->column = column;
    m_rankingColumn = column;
    const bool wasSorting = m_sorting;
    m_sorting = true;
    // A job still running is left to finish on its own; the watcher follows the new one and ignores the old.
    m_rankWatcher.setFuture(QtConcurrent::run([job] {
        job->ranks = rankRecords(*job->zone, job->column);
        return job;
    }));
    if (!wasSorting)
        Q_EMIT sortingChanged(true);
}

void ZoneRecordFilter::rankingFinished() {
    const std::shared_ptr<RankJob> job = m_rankWatcher.result();
    auto* records = qobject_cast<ZoneRecordModel*>(sourceModel());
    if (job && records && job->zone == records->zone()) {
        m_ranks = std::move(job->ranks);
        m_rankedColumn = job->column;
    }
    // The user may have asked for another column meanwhile, or a new zone came.
    if (m_pendingColumn >= 0 && m_pendingColumn != m_rankedColumn && records && records->zone() &&
        isBig(*records->zone(), m_backgroundThreshold)) {
        startRanking(m_pendingColumn);
        return;
    }
    m_sorting = false;
    if (m_pendingColumn >= 0) {
        const int column = m_pendingColumn;
        m_pendingColumn = -1;
        if (column == sortColumn() && m_pendingOrder == sortOrder())
            invalidate(); // the proxy kept this column across a new zone: re-sort by the ranks now
        else
            QSortFilterProxyModel::sort(column, m_pendingOrder); // layoutAboutToBeChanged / layoutChanged
    }
    Q_EMIT sortingChanged(false);
}

std::vector<quint32> ZoneRecordFilter::rankRecords(const core::Zone& zone, int column) {
    const auto count = size_t(zone.recordCount());
    std::vector<quint32> order(count);
    std::iota(order.begin(), order.end(), quint32(0));
    if (column == ZoneRecordModel::TypeColumn) {
        // Mnemonics ranked once per type, not formatted twice per comparison.
        std::vector<quint16> types;
        for (const core::ZoneRecord& r : zone.records())
            types.push_back(r.type);
        std::sort(types.begin(), types.end());
        types.erase(std::unique(types.begin(), types.end()), types.end());
        std::vector<QString> names;
        for (quint16 t : types)
            names.push_back(core::rrTypeName(t));
        std::vector<size_t> byName(types.size());
        std::iota(byName.begin(), byName.end(), size_t(0));
        std::sort(byName.begin(), byName.end(), [&](size_t a, size_t b) { return names[a] < names[b]; });
        std::vector<quint32> typeRank(65536, 0);
        for (size_t i = 0; i < byName.size(); ++i)
            typeRank[types[byName[i]]] = quint32(i);
        std::stable_sort(order.begin(), order.end(), [&](quint32 a, quint32 b) {
            return typeRank[zone.record(a).type] < typeRank[zone.record(b).type];
        });
    } else if (column == ZoneRecordModel::DataColumn) {
        std::sort(order.begin(), order.end(), [&](quint32 left, quint32 right) {
            const core::ZoneRecord& a = zone.record(left);
            const core::ZoneRecord& b = zone.record(right);
            if (a.type != b.type)
                return a.type < b.type;
            const int c = core::canonicalRdataCompare(a.type, zone.rdata(a), zone.rdata(b));
            return c != 0 ? c < 0 : left < right;
        });
    }
    std::vector<quint32> ranks(count);
    for (size_t i = 0; i < count; ++i)
        ranks[order[i]] = quint32(i);
    return ranks;
}

void ZoneRecordFilter::setNameFilter(const QString& text) {
    if (text == m_nameFilter)
        return;
    m_nameFilter = text;
    rebuildNameMask();
    // invalidate(), not invalidateFilter(): the latter updates a sorted mapping row by row, which is quadratic
    // when a filter change adds or removes most of a million rows.
    invalidate();
}

void ZoneRecordFilter::setSubtree(const QString& name) {
    if (name == m_subtree)
        return;
    m_subtree = name;
    rebuildNameMask();
    // invalidate(), not invalidateFilter(): the latter updates a sorted mapping row by row, which is quadratic
    // when a filter change adds or removes most of a million rows.
    invalidate();
}

void ZoneRecordFilter::setTypeFilter(std::optional<quint16> type) {
    if (type == m_type)
        return;
    m_type = type;
    // invalidate(), not invalidateFilter(): the latter updates a sorted mapping row by row, which is quadratic
    // when a filter change adds or removes most of a million rows.
    invalidate();
}

void ZoneRecordFilter::rebuildNameMask() {
    m_nameAccepted.clear();
    auto* records = qobject_cast<ZoneRecordModel*>(sourceModel());
    if (!records || !records->zone() || (m_nameFilter.isEmpty() && m_subtree.isEmpty()))
        return;
    const core::Zone& zone = *records->zone();
    QByteArray subtree;
    if (!m_subtree.isEmpty()) {
        const core::Result<QByteArray> wire = core::dnsNameFromText(m_subtree);
        subtree = wire ? *wire : QByteArray("\xff", 1); // an impossible name matches nothing
    }
    m_nameAccepted.assign(size_t(zone.nameCount()), false);
    for (quint32 i = 0; i < quint32(zone.nameCount()); ++i) {
        bool accepted = true;
        if (!subtree.isEmpty())
            accepted = core::dnsNameIsSubdomain(zone.name(i), subtree);
        if (accepted && !m_nameFilter.isEmpty())
            accepted = core::dnsNameToText(zone.name(i)).contains(m_nameFilter, Qt::CaseInsensitive);
        m_nameAccepted[i] = accepted;
    }
}

bool ZoneRecordFilter::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const {
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_type && sourceModel()->data(index, ZoneRecordModel::TypeRole).toUInt() != *m_type)
        return false;
    if (!m_nameAccepted.empty()) {
        const quint32 owner = sourceModel()->data(index, ZoneRecordModel::OwnerIndexRole).toUInt();
        if (owner >= m_nameAccepted.size() || !m_nameAccepted[owner])
            return false;
    }
    return true;
}

bool ZoneRecordFilter::lessThan(const QModelIndex& left, const QModelIndex& right) const {
    // First and cheapest: a million-row sort by ranks makes some twenty million of these calls.
    if (left.column() == m_rankedColumn && !m_ranks.empty())
        return m_ranks[size_t(left.row())] < m_ranks[size_t(right.row())];
    auto* records = qobject_cast<ZoneRecordModel*>(sourceModel());
    if (!records || !records->zone())
        return QSortFilterProxyModel::lessThan(left, right);
    const core::Zone& zone = *records->zone();
    const core::ZoneRecord& a = zone.record(left.row());
    const core::ZoneRecord& b = zone.record(right.row());
    if (needsRanks(left.column())) {
        if (isBig(zone, m_backgroundThreshold))
            return left.row() < right.row(); // canonical order until the background ranks arrive
    }
    switch (left.column()) {
    case ZoneRecordModel::TtlColumn:
        if (a.ttl != b.ttl)
            return a.ttl < b.ttl;
        break;
    case ZoneRecordModel::ClassColumn:
        if (a.rclass != b.rclass)
            return a.rclass < b.rclass;
        break;
    case ZoneRecordModel::TypeColumn:
        if (a.type != b.type) {
            const QString nameA = core::rrTypeName(a.type);
            const QString nameB = core::rrTypeName(b.type);
            return nameA < nameB;
        }
        break;
    case ZoneRecordModel::DataColumn:
        if (a.type == b.type) {
            const int c = core::canonicalRdataCompare(a.type, zone.rdata(a), zone.rdata(b));
            if (c != 0)
                return c < 0;
        } else {
            return a.type < b.type;
        }
        break;
    default:
        break;
    }
    return left.row() < right.row(); // canonical order breaks ties and sorts the name column
}

} // namespace danewerk::ui
