#pragma once

#include "core/dnssec/ValidationContext.h"

#include <QCoreApplication>

namespace danewerk::core {

// Checks of the keys and their delegation data: NO_DNSKEY, NO_SEP_KEY, DNSKEY_NOT_AT_APEX,
// ALGORITHM_PROHIBITED, ALGORITHM_NOT_RECOMMENDED, KEY_TOO_SHORT, DS_DIGEST_PROHIBITED,
// DS_NO_MATCHING_DNSKEY, CDS_INCONSISTENT, CDNSKEY_INCONSISTENT (ZONE-CHECKS.md).
class KeyChecks {
    Q_DECLARE_TR_FUNCTIONS(danewerk::core::KeyChecks)
public:
    // Fills context.apexKeys (parsed once for the other checks too).
    static void collectApexKeys(ValidationContext& context);
    static void run(const ValidationContext& context, const std::vector<ExternalDs>& externalDs, Findings& findings);
};

} // namespace danewerk::core
