#include "ui/zones/ZoneRecordModel.h"

#include "core/dns/DnsName.h"

#include <QFont>
#include <QFontDatabase>

namespace danewerk::ui {

ZoneRecordModel::ZoneRecordModel(QObject* parent) : QAbstractTableModel(parent) {}

void ZoneRecordModel::setZone(std::shared_ptr<const core::Zone> zone) {
    beginResetModel();
    m_zone = std::move(zone);
    endResetModel();
}

int ZoneRecordModel::rowCount(const QModelIndex& parent) const {
    if (parent.isValid() || !m_zone)
        return 0;
    return int(std::min<qsizetype>(m_zone->recordCount(), std::numeric_limits<int>::max()));
}

int ZoneRecordModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ZoneRecordModel::data(const QModelIndex& index, int role) const {
    if (!m_zone || !index.isValid() || index.row() >= rowCount())
        return {};
    const core::ZoneRecord& r = m_zone->record(index.row());
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
            return m_zone->rdataText(index.row());
        default:
            return {};
        }
    case SortRole:
        switch (index.column()) {
        case NameColumn:
            return index.row(); // the zone is in canonical order already
        case TtlColumn:
            return r.ttl;
        case ClassColumn:
            return r.rclass;
        case TypeColumn:
            return core::rrTypeName(r.type);
        case DataColumn:
            return m_zone->rdataText(index.row());
        default:
            return {};
        }
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
