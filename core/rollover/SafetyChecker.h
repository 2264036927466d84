#pragma once

#include "core/rollover/CacheModel.h"
#include "core/rollover/SafetyReport.h"

#include <QCoreApplication>

namespace danewerk::core {

// The safety check of ROLLOVER.md: every instant where a version starts or stops being live cuts the time
// line into elementary intervals; on each, every combination of live versions is validated per profile.
// Failing intervals become windows [from, to), merged when status, profile and rrset agree and they touch;
// each keeps the witness whose stale side lives longest and the smallest fix. Exact to the second.
class SafetyChecker {
    Q_DECLARE_TR_FUNCTIONS(danewerk::core::SafetyChecker)

public:
    [[nodiscard]] static SafetyReport check(const RolloverPlan& plan,
                                            const QList<ValidationProfile>& profiles = {ValidationProfile::Liberal});

    // RFC 7671 8.1: a new TLSA key deployed less than 2 x TTLtlsa after its record appeared.
    [[nodiscard]] static Findings tlsaWarnings(const RolloverPlan& plan, const CacheTimeline& timeline);
};

} // namespace danewerk::core
