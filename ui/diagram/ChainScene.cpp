#include "ui/diagram/ChainScene.h"

#include "ui/diagram/ChainClusterItem.h"
#include "ui/diagram/ChainEdgeItem.h"
#include "ui/diagram/ChainNodeItem.h"

#include <QGraphicsSceneMouseEvent>

namespace danewerk::ui {

ChainScene::ChainScene(QObject* parent) : QGraphicsScene(parent) {
    setBackgroundBrush(Qt::white);
    connect(this, &QGraphicsScene::selectionChanged, this, &ChainScene::emitSelection);
}

ChainScene::~ChainScene() {
    // Items report selection changes while they die; nobody should hear them then.
    blockSignals(true);
    clear();
}

void ChainScene::clearDiagram() {
    clear();
    m_nodes.clear();
    m_edges.clear();
    m_layout = {};
    m_title.clear();
}

void ChainScene::setDiagram(const core::ChainLayout& layout, const QString& title) {
    clearDiagram();
    m_layout = layout;
    m_title = title;
    for (const core::DiagramCluster& c : layout.clusters())
        addItem(new ChainClusterItem(c));
    for (const core::DiagramNode& n : layout.nodes()) {
        auto* item = new ChainNodeItem(n);
        addItem(item);
        m_nodes.insert(n.id, item);
    }
    for (const core::DiagramEdge& e : layout.edges()) {
        ChainNodeItem* from = m_nodes.value(e.from);
        ChainNodeItem* to = m_nodes.value(e.to);
        if (!from || !to)
            continue; // the layout makes a node for every edge end; kept defensive
        auto* item = new ChainEdgeItem(e, from, to);
        addItem(item);
        m_edges << item;
    }
    addItem(new ChainLegendItem(layout.legendRect()));
    setSceneRect(layout.bounds());
}

void ChainScene::selectNode(const QString& id) {
    clearSelection();
    if (ChainNodeItem* item = m_nodes.value(id))
        item->setSelected(true);
}

QString ChainScene::idOf(const QGraphicsItem* item) {
    if (item && item->type() == ChainNodeItem::Type)
        return static_cast<const ChainNodeItem*>(item)->node().id;
    if (item && item->type() == ChainClusterItem::Type)
        return QStringLiteral("zone:") + static_cast<const ChainClusterItem*>(item)->cluster().zone;
    return {};
}

void ChainScene::emitSelection() {
    const QList<QGraphicsItem*> selected = selectedItems();
    if (selected.isEmpty())
        return;
    const QString id = idOf(selected.first());
    if (!id.isEmpty())
        Q_EMIT nodeActivated(id);
}

void ChainScene::mouseDoubleClickEvent(QGraphicsSceneMouseEvent* event) {
    QGraphicsScene::mouseDoubleClickEvent(event);
    // The topmost node or cluster under the pointer (edges and the legend lie above or beside them).
    for (const QGraphicsItem* item : items(event->scenePos())) {
        const QString id = idOf(item);
        if (!id.isEmpty()) {
            Q_EMIT nodeDoubleClicked(id);
            return;
        }
    }
}

} // namespace danewerk::ui
