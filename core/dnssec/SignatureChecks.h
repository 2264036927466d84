#pragma once

#include "core/dnssec/ValidationContext.h"
#include "core/dnssec/ZoneReport.h"

#include <QCoreApplication>

#include <functional>

namespace danewerk::core {

// Verifies every RRSIG of the zone (both cores, one SignatureVerifier per thread, no locks) and reports
// RRSIG_* findings; fills the signature buckets and the key roles of the report. runCoverage() reports
// RRSIG_MISSING and MISSING_ALGORITHM_SIGNATURES: it needs no verification, so it can run beside run().
class SignatureChecks {
    Q_DECLARE_TR_FUNCTIONS(danewerk::core::SignatureChecks)
public:
    // alongside: other work (the chain checks) that one of the verification threads does first and then
    // joins the others, so that no more threads than cores compete and all of them finish together.
    static void run(const ValidationContext& context, ZoneReport& report, const std::function<void()>& alongside = {});
    static void runCoverage(const ValidationContext& context, bool isSigned, Findings& findings);
};

} // namespace danewerk::core
