#include "core/tlsa/TlsaRecord.h"

#include "core/common/TimeFormat.h"
#include "core/tlsa/TlsaParameters.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrl>

namespace danewerk::core {

namespace {

// A TLSA record carries at most a certificate or a chain element; 64 KiB is the RDATA limit anyway.
constexpr qsizetype kMaxHexChars = 2 * 65535;

Error malformed(const QString& cause) {
    return Error{QStringLiteral("RECORD_MALFORMED"), cause, {}, 0, 0};
}

bool isHex(const QString& text) {
    for (const QChar c : text) {
        if (!((c >= QLatin1Char('0') && c <= QLatin1Char('9')) || (c >= QLatin1Char('a') && c <= QLatin1Char('f')) ||
              (c >= QLatin1Char('A') && c <= QLatin1Char('F'))))
            return false;
    }
    return true;
}

QString normaliseOwner(QString owner) {
    owner = owner.toLower();
    if (!owner.endsWith(QLatin1Char('.')))
        owner += QLatin1Char('.');
    return owner;
}

// "U S M HEX..." from the tokens after the TLSA type (or a bare rdata line).
Result<TlsaRecord> parseRdataTokens(const QStringList& tokens) {
    const int fieldCount = static_cast<int>(tokens.size());
    if (fieldCount < 4)
        return malformed(QCoreApplication::translate(
            "danewerk::core::TlsaRecord", "expected \"usage selector matching-type data\", found %n field(s)", nullptr,
            fieldCount));
    TlsaRecord record;
    const auto usage = parseUsage(tokens[0]);
    if (!usage)
        return malformed(
            QCoreApplication::translate("danewerk::core::TlsaRecord",
                                        "certificate usage \"%1\" is neither a number 0-255 nor a mnemonic")
                .arg(tokens[0]));
    const auto selector = parseSelector(tokens[1]);
    if (!selector)
        return malformed(QCoreApplication::translate("danewerk::core::TlsaRecord",
                                                     "selector \"%1\" is neither a number 0-255 nor a mnemonic")
                             .arg(tokens[1]));
    const auto mtype = parseMatchingType(tokens[2]);
    if (!mtype)
        return malformed(QCoreApplication::translate("danewerk::core::TlsaRecord",
                                                     "matching type \"%1\" is neither a number 0-255 nor a mnemonic")
                             .arg(tokens[2]));
    const QString hex = tokens.mid(3).join(QString());
    if (hex.size() > kMaxHexChars)
        return malformed(QCoreApplication::translate("danewerk::core::TlsaRecord",
                                                     "association data is longer than a DNS record can hold"));
    if (!isHex(hex))
        return malformed(
            QCoreApplication::translate("danewerk::core::TlsaRecord", "association data is not hexadecimal"));
    if (hex.size() % 2 != 0)
        return malformed(QCoreApplication::translate("danewerk::core::TlsaRecord",
                                                     "association data has an odd number of hex digits"));
    record.usage = *usage;
    record.selector = *selector;
    record.mtype = *mtype;
    record.data = QByteArray::fromHex(hex.toLatin1());
    return record;
}

bool isClass(const QString& token) {
    return token.compare(QLatin1String("IN"), Qt::CaseInsensitive) == 0 ||
           token.compare(QLatin1String("CH"), Qt::CaseInsensitive) == 0 ||
           token.compare(QLatin1String("HS"), Qt::CaseInsensitive) == 0;
}

// A zone-file line is "owner [ttl] [class] TYPE rdata"; returns the index of TYPE, or -1 when the line is bare
// rdata ("U S M HEX", recognised by a usage in the first field).
qsizetype zoneTypeIndex(const QStringList& tokens) {
    if (tokens.size() >= 4 && parseUsage(tokens[0]))
        return -1;
    if (tokens.size() < 2)
        return -1;
    qsizetype i = 1;
    while (i < tokens.size() && i <= 2 && (isClass(tokens[i]) || parseDuration(tokens[i])))
        ++i;
    return i < tokens.size() ? i : -1;
}

} // namespace

QString TlsaRecord::rdataText() const {
    return QStringLiteral("%1 %2 %3 %4").arg(usage).arg(selector).arg(mtype).arg(QString::fromLatin1(data.toHex()));
}

QString TlsaRecord::zoneText() const {
    return QStringLiteral("%1 %2 IN TLSA %3").arg(owner).arg(ttl).arg(rdataText());
}

Result<TlsaRecord> parseTlsaRecord(const QString& text) {
    static const QRegularExpression blanks(QStringLiteral("[\\s()]+"));
    QStringList tokens = text.split(blanks, Qt::SkipEmptyParts);
    if (tokens.isEmpty())
        return malformed(QCoreApplication::translate("danewerk::core::TlsaRecord", "the record is empty"));
    const qsizetype typeAt = zoneTypeIndex(tokens);
    if (typeAt < 0)
        return parseRdataTokens(tokens);
    if (tokens[typeAt].compare(QLatin1String("TLSA"), Qt::CaseInsensitive) != 0)
        return malformed(QCoreApplication::translate("danewerk::core::TlsaRecord", "the record type is %1, not TLSA")
                             .arg(tokens[typeAt].toUpper()));
    // Zone-file form: owner [ttl] [class] TLSA rdata, ttl and class in either order.
    TlsaRecord record;
    for (qsizetype i = 1; i < typeAt; ++i) {
        const QString& field = tokens[i];
        if (field.compare(QLatin1String("IN"), Qt::CaseInsensitive) == 0)
            continue;
        const auto seconds = parseDuration(field);
        if (!seconds || *seconds > 0x7fffffff)
            return malformed(
                QCoreApplication::translate("danewerk::core::TlsaRecord", "\"%1\" is neither a TTL nor the class IN")
                    .arg(field));
        record.ttl = static_cast<quint32>(*seconds);
    }
    const QStringList rdata = tokens.mid(typeAt + 1);
    const int fieldCount = static_cast<int>(rdata.size());
    if (fieldCount < 4)
        return malformed(QCoreApplication::translate(
            "danewerk::core::TlsaRecord", "expected \"usage selector matching-type data\", found %n field(s)", nullptr,
            fieldCount));
    auto parsed = parseRdataTokens(rdata);
    if (!parsed)
        return parsed;
    parsed->owner = normaliseOwner(tokens[0]);
    parsed->ttl = record.ttl;
    return parsed;
}

Result<QList<TlsaRecord>> parseTlsaRecords(const QString& text, const QString& fileName) {
    QList<TlsaRecord> records;
    const QStringList lines = text.split(QLatin1Char('\n'));
    QString pending; // a record continued over lines with parentheses
    int pendingLine = 0;
    int depth = 0;
    static const QRegularExpression blanks(QStringLiteral("\\s+"));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QString line = lines[i];
        const qsizetype comment = line.indexOf(QLatin1Char(';'));
        if (comment >= 0)
            line.truncate(comment);
        if (pending.isEmpty() && depth == 0) {
            const QString trimmed = line.trimmed();
            if (trimmed.isEmpty() || trimmed.startsWith(QLatin1Char('$')))
                continue;
            pendingLine = static_cast<int>(i + 1);
        }
        depth += static_cast<int>(line.count(QLatin1Char('('))) - static_cast<int>(line.count(QLatin1Char(')')));
        pending += QLatin1Char(' ') + line;
        if (depth > 0 && i + 1 < lines.size())
            continue;
        const QString entry = pending.trimmed();
        pending.clear();
        depth = 0;
        if (entry.isEmpty())
            continue;
        // Zone-file lines of other types (dig output with RRSIGs, for instance) are not ours to judge.
        const QStringList tokens = entry.split(blanks, Qt::SkipEmptyParts);
        const qsizetype typeAt = zoneTypeIndex(tokens);
        if (typeAt > 0 && tokens[typeAt].compare(QLatin1String("TLSA"), Qt::CaseInsensitive) != 0)
            continue;
        auto record = parseTlsaRecord(entry);
        if (!record) {
            Error error = record.error();
            error.file = fileName;
            error.line = pendingLine;
            return error;
        }
        records << *record;
    }
    if (records.isEmpty())
        return Error{QStringLiteral("RECORD_MALFORMED"),
                     QCoreApplication::translate("danewerk::core::TlsaRecord", "no TLSA record found"), fileName, 0, 0};
    return records;
}

QString tlsaHostToAscii(const QString& host) {
    QString name = host.trimmed().toLower();
    while (name.endsWith(QLatin1Char('.')))
        name.chop(1);
    const QByteArray ace = QUrl::toAce(name);
    return ace.isEmpty() ? name : QString::fromLatin1(ace).toLower();
}

QString tlsaOwnerName(const QString& host, int port, const QString& proto) {
    return QStringLiteral("_%1._%2.%3.").arg(port).arg(proto.toLower(), tlsaHostToAscii(host));
}

} // namespace danewerk::core
