#include "ui/zones/ZoneRecordSearch.h"

#include "core/dns/DnsName.h"

namespace danewerk::ui {

qsizetype firstRecordOf(const core::Zone& zone, QByteArrayView owner, std::optional<quint16> type) {
    qsizetype low = 0;
    qsizetype high = zone.recordCount();
    while (low < high) { // the first record whose owner is not before `owner`
        const qsizetype middle = low + (high - low) / 2;
        if (core::dnsNameCanonicalCompare(zone.ownerOf(zone.record(middle)), owner) < 0)
            low = middle + 1;
        else
            high = middle;
    }
    for (qsizetype i = low; i < zone.recordCount(); ++i) {
        const core::ZoneRecord& record = zone.record(i);
        if (core::dnsNameCanonicalCompare(zone.ownerOf(record), owner) != 0)
            break;
        if (!type || record.type == *type)
            return i;
    }
    return -1;
}

} // namespace danewerk::ui
