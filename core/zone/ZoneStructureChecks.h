#pragma once

#include "core/findings/Finding.h"
#include "core/zone/Zone.h"

#include <QDateTime>
#include <QHash>
#include <QString>

namespace danewerk::core {

struct StructureCheckOptions {
    // `--cert HOST=FILE`: host (FQDN, trailing dot) -> certificate, chain, key or CSR file, checked against the
    // TLSA records at _25._tcp.HOST with the TLSA engine's RFC 7672 rules (TLSA_NO_MATCH).
    QHash<QString, QString> certificates;
    // For DANE-TA path validity in those checks (DANE-EE ignores dates).
    QDateTime now;
};

// The checks of ZONE-CHECKS.md that do not need DNSSEC: NO_SOA, MULTIPLE_SOA, NO_APEX_NS, OUT_OF_ZONE,
// CNAME_AND_OTHER_DATA, CNAME_LOOP, TTL_MISMATCH_IN_RRSET, MISSING_GLUE, DUPLICATE_RECORD, TLSA_MALFORMED,
// TLSA_USAGE_PKIX_FOR_SMTP, TLSA_NO_ROLLOVER_RECORD and, given certificates, TLSA_NO_MATCH. Every problem is reported,
// in zone order; each finding names the record (owner, type, file, line) it concerns.
[[nodiscard]] Findings checkZoneStructure(const Zone& zone, const StructureCheckOptions& options = {});

} // namespace danewerk::core
