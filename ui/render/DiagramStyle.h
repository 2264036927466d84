#pragma once

#include "core/diagram/DiagramStatus.h"

#include <QColor>
#include <QFont>
#include <QPen>

class QPainter;

namespace danewerk::render {

// Colour, line style and icon per status class: colour is never the only signal (solid, dashed, double,
// dotted, hollow; check mark, dash, cross, clock, question mark).
class DiagramStyle {
public:
    [[nodiscard]] static QColor colour(core::DiagramStatus status);
    [[nodiscard]] static QColor fill(core::DiagramStatus status);
    [[nodiscard]] static Qt::PenStyle lineStyle(core::DiagramStatus status);
    [[nodiscard]] static bool doubleLine(core::DiagramStatus status) { return status == core::DiagramStatus::Bogus; }
    [[nodiscard]] static QPen pen(core::DiagramStatus status, qreal width);
    // The icon in a circle of the given rectangle.
    static void paintIcon(QPainter& painter, const QRectF& rect, core::DiagramStatus status);
    [[nodiscard]] static QString legendText(core::DiagramStatus status);

    [[nodiscard]] static QFont titleFont();
    [[nodiscard]] static QFont subtitleFont();
    // Width of a node text line in the title font (the layout's size callback).
    [[nodiscard]] static qreal textWidth(const QString& text);
};

} // namespace danewerk::render
