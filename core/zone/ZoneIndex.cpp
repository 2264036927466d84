#include "core/zone/ZoneIndex.h"

#include "core/dns/DnsName.h"

namespace danewerk::core {

ZoneIndex::ZoneIndex(const Zone& zone) : m_zone(zone), m_byName(size_t(zone.nameCount()), {0, 0}) {
    const std::vector<ZoneRRset>& rrsets = zone.rrsets();
    for (quint32 i = 0; i < rrsets.size(); ++i) {
        const quint32 owner = zone.record(rrsets[i].first).owner;
        auto& range = m_byName[owner];
        if (range.second == 0)
            range.first = i;
        ++range.second;
    }
}

const ZoneRRset* ZoneIndex::find(quint32 name, quint16 type) const {
    const auto [first, count] = m_byName[name];
    for (quint32 i = first; i < first + count; ++i) {
        const ZoneRRset& rrset = m_zone.rrsets()[i];
        if (m_zone.record(rrset.first).type == type)
            return &rrset;
    }
    return nullptr;
}

const ZoneRRset* ZoneIndex::find(QByteArrayView canonicalName, quint16 type) const {
    const std::optional<quint32> name = m_zone.findName(canonicalName);
    return name ? find(*name, type) : nullptr;
}

bool ZoneIndex::inZone(QByteArrayView canonicalName) const {
    return dnsNameIsSubdomain(canonicalName, m_zone.origin());
}

bool ZoneIndex::isDelegation(quint32 name) const {
    const QByteArrayView wire = m_zone.name(name);
    return wire != m_zone.origin() && inZone(wire) && find(name, 2) != nullptr;
}

std::optional<quint32> ZoneIndex::enclosingDelegation(QByteArrayView canonicalName) const {
    if (!inZone(canonicalName))
        return std::nullopt;
    std::optional<quint32> found;
    QByteArrayView name = canonicalName;
    // Walk up to the apex; the topmost cut wins (everything below it belongs to the child).
    while (name.size() > m_zone.origin().size()) {
        if (const std::optional<quint32> index = m_zone.findName(name); index && find(*index, 2))
            found = index;
        name = dnsNameParent(name);
    }
    return found;
}

QByteArray ZoneIndex::rdataName(QByteArrayView rdata, qsizetype offset) {
    QByteArray name;
    qsizetype pos = offset;
    while (pos < rdata.size()) {
        const int length = std::uint8_t(rdata[pos]);
        if (length > 63 || pos + length >= rdata.size())
            return {};
        name.append(rdata.data() + pos, length + 1);
        if (length == 0)
            return name.toLower();
        pos += length + 1;
    }
    return {};
}

} // namespace danewerk::core
