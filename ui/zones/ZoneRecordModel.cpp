#include "ui/zones/ZoneRecordModel.h"

#include "core/dns/DnsName.h"
#include "ui/zones/ZoneRecordArranger.h"

#include <QFont>
#include <QFontDatabase>

namespace danewerk::ui {

ZoneRecordModel::ZoneRecordModel(QObject* parent)
    : QAbstractTableModel(parent), m_arranger(new ZoneRecordArranger(this)) {
    m_rows.count = 0;
    connect(m_arranger, &ZoneRecordArranger::arranged, this, &ZoneRecordModel::apply);
    connect(m_arranger, &ZoneRecordArranger::busyChanged, this, &ZoneRecordModel::busyChanged);
}

ZoneRecordModel::~ZoneRecordModel() = default;

void ZoneRecordModel::setZone(std::shared_ptr<const core::Zone> zone) {
    beginResetModel();
    m_zone = std::move(zone);
    m_arranger->setZone(m_zone);
    m_rows = ZoneRecordRows();
    m_shownQuery = ZoneRecordQuery();
    m_rows.count = m_zone ? quint32(std::min<qsizetype>(m_zone->recordCount(), std::numeric_limits<int>::max())) : 0;
    endResetModel();
    // The canonical order is on screen; the sort and filters asked for before follow.
    if (m_zone && (m_query.column >= 0 || m_query.filters()))
        m_arranger->request(m_query);
}

bool ZoneRecordModel::isBusy() const {
    return m_arranger->isBusy();
}

void ZoneRecordModel::setBackgroundThreshold(qsizetype records) {
    m_arranger->setBackgroundThreshold(records);
}

void ZoneRecordModel::sort(int column, Qt::SortOrder order) {
    ZoneRecordQuery query = m_query;
    query.column = column >= 0 && column < ColumnCount ? column : -1;
    query.descending = query.column >= 0 && order == Qt::DescendingOrder;
    ask(query);
}

void ZoneRecordModel::setNameFilter(const QString& text) {
    ZoneRecordQuery query = m_query;
    query.nameFilter = text;
    ask(query);
}

void ZoneRecordModel::setSubtree(const QString& name) {
    ZoneRecordQuery query = m_query;
    query.subtree = name;
    ask(query);
}

void ZoneRecordModel::setTypeFilter(std::optional<quint16> type) {
    ZoneRecordQuery query = m_query;
    query.type = type;
    ask(query);
}

void ZoneRecordModel::setFilters(const QString& nameFilter, const QString& subtree, std::optional<quint16> type) {
    ZoneRecordQuery query = m_query;
    query.nameFilter = nameFilter;
    query.subtree = subtree;
    query.type = type;
    ask(query);
}

void ZoneRecordModel::ask(const ZoneRecordQuery& query) {
    if (query == m_query)
        return;
    m_query = query;
    m_arranger->request(m_query);
}

// On the GUI thread, and independent of the zone's size: the rows were computed elsewhere; only the persistent
// indexes (a handful: selection, current row, editors) are moved here.
void ZoneRecordModel::apply(const ZoneRecordQuery& query, const std::shared_ptr<ZoneRecordRows>& rows) {
    Q_EMIT layoutAboutToBeChanged();
    const QModelIndexList from = persistentIndexList();
    QModelIndexList to;
    to.reserve(from.size());
    for (const QModelIndex& index : from) {
        const quint32 row = rows->rowOf(m_rows.recordAt(quint32(index.row())));
        to << (row == ZoneRecordRows::NotShown ? QModelIndex() : createIndex(int(row), index.column()));
    }
    m_rows = std::move(*rows);
    m_shownQuery = query;
    changePersistentIndexList(from, to);
    Q_EMIT layoutChanged();
    Q_EMIT arranged();
}

qsizetype ZoneRecordModel::recordAt(int row) const {
    if (row < 0 || quint32(row) >= m_rows.count)
        return -1;
    return m_rows.recordAt(quint32(row));
}

int ZoneRecordModel::rowOfRecord(qsizetype record) const {
    if (!m_zone || record < 0 || record >= m_zone->recordCount())
        return -1;
    const quint32 row = m_rows.rowOf(quint32(record));
    return row == ZoneRecordRows::NotShown ? -1 : int(row);
}

int ZoneRecordModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() || !m_zone ? 0 : int(m_rows.count);
}

int ZoneRecordModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ZoneRecordModel::data(const QModelIndex& index, int role) const {
    if (!m_zone || !index.isValid() || index.row() >= rowCount())
        return {};
    const qsizetype record = recordAt(index.row());
    const core::ZoneRecord& r = m_zone->record(record);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case NameColumn:
            return core::dnsNameToText(m_zone->ownerOf(r));
        case TtlColumn:
            return r.ttl;
        case ClassColumn:
            return core::rrClassName(r.rclass);
        case TypeColumn:
            return core::rrTypeName(r.type);
        case DataColumn:
            return m_zone->rdataText(record);
        default:
            return {};
        }
    case RecordIndexRole:
        return qlonglong(record);
    case OwnerIndexRole:
        return r.owner;
    case TypeRole:
        return r.type;
    case Qt::FontRole:
        if (index.column() == DataColumn)
            return QFontDatabase::systemFont(QFontDatabase::FixedFont);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == TtlColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QVariant ZoneRecordModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case TtlColumn:
        return tr("TTL");
    case ClassColumn:
        return tr("Class");
    case TypeColumn:
        return tr("Type");
    case DataColumn:
        return tr("Data");
    default:
        return {};
    }
}

} // namespace danewerk::ui
