#include "core/dnssec/NsecChecks.h"

#include "core/dns/DnsName.h"
#include "core/dnssec/Nsec3Checks.h"
#include "core/dnssec/TypeBitmap.h"

#include <QStringList>

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

QByteArray lowered(QByteArrayView name) {
    QByteArray out = name.toByteArray();
    for (char& c : out)
        if (c >= 'A' && c <= 'Z')
            c = char(c + 32);
    return out;
}
} // namespace

std::vector<quint16> NsecChecks::expectedTypes(const ValidationContext& context, const ZoneNameEntry& entry) {
    std::vector<quint16> types;
    for (quint32 r = entry.firstRRset; r < entry.endRRset; ++r) {
        const quint16 type = context.zone.record(context.zone.rrsets()[r].first).type;
        if (!entry.delegation || type == TypeNs || type == TypeDs || type == TypeNsec || type == TypeRrsig)
            types.push_back(type);
    }
    std::sort(types.begin(), types.end());
    return types;
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

    for (size_t i = 0; i < chain.size(); ++i) {
        const Link& link = chain[i];
        const QByteArrayView rdata = zone.rdata(zone.record(link.record));
        QByteArrayView next, bitmap;
        const auto types = splitNsec(rdata, next, bitmap) ? TypeBitmap::decode(bitmap) : std::nullopt;
        if (!types) {
            findings.append(context.finding(Severity::Error, QStringLiteral("NSEC_CHAIN_BROKEN"),
                                            tr("The NSEC record is malformed."), QStringLiteral("RFC 4034 4.1"),
                                            tr("Re-sign the zone."), link.record));
            continue;
        }
        const QByteArrayView expectedNext = zone.name(chain[(i + 1) % chain.size()].entry->name);
        if (lowered(next) != expectedNext.toByteArray())
            findings.append(context.finding(
                Severity::Error, QStringLiteral("NSEC_CHAIN_BROKEN"),
                tr("The NSEC record points to %1, but the next name with an NSEC record is %2.")
                    .arg(dnsNameToText(lowered(next)), dnsNameToText(expectedNext)),
                QStringLiteral("RFC 4034 4.1.1"), tr("Re-sign the zone to rebuild the NSEC chain."), link.record));
        const std::vector<quint16> expected = expectedTypes(context, *link.entry);
        if (expected != *types)
            findings.append(context.finding(
                Severity::Error, QStringLiteral("NSEC_BITMAP_MISMATCH"),
                tr("The NSEC type bitmap of %1 %2.")
                    .arg(dnsNameToText(zone.name(link.entry->name)), describeDifference(expected, *types)),
                QStringLiteral("RFC 4035 2.3"), tr("Re-sign the zone so that the bitmaps match the data."),
                link.record));
    }
}

} // namespace danewerk::core
