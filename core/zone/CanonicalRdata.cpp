#include "core/zone/CanonicalRdata.h"

#include <algorithm>
#include <cstring>

namespace danewerk::core {

namespace {

bool hasUpperCase(QByteArrayView bytes) {
    return std::any_of(bytes.begin(), bytes.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

// Lower-cases the name starting at pos; returns the position after it (or -1 if malformed).
qsizetype foldName(QByteArray& data, qsizetype pos) {
    while (pos < data.size()) {
        const int length = std::uint8_t(data[pos]);
        if (length == 0)
            return pos + 1;
        if (length > 63 || pos + length >= data.size())
            return -1;
        for (qsizetype i = pos + 1; i <= pos + length; ++i) {
            const char c = data[i];
            if (c >= 'A' && c <= 'Z')
                data[i] = char(c + ('a' - 'A'));
        }
        pos += length + 1;
    }
    return -1;
}

// Which names a type carries: offset of the first name and how many names follow one another.
struct NameLayout {
    int offset = -1;
    int count = 0;
};

NameLayout layoutOf(quint16 type) {
    switch (type) {
    case 2:  // NS
    case 3:  // MD
    case 4:  // MF
    case 5:  // CNAME
    case 7:  // MB
    case 8:  // MG
    case 9:  // MR
    case 12: // PTR
    case 39: // DNAME
        return {0, 1};
    case 6:  // SOA
    case 14: // MINFO
    case 17: // RP
        return {0, 2};
    case 15: // MX
    case 18: // AFSDB
    case 21: // RT
    case 36: // KX
        return {2, 1};
    case 26: // PX
        return {2, 2};
    case 33: // SRV
        return {6, 1};
    case 46: // RRSIG
        return {18, 1};
    default:
        return {};
    }
}

// True if foldName() would change any octet of the layout's names: only names are folded, and scanning the
// rest (an RRSIG's signature is mostly letters) would send nearly every RRSIG the slow way.
bool namesHaveUpperCase(const NameLayout& layout, QByteArrayView data) {
    qsizetype pos = layout.offset;
    for (int name = 0; name < layout.count && pos >= 0 && pos < data.size(); ++name) {
        for (;;) {
            if (pos >= data.size()) {
                pos = -1;
                break;
            }
            const int length = std::uint8_t(data[pos]);
            if (length == 0) {
                ++pos;
                break;
            }
            if (length > 63 || pos + length >= data.size()) {
                pos = -1;
                break;
            }
            if (hasUpperCase(data.sliced(pos + 1, length)))
                return true;
            pos += length + 1;
        }
    }
    return false;
}

} // namespace

QByteArray canonicalRdata(quint16 type, QByteArrayView rdata) {
    const NameLayout layout = layoutOf(type);
    if (layout.offset < 0 || !namesHaveUpperCase(layout, rdata))
        return rdata.toByteArray();
    QByteArray result = rdata.toByteArray();
    qsizetype pos = layout.offset;
    for (int i = 0; i < layout.count && pos >= 0 && pos < result.size(); ++i)
        pos = foldName(result, pos);
    return result;
}

// NOLINTNEXTLINE(misc-no-recursion): recurses once, with type 0 (no name layout), so the depth is 1.
int canonicalRdataCompare(quint16 type, QByteArrayView a, QByteArrayView b) {
    const NameLayout layout = layoutOf(type);
    if (layout.offset >= 0 && (namesHaveUpperCase(layout, a) || namesHaveUpperCase(layout, b))) {
        const QByteArray ca = canonicalRdata(type, a);
        const QByteArray cb = canonicalRdata(type, b);
        return canonicalRdataCompare(0, ca, cb);
    }
    const qsizetype common = std::min(a.size(), b.size());
    const int c = common > 0 ? std::memcmp(a.data(), b.data(), size_t(common)) : 0;
    if (c != 0)
        return c < 0 ? -1 : 1;
    if (a.size() == b.size())
        return 0;
    return a.size() < b.size() ? -1 : 1;
}

} // namespace danewerk::core
