#include "core/dnssec/TypeBitmap.h"

#include <algorithm>

namespace danewerk::core {

QByteArray TypeBitmap::encode(std::vector<quint16> types) {
    std::sort(types.begin(), types.end());
    types.erase(std::unique(types.begin(), types.end()), types.end());
    QByteArray out;
    size_t i = 0;
    while (i < types.size()) {
        const int window = types[i] >> 8;
        quint8 bits[32] = {};
        int length = 0;
        for (; i < types.size() && (types[i] >> 8) == window; ++i) {
            const int low = types[i] & 0xff;
            bits[low / 8] |= quint8(0x80 >> (low % 8));
            length = low / 8 + 1;
        }
        out.append(char(window)).append(char(length)).append(reinterpret_cast<const char*>(bits), length);
    }
    return out;
}

bool TypeBitmap::isWellFormed(QByteArrayView bitmap) {
    const auto* p = reinterpret_cast<const quint8*>(bitmap.data());
    qsizetype pos = 0;
    int lastWindow = -1;
    while (pos < bitmap.size()) {
        if (pos + 2 > bitmap.size())
            return false;
        const int window = p[pos];
        const int length = p[pos + 1];
        if (window <= lastWindow || length < 1 || length > 32 || pos + 2 + length > bitmap.size())
            return false;
        lastWindow = window;
        pos += 2 + length;
    }
    return true;
}

std::optional<std::vector<quint16>> TypeBitmap::decode(QByteArrayView bitmap) {
    if (!isWellFormed(bitmap))
        return std::nullopt;
    std::vector<quint16> types;
    const auto* p = reinterpret_cast<const quint8*>(bitmap.data());
    for (qsizetype pos = 0; pos < bitmap.size(); pos += 2 + p[pos + 1]) {
        const int window = p[pos];
        for (int octet = 0; octet < p[pos + 1]; ++octet)
            for (int bit = 0; bit < 8; ++bit)
                if (p[pos + 2 + octet] & (0x80 >> bit))
                    types.push_back(quint16(window * 256 + octet * 8 + bit));
    }
    return types;
}

} // namespace danewerk::core
