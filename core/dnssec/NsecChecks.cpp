#include "core/dnssec/NsecChecks.h"

#include "core/dns/DnsName.h"
#include "core/dnssec/Nsec3Checks.h"
#include "core/dnssec/TypeBitmap.h"

#include <QStringList>

#include <algorithm>
#include <cstring>

namespace danewerk::core {

namespace {
constexpr quint16 TypeNs = 2;
constexpr quint16 TypeDs = 43;
constexpr quint16 TypeRrsig = 46;
constexpr quint16 TypeNsec = 47;

// The next owner name of an NSEC RDATA (wire, as written) and the bitmap after it.
bool splitNsec(QByteArrayView rdata, QByteArrayView& next, QByteArrayView& bitmap) {
    qsizetype pos = 0;
    while (pos < rdata.size()) {
        const int length = quint8(rdata[pos]);
        if (length > 63)
            return false;
        pos += 1 + length;
        if (length == 0) {
            if (pos > rdata.size())
                return false;
            next = rdata.first(pos);
            bitmap = rdata.sliced(pos);
            return true;
        }
    }
    return false;
}

// The canonical type bitmap (RFC 4034 4.1.2) of sorted, distinct types, into a reused buffer.
void encodeSortedTypes(const std::vector<quint16>& types, std::vector<unsigned char>& out) {
    out.clear();
    size_t blockStart = 0;
    int window = -1;
    for (quint16 type : types) {
        const int typeWindow = type >> 8;
        const size_t octet = size_t((type & 0xff) >> 3);
        if (typeWindow != window) {
            window = typeWindow;
            blockStart = out.size();
            out.push_back(static_cast<unsigned char>(window));
            out.push_back(0);
        }
        const size_t length = octet + 1;
        if (out[blockStart + 1] < length) {
            out.resize(blockStart + 2 + length, 0);
            out[blockStart + 1] = static_cast<unsigned char>(length);
        }
        out[blockStart + 2 + octet] |= static_cast<unsigned char>(0x80 >> (type & 7));
    }
}

// Whether a name as written equals a zone name (stored in lower case) once lowered.
bool equalsLowered(QByteArrayView written, QByteArrayView stored) {
    if (written.size() != stored.size())
        return false;
    for (qsizetype i = 0; i < written.size(); ++i) {
        char c = written[i];
        if (c >= 'A' && c <= 'Z')
            c = char(c + 32);
        if (c != stored[i])
            return false;
    }
    return true;
}

QByteArray lowered(QByteArrayView name) {
    QByteArray out = name.toByteArray();
    for (char& c : out)
        if (c >= 'A' && c <= 'Z')
            c = char(c + 32);
    return out;
}
} // namespace

void NsecChecks::expectedTypes(const ValidationContext& context, const ZoneNameEntry& entry,
                               std::vector<quint16>& types) {
    types.clear();
    for (quint32 r = entry.firstRRset; r < entry.endRRset; ++r) {
        const quint16 type = context.zone.record(context.zone.rrsets()[r].first).type;
        if (!entry.delegation || type == TypeNs || type == TypeDs || type == TypeNsec || type == TypeRrsig)
            types.push_back(type);
    }
    std::sort(types.begin(), types.end());
}

std::vector<quint16> NsecChecks::expectedTypes(const ValidationContext& context, const ZoneNameEntry& entry) {
    std::vector<quint16> types;
    expectedTypes(context, entry, types);
    return types;
}

bool NsecChecks::QuickBitmapMatch::operator()(const ValidationContext& context, const ZoneNameEntry* entry,
                                              QByteArrayView bitmap) {
    m_types.clear();
    if (entry)
        expectedTypes(context, *entry, m_types);
    if (std::adjacent_find(m_types.begin(), m_types.end()) != m_types.end())
        return false;
    encodeSortedTypes(m_types, m_encoded);
    return bitmap.size() == qsizetype(m_encoded.size()) &&
           (m_encoded.empty() || std::memcmp(bitmap.data(), m_encoded.data(), m_encoded.size()) == 0);
}

QString NsecChecks::describeDifference(const std::vector<quint16>& expected, const std::vector<quint16>& actual) {
    QStringList missing, extra;
    for (quint16 type : expected)
        if (!std::binary_search(actual.begin(), actual.end(), type))
            missing << rrTypeName(type);
    for (quint16 type : actual)
        if (!std::binary_search(expected.begin(), expected.end(), type))
            extra << rrTypeName(type);
    QStringList parts;
    if (!missing.isEmpty())
        parts << tr("lacks %1").arg(missing.join(QLatin1Char(' ')));
    if (!extra.isEmpty())
        parts << tr("lists %1, which is not there").arg(extra.join(QLatin1Char(' ')));
    return parts.join(QStringLiteral("; "));
}

void NsecChecks::run(const ValidationContext& context, Findings& findings) {
    const Zone& zone = context.zone;
    struct Link {
        const ZoneNameEntry* entry;
        qsizetype record;
    };
    std::vector<Link> chain;
    for (const ZoneNameEntry& entry : context.names.entries()) {
        if (entry.occluded || entry.outOfZone || Nsec3Checks::isHashedOwner(context, entry))
            continue;
        const int set = context.names.findRRset(entry, TypeNsec);
        if (set < 0) {
            findings.append(context.finding(
                Severity::Error, QStringLiteral("NSEC_MISSING"),
                tr("%1 has no NSEC record: denial of existence next to it cannot be proven.")
                    .arg(dnsNameToText(zone.name(entry.name))),
                QStringLiteral("RFC 4035 2.3"), tr("Re-sign the zone so that the NSEC chain covers every name."),
                zone.name(entry.name), TypeNsec, entry.firstRecord));
            continue;
        }
        const ZoneRRset& rrset = zone.rrsets()[size_t(set)];
        for (quint32 i = rrset.first; i < rrset.first + rrset.count; ++i)
            chain.push_back({&entry, i});
    }

    QuickBitmapMatch bitmapMatchesQuickly;
    for (size_t i = 0; i < chain.size(); ++i) {
        const Link& link = chain[i];
        const QByteArrayView rdata = zone.rdata(zone.record(link.record));
        QByteArrayView next, bitmap;
        if (!splitNsec(rdata, next, bitmap) || !TypeBitmap::isWellFormed(bitmap)) {
            findings.append(context.finding(Severity::Error, QStringLiteral("NSEC_CHAIN_BROKEN"),
                                            tr("The NSEC record is malformed."), QStringLiteral("RFC 4034 4.1"),
                                            tr("Re-sign the zone."), link.record));
            continue;
        }
        const QByteArrayView expectedNext = zone.name(chain[(i + 1) % chain.size()].entry->name);
        if (!equalsLowered(next, expectedNext))
            findings.append(context.finding(
                Severity::Error, QStringLiteral("NSEC_CHAIN_BROKEN"),
                tr("The NSEC record points to %1, but the next name with an NSEC record is %2.")
                    .arg(dnsNameToText(lowered(next)), dnsNameToText(expectedNext)),
                QStringLiteral("RFC 4034 4.1.1"), tr("Re-sign the zone to rebuild the NSEC chain."), link.record));
        if (bitmapMatchesQuickly(context, link.entry, bitmap))
            continue;
        const std::vector<quint16> expected = expectedTypes(context, *link.entry);
        const std::vector<quint16> types = TypeBitmap::decode(bitmap).value_or(std::vector<quint16>());
        if (expected != types)
            findings.append(context.finding(
                Severity::Error, QStringLiteral("NSEC_BITMAP_MISMATCH"),
                tr("The NSEC type bitmap of %1 %2.")
                    .arg(dnsNameToText(zone.name(link.entry->name)), describeDifference(expected, types)),
                QStringLiteral("RFC 4035 2.3"), tr("Re-sign the zone so that the bitmaps match the data."),
                link.record));
    }
}

} // namespace danewerk::core
