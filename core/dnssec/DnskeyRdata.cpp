#include "core/dnssec/DnskeyRdata.h"

#include "core/dnssec/DnssecAlgorithm.h"

namespace danewerk::core {

std::optional<DnskeyRdata> DnskeyRdata::parse(QByteArrayView rdata) {
    if (rdata.size() < 4)
        return std::nullopt;
    const auto* p = reinterpret_cast<const quint8*>(rdata.data());
    DnskeyRdata key;
    key.flags = quint16((p[0] << 8) | p[1]);
    key.protocol = p[2];
    key.algorithm = p[3];
    key.publicKey = rdata.sliced(4).toByteArray();
    return key;
}

QByteArray DnskeyRdata::toWire() const {
    QByteArray wire;
    wire.reserve(4 + publicKey.size());
    wire.append(char(flags >> 8)).append(char(flags & 0xff)).append(char(protocol)).append(char(algorithm));
    wire.append(publicKey);
    return wire;
}

quint16 DnskeyRdata::keyTagOf(QByteArrayView rdata) {
    const auto* p = reinterpret_cast<const quint8*>(rdata.data());
    if (rdata.size() >= 4 && p[3] == DnssecAlgorithm::RsaMd5) {
        // Algorithm 1: the most significant 16 of the least significant 24 bits of the modulus.
        if (rdata.size() < 7)
            return 0;
        return quint16((p[rdata.size() - 3] << 8) | p[rdata.size() - 2]);
    }
    quint32 accumulator = 0;
    for (qsizetype i = 0; i < rdata.size(); ++i)
        accumulator += (i & 1) ? p[i] : quint32(p[i]) << 8;
    accumulator += (accumulator >> 16) & 0xffff;
    return quint16(accumulator & 0xffff);
}

int DnskeyRdata::keySizeBits() const {
    if (DnssecAlgorithm::isRsa(algorithm)) {
        const auto* p = reinterpret_cast<const quint8*>(publicKey.constData());
        const qsizetype n = publicKey.size();
        if (n < 1)
            return 0;
        qsizetype exponentLength = p[0];
        qsizetype offset = 1;
        if (exponentLength == 0) {
            if (n < 3)
                return 0;
            exponentLength = (p[1] << 8) | p[2];
            offset = 3;
        }
        qsizetype modulusStart = offset + exponentLength;
        while (modulusStart < n && p[modulusStart] == 0)
            ++modulusStart;
        if (modulusStart >= n)
            return 0;
        int bits = int(n - modulusStart - 1) * 8;
        for (quint8 top = p[modulusStart]; top; top >>= 1)
            ++bits;
        return bits;
    }
    switch (algorithm) {
    case DnssecAlgorithm::EcdsaP256Sha256:
        return 256;
    case DnssecAlgorithm::EcdsaP384Sha384:
        return 384;
    case DnssecAlgorithm::Ed25519:
        return 256;
    case DnssecAlgorithm::Ed448:
        return 456;
    default:
        return int(publicKey.size()) * 8;
    }
}

} // namespace danewerk::core
