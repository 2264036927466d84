#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace danewerk::core {

// What TLSA generation and matching need to know about one X.509 certificate.
struct CertificateInfo {
    QByteArray der;      // the whole certificate
    QByteArray spkiDer;  // its SubjectPublicKeyInfo
    QString subject;     // RFC 4514
    QString issuer;      // RFC 4514
    QDateTime notBefore; // UTC
    QDateTime notAfter;  // UTC
    bool isCa = false;   // basicConstraints CA:TRUE
    bool selfSigned = false;
    QStringList dnsNames;   // DNS-ID subjectAltNames, lower case, as written (may start with "*.")
    QString commonName;     // last CN of the subject
    QString keyDescription; // "RSA 2048", "EC P-256", "Ed25519"
};

enum class MaterialKind { Certificate, Chain, PublicKey, PrivateKey, Csr };

// One input file, loaded: a certificate, a chain (leaf first, as in fullchain.pem), a bare public key, a
// private key (only its public half is kept; the private key never leaves the loader) or a CSR.
struct CertificateMaterial {
    MaterialKind kind = MaterialKind::Certificate;
    QString source;                // file name, for messages and JSON
    QList<CertificateInfo> chain;  // certificates, leaf first; empty for keys and CSRs
    QByteArray spkiDer;            // the leaf's (or key's, or CSR's) SubjectPublicKeyInfo
    QString keyDescription;        // of spkiDer
    QStringList requestedNames;    // CSR: DNS SANs and CN
    QStringList requestedDnsNames; // CSR: the DNS SANs alone, in order (the default TLSA host comes from these)

    [[nodiscard]] bool hasCertificates() const { return !chain.isEmpty(); }
};

// Loads PEM or DER. Error codes (message names the file and the cause):
// FILE_UNREADABLE, INPUT_EMPTY, INPUT_UNRECOGNISED (garbage, wrong PEM type), INPUT_TRUNCATED,
// KEY_ENCRYPTED (passphrase-protected private key), INPUT_INVALID.
class CertificateLoader {
public:
    [[nodiscard]] static Result<CertificateMaterial> loadFile(const QString& path);
    [[nodiscard]] static Result<CertificateMaterial> loadData(const QByteArray& data, const QString& sourceName);
};

} // namespace danewerk::core
