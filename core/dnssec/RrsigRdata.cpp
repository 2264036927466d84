#include "core/dnssec/RrsigRdata.h"

namespace danewerk::core {

namespace {

quint32 read32(const quint8* p) {
    return (quint32(p[0]) << 24) | (quint32(p[1]) << 16) | (quint32(p[2]) << 8) | p[3];
}

void put32(QByteArray& out, quint32 v) {
    out.append(char(v >> 24)).append(char((v >> 16) & 0xff)).append(char((v >> 8) & 0xff)).append(char(v & 0xff));
}

} // namespace

std::optional<RrsigRdata> RrsigRdata::parse(QByteArrayView rdata) {
    if (rdata.size() < 19)
        return std::nullopt;
    const auto* p = reinterpret_cast<const quint8*>(rdata.data());
    RrsigRdata r;
    r.typeCovered = quint16((p[0] << 8) | p[1]);
    r.algorithm = p[2];
    r.labels = p[3];
    r.originalTtl = read32(p + 4);
    r.expiration = read32(p + 8);
    r.inception = read32(p + 12);
    r.keyTag = quint16((p[16] << 8) | p[17]);
    qsizetype pos = 18;
    while (true) {
        if (pos >= rdata.size())
            return std::nullopt;
        const int length = p[pos];
        if (length > 63)
            return std::nullopt;
        pos += 1 + length;
        if (length == 0)
            break;
    }
    if (pos > rdata.size() || pos - 18 > 255)
        return std::nullopt;
    r.signerName = rdata.sliced(18, pos - 18);
    r.signature = rdata.sliced(pos);
    r.signedPartLength = pos;
    return r;
}

QByteArray RrsigRdata::header(quint16 typeCovered, quint8 algorithm, quint8 labels, quint32 originalTtl,
                              quint32 expiration, quint32 inception, quint16 keyTag, QByteArrayView signerName) {
    QByteArray out;
    out.reserve(18 + signerName.size());
    out.append(char(typeCovered >> 8)).append(char(typeCovered & 0xff)).append(char(algorithm)).append(char(labels));
    put32(out, originalTtl);
    put32(out, expiration);
    put32(out, inception);
    out.append(char(keyTag >> 8)).append(char(keyTag & 0xff));
    for (char c : signerName)
        out.append((c >= 'A' && c <= 'Z') ? char(c + 32) : c);
    return out;
}

} // namespace danewerk::core
