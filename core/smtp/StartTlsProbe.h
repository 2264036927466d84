#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace danewerk::core {

// Which server certificate to ask for: a server with RSA and ECDSA certificates shows the one that fits
// the signature algorithms the client offers (LIVE-CHECK rule 16).
enum class CertificateKeyPreference { Any, Rsa, Ecdsa };

struct SmtpProbeOptions {
    QString address; // IPv4 or IPv6 literal
    quint16 port = 25;
    QString ehloName;      // the EHLO argument
    QString serverName;    // SNI: the TLSA base domain without the trailing dot
    int timeoutMs = 10000; // bounds the whole dialogue: connect to handshake end
    CertificateKeyPreference keyPreference = CertificateKeyPreference::Any;
    // Optional, for progress displays: called with "connect", "banner", "ehlo", "starttls", "handshake" as
    // each stage begins (on the probing thread).
    std::function<void(const QString& stage)> onStage;
    // Optional: polled while waiting for the network; once true the session ends with "cancelled".
    std::function<bool()> cancelled;
};

// What one SMTP STARTTLS session showed: raw observations only, no judgement. The DANE decision is made
// from chainDer by DaneVerifier, so a saved probe can be re-assessed offline.
struct SmtpProbeResult {
    enum class Stage { Connect, Banner, Ehlo, StartTls, Handshake, Done };
    QString address;
    quint16 port = 0;
    QString serverName; // the SNI sent
    CertificateKeyPreference keyPreference = CertificateKeyPreference::Any;
    Stage reached = Stage::Connect; // the last stage entered; Done when the handshake completed
    bool connected = false;
    bool connectTimedOut = false; // no answer at all to the TCP SYN within the timeout
    bool timedOut = false;        // the dialogue ran out of time (any stage)
    bool startTlsOffered = false;
    bool startTlsAccepted = false; // "220" to STARTTLS
    bool handshakeCompleted = false;
    QString error;      // why it stopped early (English, technical)
    QString tlsVersion; // "TLSv1.3"
    QString cipher;
    QString peerKeyType;        // "RSA", "EC", "ED25519", ...
    QList<QByteArray> chainDer; // as presented, leaf first
    QStringList transcript;     // "C: EHLO ..." / "S: 250 ..." (bounded)
    QDateTime finishedAt;
    qint64 elapsedMs = 0;

    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static SmtpProbeResult fromJson(const QJsonObject& object);
};

[[nodiscard]] QString keyPreferenceName(CertificateKeyPreference preference); // "any", "rsa", "ecdsa"

// Client side of RFC 3207 over OpenSSL: banner, EHLO, STARTTLS, handshake with SNI, chain capture. Every
// read and write is bounded by one deadline for the whole dialogue; replies are limited in size (a reply
// line to 1000 octets, a reply to 100 lines); whatever the server sent after "220 Ready" and before the
// handshake is discarded, so plaintext injection cannot reach the TLS session (CVE-2011-0411 class).
class StartTlsProbe {
public:
    [[nodiscard]] static SmtpProbeResult run(const SmtpProbeOptions& options);
};

} // namespace danewerk::core
