#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <optional>

namespace danewerk::core {

// The RDATA of an RRSIG (RFC 4034 3.1). Parsing keeps views into the record's RDATA (no copies: the validator
// parses every signature of the zone); toWire() builds a new one (the signer).
struct RrsigRdata {
    quint16 typeCovered = 0;
    quint8 algorithm = 0;
    quint8 labels = 0;
    quint32 originalTtl = 0;
    quint32 expiration = 0;
    quint32 inception = 0;
    quint16 keyTag = 0;
    QByteArrayView signerName; // wire, as written
    QByteArrayView signature;
    qsizetype signedPartLength = 0; // octets before the signature (the RRSIG part of the signing input)

    [[nodiscard]] static std::optional<RrsigRdata> parse(QByteArrayView rdata);
    // The RDATA before the signature field, signer name lowercased (RFC 4034 3.1.8.1).
    [[nodiscard]] static QByteArray header(quint16 typeCovered, quint8 algorithm, quint8 labels, quint32 originalTtl,
                                           quint32 expiration, quint32 inception, quint16 keyTag,
                                           QByteArrayView signerName);
};

} // namespace danewerk::core
