#include "ui/zones/ZoneRecordFilter.h"

#include "core/dns/DnsName.h"
#include "core/zone/CanonicalRdata.h"
#include "ui/zones/ZoneRecordModel.h"

namespace danewerk::ui {

ZoneRecordFilter::ZoneRecordFilter(QObject* parent) : QSortFilterProxyModel(parent) {
    setSortRole(ZoneRecordModel::SortRole);
}

void ZoneRecordFilter::setSourceModel(QAbstractItemModel* model) {
    // Connected before the proxy's own handler, so the name mask fits the new zone when the proxy refilters.
    if (model) {
        connect(model, &QAbstractItemModel::modelReset, this, [this] {
            if (!m_nameFilter.isEmpty() || !m_subtree.isEmpty())
                rebuildNameMask();
        });
    }
    QSortFilterProxyModel::setSourceModel(model);
    rebuildNameMask();
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
    auto* records = qobject_cast<ZoneRecordModel*>(sourceModel());
    if (!records || !records->zone())
        return QSortFilterProxyModel::lessThan(left, right);
    const core::Zone& zone = *records->zone();
    const core::ZoneRecord& a = zone.record(left.row());
    const core::ZoneRecord& b = zone.record(right.row());
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
