#pragma once

#include "core/zone/Zone.h"

#include <QByteArray>
#include <QByteArrayView>

#include <optional>
#include <vector>

namespace danewerk::core {

// Per-name view of a finalized zone: which RRsets each owner has, and where the zone cuts are. Shared by the
// structure checks and the statistics.
class ZoneIndex {
public:
    explicit ZoneIndex(const Zone& zone);

    [[nodiscard]] const Zone& zone() const { return m_zone; }
    // RRsets (indices into Zone::rrsets()) of a name: [first, first + count).
    [[nodiscard]] std::pair<quint32, quint32> rrsetsOf(quint32 name) const { return m_byName[name]; }
    // The RRset of a type at a name, if present.
    [[nodiscard]] const ZoneRRset* find(quint32 name, quint16 type) const;
    [[nodiscard]] const ZoneRRset* find(QByteArrayView canonicalName, quint16 type) const;
    [[nodiscard]] bool isDelegation(quint32 name) const; // NS below the apex, inside the zone
    // The delegation point at or above `canonicalName` (strictly below the apex), if any.
    [[nodiscard]] std::optional<quint32> enclosingDelegation(QByteArrayView canonicalName) const;
    [[nodiscard]] bool inZone(QByteArrayView canonicalName) const;

    // The domain name at `offset` of an RDATA, lower-cased; empty if malformed.
    [[nodiscard]] static QByteArray rdataName(QByteArrayView rdata, qsizetype offset);

private:
    const Zone& m_zone;
    std::vector<std::pair<quint32, quint32>> m_byName;
};

} // namespace danewerk::core
