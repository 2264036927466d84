#include "ui/zones/ZoneDnssecData.h"

#include "core/dnssec/DnskeyRdata.h"
#include "core/dnssec/DsRecord.h"
#include "core/dnssec/RrsigRdata.h"
#include "core/zone/ZoneStatistics.h"

#include <algorithm>

namespace danewerk::ui {

namespace {

constexpr quint16 TypeDnskey = 48;
constexpr quint16 TypeRrsig = 46;

QString dsLine(const core::Zone& zone, const core::ZoneRecord& record, const core::DnskeyRdata& key, int digestType) {
    if (!key.isZoneKey() || !key.isSep() || key.isRevoked())
        return {};
    const auto ds = core::DsRecord::fromDnskey(zone.origin(), key, digestType);
    if (!ds)
        return {};
    return QStringLiteral("%1 %2 IN DS %3").arg(zone.originText()).arg(record.ttl).arg(ds->rdataText());
}

} // namespace

QStringList zoneDsLines(const core::Zone& zone, int digestType) {
    QStringList lines;
    for (const core::ZoneRecord& record : zone.records()) {
        if (record.type != TypeDnskey || zone.ownerOf(record) != zone.origin())
            continue;
        if (const auto key = core::DnskeyRdata::parse(zone.rdata(record))) {
            const QString line = dsLine(zone, record, *key, digestType);
            if (!line.isEmpty())
                lines << line;
        }
    }
    return lines;
}

QList<ZoneKeyRow> zoneKeyRows(const core::Zone& zone, const QList<core::ZoneKeyInfo>& keys) {
    QList<ZoneKeyRow> rows;
    for (const core::ZoneKeyInfo& info : keys) {
        ZoneKeyRow row{info, {}};
        for (const core::ZoneRecord& record : zone.records()) {
            if (record.type != TypeDnskey || zone.ownerOf(record) != zone.origin())
                continue;
            const QByteArrayView rdata = zone.rdata(record);
            const auto key = core::DnskeyRdata::parse(rdata);
            if (!key || key->algorithm != info.algorithm || key->flags != info.flags ||
                core::DnskeyRdata::keyTagOf(rdata) != info.tag)
                continue;
            row.ds = dsLine(zone, record, *key, 2);
            break;
        }
        rows << row;
    }
    return rows;
}

QList<qint64> signatureExpirations(const core::Zone& zone, qint64 nowSeconds) {
    QList<qint64> times;
    for (const core::ZoneRecord& record : zone.records()) {
        if (record.type != TypeRrsig)
            continue;
        if (const auto rrsig = core::RrsigRdata::parse(zone.rdata(record)))
            times << core::rrsigTimeNear(rrsig->expiration, nowSeconds);
    }
    std::sort(times.begin(), times.end());
    return times;
}

} // namespace danewerk::ui
