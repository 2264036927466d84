#include "ui/diagram/ChainEdgeItem.h"

#include "ui/diagram/ChainNodeItem.h"
#include "ui/render/DiagramPainter.h"

#include <QPainter>
#include <QPolygonF>

namespace danewerk::ui {

ChainEdgeItem::ChainEdgeItem(const core::DiagramEdge& edge, ChainNodeItem* from, ChainNodeItem* to)
    : m_edge(edge), m_from(from), m_to(to) {
    setZValue(1);
    from->addEdge(this);
    to->addEdge(this);
    setToolTip(QStringLiteral("%1 \u00b7 %2").arg(edge.kind, edge.status));
    // The layout's route (it passes beside boxes in between); re-routed directly once a node moves.
    if (m_edge.route.size() < 2)
        m_edge.route = core::ChainLayout::route(m_from->sceneBox(), m_to->sceneBox());
    m_bounds = QPolygonF(m_edge.route).boundingRect().adjusted(-12, -12, 72, 12);
}

void ChainEdgeItem::adjust() {
    prepareGeometryChange();
    m_edge.route = core::ChainLayout::route(m_from->sceneBox(), m_to->sceneBox());
    m_bounds = QPolygonF(m_edge.route).boundingRect().adjusted(-12, -12, 72, 12); // arrow, label
}

QRectF ChainEdgeItem::boundingRect() const {
    return m_bounds;
}

void ChainEdgeItem::paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget*) {
    render::DiagramPainter::paintEdge(*painter, m_edge);
}

} // namespace danewerk::ui
