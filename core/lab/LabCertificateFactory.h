#pragma once

#include "core/common/Result.h"
#include "core/lab/LabScenario.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace danewerk::core {

// The files and the DER forms of one lab certificate.
struct LabCertificate {
    QString id;
    QString chainFile; // private key, leaf, then the CA (if any): the form smtpd_tls_chain_files takes
    QString leafFile;
    QString caFile; // empty for self-signed leaves
    QByteArray leafDer;
    QByteArray leafSpki;
    QByteArray caDer;
    QByteArray caSpki;
};

// Makes the scenarios' certificates with OpenSSL: ECDSA P-256 keys, a self-signed leaf, or a private CA
// and a leaf it issues, with the given DNS SANs. Existing files are reused while they are valid for at
// least 30 more days, so trust in them survives `lab down` / `lab up`.
class LabCertificateFactory {
public:
    // Files go to directory/<id>.*. Error code LAB_CERTIFICATE_FAILED.
    [[nodiscard]] static Result<LabCertificate> ensure(const LabCertificateSpec& spec, const QString& directory,
                                                       const QDateTime& now);

    // TLSA association data (RFC 6698 2.1): usage 2 from the CA (or the leaf when there is none), others
    // from the leaf; selector 0 the certificate, 1 the SPKI; mtype 0 full, 1 SHA-256, 2 SHA-512.
    [[nodiscard]] static QByteArray associationData(const LabCertificate& certificate, int usage, int selector,
                                                    int mtype);
};

} // namespace danewerk::core
