#include "core/common/AtomicFile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace danewerk::core {

namespace {

Error writeError(const QString& path, int error) {
    return Error{QStringLiteral("FILE_UNWRITABLE"),
                 QCoreApplication::translate("danewerk::core::AtomicFile", "cannot write: %1")
                     .arg(QString::fromLocal8Bit(std::strerror(error))),
                 path};
}

Error existsError(const QString& path) {
    return Error{
        QStringLiteral("FILE_EXISTS"),
        QCoreApplication::translate("danewerk::core::AtomicFile", "the file exists already; use --force to replace it"),
        path};
}

// The process umask without changing it (umask(2) can only be read by setting it, which races with threads
// creating files); 022 when /proc is not mounted.
mode_t currentUmask() {
    QFile status(QStringLiteral("/proc/self/status"));
    if (status.open(QIODevice::ReadOnly))
        for (const QByteArray& line : status.readAll().split('\n'))
            if (line.startsWith("Umask:")) {
                bool ok = false;
                const uint mask = line.mid(6).trimmed().toUInt(&ok, 8);
                if (ok)
                    return mode_t(mask & 0777);
            }
    return 022;
}

// Moves `from` to `to` unless `to` exists; atomic, so a file created after our check is never replaced.
int renameNoReplace(const QByteArray& from, const QByteArray& to) {
    if (::renameat2(AT_FDCWD, from.constData(), AT_FDCWD, to.constData(), RENAME_NOREPLACE) == 0)
        return 0;
    if (errno != EINVAL && errno != ENOSYS)
        return errno;
    // File systems without RENAME_NOREPLACE: a hard link fails the same way on an existing name.
    if (::link(from.constData(), to.constData()) != 0)
        return errno;
    ::unlink(from.constData());
    return 0;
}

} // namespace

// The content goes to a hidden temporary file in the target's directory (created 0600, so a private key is
// never readable by others, not even half-written), is flushed to disk, and is then renamed over the target
// (overwrite) or moved to a name that must not exist yet. A writer killed at any point leaves the target
// as it was: absent, the old content, or the complete new content; at worst a stale ".name.XXXXXX" file.
Result<void> writeFileAtomically(const QString& path, const QByteArray& content, WriteOptions options) {
    const QFileInfo info(path);
    if (!options.overwrite && (info.exists() || info.isSymLink()))
        return existsError(path);
    const QByteArray target = QFile::encodeName(path);
    QByteArray temporary = QFile::encodeName(info.absolutePath() + QStringLiteral("/.") + info.fileName()) + ".XXXXXX";
    const int fd = ::mkostemp(temporary.data(), O_CLOEXEC);
    if (fd < 0)
        return writeError(path, errno);
    const auto fail = [&](int error) {
        ::close(fd);
        ::unlink(temporary.constData());
        return writeError(path, error);
    };
    if (!options.privateKey) {
        // What a plain create would give, or the mode of the file being replaced.
        mode_t mode = 0666 & ~currentUmask();
        struct stat existing {};
        if (options.overwrite && ::stat(target.constData(), &existing) == 0)
            mode = existing.st_mode & 07777;
        if (::fchmod(fd, mode) != 0)
            return fail(errno);
    }
    for (qsizetype written = 0; written < content.size();) {
        const ssize_t n = ::write(fd, content.constData() + written, size_t(content.size() - written));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return fail(n < 0 ? errno : EIO);
        written += n;
    }
    if (::fsync(fd) != 0)
        return fail(errno);
    if (::close(fd) != 0) {
        const int error = errno;
        ::unlink(temporary.constData());
        return writeError(path, error);
    }
    const int renamed = options.overwrite ? (::rename(temporary.constData(), target.constData()) == 0 ? 0 : errno)
                                          : renameNoReplace(temporary, target);
    if (renamed != 0) {
        ::unlink(temporary.constData());
        return renamed == EEXIST ? existsError(path) : writeError(path, renamed);
    }
    // The rename itself is durable once the directory is flushed (best effort: not every file system can).
    const int dir = ::open(QFile::encodeName(info.absolutePath()).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dir >= 0) {
        ::fsync(dir);
        ::close(dir);
    }
    return {};
}

Result<QByteArray> readFileLimited(const QString& path, qint64 maxBytes) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{
            QStringLiteral("FILE_UNREADABLE"),
            QCoreApplication::translate("danewerk::core::AtomicFile", "cannot read: %1").arg(file.errorString()), path};
    // Read in chunks: QFile::read(maxBytes + 1) allocates (and zeroes) the whole limit first, 64 MB for
    // every small file (found by the history fuzz target: 13 runs per second).
    QByteArray data;
    if (const qint64 size = file.size(); size > 0)
        data.reserve(qsizetype(std::min(size, maxBytes) + 1));
    while (data.size() <= maxBytes) {
        const QByteArray chunk = file.read(std::min<qint64>(64 * 1024, maxBytes + 1 - data.size()));
        if (chunk.isEmpty())
            break;
        data += chunk;
    }
    if (data.size() > maxBytes)
        return Error{
            QStringLiteral("FILE_TOO_LARGE"),
            QCoreApplication::translate("danewerk::core::AtomicFile", "the file is larger than %1 bytes").arg(maxBytes),
            path};
    return data;
}

} // namespace danewerk::core
