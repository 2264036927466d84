#include "core/zone/ZoneStatistics.h"

#include "core/dns/DnsName.h"
#include "core/zone/ZoneIndex.h"

#include <QJsonArray>
#include <QSet>

namespace danewerk::core {

namespace {

constexpr quint16 TypeDs = 43;
constexpr quint16 TypeRrsig = 46;
constexpr qint64 Day = 86400;

QList<ZoneHistogramBucket> buckets(std::initializer_list<qint64> bounds) {
    QList<ZoneHistogramBucket> list;
    for (const qint64 bound : bounds)
        list.append({bound, 0});
    list.append({-1, 0});
    return list;
}

void count(QList<ZoneHistogramBucket>& histogram, qint64 value) {
    for (ZoneHistogramBucket& bucket : histogram) {
        if (bucket.upTo < 0 || value <= bucket.upTo) {
            ++bucket.count;
            return;
        }
    }
}

QJsonArray toJson(const QList<ZoneHistogramBucket>& histogram) {
    QJsonArray array;
    for (const ZoneHistogramBucket& bucket : histogram) {
        QJsonObject o;
        o.insert(QStringLiteral("up_to"), bucket.upTo < 0 ? QJsonValue() : QJsonValue(bucket.upTo));
        o.insert(QStringLiteral("count"), qint64(bucket.count));
        array.append(o);
    }
    return array;
}

quint32 readU32(QByteArrayView data, qsizetype offset) {
    return (quint32(std::uint8_t(data[offset])) << 24) | (quint32(std::uint8_t(data[offset + 1])) << 16) |
           (quint32(std::uint8_t(data[offset + 2])) << 8) | quint32(std::uint8_t(data[offset + 3]));
}

} // namespace

qint64 rrsigTimeNear(quint32 wireTime, qint64 nowSeconds) {
    const auto delta = qint32(wireTime - quint32(quint64(nowSeconds) & 0xffffffffULL));
    return nowSeconds + delta;
}

ZoneStatistics computeZoneStatistics(const Zone& zone, const QDateTime& now) {
    ZoneStatistics s;
    const ZoneIndex index(zone);
    s.origin = zone.originText();
    s.records = zone.recordCount();
    s.rrsets = qsizetype(zone.rrsets().size());
    s.names = zone.nameCount();
    s.memoryBytes = zone.memoryUsage();
    s.ttlHistogram = buckets({60, 300, 3600, Day, 7 * Day});
    s.signatureExpiry = buckets({0, Day, 7 * Day, 30 * Day, 90 * Day});
    const qint64 nowSeconds = now.toSecsSinceEpoch();
    QHash<quint16, qsizetype> perType;
    for (const ZoneRecord& r : zone.records()) {
        ++perType[r.type];
        count(s.ttlHistogram, r.ttl);
        if (r.type == TypeRrsig && r.rdataLength >= 16) {
            ++s.signatures;
            const QByteArrayView data = zone.rdata(r);
            const qint64 expiration = rrsigTimeNear(readU32(data, 8), nowSeconds);
            const qint64 inception = rrsigTimeNear(readU32(data, 12), nowSeconds);
            count(s.signatureExpiry, expiration - nowSeconds);
            if (inception > nowSeconds)
                ++s.signaturesNotYetValid;
        }
    }
    for (auto it = perType.cbegin(); it != perType.cend(); ++it)
        s.recordsPerType.insert(rrTypeName(it.key()), it.value());
    QSet<QByteArray> emptyNonTerminals;
    for (quint32 name = 0; name < quint32(zone.nameCount()); ++name) {
        if (index.isDelegation(name)) {
            ++s.delegations;
            if (index.find(name, TypeDs))
                ++s.secureDelegations;
        }
        QByteArrayView parent = zone.name(name);
        if (!index.inZone(parent))
            continue;
        while (parent.size() > zone.origin().size()) {
            parent = dnsNameParent(parent);
            if (parent.size() <= zone.origin().size() || zone.findName(parent))
                break;
            const QByteArray key = parent.toByteArray();
            if (emptyNonTerminals.contains(key))
                break; // its ancestors were counted when it was
            emptyNonTerminals.insert(key);
        }
    }
    s.emptyNonTerminals = emptyNonTerminals.size();
    return s;
}

QJsonObject ZoneStatistics::toJson() const {
    QJsonObject types;
    for (auto it = recordsPerType.cbegin(); it != recordsPerType.cend(); ++it)
        types.insert(it.key(), qint64(it.value()));
    QJsonObject o;
    o.insert(QStringLiteral("origin"), origin);
    o.insert(QStringLiteral("records"), qint64(records));
    o.insert(QStringLiteral("rrsets"), qint64(rrsets));
    o.insert(QStringLiteral("names"), qint64(names));
    o.insert(QStringLiteral("empty_non_terminals"), qint64(emptyNonTerminals));
    o.insert(QStringLiteral("delegations"), qint64(delegations));
    o.insert(QStringLiteral("secure_delegations"), qint64(secureDelegations));
    o.insert(QStringLiteral("signatures"), qint64(signatures));
    o.insert(QStringLiteral("types"), types);
    o.insert(QStringLiteral("ttl_histogram"), danewerk::core::toJson(ttlHistogram));
    o.insert(QStringLiteral("signature_expiry"), danewerk::core::toJson(signatureExpiry));
    o.insert(QStringLiteral("signatures_not_yet_valid"), qint64(signaturesNotYetValid));
    o.insert(QStringLiteral("memory_bytes"), qint64(memoryBytes));
    return o;
}

} // namespace danewerk::core
