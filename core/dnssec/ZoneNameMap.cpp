#include "core/dnssec/ZoneNameMap.h"

#include "core/dns/DnsName.h"

namespace danewerk::core {

namespace {
constexpr quint16 TypeNs = 2;
constexpr quint16 TypeDname = 39;
constexpr quint16 TypeDs = 43;
constexpr quint16 TypeRrsig = 46;
constexpr quint16 TypeNsec = 47;
} // namespace

ZoneNameMap::ZoneNameMap(const Zone& zone) : m_zone(zone) {
    const auto& rrsets = zone.rrsets();
    m_entryOfRRset.resize(rrsets.size());
    m_entries.reserve(size_t(zone.nameCount())); // every entry is a name of the zone
    const QByteArrayView origin = zone.origin();
    QByteArrayView cut; // the innermost delegation (or DNAME owner) we are below of, if any
    bool cutIsDname = false;
    for (quint32 r = 0; r < rrsets.size(); ++r) {
        const ZoneRecord& first = zone.record(rrsets[r].first);
        if (m_entries.empty() || m_entries.back().name != first.owner) {
            ZoneNameEntry entry;
            entry.name = first.owner;
            entry.firstRecord = rrsets[r].first;
            entry.firstRRset = r;
            m_entries.push_back(entry);
        }
        ZoneNameEntry& entry = m_entries.back();
        entry.endRecord = rrsets[r].first + rrsets[r].count;
        entry.endRRset = r + 1;
        m_entryOfRRset[r] = quint32(m_entries.size() - 1);
    }
    for (size_t i = 0; i < m_entries.size(); ++i) {
        ZoneNameEntry& entry = m_entries[i];
        const QByteArrayView name = zone.name(entry.name);
        if (!dnsNameIsSubdomain(name, origin)) {
            entry.outOfZone = true;
            continue;
        }
        entry.apex = name.size() == origin.size();
        if (entry.apex)
            m_apex = int(i);
        if (!cut.isEmpty() && dnsNameIsSubdomain(name, cut) && (cutIsDname ? name.size() != cut.size() : true)) {
            // At a DNAME owner itself the data is authoritative; below it, occluded. Below a delegation
            // point everything is occluded (the delegation point itself was handled when it was seen).
            entry.occluded = true;
            continue;
        }
        cut = {};
        if (!entry.apex && findRRset(entry, TypeNs) >= 0) {
            entry.delegation = true;
            cut = name;
            cutIsDname = false;
        } else if (findRRset(entry, TypeDname) >= 0) {
            cut = name;
            cutIsDname = true;
        }
    }
}

int ZoneNameMap::findRRset(const ZoneNameEntry& entry, quint16 type) const {
    for (quint32 r = entry.firstRRset; r < entry.endRRset; ++r)
        if (m_zone.record(m_zone.rrsets()[r].first).type == type)
            return int(r);
    return -1;
}

bool ZoneNameMap::isAuthoritative(const ZoneNameEntry& entry, quint16 type) const {
    if (entry.occluded || entry.outOfZone || type == TypeRrsig)
        return false;
    if (entry.delegation)
        return type == TypeDs || type == TypeNsec;
    return true;
}

} // namespace danewerk::core
