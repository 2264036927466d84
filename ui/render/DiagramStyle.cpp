#include "ui/render/DiagramStyle.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

namespace danewerk::render {

using core::DiagramStatus;

QColor DiagramStyle::colour(DiagramStatus status) {
    switch (status) {
    case DiagramStatus::Secure:
        return QColor(0x1b, 0x7f, 0x3b);
    case DiagramStatus::Insecure:
        return QColor(0x6b, 0x6b, 0x6b);
    case DiagramStatus::Bogus:
        return QColor(0xc6, 0x1a, 0x1a);
    case DiagramStatus::Expired:
    case DiagramStatus::Indeterminate:
        return QColor(0xb3, 0x6b, 0x00);
    case DiagramStatus::Missing:
        return QColor(0x80, 0x80, 0x80);
    case DiagramStatus::Neutral:
        break;
    }
    return QColor(0x33, 0x3d, 0x4a);
}

QColor DiagramStyle::fill(DiagramStatus status) {
    switch (status) {
    case DiagramStatus::Secure:
        return QColor(0xe7, 0xf5, 0xea);
    case DiagramStatus::Insecure:
        return QColor(0xf0, 0xf0, 0xf0);
    case DiagramStatus::Bogus:
        return QColor(0xfd, 0xe8, 0xe8);
    case DiagramStatus::Expired:
    case DiagramStatus::Indeterminate:
        return QColor(0xfd, 0xf3, 0xdc);
    case DiagramStatus::Missing:
        return QColor(Qt::white);
    case DiagramStatus::Neutral:
        break;
    }
    return QColor(0xf4, 0xf6, 0xfa);
}

Qt::PenStyle DiagramStyle::lineStyle(DiagramStatus status) {
    switch (status) {
    case DiagramStatus::Insecure:
    case DiagramStatus::Missing:
        return Qt::DashLine;
    case DiagramStatus::Expired:
    case DiagramStatus::Indeterminate:
        return Qt::DotLine;
    default:
        return Qt::SolidLine;
    }
}

QPen DiagramStyle::pen(DiagramStatus status, qreal width) {
    QPen p(colour(status), width, lineStyle(status), Qt::FlatCap, Qt::RoundJoin);
    return p;
}

void DiagramStyle::paintIcon(QPainter& painter, const QRectF& rect, DiagramStatus status) {
    if (status == DiagramStatus::Neutral)
        return;
    painter.save();
    const QColor c = colour(status);
    painter.setBrush(status == DiagramStatus::Missing ? QColor(Qt::white) : c);
    QPen outline(c, 1.4, status == DiagramStatus::Missing ? Qt::DashLine : Qt::SolidLine);
    painter.setPen(outline);
    painter.drawEllipse(rect);
    QPen glyph(Qt::white, std::max<qreal>(1.6, rect.width() / 7), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    painter.setPen(glyph);
    painter.setBrush(Qt::NoBrush);
    const auto at = [&](qreal x, qreal y) {
        return QPointF(rect.left() + x * rect.width(), rect.top() + y * rect.height());
    };
    switch (status) {
    case DiagramStatus::Secure: {
        QPainterPath check;
        check.moveTo(at(0.26, 0.52));
        check.lineTo(at(0.44, 0.70));
        check.lineTo(at(0.75, 0.32));
        painter.drawPath(check);
        break;
    }
    case DiagramStatus::Bogus:
        painter.drawLine(at(0.3, 0.3), at(0.7, 0.7));
        painter.drawLine(at(0.7, 0.3), at(0.3, 0.7));
        break;
    case DiagramStatus::Insecure:
        painter.drawLine(at(0.28, 0.5), at(0.72, 0.5));
        break;
    case DiagramStatus::Expired:
        painter.drawEllipse(QRectF(at(0.22, 0.22), at(0.78, 0.78)));
        painter.drawLine(at(0.5, 0.5), at(0.5, 0.3));
        painter.drawLine(at(0.5, 0.5), at(0.66, 0.56));
        break;
    case DiagramStatus::Indeterminate: {
        QFont f = titleFont();
        f.setPixelSize(int(rect.height() * 0.75));
        painter.setFont(f);
        painter.drawText(rect, Qt::AlignCenter, QStringLiteral("?"));
        break;
    }
    case DiagramStatus::Missing:
    case DiagramStatus::Neutral:
        break;
    }
    painter.restore();
}

QString DiagramStyle::legendText(DiagramStatus status) {
    switch (status) {
    case DiagramStatus::Secure:
        return QCoreApplication::translate("danewerk::render::DiagramStyle", "secure / authenticated");
    case DiagramStatus::Insecure:
        return QCoreApplication::translate("danewerk::render::DiagramStyle", "insecure / not applicable");
    case DiagramStatus::Bogus:
        return QCoreApplication::translate("danewerk::render::DiagramStyle", "bogus / failed");
    case DiagramStatus::Expired:
        return QCoreApplication::translate("danewerk::render::DiagramStyle", "expired");
    case DiagramStatus::Indeterminate:
        return QCoreApplication::translate("danewerk::render::DiagramStyle", "indeterminate / unresolved");
    case DiagramStatus::Missing:
        return QCoreApplication::translate("danewerk::render::DiagramStyle", "missing");
    case DiagramStatus::Neutral:
        break;
    }
    return QCoreApplication::translate("danewerk::render::DiagramStyle", "presented");
}

QFont DiagramStyle::titleFont() {
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setPixelSize(12);
    f.setBold(true);
    return f;
}

QFont DiagramStyle::subtitleFont() {
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setPixelSize(11);
    return f;
}

qreal DiagramStyle::textWidth(const QString& text) {
    static const QFontMetricsF metrics(titleFont());
    return metrics.horizontalAdvance(text);
}

} // namespace danewerk::render
