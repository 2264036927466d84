#include "core/common/TimeFormat.h"
#include "core/tlsa/TlsaGenerator.h"

#include <QJsonArray>

namespace danewerk::core {

QString formatTlsaZone(const QList<GeneratedTlsa>& records) {
    QString out;
    for (const GeneratedTlsa& generated : records)
        out += generated.record.zoneText() + QLatin1Char('\n');
    return out;
}

QString formatTlsaRdata(const QList<GeneratedTlsa>& records) {
    QString out;
    for (const GeneratedTlsa& generated : records)
        out += generated.record.rdataText() + QLatin1Char('\n');
    return out;
}

// An nsupdate(1) script: feed it to `nsupdate -k KEYFILE` (add "server" and "zone" lines when the
// defaults from the SOA lookup do not fit).
QString formatTlsaNsupdate(const QList<GeneratedTlsa>& records) {
    QString out;
    for (const GeneratedTlsa& generated : records)
        out += QStringLiteral("update add ") + generated.record.zoneText() + QLatin1Char('\n');
    out += QStringLiteral("send\n");
    return out;
}

QJsonObject tlsaGenerationToJson(const QList<GeneratedTlsa>& records, const Findings& findings) {
    QJsonArray recordArray;
    for (const GeneratedTlsa& generated : records) {
        QJsonObject o;
        o.insert(QStringLiteral("owner"), generated.record.owner);
        o.insert(QStringLiteral("ttl"), static_cast<qint64>(generated.record.ttl));
        o.insert(QStringLiteral("usage"), generated.record.usage);
        o.insert(QStringLiteral("selector"), generated.record.selector);
        o.insert(QStringLiteral("mtype"), generated.record.mtype);
        o.insert(QStringLiteral("data"), QString::fromLatin1(generated.record.data.toHex()));
        o.insert(QStringLiteral("source"), generated.source);
        o.insert(QStringLiteral("depth"), generated.depth);
        if (!generated.subject.isEmpty())
            o.insert(QStringLiteral("subject"), generated.subject);
        if (generated.notAfter.isValid())
            o.insert(QStringLiteral("not_after"), formatInstant(generated.notAfter));
        recordArray.append(o);
    }
    QJsonArray findingArray;
    for (const Finding& finding : findings)
        findingArray.append(finding.toJson());
    QJsonObject out;
    out.insert(QStringLiteral("records"), recordArray);
    out.insert(QStringLiteral("findings"), findingArray);
    return out;
}

} // namespace danewerk::core
