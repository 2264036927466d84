#pragma once

#include "core/check/MailDomainResult.h"

namespace danewerk::core {

// Adds what follows the DNSSEC part to a check's chain graph (which ChainValidator filled): each MX host,
// its addresses, the certificates they presented (depth 0..n, the second chain of dual-certificate servers
// too), the TLSA records with tlsa-match edges to the certificates they matched, and the verdict.
class CheckGraphBuilder {
public:
    static void addHostsAndVerdict(MailDomainResult& result);
};

} // namespace danewerk::core
