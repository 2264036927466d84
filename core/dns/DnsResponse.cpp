#include "core/dns/DnsResponse.h"

namespace danewerk::core {

namespace {
QString outcomeName(DnsResponse::Outcome outcome) {
    switch (outcome) {
    case DnsResponse::Outcome::Answer:
        return QStringLiteral("answer");
    case DnsResponse::Outcome::Timeout:
        return QStringLiteral("timeout");
    case DnsResponse::Outcome::NetworkError:
        return QStringLiteral("network-error");
    }
    return {};
}
} // namespace

QJsonObject DnsResponse::toJson() const {
    QJsonObject o{{"name", name},
                  {"type", int(type)},
                  {"server", server},
                  {"outcome", outcomeName(outcome)},
                  {"received_at", receivedAt.toUTC().toString(Qt::ISODateWithMs)}};
    if (!wire.isEmpty())
        o.insert("wire", QString::fromLatin1(wire.toBase64()));
    if (!error.isEmpty())
        o.insert("error", error);
    return o;
}

DnsResponse DnsResponse::fromJson(const QJsonObject& o) {
    DnsResponse r;
    r.name = o.value("name").toString();
    r.type = quint16(o.value("type").toInt());
    r.server = o.value("server").toString();
    const QString outcome = o.value("outcome").toString();
    r.outcome = outcome == QLatin1String("answer")    ? Outcome::Answer
                : outcome == QLatin1String("timeout") ? Outcome::Timeout
                                                      : Outcome::NetworkError;
    r.wire = QByteArray::fromBase64(o.value("wire").toString().toLatin1());
    r.receivedAt = QDateTime::fromString(o.value("received_at").toString(), Qt::ISODateWithMs);
    r.error = o.value("error").toString();
    return r;
}

} // namespace danewerk::core
