#pragma once

#include "core/common/Result.h"
#include "core/dnssec/DnskeyRdata.h"
#include "core/dnssec/DnssecCrypto.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace danewerk::core {

// A DNSSEC key of one zone: the DNSKEY RDATA plus, when known, the private key. Copies share the key
// material (immutable after creation, so it can be used from several threads at once).
class DnssecKey {
public:
    DnssecKey() = default;

    // Generates a key for the zone (wire owner). flags: DnskeyRdata::ZskFlags (256) or KskFlags (257);
    // bits: RSA modulus size (0: 2048); ignored for ECDSA and EdDSA.
    [[nodiscard]] static Result<DnssecKey> generate(QByteArrayView zoneOwner, int algorithm, quint16 flags,
                                                    const QDateTime& created, int bits = 0);
    // A public key only (from a DNSKEY record): verifies, cannot sign.
    [[nodiscard]] static Result<DnssecKey> fromDnskey(QByteArrayView owner, const DnskeyRdata& rdata);
    // A key pair from its parts (used by BindKeyFile).
    [[nodiscard]] static DnssecKey fromParts(QByteArrayView owner, const DnskeyRdata& rdata, EvpKeyPtr key,
                                             const QDateTime& created);

    [[nodiscard]] bool isNull() const { return !m_key; }
    [[nodiscard]] QByteArray owner() const { return m_owner; } // wire, canonical
    [[nodiscard]] QString ownerText() const;
    [[nodiscard]] const DnskeyRdata& dnskey() const { return m_rdata; }
    [[nodiscard]] QByteArray dnskeyRdata() const { return m_rdata.toWire(); }
    [[nodiscard]] int algorithm() const { return m_rdata.algorithm; }
    [[nodiscard]] quint16 flags() const { return m_rdata.flags; }
    [[nodiscard]] quint16 keyTag() const { return m_tag; }
    [[nodiscard]] bool isSep() const { return m_rdata.isSep(); }
    [[nodiscard]] bool isRevoked() const { return m_rdata.isRevoked(); }
    [[nodiscard]] int keySizeBits() const { return m_rdata.keySizeBits(); }
    [[nodiscard]] bool hasPrivateKey() const { return m_private; }
    [[nodiscard]] QDateTime created() const { return m_created; }

    // Changes the flags (SEP, REVOKE); the key tag follows.
    void setFlags(quint16 flags);

    // "example. 3600 IN DNSKEY 257 3 13 base64"
    [[nodiscard]] QString dnskeyText(quint32 ttl = 3600) const;

    // A signature in DNSSEC format over data (the RRSIG signing input).
    [[nodiscard]] Result<QByteArray> sign(QByteArrayView data) const;
    [[nodiscard]] bool verify(QByteArrayView data, QByteArrayView signature) const;

    [[nodiscard]] EVP_PKEY* evpKey() const { return m_key.get(); }

private:
    QByteArray m_owner;
    DnskeyRdata m_rdata;
    quint16 m_tag = 0;
    EvpKeyPtr m_key;
    bool m_private = false;
    QDateTime m_created;
};

} // namespace danewerk::core
