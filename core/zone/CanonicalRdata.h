#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace danewerk::core {

// RDATA in canonical form (RFC 4034 6.2, as amended by RFC 6840 5.1): domain names embedded in the RDATA of
// NS, MD, MF, CNAME, SOA, MB, MG, MR, PTR, MINFO, MX, RP, AFSDB, RT, PX, KX, SRV, DNAME and RRSIG lower-cased.
// Returns the input unchanged for other types or when nothing needs folding.
[[nodiscard]] QByteArray canonicalRdata(quint16 type, QByteArrayView rdata);

// Orders two RDATA of the same type as RFC 4034 6.3 does (octet strings of the canonical form).
[[nodiscard]] int canonicalRdataCompare(quint16 type, QByteArrayView a, QByteArrayView b);

} // namespace danewerk::core
