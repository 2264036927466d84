#pragma once

#include "core/tlsa/TlsaRecord.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace danewerk::core {

struct DaneVerification {
    enum class Outcome {
        Authenticated, // a record matched and, for DANE-TA, the path and names verified
        NoMatch,       // no usable record matched the chain
        NameMismatch,  // DANE-TA matched, but no reference name fits the leaf
        CertExpired,   // DANE-TA matched, but a certificate on the path is out of date
        Failed,        // anything else (broken chain, bad signature, nothing presented)
    };
    Outcome outcome = Outcome::Failed;
    int x509Error = 0; // OpenSSL's X509_V_ERR_* code
    QString reason;    // OpenSSL's explanation
    int matchedDepth = -1;
    TlsaRecord matched; // the record OpenSSL used (owner/ttl empty)
};

// RFC 7672 authentication of a captured chain through OpenSSL's DANE API, offline (the same code for a
// live session and a replayed one): SSL_dane_enable with the TLSA base domain, DANE-EE without name or
// date checks (DANE_FLAG_NO_DANE_EE_NAMECHECKS; OpenSSL skips the dates of a DANE-EE match), DANE-TA with
// path validation at `now`, names checked against the base domain and extraNames (DNS-ID SANs first,
// CN only without SANs, wildcards only as a whole leftmost label), digest agility as OpenSSL ranks the
// matching types (SHA2-512 over SHA2-256 for the same usage and selector, RFC 7671 9).
class DaneVerifier {
public:
    [[nodiscard]] static DaneVerification verify(const QList<QByteArray>& chainDer, const QList<TlsaRecord>& records,
                                                 const QString& baseDomain, const QStringList& extraNames,
                                                 const QDateTime& now);
};

} // namespace danewerk::core
