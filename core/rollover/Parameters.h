#pragma once

#include "core/rollover/RolloverTime.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace danewerk::core {

// The timing parameters of RFC 7583 as ROLLOVER.md names them, in integer seconds, with its defaults.
struct RolloverParameters {
    RolloverSeconds DprpC = 300;        // child (zone) propagation delay
    RolloverSeconds DprpP = 3600;       // parent propagation delay
    RolloverSeconds TTLkey = 3600;      // DNSKEY TTL
    RolloverSeconds TTLsig = 86400;     // largest TTL of signed data
    RolloverSeconds TTLneg = 3600;      // negative TTL (SOA minimum)
    RolloverSeconds TTLds = 86400;      // DS TTL at the parent
    RolloverSeconds TTLtlsa = 3600;     // TLSA TTL
    RolloverSeconds Dsgn = 0;           // time for a signer change to reach every RRset (0: full re-sign)
    RolloverSeconds Dreg = 86400;       // DS submission to DS published at the parent
    RolloverSeconds publishSafety = 0;  // "publish_safety"
    RolloverSeconds retireSafety = 0;   // "retire_safety"
    RolloverSeconds Lzsk = 30 * 86400;  // ZSK lifetime
    RolloverSeconds Lksk = 365 * 86400; // KSK (and CSK) lifetime
    // "max_cache_ttl": assume that every resolver caps cached TTLs at this value. Resolvers cap, never
    // extend, so a cap only shortens cache tails: leave it unset (the default) for the worst case of a
    // resolver that honours every TTL. Named values: "unbound" (cache-max-ttl, 1d) and "bind"
    // (max-cache-ttl, 1w). With a cap every TTL of the model, including templates, becomes min(TTL, cap).
    std::optional<RolloverSeconds> maxCacheTtl;

    // Plan-file names in their canonical order: DprpC, DprpP, TTLkey, ..., Lksk, max_cache_ttl.
    [[nodiscard]] static QStringList names();
    [[nodiscard]] std::optional<RolloverSeconds> value(const QString& name) const;
    // False for unknown names and negative values.
    bool set(const QString& name, RolloverSeconds seconds);
    // Accepts durations ("1h", "P1D", "3600") and, for max_cache_ttl, the named resolver caps.
    // Error text in *error (translated) when it returns false.
    bool setFromText(const QString& name, const QString& text, QString* error = nullptr);
    [[nodiscard]] static std::optional<RolloverSeconds> namedResolverCap(const QString& name);
    // One line of help per parameter.
    [[nodiscard]] static QString description(const QString& name);

    // A TTL as resolvers cache it (capped by max_cache_ttl when set).
    [[nodiscard]] RolloverSeconds cached(RolloverSeconds ttl) const;
    [[nodiscard]] RolloverSeconds keyTtl() const { return cached(TTLkey); }
    [[nodiscard]] RolloverSeconds sigTtl() const { return cached(TTLsig); }
    [[nodiscard]] RolloverSeconds negTtl() const { return cached(TTLneg); }
    [[nodiscard]] RolloverSeconds dsTtl() const { return cached(TTLds); }
    [[nodiscard]] RolloverSeconds tlsaTtl() const { return cached(TTLtlsa); }

    friend bool operator==(const RolloverParameters&, const RolloverParameters&) = default;
};

} // namespace danewerk::core
