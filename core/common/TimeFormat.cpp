#include "core/common/TimeFormat.h"

#include <QRegularExpression>

#include <limits>

namespace danewerk::core {

namespace {

constexpr std::int64_t kMax = std::numeric_limits<std::int64_t>::max() / 4;

std::optional<std::int64_t> unitSeconds(QChar unit) {
    switch (unit.toLower().unicode()) {
    case 's':
        return 1;
    case 'm':
        return 60;
    case 'h':
        return 3600;
    case 'd':
        return 86400;
    case 'w':
        return 7 * 86400;
    default:
        return std::nullopt;
    }
}

std::optional<std::int64_t> parseIso(QStringView text) {
    static const QRegularExpression iso(
        QStringLiteral(R"(^P(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$)"),
        QRegularExpression::CaseInsensitiveOption);
    const auto match = iso.match(text.toString());
    if (!match.hasMatch() || text.size() < 2 || text.endsWith(QLatin1Char('T'), Qt::CaseInsensitive))
        return std::nullopt;
    static constexpr std::int64_t factors[] = {7 * 86400, 86400, 3600, 60, 1};
    std::int64_t total = 0;
    bool any = false;
    for (int i = 0; i < 5; ++i) {
        const auto part = match.capturedView(i + 1);
        if (part.isEmpty())
            continue;
        bool ok = false;
        const auto n = part.toLongLong(&ok);
        if (!ok || n > kMax / factors[i])
            return std::nullopt;
        total += n * factors[i];
        any = true;
    }
    if (!any || total > kMax)
        return std::nullopt;
    return total;
}

} // namespace

std::optional<std::int64_t> parseDuration(QStringView text) {
    text = text.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    if (text.front() == QLatin1Char('P') || text.front() == QLatin1Char('p'))
        return parseIso(text);
    std::int64_t total = 0;
    qsizetype i = 0;
    while (i < text.size()) {
        const qsizetype start = i;
        while (i < text.size() && text[i].isDigit())
            ++i;
        if (i == start)
            return std::nullopt;
        bool ok = false;
        const std::int64_t n = text.mid(start, i - start).toLongLong(&ok);
        if (!ok || n > kMax)
            return std::nullopt;
        std::int64_t factor = 1;
        if (i < text.size()) {
            const auto f = unitSeconds(text[i]);
            if (!f)
                return std::nullopt;
            factor = *f;
            ++i;
        } else if (start != 0) {
            return std::nullopt; // "1h30" is ambiguous
        }
        if (n > kMax / factor)
            return std::nullopt;
        total += n * factor;
        if (total > kMax)
            return std::nullopt;
    }
    return total;
}

QString formatDuration(std::int64_t seconds) {
    if (seconds == 0)
        return QStringLiteral("0s");
    QString out;
    if (seconds < 0) {
        out += QLatin1Char('-');
        seconds = -seconds;
    }
    static constexpr std::pair<std::int64_t, char> units[] = {{86400, 'd'}, {3600, 'h'}, {60, 'm'}, {1, 's'}};
    for (const auto& [size, name] : units) {
        if (seconds >= size) {
            out += QString::number(seconds / size) + QLatin1Char(name);
            seconds %= size;
        }
    }
    return out;
}

std::optional<QDateTime> parseInstant(QStringView text) {
    text = text.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    bool allDigits = true;
    for (QChar c : text)
        allDigits = allDigits && (c.isDigit() || c == QLatin1Char('-'));
    if (allDigits && !text.contains(QLatin1Char('-'), Qt::CaseSensitive)) {
        bool ok = false;
        const qint64 secs = text.toLongLong(&ok);
        if (!ok)
            return std::nullopt;
        return QDateTime::fromSecsSinceEpoch(secs, Qt::UTC);
    }
    QString s = text.toString();
    if (s.endsWith(QLatin1Char('z'))) {
        s.chop(1);
        s += QLatin1Char('Z');
    }
    if (s.size() == 10) // date only
        s += QStringLiteral("T00:00:00Z");
    if (!s.endsWith(QLatin1Char('Z')) && !s.contains(QLatin1Char('+')) && s.lastIndexOf(QLatin1Char('-')) < 10)
        s += QLatin1Char('Z'); // a bare time is UTC
    QDateTime dt = QDateTime::fromString(s, Qt::ISODate);
    if (!dt.isValid())
        return std::nullopt;
    return dt.toUTC();
}

QString formatInstant(const QDateTime& moment) {
    return moment.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"));
}

} // namespace danewerk::core
