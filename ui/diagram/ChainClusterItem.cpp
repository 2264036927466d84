#include "ui/diagram/ChainClusterItem.h"

#include "ui/render/DiagramPainter.h"

#include <QPainter>

namespace danewerk::ui {

ChainClusterItem::ChainClusterItem(const core::DiagramCluster& cluster) : m_cluster(cluster) {
    setZValue(0);
    setFlag(ItemIsSelectable);
    setToolTip(QStringLiteral("<b>%1</b><br>%2").arg(cluster.zone.toHtmlEscaped(), cluster.status.toHtmlEscaped()));
}

QRectF ChainClusterItem::boundingRect() const {
    return m_cluster.rect.adjusted(-4, -4, 4, 4);
}

void ChainClusterItem::paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget*) {
    render::DiagramPainter::paintCluster(*painter, m_cluster);
}

void ChainLegendItem::paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget*) {
    render::DiagramPainter::paintLegend(*painter, m_rect);
}

} // namespace danewerk::ui
