#pragma once

#include "core/dnssec/ValidationContext.h"

#include <QCoreApplication>

namespace danewerk::core {

// The NSEC3 chain (RFC 5155, RFC 9276): NSEC3_MISSING, NSEC3_CHAIN_BROKEN, NSEC_BITMAP_MISMATCH,
// NSEC3_HASH_MISMATCH, NSEC3_PARAM_MISMATCH, NSEC3_ITERATIONS_TOO_HIGH, NSEC3_ITERATIONS_NOT_ZERO,
// NSEC3_SALT_NOT_EMPTY.
class Nsec3Checks {
    Q_DECLARE_TR_FUNCTIONS(danewerk::core::Nsec3Checks)
public:
    static void run(const ValidationContext& context, Findings& findings);
    // True for names that only hold NSEC3 records (and their signatures): hashed owners, not zone data.
    [[nodiscard]] static bool isHashedOwner(const ValidationContext& context, const ZoneNameEntry& entry);
};

} // namespace danewerk::core
