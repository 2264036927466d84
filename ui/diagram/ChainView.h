#pragma once

#include <QGraphicsView>

namespace danewerk::ui {

// The diagram view: wheel zooms (around the cursor), dragging the background pans, fit shows everything.
class ChainView : public QGraphicsView {
    Q_OBJECT
public:
    explicit ChainView(QWidget* parent = nullptr);
    void zoomIn();
    void zoomOut();
    // Fits the width and follows the window size (the default).
    void fitAll();
    // Shows the whole diagram at once.
    void fitWhole();
    void actualSize();
    [[nodiscard]] qreal zoom() const { return transform().m11(); }

protected:
    void wheelEvent(QWheelEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void zoomBy(qreal factor);
    void fitToViewport();
    bool m_autoFit = true; // follow the window size until the user zooms
};

} // namespace danewerk::ui
