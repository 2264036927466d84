#pragma once

#include <QString>

namespace danewerk::core {

// RFC 4033 5 / RFC 4035 4.3 states of an RRset, plus "unresolved" for answers that never came (SERVFAIL,
// timeout). Ordered from best to worst for combining the hops of a CNAME chain.
enum class DnssecState { Secure, Insecure, Indeterminate, Unresolved, Bogus };

[[nodiscard]] QString dnssecStateName(DnssecState state); // "secure", "insecure", ...
// The weaker of two states along a chain: bogus > unresolved > indeterminate > insecure > secure.
[[nodiscard]] DnssecState combineDnssecStates(DnssecState a, DnssecState b);

} // namespace danewerk::core
