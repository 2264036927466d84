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

std::optional<std::vector<quint16>> TypeBitmap::decode(QByteArrayView bitmap) {
    std::vector<quint16> types;
    const auto* p = reinterpret_cast<const quint8*>(bitmap.data());
    qsizetype pos = 0;
    int lastWindow = -1;
    while (pos < bitmap.size()) {
        if (pos + 2 > bitmap.size())
            return std::nullopt;
        const int window = p[pos];
        const int length = p[pos + 1];
        if (window <= lastWindow || length < 1 || length > 32 || pos + 2 + length > bitmap.size())
            return std::nullopt;
        for (int octet = 0; octet < length; ++octet)
            for (int bit = 0; bit < 8; ++bit)
                if (p[pos + 2 + octet] & (0x80 >> bit))
                    types.push_back(quint16(window * 256 + octet * 8 + bit));
        lastWindow = window;
        pos += 2 + length;
    }
    return types;
}

} // namespace danewerk::core
