#include "ui/render/DiagramExport.h"

#include "core/common/AtomicFile.h"
#include "ui/render/DiagramPainter.h"
#include "ui/render/DiagramStyle.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QPainter>
#include <QSvgGenerator>

#include <cmath>

namespace danewerk::render {

namespace {

QRectF pictureRect(const core::ChainLayout& layout) {
    return layout.bounds().adjusted(0, -DiagramPainter::titleHeight(), 0, 0);
}

core::Error writeError(const QString& message) {
    return core::Error{QStringLiteral("DIAGRAM_WRITE"), message, {}, 0, 0};
}

} // namespace

core::ChainLayout DiagramExport::layout(const QJsonObject& chain) {
    return core::ChainLayout::fromJson(chain, &DiagramStyle::textWidth);
}

QByteArray DiagramExport::svg(const core::ChainLayout& layout, const QString& title) {
    const QRectF picture = pictureRect(layout);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setTitle(title);
    generator.setDescription(QStringLiteral("Danewerk chain diagram"));
    generator.setSize(picture.size().toSize());
    generator.setViewBox(QRectF(QPointF(0, 0), picture.size()));
    QPainter painter(&generator);
    painter.translate(-picture.topLeft());
    DiagramPainter::paintAll(painter, layout, title);
    painter.end();
    return buffer.data();
}

QImage DiagramExport::image(const core::ChainLayout& layout, const QString& title) {
    const QRectF picture = pictureRect(layout);
    // Sharp on screens and in print; never below the minimum width, never absurdly large.
    qreal scale = std::max<qreal>(1.5, MinimumPngWidth / std::max<qreal>(picture.width(), 1));
    if (picture.width() * scale > 12000)
        scale = std::max<qreal>(12000 / picture.width(), MinimumPngWidth / picture.width());
    const QSize size(std::max(MinimumPngWidth, int(std::ceil(picture.width() * scale))),
                     std::max(1, int(std::ceil(picture.height() * scale))));
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.scale(scale, scale);
    painter.translate(-picture.topLeft());
    DiagramPainter::paintAll(painter, layout, title);
    painter.end();
    return image;
}

core::Result<void> DiagramExport::writeSvg(const QString& path, const core::ChainLayout& layout, const QString& title,
                                           bool overwrite) {
    const auto written = core::writeFileAtomically(path, svg(layout, title), core::WriteOptions{overwrite, false});
    if (!written.ok())
        return writeError(written.error().toString());
    return {};
}

core::Result<void> DiagramExport::writePng(const QString& path, const core::ChainLayout& layout, const QString& title,
                                           bool overwrite) {
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (!image(layout, title).save(&buffer, "PNG"))
        return writeError(
            QCoreApplication::translate("danewerk::render::DiagramExport", "%1: cannot encode PNG").arg(path));
    const auto written = core::writeFileAtomically(path, bytes, core::WriteOptions{overwrite, false});
    if (!written.ok())
        return writeError(written.error().toString());
    return {};
}

QString DiagramExport::titleFor(const QJsonObject& result) {
    return QStringLiteral("%1 \u2014 %2")
        .arg(result.value(QStringLiteral("domain")).toString(), result.value(QStringLiteral("verdict")).toString());
}

core::Result<void> DiagramExport::writeForResult(const QString& dir, const QJsonObject& result, bool overwrite) {
    QString name = result.value(QStringLiteral("domain")).toString();
    while (name.endsWith(QLatin1Char('.')))
        name.chop(1);
    if (name.isEmpty())
        name = QStringLiteral("root");
    if (name.contains(QLatin1Char('/')))
        return writeError(QStringLiteral("'%1' is not a domain name").arg(name));
    if (!QDir().mkpath(dir))
        return writeError(QCoreApplication::translate("danewerk::render::DiagramExport", "cannot create %1").arg(dir));
    const core::ChainLayout l = layout(result.value(QStringLiteral("chain")).toObject());
    const QString title = titleFor(result);
    if (auto svgWritten = writeSvg(QDir(dir).filePath(name + QStringLiteral(".svg")), l, title, overwrite);
        !svgWritten.ok())
        return svgWritten;
    return writePng(QDir(dir).filePath(name + QStringLiteral(".png")), l, title, overwrite);
}

} // namespace danewerk::render
