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
    // The whole picture when its labels stay readable; else the full width, scrolled to the mail hosts,
    // certificates and verdict (the chain of trust is above them).
    const QRectF rect = scene()->sceneRect();
    const QSizeF available(viewport()->width() - 4, viewport()->height() - 4);
    if (rect.width() <= 0 || available.width() <= 0 || available.height() <= 0)
        return;
    const qreal whole = std::min({1.0, available.width() / rect.width(), available.height() / rect.height()});
    if (whole >= 0.8) {
        setTransform(QTransform::fromScale(whole, whole));
        centerOn(rect.center());
        return;
    }
    const qreal factor = std::min<qreal>(1.0, available.width() / rect.width());
    setTransform(QTransform::fromScale(factor, factor));
    centerOn(rect.center().x(), rect.bottom() - available.height() / (2 * factor));
}

void ChainView::fitWhole() {
    if (!scene())
        return;
    m_autoFit = false;
    fitInView(scene()->sceneRect(), Qt::KeepAspectRatio);
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
