#include "ui/zones/ZoneNameTreeModel.h"

#include "core/dns/DnsName.h"

#include <QBrush>
#include <QPalette>

namespace danewerk::ui {

ZoneNameTreeModel::ZoneNameTreeModel(QObject* parent) : QAbstractItemModel(parent) {}

void ZoneNameTreeModel::setTree(std::shared_ptr<const core::Zone> zone, std::shared_ptr<const ZoneNameTree> tree) {
    beginResetModel();
    m_zone = std::move(zone);
    m_tree = std::move(tree);
    endResetModel();
}

QModelIndex ZoneNameTreeModel::index(int row, int column, const QModelIndex& parent) const {
    if (!m_tree || row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid()) {
        if (size_t(row) >= m_tree->roots.size())
            return {};
        return createIndex(row, column, quintptr(m_tree->roots[size_t(row)]));
    }
    const ZoneNameTree::Node& node = m_tree->nodes[nodeOf(parent)];
    if (quint32(row) >= node.childCount)
        return {};
    return createIndex(row, column, quintptr(m_tree->children[node.childStart + quint32(row)]));
}

QModelIndex ZoneNameTreeModel::parent(const QModelIndex& child) const {
    if (!m_tree || !child.isValid())
        return {};
    const quint32 parent = m_tree->nodes[nodeOf(child)].parent;
    if (parent == ZoneNameTree::NoParent)
        return {};
    return createIndex(int(m_tree->nodes[parent].row), 0, quintptr(parent));
}

int ZoneNameTreeModel::rowCount(const QModelIndex& parent) const {
    if (!m_tree)
        return 0;
    if (!parent.isValid())
        return int(m_tree->roots.size());
    if (parent.column() != 0)
        return 0;
    return int(m_tree->nodes[nodeOf(parent)].childCount);
}

int ZoneNameTreeModel::columnCount(const QModelIndex&) const {
    return ColumnCount;
}

QVariant ZoneNameTreeModel::data(const QModelIndex& index, int role) const {
    if (!m_tree || !m_zone || !index.isValid())
        return {};
    const quint32 node = nodeOf(index);
    const ZoneNameTree::Node& n = m_tree->nodes[node];
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == RecordsColumn)
            return n.records;
        {
            const QByteArray wire = m_tree->wireName(*m_zone, node);
            if (n.parent == ZoneNameTree::NoParent || wire.isEmpty() || wire[0] == 0)
                return core::dnsNameToText(wire);
            // Only the first label below the parent.
            QByteArray label = wire.left(std::uint8_t(wire[0]) + 1);
            label.append('\0');
            return core::dnsNameToText(label).chopped(1);
        }
    case Qt::ToolTipRole:
    case FullNameRole:
        return core::dnsNameToText(m_tree->wireName(*m_zone, node));
    case Qt::ForegroundRole:
        if (n.name < 0)
            return QPalette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == RecordsColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QVariant ZoneNameTreeModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == LabelColumn ? tr("Name") : tr("Records");
}

} // namespace danewerk::ui
