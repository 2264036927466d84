#include "core/check/CheckObservations.h"

#include "core/check/DnsNames.h"

#include <QCoreApplication>

namespace danewerk::core {

QJsonObject CheckObservations::toJson() const {
    return QJsonObject{{"format", "danewerk-check-observations-1"},
                       {"domain", domain},
                       {"recorded_at", recordedAt.toUTC().toString(Qt::ISODate)},
                       {"elapsed_ms", elapsedMs},
                       {"smtp_port", int(smtpPort)},
                       {"trust_anchor", trustAnchor},
                       {"dns", dns},
                       {"smtp", smtp}};
}

Result<CheckObservations> CheckObservations::fromJson(const QJsonObject& o, const QString& fileName) {
    if (o.value("format").toString() != QLatin1String("danewerk-check-observations-1") || !o.value("dns").isArray())
        return Error{QStringLiteral("OBSERVATIONS_INVALID"),
                     QCoreApplication::translate("danewerk::core::CheckObservations",
                                                 "Not a saved danewerk check (format danewerk-check-observations-1)."),
                     fileName, 0, 0};
    CheckObservations c;
    c.domain = normalizedName(o.value("domain").toString());
    c.recordedAt = QDateTime::fromString(o.value("recorded_at").toString(), Qt::ISODate);
    c.elapsedMs = o.value("elapsed_ms").toInteger();
    c.smtpPort = quint16(o.value("smtp_port").toInt(25));
    c.trustAnchor = o.value("trust_anchor").toString();
    c.dns = o.value("dns").toArray();
    c.smtp = o.value("smtp").toArray();
    return c;
}

QString CheckObservations::fileNameFor(const QString& domain) {
    const QString bare = nameWithoutDot(domain);
    return (bare.isEmpty() ? QStringLiteral("root") : bare) + QStringLiteral(".json");
}

} // namespace danewerk::core
