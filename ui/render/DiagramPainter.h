#pragma once

#include "core/diagram/ChainLayout.h"

class QPainter;

namespace danewerk::render {

// Paints the parts of a laid-out chain diagram. The GUI's scene items and the headless export call the
// same functions, so both show the same picture.
class DiagramPainter {
public:
    static void paintCluster(QPainter& painter, const core::DiagramCluster& cluster);
    static void paintNode(QPainter& painter, const core::DiagramNode& node, bool highlighted = false);
    static void paintEdge(QPainter& painter, const core::DiagramEdge& edge);
    static void paintLegend(QPainter& painter, const QRectF& rect);
    // The whole diagram with a title line above it, into the painter's current coordinates where
    // `layout.bounds()` grown by titleHeight() at the top is the picture.
    static void paintAll(QPainter& painter, const core::ChainLayout& layout, const QString& title);
    [[nodiscard]] static qreal titleHeight() { return 34; }
};

} // namespace danewerk::render
