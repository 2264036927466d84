#include "core/dnssec/SigningInput.h"

#include <algorithm>
#include <cstring>
#include <vector>

namespace danewerk::core {

namespace {

// Lower-cases one uncompressed wire name at pos; returns the position after it, or -1 if malformed.
qsizetype lowerName(quint8* p, qsizetype length, qsizetype pos) {
    while (pos < length) {
        const int labelLength = p[pos];
        if (labelLength > 63 || pos + 1 + labelLength > length)
            return -1;
        for (int i = 1; i <= labelLength; ++i)
            if (p[pos + i] >= 'A' && p[pos + i] <= 'Z')
                p[pos + i] = quint8(p[pos + i] + 32);
        pos += 1 + labelLength;
        if (labelLength == 0)
            return pos;
    }
    return -1;
}

qsizetype skipString(const quint8* p, qsizetype length, qsizetype pos) {
    if (pos >= length)
        return -1;
    return pos + 1 + p[pos];
}

void put16(QByteArray& out, quint16 v) {
    out.append(char(v >> 8)).append(char(v & 0xff));
}
void put32(QByteArray& out, quint32 v) {
    out.append(char(v >> 24)).append(char((v >> 16) & 0xff)).append(char((v >> 8) & 0xff)).append(char(v & 0xff));
}

bool hasNames(quint16 type) {
    switch (type) {
    case 2:
    case 3:
    case 4:
    case 5:
    case 6:
    case 7:
    case 8:
    case 9:
    case 12:
    case 14:
    case 15:
    case 17:
    case 18:
    case 21:
    case 24:
    case 26:
    case 30:
    case 33:
    case 35:
    case 36:
    case 38:
    case 39:
    case 46:
        return true;
    default:
        return false;
    }
}

} // namespace

void SigningInput::lowerCaseNames(quint16 type, quint8* p, qsizetype length) {
    qsizetype pos = 0;
    switch (type) {
    case 2:
    case 3:
    case 4:
    case 5:
    case 7:
    case 8:
    case 9:
    case 12:
    case 30:
    case 39: // NS .. PTR, NXT, DNAME
        lowerName(p, length, 0);
        break;
    case 6:
    case 14:
    case 17: // SOA, MINFO, RP: two names
        pos = lowerName(p, length, 0);
        if (pos > 0)
            lowerName(p, length, pos);
        break;
    case 15:
    case 18:
    case 21:
    case 36: // MX, AFSDB, RT, KX
        lowerName(p, length, 2);
        break;
    case 26: // PX
        pos = lowerName(p, length, 2);
        if (pos > 0)
            lowerName(p, length, pos);
        break;
    case 33: // SRV
        lowerName(p, length, 6);
        break;
    case 35: // NAPTR: order, preference, flags, services, regexp, replacement
        pos = 4;
        for (int i = 0; i < 3 && pos >= 0; ++i)
            pos = skipString(p, length, pos);
        if (pos >= 0)
            lowerName(p, length, pos);
        break;
    case 38: // A6: prefix length, address suffix, prefix name
        if (length > 0 && p[0] > 0 && p[0] <= 128)
            lowerName(p, length, 1 + (128 - p[0] + 7) / 8);
        break;
    case 24:
    case 46: // SIG, RRSIG
        lowerName(p, length, 18);
        break;
    default:
        break;
    }
}

QByteArray SigningInput::canonicalRdata(quint16 type, QByteArrayView rdata) {
    QByteArray out = rdata.toByteArray();
    if (hasNames(type))
        lowerCaseNames(type, reinterpret_cast<quint8*>(out.data()), out.size());
    return out;
}

void SigningInput::build(QByteArray& out, QByteArrayView rrsigHeader, QByteArrayView owner, quint16 type,
                         quint16 rclass, quint32 originalTtl, int labels, std::span<const QByteArrayView> rdatas) {
    out.resize(0);
    out.append(rrsigHeader);
    if (rrsigHeader.size() > 18)
        lowerName(reinterpret_cast<quint8*>(out.data()), out.size(), 18);

    // The owner as signed: canonical already; a wildcard expansion keeps the rightmost `labels` labels.
    int ownerLabels = 0;
    for (qsizetype pos = 0; pos < owner.size() && owner[pos] != 0; pos += 1 + quint8(owner[pos]))
        ++ownerLabels;
    QByteArrayView signedOwner = owner;
    bool wildcard = false;
    if (labels < ownerLabels) {
        qsizetype pos = 0;
        for (int skip = ownerLabels - labels; skip > 0; --skip)
            pos += 1 + quint8(owner[pos]);
        signedOwner = owner.sliced(pos);
        wildcard = true;
    }

    const auto appendRecordHead = [&](qsizetype rdataLength) {
        if (wildcard)
            out.append("\x01*", 2);
        out.append(signedOwner);
        put16(out, type);
        put16(out, rclass);
        put32(out, originalTtl);
        put16(out, quint16(rdataLength));
    };

    const bool names = hasNames(type);
    if (rdatas.size() == 1) {
        appendRecordHead(rdatas[0].size());
        const qsizetype start = out.size();
        out.append(rdatas[0]);
        if (names)
            lowerCaseNames(type, reinterpret_cast<quint8*>(out.data()) + start, rdatas[0].size());
        return;
    }

    // Several records: canonical form, sorted as octet strings, duplicates once (RFC 4034 6.3). A zone keeps
    // its RRsets in that order already, so first try them as they come and check the order on the way.
    const qsizetype base = out.size();
    qsizetype previous = -1;
    qsizetype previousLength = 0;
    bool ordered = true;
    for (QByteArrayView rdata : rdatas) {
        appendRecordHead(rdata.size());
        const qsizetype start = out.size();
        out.append(rdata);
        if (names)
            lowerCaseNames(type, reinterpret_cast<quint8*>(out.data()) + start, rdata.size());
        if (previous >= 0) {
            const int c = std::memcmp(out.constData() + previous, out.constData() + start,
                                      size_t(std::min(previousLength, rdata.size())));
            if (c > 0 || (c == 0 && previousLength >= rdata.size())) { // out of order, or a duplicate
                ordered = false;
                break;
            }
        }
        previous = start;
        previousLength = rdata.size();
    }
    if (ordered)
        return;
    out.resize(base);
    std::vector<QByteArray> canonical;
    canonical.reserve(rdatas.size());
    for (QByteArrayView rdata : rdatas)
        canonical.push_back(names ? canonicalRdata(type, rdata) : rdata.toByteArray());
    std::sort(canonical.begin(), canonical.end(), [](const QByteArray& a, const QByteArray& b) {
        const int c = memcmp(a.constData(), b.constData(), size_t(std::min(a.size(), b.size())));
        return c != 0 ? c < 0 : a.size() < b.size();
    });
    canonical.erase(std::unique(canonical.begin(), canonical.end()), canonical.end());
    for (const QByteArray& rdata : canonical) {
        appendRecordHead(rdata.size());
        out.append(rdata);
    }
}

} // namespace danewerk::core
