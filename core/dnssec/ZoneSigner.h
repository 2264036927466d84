#pragma once

#include "core/common/Result.h"
#include "core/dnssec/DnssecKey.h"
#include "core/zone/Zone.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>

#include <optional>

namespace danewerk::core {

struct SigningOptions {
    QDateTime inception;  // required: the RRSIG inception (the CLI's default: now - 1h)
    QDateTime expiration; // required: the RRSIG expiration (the CLI's default: inception + 14d + 1h)
    bool nsec3 = false;   // NSEC3 instead of NSEC
    // RFC 9276 defaults: no extra iterations, no salt, no opt-out.
    int nsec3Iterations = 0;
    QByteArray nsec3Salt;
    bool nsec3OptOut = false;
    std::optional<quint32> dnskeyTtl; // default: the SOA's TTL
    int threads = 0;                  // 0: every core
};

// Signs a zone (RFC 4033-4035, RFC 5155, RFC 6840): removes old RRSIG, NSEC, NSEC3 and NSEC3PARAM records,
// adds the keys' DNSKEYs at the apex, builds the NSEC or NSEC3 chain (empty non-terminals hashed for NSEC3,
// delegations with NS and DS only, glue left out), and signs every authoritative RRset: the DNSKEY RRset
// with the SEP keys of each algorithm, everything else with the other keys (a key set with only SEP keys
// of an algorithm, a CSK, signs everything). NS and glue at and below a delegation stay unsigned; DS and
// NSEC at a delegation are signed. The engine never reads the clock: the validity window is explicit.
class ZoneSigner {
public:
    [[nodiscard]] static Result<Zone> sign(const Zone& zone, const QList<DnssecKey>& keys,
                                           const SigningOptions& options);

    // Convenience for callers holding zone text (the lab): load, sign, write as text.
    // origin: presentation format; empty: from the text's $ORIGIN/SOA.
    [[nodiscard]] static Result<QByteArray> signText(const QByteArray& sourceText, const QString& origin,
                                                     const QList<DnssecKey>& keys, const SigningOptions& options);

    // The zone in presentation format, one record per line: the SOA first, then canonical order.
    [[nodiscard]] static QByteArray zoneText(const Zone& zone);
};

} // namespace danewerk::core
