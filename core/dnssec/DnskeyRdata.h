#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <optional>

namespace danewerk::core {

// The RDATA of a DNSKEY, CDNSKEY or KEY record (RFC 4034 2.1): flags, protocol, algorithm, public key.
struct DnskeyRdata {
    static constexpr quint16 ZoneKeyFlag = 0x0100; // bit 7
    static constexpr quint16 RevokeFlag = 0x0080;  // bit 8, RFC 5011
    static constexpr quint16 SepFlag = 0x0001;     // bit 15
    static constexpr quint16 ZskFlags = ZoneKeyFlag;
    static constexpr quint16 KskFlags = ZoneKeyFlag | SepFlag;

    quint16 flags = ZskFlags;
    quint8 protocol = 3;
    quint8 algorithm = 0;
    QByteArray publicKey;

    [[nodiscard]] static std::optional<DnskeyRdata> parse(QByteArrayView rdata);
    [[nodiscard]] QByteArray toWire() const;

    [[nodiscard]] bool isZoneKey() const { return flags & ZoneKeyFlag; }
    [[nodiscard]] bool isSep() const { return flags & SepFlag; }
    [[nodiscard]] bool isRevoked() const { return flags & RevokeFlag; }

    // RFC 4034 Appendix B over the wire RDATA (the REVOKE bit changes the tag, as RFC 5011 says).
    [[nodiscard]] quint16 keyTag() const { return keyTagOf(toWire()); }
    [[nodiscard]] static quint16 keyTagOf(QByteArrayView rdata);

    // Key size in bits: the RSA modulus length (RFC 3110), the curve size for ECDSA and EdDSA; 0 if unknown.
    [[nodiscard]] int keySizeBits() const;
};

} // namespace danewerk::core
