#include "ui/diagram/ChainNodeItem.h"

#include "ui/diagram/ChainEdgeItem.h"
#include "ui/render/DiagramPainter.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPainterPath>
#include <QStyleOptionGraphicsItem>

namespace danewerk::ui {

ChainNodeItem::ChainNodeItem(const core::DiagramNode& node) : m_node(node) {
    setPos(node.rect.topLeft());
    m_node.rect.moveTopLeft(QPointF(0, 0));
    if (node.kind == QLatin1String("zone")) {
        // A zone is drawn as its cluster's header; this item only anchors the zone's edges.
        setZValue(0.5);
        return;
    }
    setFlags(ItemIsSelectable | ItemIsMovable | ItemSendsGeometryChanges);
    setAcceptHoverEvents(true);
    setZValue(2);
    setCursor(Qt::PointingHandCursor);
    setToolTip(QStringLiteral("<b>%1</b><br>%2<br><tt>%3</tt>")
                   .arg(node.label.toHtmlEscaped(), node.subtitle.toHtmlEscaped(), node.id.toHtmlEscaped()));
}

QRectF ChainNodeItem::boundingRect() const {
    return m_node.rect.adjusted(-6, -10, 6, 6); // wide strokes, the trust-anchor mark
}

QPainterPath ChainNodeItem::shape() const {
    QPainterPath path;
    if (m_node.isEllipse())
        path.addEllipse(m_node.rect);
    else
        path.addRect(m_node.rect);
    return path;
}

void ChainNodeItem::paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget*) {
    const bool hovered = option->state & QStyle::State_MouseOver;
    render::DiagramPainter::paintNode(*painter, m_node, isSelected() || hovered);
}

QRectF ChainNodeItem::sceneBox() const {
    return m_node.rect.translated(pos());
}

QVariant ChainNodeItem::itemChange(GraphicsItemChange change, const QVariant& value) {
    if (change == ItemPositionHasChanged)
        for (ChainEdgeItem* edge : std::as_const(m_edges))
            edge->adjust();
    return QGraphicsItem::itemChange(change, value);
}

} // namespace danewerk::ui
