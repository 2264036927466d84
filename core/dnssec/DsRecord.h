#pragma once

#include "core/dnssec/DnskeyRdata.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <optional>

namespace danewerk::core {

// A DS (or CDS) RDATA (RFC 4034 5.1): key tag, algorithm, digest type, digest.
struct DsRecord {
    quint16 keyTag = 0;
    quint8 algorithm = 0;
    quint8 digestType = 0;
    QByteArray digest;

    [[nodiscard]] static std::optional<DsRecord> parse(QByteArrayView rdata);
    [[nodiscard]] QByteArray toWire() const;
    // "12345 13 2 <hex>"
    [[nodiscard]] QString rdataText() const;

    // The DS for a DNSKEY at owner (wire), digest type 1, 2 or 4; nothing for other types.
    [[nodiscard]] static std::optional<DsRecord> fromDnskey(QByteArrayView owner, const DnskeyRdata& key,
                                                            int digestType);
    // True if this DS designates the key (tag, algorithm and digest agree).
    [[nodiscard]] bool matches(QByteArrayView owner, const DnskeyRdata& key) const;
    // RFC 8078 4: "0 0 0 00", the CDS that asks the parent to remove the DS RRset.
    [[nodiscard]] bool isDeleteRequest() const { return keyTag == 0 && algorithm == 0 && digestType == 0; }
};

} // namespace danewerk::core
