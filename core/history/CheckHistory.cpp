#include "core/history/CheckHistory.h"

#include "core/common/AtomicFile.h"

#include <QDir>
#include <QJsonDocument>

namespace danewerk::core {

namespace {

constexpr qint64 MaxRunBytes = 64 * 1024 * 1024;
const QString StampFormat = QStringLiteral("yyyyMMdd'T'HHmmsszzz'Z'");

QString bare(const QString& domain) {
    QString d = domain.trimmed().toLower();
    while (d.endsWith(QLatin1Char('.')))
        d.chop(1);
    return d.isEmpty() ? QStringLiteral("root") : d;
}

} // namespace

CheckHistory::CheckHistory(QString root) : m_root(std::move(root)) {}

QString CheckHistory::directoryFor(const QString& domain) const {
    return QDir(m_root).filePath(bare(domain));
}

Result<CheckHistory::Entry> CheckHistory::save(const QJsonObject& result, const QDateTime& at) const {
    Entry entry;
    entry.domain = result.value(QStringLiteral("domain")).toString();
    entry.verdict = result.value(QStringLiteral("verdict")).toString();
    entry.at = at.toUTC();
    const QString dir = directoryFor(entry.domain);
    if (entry.domain.contains(QLatin1Char('/')) || !QDir().mkpath(dir))
        return Error{QStringLiteral("HISTORY_WRITE"), QStringLiteral("cannot create %1").arg(dir), {}, 0, 0};
    QString name = entry.at.toString(StampFormat);
    // Two runs in the same millisecond keep both.
    for (int n = 1; QFile::exists(QDir(dir).filePath(name + QStringLiteral(".json"))) && n < 1000; ++n)
        name = entry.at.toString(StampFormat) + QStringLiteral("-%1").arg(n);
    entry.path = QDir(dir).filePath(name + QStringLiteral(".json"));
    const auto written = writeFileAtomically(entry.path, QJsonDocument(result).toJson(QJsonDocument::Compact), {});
    if (!written.ok())
        return Error{QStringLiteral("HISTORY_WRITE"), written.error().message, {}, 0, 0};
    return entry;
}

QList<CheckHistory::Entry> CheckHistory::runs(const QString& domain, int limit) const {
    QList<Entry> out;
    const QDir dir(directoryFor(domain));
    const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name | QDir::Reversed);
    for (const QString& file : files) {
        if (out.size() >= limit)
            break;
        Entry e;
        e.path = dir.filePath(file);
        e.at = QDateTime::fromString(file.left(19), StampFormat);
        e.at.setTimeSpec(Qt::UTC);
        const auto loaded = load(e.path);
        if (!loaded.ok())
            continue;
        e.domain = loaded->value(QStringLiteral("domain")).toString();
        e.verdict = loaded->value(QStringLiteral("verdict")).toString();
        out << e;
    }
    return out;
}

QStringList CheckHistory::domains() const {
    QStringList out;
    for (const QString& d : QDir(m_root).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name))
        out << (d == QLatin1String("root") ? QStringLiteral(".") : d + QLatin1Char('.'));
    return out;
}

Result<QJsonObject> CheckHistory::load(const QString& path) {
    const auto bytes = readFileLimited(path, MaxRunBytes);
    if (!bytes.ok())
        return Error{QStringLiteral("HISTORY_READ"), bytes.error().message, {}, 0, 0};
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(*bytes, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return Error{QStringLiteral("HISTORY_READ"), QStringLiteral("%1: %2").arg(path, error.errorString()), {}, 0, 0};
    return document.object();
}

} // namespace danewerk::core
