#include "ui/diagram/ChainView.h"

#include <QWheelEvent>

namespace danewerk::ui {

ChainView::ChainView(QWidget* parent) : QGraphicsView(parent) {
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    setDragMode(QGraphicsView::ScrollHandDrag);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setViewportUpdateMode(QGraphicsView::SmartViewportUpdate);
    setBackgroundBrush(Qt::white);
}

void ChainView::zoomBy(qreal factor) {
    m_autoFit = false;
    const qreal next = zoom() * factor;
    if (next < 0.05 || next > 8)
        return;
    scale(factor, factor);
}

void ChainView::zoomIn() {
    zoomBy(1.25);
}

void ChainView::zoomOut() {
    zoomBy(0.8);
}

void ChainView::fitAll() {
    m_autoFit = true;
    fitToViewport();
}

void ChainView::actualSize() {
    m_autoFit = false;
    setTransform(QTransform());
}

void ChainView::resizeEvent(QResizeEvent* event) {
    QGraphicsView::resizeEvent(event);
    if (m_autoFit)
        fitToViewport();
}

void ChainView::fitToViewport() {
    if (!scene())
        return;
    fitInView(scene()->sceneRect(), Qt::KeepAspectRatio);
    // Never blow a small diagram up beyond its natural size.
    if (zoom() > 1.0)
        setTransform(QTransform());
}

void ChainView::wheelEvent(QWheelEvent* event) {
    if (event->modifiers() & Qt::ControlModifier || !(event->modifiers() & Qt::ShiftModifier)) {
        zoomBy(event->angleDelta().y() > 0 ? 1.15 : 1 / 1.15);
        event->accept();
        return;
    }
    QGraphicsView::wheelEvent(event);
}

} // namespace danewerk::ui
