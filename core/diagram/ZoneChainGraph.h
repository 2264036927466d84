#pragma once

#include "core/check/ChainGraph.h"
#include "core/dnssec/ZoneReport.h"
#include "core/zone/Zone.h"

#include <QDateTime>

namespace danewerk::core {

// The chain of a loaded zone as the diagram draws it (same node and edge kinds and statuses as the live
// check): the apex zone, per SEP key the DS the parent needs, the apex DNSKEYs, the DNSKEY RRset, and the
// zone data aggregated into one RRset node per type group ("SOA", "A/AAAA", "NSEC3 chain", "DS for 2 child
// zones"), with an rrsig edge from each key to what it signs. Verifies the signatures itself (one pass over
// the RRSIGs) so each edge and node carries the status of exactly its signatures at `now`.
[[nodiscard]] ChainGraph zoneChainGraph(const Zone& zone, const ZoneReport& report, const QDateTime& now);

// The RRset node an RRset of this type is drawn in: the suffix of its id ("rrset:<apex>/<group>"), e.g.
// "A+AAAA" for A and AAAA, "NSEC3", "DS", else the type's mnemonic.
[[nodiscard]] QString zoneChainGroup(quint16 type);

} // namespace danewerk::core
