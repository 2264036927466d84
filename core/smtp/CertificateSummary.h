#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace danewerk::core {

// What the check shows of one presented certificate (CLI.md ADDR.chain entries).
struct CertificateSummary {
    int depth = 0;
    QString subject; // RFC 4514
    QString issuer;  // RFC 4514
    QDateTime notBefore;
    QDateTime notAfter;
    QString keyType; // "RSA", "EC", ...
    QByteArray spkiSha256;
    QByteArray certSha256;
    QByteArray spkiSha512;
    QByteArray certSha512;
    QByteArray spki;    // DER SubjectPublicKeyInfo
    bool valid = false; // decoded

    [[nodiscard]] static CertificateSummary fromDer(const QByteArray& der, int depth);
    [[nodiscard]] QJsonObject toJson() const; // depth, subject, issuer, not_after, spki_sha256, cert_sha256
};

} // namespace danewerk::core
