#include "core/dnssec/Nsec3Checks.h"

#include "core/dns/DnsName.h"
#include "core/dnssec/Nsec3Hash.h"
#include "core/dnssec/NsecChecks.h"
#include "core/dnssec/TypeBitmap.h"

#include <QtEndian>

#include <algorithm>
#include <cstring>
#include <iterator>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace danewerk::core {

namespace {
constexpr quint16 TypeDs = 43;
constexpr quint16 TypeRrsig = 46;
constexpr quint16 TypeNsec3 = 50;
constexpr quint16 TypeNsec3param = 51;

// An owner hash as a fixed array: compared with memcmp, sorted and copied without allocating. A zone has as
// many of them as names, so the check keeps them in sorted vectors, never in maps or QByteArrays.
struct Hash {
    unsigned char bytes[20] = {};
};
// Octet order, compared as big-endian words: the sorts below compare millions of hashes, and a call to
// memcmp for each costs more than the comparison.
bool operator<(const Hash& a, const Hash& b) {
    for (size_t offset = 0; offset < 16; offset += 8) {
        const quint64 x = qFromBigEndian<quint64>(a.bytes + offset);
        const quint64 y = qFromBigEndian<quint64>(b.bytes + offset);
        if (x != y)
            return x < y;
    }
    return qFromBigEndian<quint32>(a.bytes + 16) < qFromBigEndian<quint32>(b.bytes + 16);
}
bool operator==(const Hash& a, const Hash& b) {
    return std::memcmp(a.bytes, b.bytes, sizeof a.bytes) == 0;
}
QByteArrayView bytesOf(const Hash& hash) {
    return QByteArrayView(reinterpret_cast<const char*>(hash.bytes), qsizetype(sizeof hash.bytes));
}
bool sameBytes(QByteArrayView a, QByteArrayView b) {
    return a.size() == b.size() && (a.isEmpty() || std::memcmp(a.data(), b.data(), size_t(a.size())) == 0);
}

// Views into the zone's RDATA, which outlives the check.
struct Nsec3Fields {
    quint8 algorithm = 0;
    quint8 flags = 0;
    quint16 iterations = 0;
    QByteArrayView salt;
    QByteArrayView nextHash;
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
    f.salt = rdata.sliced(5, saltLength);
    if (!withNext)
        return f;
    const qsizetype pos = 5 + saltLength;
    if (pos >= rdata.size())
        return std::nullopt;
    const int hashLength = quint8(rdata[pos]);
    if (hashLength == 0 || pos + 1 + hashLength > rdata.size())
        return std::nullopt;
    f.nextHash = rdata.sliced(pos + 1, hashLength);
    f.bitmap = rdata.sliced(pos + 1 + hashLength);
    return f;
}

QString hexOf(QByteArrayView bytes) {
    return QString::fromLatin1(bytes.toByteArray().toHex());
}

// The owner label's Base32hex as 20 octets, the way Nsec3Hash::fromBase32Hex decodes it (left-over bits
// ignored); false for other characters or another length.
bool decodeOwnerHash(QByteArrayView label, Hash& out) {
    unsigned char decoded[64];
    const qsizetype size = Nsec3Hash::fromBase32HexInto(label, decoded, qsizetype(sizeof decoded));
    if (size != qsizetype(sizeof out.bytes))
        return false;
    std::memcpy(out.bytes, decoded, sizeof out.bytes);
    return true;
}

// Sorts by hash and keeps, of equal hashes, the one added last (what assigning into a map would keep).
template <typename T> void keepLastOfEqual(std::vector<T>& entries) {
    // The chain comes in canonical name order, which for hashed owners of one length is hash order.
    if (std::adjacent_find(entries.begin(), entries.end(), [](const T& a, const T& b) { return !(a.hash < b.hash); }) ==
        entries.end())
        return; // sorted, no two equal
    std::stable_sort(entries.begin(), entries.end(), [](const T& a, const T& b) { return a.hash < b.hash; });
    std::reverse(entries.begin(), entries.end()); // the last of equal ones first, descending
    entries.erase(std::unique(entries.begin(), entries.end(), [](const T& a, const T& b) { return a.hash == b.hash; }),
                  entries.end());
    std::reverse(entries.begin(), entries.end());
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
    const std::vector<ZoneNameEntry>& entries = context.names.entries();

    // The parameters: from NSEC3PARAM at the apex, else from the first NSEC3.
    std::optional<Nsec3Fields> params;
    qsizetype paramsRecord = -1;
    bool fromParamRecord = false;
    if (context.names.apexEntry() >= 0) {
        const int set = context.names.findRRset(entries[size_t(context.names.apexEntry())], TypeNsec3param);
        if (set >= 0) {
            paramsRecord = zone.rrsets()[size_t(set)].first;
            params = parseNsec3(zone.rdata(zone.record(paramsRecord)), false);
            fromParamRecord = params.has_value();
        }
    }

    struct Link {
        Hash hash; // of the owner
        qsizetype record;
        Nsec3Fields fields;
    };
    std::vector<Link> chain;
    chain.reserve(entries.size()); // at most one NSEC3 per name in a sane zone; grown copies cost page faults
    std::vector<bool> hashedOwner(entries.size());
    for (size_t e = 0; e < entries.size(); ++e) {
        const ZoneNameEntry& entry = entries[e];
        hashedOwner[e] = isHashedOwner(context, entry);
        const int set = context.names.findRRset(entry, TypeNsec3);
        if (set < 0)
            continue;
        const ZoneRRset& rrset = zone.rrsets()[size_t(set)];
        const QByteArrayView owner = zone.name(entry.name);
        const QByteArrayView label = owner.size() > 1 ? owner.sliced(1, quint8(owner[0])) : QByteArrayView();
        Hash hash;
        const bool hashedName = decodeOwnerHash(label, hash) && dnsNameParent(owner) == origin;
        for (quint32 i = rrset.first; i < rrset.first + rrset.count; ++i) {
            const auto fields = parseNsec3(zone.rdata(zone.record(i)), true);
            if (!fields || !hashedName) {
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
            chain.push_back(Link{hash, i, *fields});
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
        findings.append(context.finding(Severity::Warning, QStringLiteral("NSEC3_SALT_NOT_EMPTY"),
                                        tr("NSEC3 uses the salt %1; a salt adds nothing.").arg(hexOf(params->salt)),
                                        QStringLiteral("RFC 9276 3.1"), tr("Re-sign with an empty salt (\"-\")."),
                                        paramsRecord));

    bool optOut = false;
    for (const Link& link : chain) {
        optOut = optOut || (link.fields.flags & 1);
        if (link.fields.algorithm != params->algorithm || link.fields.iterations != params->iterations ||
            !sameBytes(link.fields.salt, params->salt))
            findings.append(context.finding(
                Severity::Error, QStringLiteral("NSEC3_PARAM_MISMATCH"),
                tr("The NSEC3 record uses algorithm %1, %2 iterations and salt \"%3\"; the zone's parameters are "
                   "%4, %5 and \"%6\".")
                    .arg(link.fields.algorithm)
                    .arg(link.fields.iterations)
                    .arg(hexOf(link.fields.salt))
                    .arg(params->algorithm)
                    .arg(params->iterations)
                    .arg(hexOf(params->salt)),
                QStringLiteral("RFC 5155 7.1"), tr("Re-sign the zone so that one parameter set is used throughout."),
                link.record));
    }

    // With an unknown hash algorithm every expected name gets the empty hash (Nsec3Hash::hash's answer): they
    // collapse into one entry that matches no NSEC3, and no NSEC3 matches a name.
    unsigned char probe[20];
    const bool hashable = Nsec3Hash::sha1Into(origin, params->salt, params->iterations, params->algorithm, probe);
    const auto hashOf = [&](QByteArrayView name) {
        Hash hash;
        if (hashable && !Nsec3Hash::sha1Into(name, params->salt, params->iterations, params->algorithm, hash.bytes))
            hash = Hash{};
        return hash;
    };

    // The names that need an NSEC3: every authoritative name and every empty non-terminal above one.
    struct Expected {
        Hash hash;
        QByteArrayView name;        // into the zone's names, which outlive the check
        const ZoneNameEntry* entry; // null for an empty non-terminal
        qsizetype record;           // where to report
    };
    // hash -> name: the names first (a later one with the same hash replaces an earlier one), then the empty
    // non-terminals where no name has the hash yet.
    std::vector<Expected> names;
    std::vector<Expected> emptyNonTerminals;
    names.reserve(entries.size());
    // The names seen so far: the zone's own by name index, the others (empty non-terminals) by value; an empty
    // non-terminal is a suffix of a zone name, so a view of it stays valid.
    std::vector<bool> seenName(size_t(zone.nameCount()));
    std::unordered_set<std::string_view> seenOther;
    const auto viewOf = [](QByteArrayView name) { return std::string_view(name.data(), size_t(name.size())); };
    const auto seen = [&](QByteArrayView name) {
        const std::optional<quint32> index = zone.findName(name);
        return (index && seenName[*index]) || seenOther.count(viewOf(name)) > 0;
    };
    const auto needsNoRecord = [&](size_t e) {
        const ZoneNameEntry& entry = entries[e];
        return entry.occluded || entry.outOfZone || hashedOwner[e];
    };
    for (size_t e = 0; e < entries.size(); ++e) {
        if (needsNoRecord(e))
            continue;
        const ZoneNameEntry& entry = entries[e];
        const QByteArrayView name = zone.name(entry.name);
        seenName[entry.name] = true;
        if (optOut && entry.delegation && context.names.findRRset(entry, TypeDs) < 0)
            continue;
        names.push_back(Expected{hashOf(name), name, &entry, entry.firstRecord});
    }
    for (size_t e = 0; e < entries.size(); ++e) {
        if (needsNoRecord(e))
            continue;
        const ZoneNameEntry& entry = entries[e];
        // With opt-out, an insecure delegation needs no NSEC3, nor do the empty non-terminals above it alone.
        if (optOut && entry.delegation && context.names.findRRset(entry, TypeDs) < 0)
            continue;
        for (QByteArrayView parent = dnsNameParent(zone.name(entry.name));
             parent.size() > origin.size() && dnsNameIsSubdomain(parent, origin); parent = dnsNameParent(parent)) {
            if (seen(parent))
                break;
            seenOther.insert(viewOf(parent));
            emptyNonTerminals.push_back(Expected{hashOf(parent), parent, nullptr, entry.firstRecord});
        }
    }

    keepLastOfEqual(names);
    const auto lessByHash = [](const Expected& a, const Expected& b) { return a.hash < b.hash; };
    std::stable_sort(emptyNonTerminals.begin(), emptyNonTerminals.end(), lessByHash);
    // Both lists walked together in hash order, as std::merge would write them out (of equal hashes the
    // names' first) and without repeats (of equal hashes the first stays: the name's, else the first ENT's);
    // no merged copy of both.
    size_t nameAt = 0;
    size_t emptyAt = 0;
    const Hash* previous = nullptr;
    const auto nextExpected = [&]() -> const Expected* {
        for (;;) {
            const Expected* pick = nullptr;
            if (nameAt < names.size() &&
                (emptyAt >= emptyNonTerminals.size() || !lessByHash(emptyNonTerminals[emptyAt], names[nameAt])))
                pick = &names[nameAt++];
            else if (emptyAt < emptyNonTerminals.size())
                pick = &emptyNonTerminals[emptyAt++];
            else
                return nullptr;
            if (previous && *previous == pick->hash)
                continue;
            previous = &pick->hash;
            return pick;
        }
    };

    // The bitmap a name should have, compared as the canonical encoding the signer writes; anything else
    // (another encoding, a mismatch) goes the careful way that also words the difference.
    NsecChecks::QuickBitmapMatch bitmapMatchesQuickly;
    // Both lists are sorted by hash and free of duplicates: one walk through both pairs them, instead of a
    // binary search (a cache miss per step) for every name and again for every NSEC3.
    std::vector<bool> chainMatched(chain.size());
    auto candidate = chain.begin();
    for (const Expected* next = nextExpected(); next; next = nextExpected()) {
        const Expected& name = *next;
        const Link* found = nullptr;
        if (hashable) {
            while (candidate != chain.end() && candidate->hash < name.hash)
                ++candidate;
            if (candidate != chain.end() && candidate->hash == name.hash) {
                found = &*candidate;
                chainMatched[size_t(candidate - chain.begin())] = true;
            }
        }
        if (!found && !hashable) {
            // Every name's hash is unknown: one finding (the names collapsed into one entry above).
            findings.append(context.finding(
                Severity::Error, QStringLiteral("NSEC3_MISSING"),
                tr("%1 has no NSEC3 record that can be found: the zone's NSEC3 hash algorithm %2 is unknown, so "
                   "no name can be hashed.")
                    .arg(dnsNameToText(name.name))
                    .arg(params->algorithm),
                QStringLiteral("RFC 5155 7.1"),
                tr("Re-sign the zone with NSEC3 hash algorithm 1 (SHA-1), the only one defined."), name.name, TypeNsec3,
                name.record));
            continue;
        }
        if (!found) {
            findings.append(context.finding(
                Severity::Error, QStringLiteral("NSEC3_MISSING"),
                tr("%1 (hash %2) has no NSEC3 record.")
                    .arg(dnsNameToText(name.name), QString::fromLatin1(Nsec3Hash::toBase32Hex(bytesOf(name.hash)))),
                QStringLiteral("RFC 5155 7.1"), tr("Re-sign the zone so that the NSEC3 chain covers every name."),
                name.name, TypeNsec3, name.record));
            continue;
        }
        if (bitmapMatchesQuickly(context, name.entry, found->fields.bitmap))
            continue;
        std::vector<quint16> wanted;
        if (name.entry) {
            wanted = NsecChecks::expectedTypes(context, *name.entry);
            // RFC 5155 7.1: at an insecure delegation without signatures the RRSIG bit stays clear.
        }
        const auto actual = TypeBitmap::decode(found->fields.bitmap);
        if (!actual || *actual != wanted)
            findings.append(
                context.finding(Severity::Error, QStringLiteral("NSEC_BITMAP_MISMATCH"),
                                tr("The NSEC3 type bitmap for %1 %2.")
                                    .arg(dnsNameToText(name.name),
                                         actual ? NsecChecks::describeDifference(wanted, *actual) : tr("is malformed")),
                                QStringLiteral("RFC 5155 3.2"),
                                tr("Re-sign the zone so that the bitmaps match the data."), found->record));
    }
    for (auto it = chain.begin(); it != chain.end(); ++it) {
        if (!chainMatched[size_t(it - chain.begin())])
            findings.append(
                context.finding(Severity::Error, QStringLiteral("NSEC3_HASH_MISMATCH"),
                                tr("The NSEC3 owner hash matches no name of the zone."), QStringLiteral("RFC 5155 7.1"),
                                tr("Re-sign the zone; remove NSEC3 records left from old data."), it->record));
        auto next = std::next(it);
        if (next == chain.end())
            next = chain.begin();
        if (!sameBytes(it->fields.nextHash, bytesOf(next->hash)))
            findings.append(context.finding(Severity::Error, QStringLiteral("NSEC3_CHAIN_BROKEN"),
                                            tr("The NSEC3 record points to %1, but the next hashed owner is %2.")
                                                .arg(QString::fromLatin1(Nsec3Hash::toBase32Hex(it->fields.nextHash)),
                                                     QString::fromLatin1(Nsec3Hash::toBase32Hex(bytesOf(next->hash)))),
                                            QStringLiteral("RFC 5155 3.1.7"),
                                            tr("Re-sign the zone to rebuild the NSEC3 chain."), it->record));
    }
}

} // namespace danewerk::core
