#include "ui/diagram/ChainScene.h"

#include "ui/diagram/ChainClusterItem.h"
#include "ui/diagram/ChainEdgeItem.h"
#include "ui/diagram/ChainNodeItem.h"

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

void ChainScene::emitSelection() {
    const QList<QGraphicsItem*> selected = selectedItems();
    if (selected.isEmpty())
        return;
    if (selected.first()->type() == ChainNodeItem::Type)
        Q_EMIT nodeActivated(static_cast<ChainNodeItem*>(selected.first())->node().id);
    else if (selected.first()->type() == ChainClusterItem::Type)
        Q_EMIT nodeActivated(QStringLiteral("zone:") +
                             static_cast<ChainClusterItem*>(selected.first())->cluster().zone);
}

} // namespace danewerk::ui
