#include "ui/diagram/ChainEdgeItem.h"

#include "ui/diagram/ChainNodeItem.h"
#include "ui/render/DiagramPainter.h"

#include <QPainter>
#include <QPainterPath>
#include <QPainterPathStroker>
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

QPainterPath ChainEdgeItem::shape() const {
    QPainterPath path;
    const QList<QPointF>& r = m_edge.route;
    if (r.size() < 2)
        return path;
    path.moveTo(r.first());
    if ((r.size() - 1) % 3 == 0)
        for (qsizetype i = 1; i + 2 < r.size(); i += 3)
            path.cubicTo(r[i], r[i + 1], r[i + 2]);
    else
        for (qsizetype i = 1; i < r.size(); ++i)
            path.lineTo(r[i]);
    QPainterPathStroker stroker;
    stroker.setWidth(8);
    return stroker.createStroke(path);
}

void ChainEdgeItem::paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget*) {
    render::DiagramPainter::paintEdge(*painter, m_edge);
}

} // namespace danewerk::ui
