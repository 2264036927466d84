#include "core/zone/ZoneLoader.h"

#include "core/dns/DnsName.h"
#include "core/zone/ParallelZoneLoader.h"
#include "core/zone/ZoneFileParser.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QThread>

#include <sys/mman.h>
#include <unistd.h>

namespace danewerk::core {

namespace {

Result<Zone> loadBytes(QByteArrayView text, const QString& path, const QString& canonical,
                       const ZoneLoadOptions& options, bool mapped = false) {
    if (!options.origin.isEmpty()) {
        // A name without the trailing dot is meant absolute here ("--origin example.org").
        const Result<QByteArray> origin = dnsNameFromText(options.origin, QByteArrayView("\0", 1));
        if (!origin)
            return Error{origin.error().code, origin.error().message, path, 0, 0};
    }
    const int threads = options.threads > 0 ? options.threads : QThread::idealThreadCount();
    if (threads > 1 && text.size() >= std::max<qsizetype>(options.parallelThreshold, 1)) {
        std::optional<Result<Zone>> loaded = ParallelZoneLoader::load(text, path, options, threads, mapped);
        if (loaded)
            return std::move(*loaded);
    }
    Zone zone;
    ZoneFileParser parser(zone, options);
    qsizetype released = 0;
    if (mapped) {
        parser.setReleaseConsumed([text, &released](qsizetype consumed) {
            const qsizetype page = qsizetype(sysconf(_SC_PAGESIZE));
            const qsizetype keep = 64 * 1024; // the current entry may start a little before the position
            const qsizetype end = ((consumed - keep) / page) * page;
            const auto base = reinterpret_cast<quintptr>(text.data());
            if (base % quintptr(page) != 0 || end <= released + 4 * 1024 * 1024)
                return;
            madvise(const_cast<char*>(text.data()) + released, size_t(end - released), MADV_DONTNEED);
            released = end;
        });
    }
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
    const QString canonical = fileIdentity(path);
    if (file.size() == 0)
        return loadBytes(QByteArrayView(), path, canonical, options);
    // Mapped, not read: the kernel pages the text in and out as the scanner passes.
    uchar* mapped = file.map(0, file.size());
    if (mapped)
        return loadBytes(QByteArrayView(reinterpret_cast<const char*>(mapped), file.size()), path, canonical, options,
                         true);
    const QByteArray text = file.readAll();
    return loadBytes(text, path, canonical, options);
}

Result<Zone> ZoneLoader::loadText(const QByteArray& text, const QString& fileName, const ZoneLoadOptions& options) {
    return loadBytes(text, fileName, fileIdentity(fileName), options);
}

} // namespace danewerk::core
