#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace danewerk::core {

// One raw DNS exchange as observed: the question, the server, the answer's wire bytes and when it arrived.
// Nothing here is judged; the validator reads the wire form, so a saved log can be re-assessed offline.
struct DnsResponse {
    enum class Outcome { Answer, Timeout, NetworkError };
    QString name; // lower-case FQDN with trailing dot
    quint16 type = 0;
    QString server; // "ADDR#PORT"
    Outcome outcome = Outcome::Timeout;
    QByteArray wire; // the whole answer packet (Outcome::Answer)
    QDateTime receivedAt;
    QString error;

    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static DnsResponse fromJson(const QJsonObject& object);
};

} // namespace danewerk::core
