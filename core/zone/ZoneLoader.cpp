#include "core/zone/ZoneLoader.h"

#include "core/zone/ZoneFileParser.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace danewerk::core {

namespace {

Result<Zone> loadBytes(QByteArrayView text, const QString& path, const QString& canonical,
                       const ZoneLoadOptions& options) {
    Zone zone;
    ZoneFileParser parser(zone, options);
    const Result<void> parsed = parser.parse(text, path, canonical, true);
    if (!parsed)
        return parsed.error();
    zone.setOrigin(parser.zoneOrigin(path));
    zone.finalize();
    return zone;
}

} // namespace

Result<Zone> ZoneLoader::loadFile(const QString& path, const ZoneLoadOptions& options) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error{QStringLiteral("FILE_UNREADABLE"),
                     QCoreApplication::translate("danewerk::core::ZoneLoader", "Cannot read the zone file: %1")
                         .arg(file.errorString()),
                     path, 0, 0};
    }
    const QString canonical = QFileInfo(path).canonicalFilePath();
    if (file.size() == 0)
        return loadBytes(QByteArrayView(), path, canonical, options);
    // Mapped, not read: the kernel pages the text in and out as the scanner passes.
    uchar* mapped = file.map(0, file.size());
    if (mapped)
        return loadBytes(QByteArrayView(reinterpret_cast<const char*>(mapped), file.size()), path, canonical, options);
    const QByteArray text = file.readAll();
    return loadBytes(text, path, canonical, options);
}

Result<Zone> ZoneLoader::loadText(const QByteArray& text, const QString& fileName, const ZoneLoadOptions& options) {
    return loadBytes(text, fileName, QFileInfo(fileName).absoluteFilePath(), options);
}

} // namespace danewerk::core
