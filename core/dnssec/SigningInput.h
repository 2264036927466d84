#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <span>

namespace danewerk::core {

// Builds the data an RRSIG signs (RFC 4034 3.1.8.1 and 6.2, RFC 6840 5.1): the RRSIG RDATA without the
// signature, then every RR of the RRset in canonical form and order with the original TTL. The caller keeps
// one buffer per thread, so building allocates nothing once it has grown.
class SigningInput {
public:
    // rrsigHeader: RrsigRdata::header() or the signed part of an RRSIG's RDATA (signer name lower-cased here).
    // owner: canonical wire owner of the RRset; labels: the RRSIG labels field (a smaller value than the
    // owner's label count means a wildcard: the owner becomes "*." plus the rightmost labels).
    static void build(QByteArray& out, QByteArrayView rrsigHeader, QByteArrayView owner, quint16 type, quint16 rclass,
                      quint32 originalTtl, int labels, std::span<const QByteArrayView> rdatas);

    // Lower-cases the domain names inside RDATA of the types RFC 4034 6.2 lists (RFC 6840 5.1: not NSEC).
    static void lowerCaseNames(quint16 type, quint8* rdata, qsizetype length);
    [[nodiscard]] static QByteArray canonicalRdata(quint16 type, QByteArrayView rdata);
};

} // namespace danewerk::core
