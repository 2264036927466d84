#include "core/dnssec/DnssecKey.h"

#include "core/dns/DnsName.h"
#include "core/dnssec/DnssecAlgorithm.h"
#include "core/dnssec/DnssecError.h"

#include <QCoreApplication>

namespace danewerk::core {

Result<DnssecKey> DnssecKey::generate(QByteArrayView zoneOwner, int algorithm, quint16 flags, const QDateTime& created,
                                      int bits) {
    if (!DnssecAlgorithm::canSign(algorithm))
        return dnssecError(
            QStringLiteral("ALGORITHM_UNSUPPORTED"),
            QCoreApplication::translate("danewerk::core::DnssecKey",
                                        "Cannot generate keys for algorithm %1 (%2); use 8, 13, 14 or 15.")
                .arg(algorithm)
                .arg(DnssecAlgorithm::mnemonic(algorithm)));
    auto key = DnssecCrypto::generateKey(algorithm, bits);
    if (!key)
        return key.error();
    auto publicKey = DnssecCrypto::dnskeyPublicKey(algorithm, key->get());
    if (!publicKey)
        return publicKey.error();
    DnskeyRdata rdata;
    rdata.flags = flags;
    rdata.algorithm = quint8(algorithm);
    rdata.publicKey = *publicKey;
    return fromParts(zoneOwner, rdata, *key, created);
}

Result<DnssecKey> DnssecKey::fromDnskey(QByteArrayView owner, const DnskeyRdata& rdata) {
    auto key = DnssecCrypto::publicKeyFromDnskey(rdata.algorithm, rdata.publicKey);
    if (!key)
        return key.error();
    DnssecKey result = fromParts(owner, rdata, *key, {});
    result.m_private = false;
    return result;
}

DnssecKey DnssecKey::fromParts(QByteArrayView owner, const DnskeyRdata& rdata, EvpKeyPtr key,
                               const QDateTime& created) {
    DnssecKey result;
    result.m_owner = owner.toByteArray();
    result.m_rdata = rdata;
    result.m_tag = rdata.keyTag();
    result.m_key = std::move(key);
    result.m_private = true;
    result.m_created = created;
    return result;
}

QString DnssecKey::ownerText() const {
    return dnsNameToText(m_owner);
}

void DnssecKey::setFlags(quint16 flags) {
    m_rdata.flags = flags;
    m_tag = m_rdata.keyTag();
}

QString DnssecKey::dnskeyText(quint32 ttl) const {
    return QStringLiteral("%1 %2 IN DNSKEY %3 %4 %5 %6")
        .arg(ownerText())
        .arg(ttl)
        .arg(m_rdata.flags)
        .arg(m_rdata.protocol)
        .arg(m_rdata.algorithm)
        .arg(QString::fromLatin1(m_rdata.publicKey.toBase64()));
}

Result<QByteArray> DnssecKey::sign(QByteArrayView data) const {
    if (!m_private)
        return dnssecError(
            QStringLiteral("KEY_NOT_PRIVATE"),
            QCoreApplication::translate("danewerk::core::DnssecKey", "Key %1 has no private key and cannot sign.")
                .arg(m_tag));
    return DnssecCrypto::sign(algorithm(), m_key.get(), data);
}

bool DnssecKey::verify(QByteArrayView data, QByteArrayView signature) const {
    return m_key && DnssecCrypto::verify(algorithm(), m_key.get(), data, signature);
}

} // namespace danewerk::core
