#include "core/dnssec/Nsec3Checks.h"

#include "core/dns/DnsName.h"
#include "core/dnssec/Nsec3Hash.h"
#include "core/dnssec/NsecChecks.h"
#include "core/dnssec/TypeBitmap.h"

#include <QSet>

#include <algorithm>
#include <iterator>
#include <vector>

namespace danewerk::core {

namespace {
constexpr quint16 TypeDs = 43;
constexpr quint16 TypeRrsig = 46;
constexpr quint16 TypeNsec3 = 50;
constexpr quint16 TypeNsec3param = 51;

struct Nsec3Fields {
    quint8 algorithm = 0;
    quint8 flags = 0;
    quint16 iterations = 0;
    QByteArray salt;
    QByteArray nextHash;
    QByteArrayView bitmap;
};

std::optional<Nsec3Fields> parseNsec3(QByteArrayView rdata, bool withNext) {
    if (rdata.size() < 5)
        return std::nullopt;
    Nsec3Fields f;
    f.algorithm = quint8(rdata[0]);
    f.flags = quint8(rdata[1]);
    f.iterations = quint16((quint8(rdata[2]) << 8) | quint8(rdata[3]));
    const int saltLength = quint8(rdata[4]);
    if (5 + saltLength > rdata.size())
        return std::nullopt;
    f.salt = rdata.sliced(5, saltLength).toByteArray();
    if (!withNext)
        return f;
    const qsizetype pos = 5 + saltLength;
    if (pos >= rdata.size())
        return std::nullopt;
    const int hashLength = quint8(rdata[pos]);
    if (hashLength == 0 || pos + 1 + hashLength > rdata.size())
        return std::nullopt;
    f.nextHash = rdata.sliced(pos + 1, hashLength).toByteArray();
    f.bitmap = rdata.sliced(pos + 1 + hashLength);
    return f;
}
template <typename T> bool lessByHash(const std::pair<QByteArray, T>& a, const std::pair<QByteArray, T>& b) {
    return a.first < b.first;
}

// Sorts by hash and keeps, of equal hashes, the one added last (what assigning into a map would keep).
template <typename T> void keepLastOfEqual(std::vector<std::pair<QByteArray, T>>& entries) {
    std::stable_sort(entries.begin(), entries.end(), lessByHash<T>);
    std::reverse(entries.begin(), entries.end()); // the last of equal ones first, descending
    entries.erase(
        std::unique(entries.begin(), entries.end(), [](const auto& a, const auto& b) { return a.first == b.first; }),
        entries.end());
    std::reverse(entries.begin(), entries.end());
}

template <typename T>
typename std::vector<std::pair<QByteArray, T>>::const_iterator
findHash(const std::vector<std::pair<QByteArray, T>>& entries, const QByteArray& hash) {
    const auto found = std::lower_bound(
        entries.begin(), entries.end(), hash,
        [](const std::pair<QByteArray, T>& entry, const QByteArray& key) { return entry.first < key; });
    return found != entries.end() && found->first == hash ? found : entries.end();
}

} // namespace

bool Nsec3Checks::isHashedOwner(const ValidationContext& context, const ZoneNameEntry& entry) {
    bool hasNsec3 = false;
    for (quint32 r = entry.firstRRset; r < entry.endRRset; ++r) {
        const quint16 type = context.zone.record(context.zone.rrsets()[r].first).type;
        if (type == TypeNsec3)
            hasNsec3 = true;
        else if (type != TypeRrsig)
            return false;
    }
    return hasNsec3;
}

void Nsec3Checks::run(const ValidationContext& context, Findings& findings) {
    const Zone& zone = context.zone;
    const QByteArrayView origin = zone.origin();

    // The parameters: from NSEC3PARAM at the apex, else from the first NSEC3.
    std::optional<Nsec3Fields> params;
    qsizetype paramsRecord = -1;
    bool fromParamRecord = false;
    if (context.names.apexEntry() >= 0) {
        const int set =
            context.names.findRRset(context.names.entries()[size_t(context.names.apexEntry())], TypeNsec3param);
        if (set >= 0) {
            paramsRecord = zone.rrsets()[size_t(set)].first;
            params = parseNsec3(zone.rdata(zone.record(paramsRecord)), false);
            fromParamRecord = params.has_value();
        }
    }

    struct Hashed {
        qsizetype record;
        Nsec3Fields fields;
    };
    // owner hash -> record, sorted by hash. Sorted vectors, not maps: a zone has as many hashes as names, and
    // walking a tree of them costs a cache miss per step.
    std::vector<std::pair<QByteArray, Hashed>> chain;
    for (const ZoneNameEntry& entry : context.names.entries()) {
        const int set = context.names.findRRset(entry, TypeNsec3);
        if (set < 0)
            continue;
        const ZoneRRset& rrset = zone.rrsets()[size_t(set)];
        for (quint32 i = rrset.first; i < rrset.first + rrset.count; ++i) {
            const auto fields = parseNsec3(zone.rdata(zone.record(i)), true);
            const QByteArrayView owner = zone.name(entry.name);
            const QByteArrayView label = owner.size() > 1 ? owner.sliced(1, quint8(owner[0])) : QByteArrayView();
            const auto hash = Nsec3Hash::fromBase32Hex(label);
            if (!fields || !hash || hash->size() != 20 || dnsNameParent(owner) != origin) {
                findings.append(context.finding(Severity::Error, QStringLiteral("NSEC3_HASH_MISMATCH"),
                                                tr("The NSEC3 owner is not a hashed name directly below the apex, or "
                                                   "the record is malformed."),
                                                QStringLiteral("RFC 5155 3"), tr("Re-sign the zone with NSEC3."), i));
                continue;
            }
            if (!params) {
                params = fields;
                paramsRecord = i;
            }
            chain.emplace_back(*hash, Hashed{i, *fields});
        }
    }
    keepLastOfEqual(chain);
    if (!params)
        return;

    if (!fromParamRecord)
        findings.append(context.finding(
            Severity::Error, QStringLiteral("NSEC3_PARAM_MISMATCH"),
            tr("The zone has NSEC3 records but no NSEC3PARAM record at its apex."), QStringLiteral("RFC 5155 4"),
            tr("Re-sign the zone with NSEC3 (the signer adds NSEC3PARAM)."), origin, TypeNsec3param, paramsRecord));
    if (params->iterations > 150)
        findings.append(context.finding(
            Severity::Error, QStringLiteral("NSEC3_ITERATIONS_TOO_HIGH"),
            tr("NSEC3 uses %1 extra iterations; validators treat zones above 150 as insecure.").arg(params->iterations),
            QStringLiteral("RFC 9276 3.2"), tr("Re-sign with 0 iterations."), paramsRecord));
    else if (params->iterations > 0)
        findings.append(context.finding(
            Severity::Warning, QStringLiteral("NSEC3_ITERATIONS_NOT_ZERO"),
            tr("NSEC3 uses %1 extra iterations; they cost resolvers and protect nothing.").arg(params->iterations),
            QStringLiteral("RFC 9276 3.1"), tr("Re-sign with 0 iterations."), paramsRecord));
    if (!params->salt.isEmpty())
        findings.append(context.finding(
            Severity::Warning, QStringLiteral("NSEC3_SALT_NOT_EMPTY"),
            tr("NSEC3 uses the salt %1; a salt adds nothing.").arg(QString::fromLatin1(params->salt.toHex())),
            QStringLiteral("RFC 9276 3.1"), tr("Re-sign with an empty salt (\"-\")."), paramsRecord));

    bool optOut = false;
    for (auto& [hash, hashed] : chain) {
        optOut = optOut || (hashed.fields.flags & 1);
        if (hashed.fields.algorithm != params->algorithm || hashed.fields.iterations != params->iterations ||
            hashed.fields.salt != params->salt)
            findings.append(context.finding(
                Severity::Error, QStringLiteral("NSEC3_PARAM_MISMATCH"),
                tr("The NSEC3 record uses algorithm %1, %2 iterations and salt \"%3\"; the zone's parameters are "
                   "%4, %5 and \"%6\".")
                    .arg(hashed.fields.algorithm)
                    .arg(hashed.fields.iterations)
                    .arg(QString::fromLatin1(hashed.fields.salt.toHex()))
                    .arg(params->algorithm)
                    .arg(params->iterations)
                    .arg(QString::fromLatin1(params->salt.toHex())),
                QStringLiteral("RFC 5155 7.1"), tr("Re-sign the zone so that one parameter set is used throughout."),
                hashed.record));
    }

    // The names that need an NSEC3: every authoritative name and every empty non-terminal above one.
    struct Expected {
        QByteArray name;
        const ZoneNameEntry* entry; // null for an empty non-terminal
        qsizetype record;           // where to report
    };
    // hash -> name: the names first (a later one with the same hash replaces an earlier one), then the empty
    // non-terminals where no name has the hash yet.
    std::vector<std::pair<QByteArray, Expected>> names;
    std::vector<std::pair<QByteArray, Expected>> emptyNonTerminals;
    // The names seen so far: the zone's own by name index, the others (empty non-terminals) by value.
    std::vector<bool> seenName(size_t(zone.nameCount()));
    QSet<QByteArray> seenOther;
    const auto seen = [&](QByteArrayView name) {
        const std::optional<quint32> index = zone.findName(name);
        return (index && seenName[*index]) || seenOther.contains(name.toByteArray());
    };
    for (const ZoneNameEntry& entry : context.names.entries()) {
        if (entry.occluded || entry.outOfZone || isHashedOwner(context, entry))
            continue;
        const QByteArrayView name = zone.name(entry.name);
        seenName[entry.name] = true;
        if (optOut && entry.delegation && context.names.findRRset(entry, TypeDs) < 0)
            continue;
        names.emplace_back(Nsec3Hash::hash(name, params->salt, params->iterations, params->algorithm),
                           Expected{name.toByteArray(), &entry, entry.firstRecord});
    }
    for (const ZoneNameEntry& entry : context.names.entries()) {
        if (entry.occluded || entry.outOfZone || isHashedOwner(context, entry))
            continue;
        // With opt-out, an insecure delegation needs no NSEC3, nor do the empty non-terminals above it alone.
        if (optOut && entry.delegation && context.names.findRRset(entry, TypeDs) < 0)
            continue;
        for (QByteArrayView parent = dnsNameParent(zone.name(entry.name));
             parent.size() > origin.size() && dnsNameIsSubdomain(parent, origin); parent = dnsNameParent(parent)) {
            if (seen(parent))
                break;
            seenOther.insert(parent.toByteArray());
            emptyNonTerminals.emplace_back(Nsec3Hash::hash(parent, params->salt, params->iterations, params->algorithm),
                                           Expected{parent.toByteArray(), nullptr, entry.firstRecord});
        }
    }

    keepLastOfEqual(names);
    std::stable_sort(emptyNonTerminals.begin(), emptyNonTerminals.end(), lessByHash<Expected>);
    std::vector<std::pair<QByteArray, Expected>> expected;
    expected.reserve(names.size() + emptyNonTerminals.size());
    std::merge(names.begin(), names.end(), emptyNonTerminals.begin(), emptyNonTerminals.end(),
               std::back_inserter(expected), lessByHash<Expected>); // equal hashes: the names' first
    expected.erase(
        std::unique(expected.begin(), expected.end(), [](const auto& a, const auto& b) { return a.first == b.first; }),
        expected.end()); // of equal hashes the first stays: the name's, else the first ENT's
    for (const auto& [hash, name] : expected) {
        const auto found = findHash(chain, hash);
        if (found == chain.end()) {
            findings.append(context.finding(
                Severity::Error, QStringLiteral("NSEC3_MISSING"),
                tr("%1 (hash %2) has no NSEC3 record.")
                    .arg(dnsNameToText(name.name), QString::fromLatin1(Nsec3Hash::toBase32Hex(hash))),
                QStringLiteral("RFC 5155 7.1"), tr("Re-sign the zone so that the NSEC3 chain covers every name."),
                name.name, TypeNsec3, name.record));
            continue;
        }
        std::vector<quint16> wanted;
        if (name.entry) {
            wanted = NsecChecks::expectedTypes(context, *name.entry);
            // RFC 5155 7.1: at an insecure delegation without signatures the RRSIG bit stays clear.
        }
        const auto actual = TypeBitmap::decode(found->second.fields.bitmap);
        if (!actual || *actual != wanted)
            findings.append(
                context.finding(Severity::Error, QStringLiteral("NSEC_BITMAP_MISMATCH"),
                                tr("The NSEC3 type bitmap for %1 %2.")
                                    .arg(dnsNameToText(name.name),
                                         actual ? NsecChecks::describeDifference(wanted, *actual) : tr("is malformed")),
                                QStringLiteral("RFC 5155 3.2"),
                                tr("Re-sign the zone so that the bitmaps match the data."), found->second.record));
    }
    for (auto it = chain.begin(); it != chain.end(); ++it) {
        if (findHash(expected, it->first) == expected.end())
            findings.append(
                context.finding(Severity::Error, QStringLiteral("NSEC3_HASH_MISMATCH"),
                                tr("The NSEC3 owner hash matches no name of the zone."), QStringLiteral("RFC 5155 7.1"),
                                tr("Re-sign the zone; remove NSEC3 records left from old data."), it->second.record));
        auto next = std::next(it);
        if (next == chain.end())
            next = chain.begin();
        if (it->second.fields.nextHash != next->first)
            findings.append(
                context.finding(Severity::Error, QStringLiteral("NSEC3_CHAIN_BROKEN"),
                                tr("The NSEC3 record points to %1, but the next hashed owner is %2.")
                                    .arg(QString::fromLatin1(Nsec3Hash::toBase32Hex(it->second.fields.nextHash)),
                                         QString::fromLatin1(Nsec3Hash::toBase32Hex(next->first))),
                                QStringLiteral("RFC 5155 3.1.7"), tr("Re-sign the zone to rebuild the NSEC3 chain."),
                                it->second.record));
    }
}

} // namespace danewerk::core
