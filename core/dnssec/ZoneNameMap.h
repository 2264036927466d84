#pragma once

#include "core/zone/Zone.h"

#include <QByteArrayView>

#include <vector>

namespace danewerk::core {

// The names of a zone in canonical order with what DNSSEC needs to know about each: which records and
// RRsets sit there, and whether the name is the apex, a delegation point (a zone cut), occluded (at or below
// a cut, or below a DNAME: not authoritative) or outside the zone.
struct ZoneNameEntry {
    quint32 name = 0;        // Zone::name() index
    quint32 firstRecord = 0; // records [firstRecord, endRecord)
    quint32 endRecord = 0;
    quint32 firstRRset = 0; // rrsets [firstRRset, endRRset)
    quint32 endRRset = 0;
    bool apex = false;
    bool delegation = false; // NS at a name other than the apex
    bool occluded = false;   // below a delegation or a DNAME
    bool outOfZone = false;
};

class ZoneNameMap {
public:
    explicit ZoneNameMap(const Zone& zone);

    [[nodiscard]] const std::vector<ZoneNameEntry>& entries() const { return m_entries; }
    // Index into entries() of the name holding RRset r.
    [[nodiscard]] quint32 entryOfRRset(quint32 rrset) const { return m_entryOfRRset[rrset]; }
    // -1 if the zone has no records at its origin.
    [[nodiscard]] int apexEntry() const { return m_apex; }
    // The RRset of the given type at an entry, or -1.
    [[nodiscard]] int findRRset(const ZoneNameEntry& entry, quint16 type) const;
    // True for RRsets the zone is authoritative for (those that get signatures): not occluded; at a
    // delegation only DS and NSEC; never RRSIG itself.
    [[nodiscard]] bool isAuthoritative(const ZoneNameEntry& entry, quint16 type) const;

private:
    const Zone& m_zone;
    std::vector<ZoneNameEntry> m_entries;
    std::vector<quint32> m_entryOfRRset;
    int m_apex = -1;
};

} // namespace danewerk::core
