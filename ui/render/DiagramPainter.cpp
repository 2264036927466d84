#include "ui/render/DiagramPainter.h"

#include "ui/render/DiagramStyle.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPainterPath>
#include <QtMath>

namespace danewerk::render {

using core::DiagramStatus;

namespace {

QPainterPath curve(const QList<QPointF>& route) {
    QPainterPath path;
    if (route.size() < 2)
        return path;
    path.moveTo(route.first());
    if ((route.size() - 1) % 3 == 0)
        for (qsizetype i = 1; i + 2 < route.size(); i += 3)
            path.cubicTo(route[i], route[i + 1], route[i + 2]);
    else
        for (qsizetype i = 1; i < route.size(); ++i)
            path.lineTo(route[i]);
    return path;
}

void strokeStatus(QPainter& painter, const QPainterPath& path, DiagramStatus status, qreal width) {
    if (DiagramStyle::doubleLine(status)) {
        // Two parallel lines: a wide stroke with a white core.
        painter.strokePath(path, QPen(DiagramStyle::colour(status), width * 2.6, Qt::SolidLine, Qt::FlatCap));
        painter.strokePath(path, QPen(Qt::white, width * 0.9, Qt::SolidLine, Qt::FlatCap));
        return;
    }
    painter.strokePath(path, DiagramStyle::pen(status, width));
}

QPainterPath nodeShape(const core::DiagramNode& node) {
    QPainterPath path;
    const QRectF r = node.rect;
    if (node.isEllipse()) {
        path.addEllipse(r);
    } else if (node.kind == QLatin1String("proof")) {
        const qreal c = 9; // cut corners: a denial is not a record
        path.moveTo(r.left() + c, r.top());
        path.lineTo(r.right() - c, r.top());
        path.lineTo(r.right(), r.top() + c);
        path.lineTo(r.right(), r.bottom() - c);
        path.lineTo(r.right() - c, r.bottom());
        path.lineTo(r.left() + c, r.bottom());
        path.lineTo(r.left(), r.bottom() - c);
        path.lineTo(r.left(), r.top() + c);
        path.closeSubpath();
    } else if (node.kind == QLatin1String("certificate")) {
        const qreal f = 10; // folded corner: a document
        path.moveTo(r.topLeft());
        path.lineTo(r.right() - f, r.top());
        path.lineTo(r.right(), r.top() + f);
        path.lineTo(r.bottomRight());
        path.lineTo(r.bottomLeft());
        path.closeSubpath();
    } else if (node.kind == QLatin1String("host") || node.kind == QLatin1String("address") ||
               node.kind == QLatin1String("verdict")) {
        path.addRoundedRect(r, 12, 12);
    } else {
        path.addRect(r);
    }
    return path;
}

void arrowHead(QPainter& painter, const QList<QPointF>& route, const QColor& colour) {
    if (route.size() < 2)
        return;
    const QPointF tip = route.last();
    QPointF from = route[route.size() - 2];
    if (QLineF(from, tip).length() < 0.5)
        from = route.first();
    const qreal angle = std::atan2(tip.y() - from.y(), tip.x() - from.x());
    const qreal size = 8;
    QPolygonF head;
    head << tip << tip - QPointF(std::cos(angle - 0.45) * size, std::sin(angle - 0.45) * size)
         << tip - QPointF(std::cos(angle + 0.45) * size, std::sin(angle + 0.45) * size);
    painter.setPen(Qt::NoPen);
    painter.setBrush(colour);
    painter.drawPolygon(head);
}

} // namespace

void DiagramPainter::paintCluster(QPainter& painter, const core::DiagramCluster& cluster) {
    painter.save();
    const DiagramStatus status = cluster.statusClass();
    QPainterPath box;
    box.addRoundedRect(cluster.rect, 8, 8);
    painter.fillPath(box, QColor(0xfb, 0xfc, 0xfe));
    strokeStatus(painter, box, status, 1.6);
    const QRectF header(cluster.rect.left(), cluster.rect.top(), cluster.rect.width(),
                        core::ChainLayout::ClusterHeader);
    QPainterPath headerPath;
    headerPath.addRoundedRect(header.adjusted(1.5, 1.5, -1.5, 0), 7, 7);
    painter.fillPath(headerPath, DiagramStyle::fill(status));
    DiagramStyle::paintIcon(painter, QRectF(header.left() + 8, header.top() + 5, 16, 16), status);
    painter.setPen(QColor(0x20, 0x25, 0x30));
    painter.setFont(DiagramStyle::titleFont());
    const QString zone = cluster.zone == QLatin1String(".")
                             ? QCoreApplication::translate("danewerk::render::DiagramPainter", ". (root zone)")
                             : cluster.zone;
    painter.drawText(
        header.adjusted(30, 0, -8, 0), Qt::AlignVCenter | Qt::AlignLeft,
        QCoreApplication::translate("danewerk::render::DiagramPainter", "zone %1 \u00b7 %2").arg(zone, cluster.status));
    painter.restore();
}

void DiagramPainter::paintNode(QPainter& painter, const core::DiagramNode& node, bool highlighted) {
    if (node.kind == QLatin1String("zone"))
        return; // drawn by its cluster
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    const DiagramStatus status = node.statusClass();
    const QPainterPath shape = nodeShape(node);
    painter.fillPath(shape, DiagramStyle::fill(status));
    const qreal width = node.kind == QLatin1String("verdict") || node.trustAnchor ? 2.6 : 1.6;
    strokeStatus(painter, shape, status, width);
    if (highlighted)
        painter.strokePath(shape, QPen(QColor(0x1e, 0x5a, 0xc8), 3.5));
    const QRectF r = node.rect;
    if (node.sep) // secure entry point: a second ring
        painter.strokePath(
            [&] {
                QPainterPath inner;
                inner.addEllipse(r.adjusted(4, 4, -4, -4));
                return inner;
            }(),
            QPen(DiagramStyle::colour(status), 1));
    if (node.revoked) {
        painter.setPen(QPen(DiagramStyle::colour(DiagramStatus::Bogus), 2));
        painter.drawLine(QPointF(r.left() + r.width() * 0.2, r.bottom() - 4),
                         QPointF(r.right() - r.width() * 0.2, r.top() + 4));
    }
    const qreal inset = node.isEllipse() ? r.width() * 0.09 + 4 : 8;
    const QRectF icon(r.left() + inset, r.center().y() - 8, 16, 16);
    DiagramStyle::paintIcon(painter, icon, status);
    QRectF text = r.adjusted(inset + 22, 4, -inset, -4);
    if (node.trustAnchor) {
        // The anchor mark: a filled triangle over the key, so it reads without colour.
        QPolygonF mark;
        const QPointF top(r.center().x(), r.top() - 7);
        mark << top << top + QPointF(-8, 10) << top + QPointF(8, 10);
        painter.setPen(QPen(QColor(0x20, 0x25, 0x30), 1));
        painter.setBrush(QColor(0x1e, 0x5a, 0xc8));
        painter.drawPolygon(mark);
    }
    painter.setPen(QColor(0x14, 0x18, 0x20));
    painter.setFont(DiagramStyle::titleFont());
    painter.drawText(QRectF(text.left(), text.top(), text.width(), text.height() / 2), Qt::AlignLeft | Qt::AlignVCenter,
                     node.title);
    painter.setFont(DiagramStyle::subtitleFont());
    painter.setPen(QColor(0x3a, 0x40, 0x4c));
    painter.drawText(QRectF(text.left(), text.center().y(), text.width(), text.height() / 2),
                     Qt::AlignLeft | Qt::AlignVCenter, node.subtitle);
    painter.restore();
}

void DiagramPainter::paintEdge(QPainter& painter, const core::DiagramEdge& edge) {
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    DiagramStatus status = edge.statusClass();
    const bool match = edge.kind == QLatin1String("tlsa-match");
    qreal width = match ? 2.6 : 1.3;
    if (edge.kind == QLatin1String("delegation"))
        width = 1.8;
    const QPainterPath path = curve(edge.route);
    strokeStatus(painter, path, status, width);
    arrowHead(painter, edge.route, DiagramStyle::colour(status));
    if (match || edge.kind == QLatin1String("ds-dnskey") || edge.kind == QLatin1String("cname")) {
        const QString label =
            match ? QCoreApplication::translate("danewerk::render::DiagramPainter", "matches") : edge.kind;
        painter.setFont(DiagramStyle::subtitleFont());
        QPointF mid = path.pointAtPercent(0.5);
        QRectF box(mid.x() + 6, mid.y() - 9, 60, 18);
        if (edge.route.size() == 10) { // beside a lane: on its outer side, clear of the boxes it passes
            mid = (edge.route[3] + edge.route[6]) / 2;
            box = edge.route[3].x() < edge.route.last().x() ? QRectF(mid.x() - 64, mid.y() - 9, 60, 18)
                                                            : QRectF(mid.x() + 6, mid.y() - 9, 60, 18);
        }
        painter.setPen(Qt::NoPen);
        painter.setBrush(QColor(255, 255, 255, 220));
        painter.drawRect(box.adjusted(-2, 0, 0, 0));
        painter.setPen(DiagramStyle::colour(status));
        painter.drawText(box, Qt::AlignLeft | Qt::AlignVCenter, label);
    }
    painter.restore();
}

void DiagramPainter::paintLegend(QPainter& painter, const QRectF& rect) {
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(QColor(0xb0, 0xb6, 0xc0), 1));
    painter.setBrush(Qt::white);
    painter.drawRoundedRect(rect, 6, 6);
    painter.setFont(DiagramStyle::titleFont());
    painter.setPen(QColor(0x20, 0x25, 0x30));
    painter.drawText(QRectF(rect.left() + 10, rect.top() + 4, rect.width() - 20, 24), Qt::AlignVCenter,
                     QCoreApplication::translate("danewerk::render::DiagramPainter", "Legend"));
    const DiagramStatus all[]{DiagramStatus::Secure,  DiagramStatus::Insecure,      DiagramStatus::Bogus,
                              DiagramStatus::Expired, DiagramStatus::Indeterminate, DiagramStatus::Missing,
                              DiagramStatus::Neutral};
    qreal y = rect.top() + 32;
    for (DiagramStatus s : all) {
        QPainterPath line;
        line.moveTo(rect.left() + 34, y + 10);
        line.lineTo(rect.left() + 70, y + 10);
        strokeStatus(painter, line, s, 1.6);
        DiagramStyle::paintIcon(painter, QRectF(rect.left() + 10, y + 2, 16, 16), s);
        painter.setFont(DiagramStyle::subtitleFont());
        painter.setPen(QColor(0x20, 0x25, 0x30));
        painter.drawText(QRectF(rect.left() + 78, y, rect.width() - 84, 20), Qt::AlignVCenter,
                         DiagramStyle::legendText(s));
        y += 24;
    }
    painter.restore();
}

void DiagramPainter::paintAll(QPainter& painter, const core::ChainLayout& layout, const QString& title) {
    const QRectF b = layout.bounds();
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.fillRect(b.adjusted(0, -titleHeight(), 0, 0), Qt::white);
    QFont f = DiagramStyle::titleFont();
    f.setPixelSize(16);
    painter.setFont(f);
    painter.setPen(QColor(0x14, 0x18, 0x20));
    painter.drawText(QRectF(b.left() + 20, b.top() - titleHeight() + 6, b.width() - 40, titleHeight() - 6),
                     Qt::AlignLeft | Qt::AlignVCenter, title);
    for (const core::DiagramCluster& c : layout.clusters())
        paintCluster(painter, c);
    for (const core::DiagramEdge& e : layout.edges())
        paintEdge(painter, e);
    for (const core::DiagramNode& n : layout.nodes())
        paintNode(painter, n);
    paintLegend(painter, layout.legendRect());
    painter.restore();
}

} // namespace danewerk::render
