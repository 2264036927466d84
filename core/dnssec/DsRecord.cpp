#include "core/dnssec/DsRecord.h"

#include "core/dnssec/DnssecCrypto.h"

namespace danewerk::core {

std::optional<DsRecord> DsRecord::parse(QByteArrayView rdata) {
    if (rdata.size() < 4)
        return std::nullopt;
    const auto* p = reinterpret_cast<const quint8*>(rdata.data());
    DsRecord ds;
    ds.keyTag = quint16((p[0] << 8) | p[1]);
    ds.algorithm = p[2];
    ds.digestType = p[3];
    ds.digest = rdata.sliced(4).toByteArray();
    return ds;
}

QByteArray DsRecord::toWire() const {
    QByteArray wire;
    wire.append(char(keyTag >> 8)).append(char(keyTag & 0xff)).append(char(algorithm)).append(char(digestType));
    return wire + digest;
}

QString DsRecord::rdataText() const {
    return QStringLiteral("%1 %2 %3 %4")
        .arg(keyTag)
        .arg(algorithm)
        .arg(digestType)
        .arg(digest.isEmpty() ? QStringLiteral("00") : QString::fromLatin1(digest.toHex()));
}

std::optional<DsRecord> DsRecord::fromDnskey(QByteArrayView owner, const DnskeyRdata& key, int digestType) {
    const QByteArray rdata = key.toWire();
    const QByteArray digest = DnssecCrypto::dsDigest(digestType, owner.toByteArray() + rdata);
    if (digest.isEmpty())
        return std::nullopt;
    DsRecord ds;
    ds.keyTag = DnskeyRdata::keyTagOf(rdata);
    ds.algorithm = key.algorithm;
    ds.digestType = quint8(digestType);
    ds.digest = digest;
    return ds;
}

bool DsRecord::matches(QByteArrayView owner, const DnskeyRdata& key) const {
    if (key.algorithm != algorithm || key.keyTag() != keyTag)
        return false;
    const auto computed = fromDnskey(owner, key, digestType);
    return computed && computed->digest == digest;
}

} // namespace danewerk::core
