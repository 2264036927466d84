#include "core/common/ContainedPath.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

namespace danewerk::core {

namespace {

Error escapes(const QString& sourceFile, const QString& field, const QString& why) {
    Error error;
    error.code = QStringLiteral("PATH_ESCAPES");
    error.message =
        QCoreApplication::translate("danewerk::core::ContainedPath", "%1: field %2: %3").arg(sourceFile, field, why);
    error.file = sourceFile;
    return error;
}

// Why a relative path written in a file is not acceptable, or an empty string.
QString structuralProblem(const QString& value) {
    if (value.isEmpty())
        return QCoreApplication::translate("danewerk::core::ContainedPath", "the path is empty");
    if (QDir::isAbsolutePath(value) || value.startsWith(QLatin1Char('~')))
        return QCoreApplication::translate("danewerk::core::ContainedPath", "\"%1\" is an absolute path").arg(value);
    if (value.contains(QChar(0)))
        return QCoreApplication::translate("danewerk::core::ContainedPath", "the path contains a NUL character");
    for (const QString& component : value.split(QLatin1Char('/')))
        if (component == QLatin1String(".."))
            return QCoreApplication::translate("danewerk::core::ContainedPath", "\"%1\" contains a \"..\" component")
                .arg(value);
    return {};
}

// The deepest existing ancestor of `path` resolved through its symbolic links, with the rest appended.
QString resolvedAsFarAsItExists(const QString& path) {
    QString existing = QDir::cleanPath(path);
    QString rest;
    while (!QFileInfo::exists(existing) && !QFileInfo(existing).isSymLink()) {
        const qsizetype slash = existing.lastIndexOf(QLatin1Char('/'));
        if (slash <= 0)
            return QDir::cleanPath(path);
        rest = existing.mid(slash) + rest;
        existing = existing.left(slash);
    }
    const QString canonical = QFileInfo(existing).canonicalFilePath();
    // A dangling symbolic link: where it points is unknown, so it counts as leading out.
    if (canonical.isEmpty())
        return {};
    return canonical + rest;
}

} // namespace

Result<QString> fileNameComponent(const QString& value, const QString& sourceFile, const QString& field) {
    if (value.contains(QLatin1Char('/')) || value == QLatin1String("..") || value == QLatin1String(".")) {
        const QString problem = structuralProblem(value);
        return escapes(sourceFile, field,
                       problem.isEmpty() ? QCoreApplication::translate("danewerk::core::ContainedPath",
                                                                       "\"%1\" must be a name, not a path")
                                               .arg(value)
                                         : problem);
    }
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9-]{1,40}$"));
    if (!pattern.match(value).hasMatch())
        return escapes(sourceFile, field,
                       QCoreApplication::translate("danewerk::core::ContainedPath",
                                                   "\"%1\" must be 1 to 40 characters of a-z, 0-9 and -")
                           .arg(value));
    return value;
}

Result<QString> containedPath(const QString& directory, const QString& relative, const QString& sourceFile,
                              const QString& field) {
    if (const QString problem = structuralProblem(relative); !problem.isEmpty())
        return escapes(sourceFile, field, problem);
    const QString root = QFileInfo(directory).canonicalFilePath();
    const QString joined = QDir(directory).filePath(relative);
    const QString resolved = resolvedAsFarAsItExists(joined);
    if (root.isEmpty() || resolved.isEmpty() || !(resolved == root || resolved.startsWith(root + QLatin1Char('/'))))
        return escapes(sourceFile, field,
                       QCoreApplication::translate("danewerk::core::ContainedPath",
                                                   "\"%1\" leads out of %2 through a symbolic link")
                           .arg(relative, directory));
    return QDir::cleanPath(joined);
}

} // namespace danewerk::core
