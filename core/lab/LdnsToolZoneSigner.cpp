#include "core/lab/LdnsToolZoneSigner.h"

#include "core/lab/LabError.h"

#include <QCoreApplication>
#include <QDir>
#include <QProcess>

namespace danewerk::core {

namespace {

Error signerError(const QString& what) {
    return labError(QStringLiteral("LAB_SIGNING_FAILED"),
                    QCoreApplication::translate("danewerk::core::LdnsToolZoneSigner", "Signing failed: %1").arg(what));
}

Result<QString> runTool(const QString& program, const QStringList& arguments, const QString& directory) {
    QProcess process;
    process.setWorkingDirectory(directory);
    process.start(program, arguments);
    if (!process.waitForFinished(30000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return signerError(program + QStringLiteral(": ") +
                           QString::fromLocal8Bit(process.readAllStandardError()).trimmed() + process.errorString());
    return QString::fromLocal8Bit(process.readAllStandardOutput()).trimmed();
}

QString stamp(const QDateTime& moment) {
    return moment.toUTC().toString(QStringLiteral("yyyyMMddHHmmss"));
}

} // namespace

Result<QString> LdnsToolZoneSigner::generateKey(const QString& origin, bool keySigningKey, const QString& directory) {
    QDir().mkpath(directory);
    QStringList arguments{QStringLiteral("-a"), QStringLiteral("ECDSAP256SHA256")};
    if (keySigningKey)
        arguments << QStringLiteral("-k");
    arguments << origin;
    auto base = runTool(QStringLiteral("ldns-keygen"), arguments, directory);
    if (!base)
        return base.error();
    QFile::remove(QDir(directory).filePath(base.value() + QStringLiteral(".ds")));
    QFile::setPermissions(QDir(directory).filePath(base.value() + QStringLiteral(".private")),
                          QFile::ReadOwner | QFile::WriteOwner);
    return QDir(directory).filePath(base.value() + QStringLiteral(".key"));
}

Result<void> LdnsToolZoneSigner::sign(const LabSigningRequest& request) {
    QStringList arguments{QStringLiteral("-o"),     request.origin,       QStringLiteral("-i"),
                          stamp(request.inception), QStringLiteral("-e"), stamp(request.expiration),
                          QStringLiteral("-f"),     request.signedFile};
    if (request.nsec3)
        arguments << QStringLiteral("-n") << QStringLiteral("-t") << QStringLiteral("0");
    arguments << request.unsignedFile;
    for (const QString& keyFile : request.keyFiles) {
        QString base = keyFile;
        base.chop(4); // ".key"
        arguments << base;
    }
    auto output = runTool(QStringLiteral("ldns-signzone"), arguments, QDir::currentPath());
    if (!output)
        return output.error();
    return {};
}

} // namespace danewerk::core
