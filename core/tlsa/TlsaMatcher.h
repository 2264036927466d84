#pragma once

#include "core/findings/Finding.h"
#include "core/tlsa/CertificateMaterial.h"
#include "core/tlsa/TlsaRecord.h"

#include <QDateTime>
#include <QJsonObject>

namespace danewerk::core {

enum class TlsaVerdict { Match, Mismatch, NameMismatch, Unusable };
[[nodiscard]] QString tlsaVerdictName(TlsaVerdict verdict); // "match", "mismatch", "name-mismatch", "unusable"

struct TlsaMatch {
    int usage = 0;
    int selector = 0;
    int mtype = 0;
    int depth = 0; // certificate of the chain that matched
};

struct TlsaPreflight {
    TlsaVerdict verdict = TlsaVerdict::Mismatch;
    QList<TlsaMatch> matched;
    Findings findings; // TLSA_USAGE_PKIX_FOR_SMTP, TLSA_DIGEST_AGILITY_HIDES_MATCH, DANE_TA_NAME_MISMATCH,
                       // CERT_EXPIRED, TLSA_NO_MATCH, TLSA_NO_ROLLOVER_RECORD, ...
    [[nodiscard]] QJsonObject toJson() const; // {"result":..,"matched":[..],"findings":[..]}
};

struct PreflightOptions {
    QString host; // TLSA base domain, reference name for DANE-TA
    int port = 25;
    QStringList extraNames; // further DANE-TA reference names (e.g. the secure next-hop domain)
    QDateTime now;          // for DANE-TA path validity; DANE-EE ignores dates
};

// "Will my new certificate break DANE?": RFC 7672 and RFC 7671 rules offline. Usages 0/1 are unusable for
// SMTP (port 25); DANE-EE matches the leaf without name or date checks; DANE-TA needs the anchor in the
// chain, a verifying in-date path from the leaf to it, and a name match (DNS-ID SANs first, CN only without
// SANs, wildcard only as the whole leftmost label); per (usage, selector) only the strongest digest present
// counts (RFC 7671 9).
[[nodiscard]] TlsaPreflight verifyTlsa(const QList<CertificateInfo>& chain, const QList<TlsaRecord>& records,
                                       const PreflightOptions& options);

// Why a record cannot be used (RFC 7672 2.2, 3.1.3; RFC 6698 7.2-7.4): empty when usable. port 25 makes
// PKIX-TA(0) and PKIX-EE(1) unusable.
[[nodiscard]] QString tlsaUnusableReason(const TlsaRecord& record, int port);

// The DANE-TA name check (RFC 7672 3.2.3, RFC 6125): DNS-ID subjectAltNames first, the CN only without
// them, a wildcard only as the whole leftmost label and never for the parent itself. name without the dot.
[[nodiscard]] bool tlsaReferenceNameMatches(const CertificateInfo& leaf, const QString& name);

} // namespace danewerk::core
