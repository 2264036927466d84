#include "core/common/AtomicFile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace danewerk::core {

Result<void> writeFileAtomically(const QString& path, const QByteArray& content, WriteOptions options) {
    if (!options.overwrite && QFileInfo::exists(path))
        return Error{QStringLiteral("FILE_EXISTS"),
                     QCoreApplication::translate("danewerk::core::AtomicFile",
                                                 "the file exists already; use --force to replace it"),
                     path};
    QSaveFile file(path);
    file.setDirectWriteFallback(false);
    if (!file.open(QIODevice::WriteOnly))
        return Error{
            QStringLiteral("FILE_UNWRITABLE"),
            QCoreApplication::translate("danewerk::core::AtomicFile", "cannot write: %1").arg(file.errorString()),
            path};
    if (options.privateKey && !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        file.cancelWriting();
        return Error{
            QStringLiteral("FILE_UNWRITABLE"),
            QCoreApplication::translate("danewerk::core::AtomicFile", "cannot restrict the permissions to 0600"), path};
    }
    if (file.write(content) != content.size() || !file.commit())
        return Error{
            QStringLiteral("FILE_UNWRITABLE"),
            QCoreApplication::translate("danewerk::core::AtomicFile", "cannot write: %1").arg(file.errorString()),
            path};
    if (options.privateKey)
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return {};
}

Result<QByteArray> readFileLimited(const QString& path, qint64 maxBytes) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{
            QStringLiteral("FILE_UNREADABLE"),
            QCoreApplication::translate("danewerk::core::AtomicFile", "cannot read: %1").arg(file.errorString()), path};
    QByteArray data = file.read(maxBytes + 1);
    if (data.size() > maxBytes)
        return Error{
            QStringLiteral("FILE_TOO_LARGE"),
            QCoreApplication::translate("danewerk::core::AtomicFile", "the file is larger than %1 bytes").arg(maxBytes),
            path};
    return data;
}

} // namespace danewerk::core
