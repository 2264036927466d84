#include "core/diagram/ZoneChainGraph.h"

#include "core/dns/DnsName.h"
#include "core/dnssec/DnskeyRdata.h"
#include "core/dnssec/DnssecAlgorithm.h"
#include "core/dnssec/DnssecCrypto.h"
#include "core/dnssec/DsRecord.h"
#include "core/dnssec/RrsigRdata.h"
#include "core/dnssec/SignatureVerifier.h"
#include "core/dnssec/SigningInput.h"
#include "core/dnssec/ZoneNameMap.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>

#include <vector>

namespace danewerk::core {

namespace {

constexpr quint16 TypeA = 1;
constexpr quint16 TypeAaaa = 28;
constexpr quint16 TypeDs = 43;
constexpr quint16 TypeRrsig = 46;
constexpr quint16 TypeNsec = 47;
constexpr quint16 TypeDnskey = 48;
constexpr quint16 TypeNsec3 = 50;

// Worst first: the aggregate of several signatures is the worst of them.
enum class SigState { Secure, Missing, Expired, Bogus };

SigState worse(SigState a, SigState b) {
    return int(a) >= int(b) ? a : b;
}

QString stateName(SigState s) {
    switch (s) {
    case SigState::Secure:
        return QStringLiteral("secure");
    case SigState::Missing:
        return QStringLiteral("missing");
    case SigState::Expired:
        return QStringLiteral("expired");
    case SigState::Bogus:
        return QStringLiteral("bogus");
    }
    return QStringLiteral("indeterminate");
}

struct Key {
    DnskeyRdata rdata;
    quint16 tag = 0;
    EvpKeyPtr evp;
    QString id;
};

QString groupLabel(const QString& group, int children) {
    if (group == QLatin1String("A+AAAA"))
        return QStringLiteral("A/AAAA");
    if (group == QLatin1String("NSEC3"))
        return QCoreApplication::translate("danewerk::core::ZoneChainGraph", "NSEC3 chain");
    if (group == QLatin1String("NSEC"))
        return QCoreApplication::translate("danewerk::core::ZoneChainGraph", "NSEC chain");
    if (group == QLatin1String("DS"))
        return QCoreApplication::translate("danewerk::core::ZoneChainGraph", "DS for %n child zone(s)", nullptr,
                                           children);
    if (group == QLatin1String("DNSKEY"))
        return QCoreApplication::translate("danewerk::core::ZoneChainGraph", "DNSKEY RRset");
    return group;
}

} // namespace

QString zoneChainGroup(quint16 type) {
    switch (type) {
    case TypeA:
    case TypeAaaa:
        return QStringLiteral("A+AAAA");
    case TypeNsec3:
        return QStringLiteral("NSEC3");
    case TypeNsec:
        return QStringLiteral("NSEC");
    case TypeDs:
        return QStringLiteral("DS");
    default:
        return rrTypeName(type);
    }
}

ChainGraph zoneChainGraph(const Zone& zone, const ZoneReport& report, const QDateTime& now) {
    ChainGraph graph;
    const QByteArrayView origin = zone.origin();
    const QString apex = dnsNameToText(origin);
    const QString zoneId = QStringLiteral("zone:") + apex;
    const ZoneNameMap names(zone);
    const auto& rrsets = zone.rrsets();
    const qint64 nowSecs = now.toSecsSinceEpoch();
    const quint32 now32 = quint32(nowSecs);
    const auto absolute = [&](quint32 serial) { return nowSecs + qint32(serial - now32); }; // RFC 4034 3.1.5

    // The apex keys.
    std::vector<Key> keys;
    if (names.apexEntry() >= 0) {
        const int set = names.findRRset(names.entries()[size_t(names.apexEntry())], TypeDnskey);
        if (set >= 0)
            for (quint32 i = rrsets[size_t(set)].first; i < rrsets[size_t(set)].first + rrsets[size_t(set)].count;
                 ++i) {
                const auto rdata = DnskeyRdata::parse(zone.rdata(zone.record(i)));
                if (!rdata)
                    continue;
                Key key;
                key.rdata = *rdata;
                key.tag = DnskeyRdata::keyTagOf(zone.rdata(zone.record(i)));
                key.id = QStringLiteral("dnskey:%1/%2").arg(apex).arg(key.tag);
                if (DnssecAlgorithm::canVerify(rdata->algorithm)) {
                    auto evp = DnssecCrypto::publicKeyFromDnskey(rdata->algorithm, rdata->publicKey);
                    if (evp)
                        key.evp = *evp;
                }
                keys.push_back(std::move(key));
            }
    }
    const bool isSigned = report.isSigned || !keys.empty();

    // Which groups exist (authoritative RRsets) and which are signed by whom.
    QMap<QString, SigState> groupState;  // group -> aggregate over its RRsets
    QMap<QString, SigState> edgeState;   // "keyIndex|group" -> aggregate over that key's signatures
    QHash<quint32, SigState> rrsetState; // covered RRset -> aggregate over its signatures
    int childDs = 0;
    for (const ZoneNameEntry& entry : names.entries()) {
        for (quint32 r = entry.firstRRset; r < entry.endRRset; ++r) {
            const quint16 type = zone.record(rrsets[r].first).type;
            if (type == TypeRrsig || !names.isAuthoritative(entry, type))
                continue;
            if (entry.delegation && type == TypeDs)
                ++childDs;
            groupState.insert(zoneChainGroup(type), SigState::Secure);
        }
    }

    SignatureVerifier verifier;
    QByteArray buffer;
    std::vector<QByteArrayView> rdatas;
    for (const ZoneNameEntry& entry : names.entries()) {
        if (entry.occluded || entry.outOfZone)
            continue;
        for (quint32 r = entry.firstRRset; r < entry.endRRset; ++r) {
            const ZoneRRset& sigs = rrsets[r];
            if (zone.record(sigs.first).type != TypeRrsig)
                continue;
            for (quint32 s = sigs.first; s < sigs.first + sigs.count; ++s) {
                const ZoneRecord& record = zone.record(s);
                const auto rrsig = RrsigRdata::parse(zone.rdata(record));
                if (!rrsig)
                    continue;
                int covered = -1;
                for (quint32 c = entry.firstRRset; c < entry.endRRset; ++c)
                    if (zone.record(rrsets[c].first).type == rrsig->typeCovered &&
                        zone.record(rrsets[c].first).rclass == record.rclass)
                        covered = int(c);
                if (covered < 0 || !names.isAuthoritative(entry, rrsig->typeCovered))
                    continue;
                const QString group = zoneChainGroup(rrsig->typeCovered);
                int signer = -1;
                bool valid = false;
                if (rrsig->labels <= dnsNameLabelCount(zone.name(entry.name))) {
                    const ZoneRRset& set = rrsets[size_t(covered)];
                    rdatas.clear();
                    for (quint32 i = set.first; i < set.first + set.count; ++i)
                        rdatas.push_back(zone.rdata(zone.record(i)));
                    SigningInput::build(buffer, zone.rdata(record).first(rrsig->signedPartLength),
                                        zone.name(entry.name), rrsig->typeCovered, record.rclass, rrsig->originalTtl,
                                        rrsig->labels, rdatas);
                    for (size_t k = 0; k < keys.size() && !valid; ++k) {
                        if (keys[k].tag != rrsig->keyTag || keys[k].rdata.algorithm != rrsig->algorithm)
                            continue;
                        signer = int(k);
                        valid = keys[k].evp &&
                                verifier.verify(rrsig->algorithm, keys[k].evp.get(), buffer, rrsig->signature);
                    }
                }
                const bool inWindow = absolute(rrsig->inception) <= nowSecs && absolute(rrsig->expiration) >= nowSecs;
                const SigState state = !valid                                  ? SigState::Bogus
                                       : absolute(rrsig->expiration) < nowSecs ? SigState::Expired
                                       : inWindow                              ? SigState::Secure
                                                                               : SigState::Bogus;
                // One good signature makes an RRset secure (RFC 4035 5.3.3); keep the best per RRset.
                const auto it = rrsetState.find(quint32(covered));
                if (it == rrsetState.end() || int(state) < int(*it))
                    rrsetState.insert(quint32(covered), state);
                if (signer >= 0) {
                    const QString key = QStringLiteral("%1|%2").arg(signer).arg(group);
                    edgeState.insert(key, worse(edgeState.value(key, SigState::Secure), state));
                }
            }
        }
    }
    // Per group: the worst of its RRsets; an authoritative RRset without any signature is "missing".
    for (const ZoneNameEntry& entry : names.entries())
        for (quint32 r = entry.firstRRset; r < entry.endRRset; ++r) {
            const quint16 type = zone.record(rrsets[r].first).type;
            if (type == TypeRrsig || !names.isAuthoritative(entry, type))
                continue;
            const QString group = zoneChainGroup(type);
            groupState.insert(group, worse(groupState.value(group), rrsetState.value(r, SigState::Missing)));
        }

    SigState zoneState = SigState::Secure;
    for (auto it = groupState.cbegin(); it != groupState.cend(); ++it)
        zoneState = worse(zoneState, it.value());
    graph.addNode(zoneId, QStringLiteral("zone"), apex, isSigned ? stateName(zoneState) : QStringLiteral("insecure"));

    // Keys, and for each SEP key the DS the parent would publish (SHA-256).
    for (size_t k = 0; k < keys.size(); ++k) {
        const Key& key = keys[k];
        QString label = QStringLiteral("DNSKEY %1 alg %2 %3")
                            .arg(key.tag)
                            .arg(key.rdata.algorithm)
                            .arg(key.rdata.isSep() ? QStringLiteral("SEP") : QStringLiteral("ZSK"));
        if (key.rdata.isRevoked())
            label += QStringLiteral(" REVOKED");
        const SigState signsKeys = edgeState.value(QStringLiteral("%1|DNSKEY").arg(k), SigState::Missing);
        bool signsAnything = false;
        for (auto it = edgeState.cbegin(); it != edgeState.cend(); ++it)
            signsAnything = signsAnything || it.key().startsWith(QStringLiteral("%1|").arg(k));
        graph.addNode(key.id, QStringLiteral("dnskey"), label,
                      !key.evp        ? QStringLiteral("indeterminate")
                      : signsAnything ? stateName(signsKeys == SigState::Missing ? SigState::Secure : signsKeys)
                                      : QStringLiteral("insecure"));
        if (!key.rdata.isSep() || key.rdata.isRevoked() || !key.rdata.isZoneKey())
            continue;
        const auto ds = DsRecord::fromDnskey(origin, key.rdata, 2);
        const QString dsId = QStringLiteral("ds:%1/%2").arg(apex).arg(key.tag);
        const QString dsLabel =
            ds ? QStringLiteral("DS %1 %2 %3").arg(ds->keyTag).arg(ds->algorithm).arg(ds->digestType)
               : QStringLiteral("DS %1").arg(key.tag);
        graph.addNode(dsId, QStringLiteral("ds"), dsLabel, stateName(signsKeys));
        graph.addEdge(dsId, key.id, QStringLiteral("ds-dnskey"), stateName(signsKeys));
    }

    // The aggregated RRsets, DNSKEY RRset first.
    QStringList order = groupState.keys();
    if (order.removeAll(QStringLiteral("DNSKEY")) > 0)
        order.prepend(QStringLiteral("DNSKEY"));
    for (const QString& group : std::as_const(order)) {
        const QString id = QStringLiteral("rrset:%1/%2").arg(apex, group);
        graph.addNode(id, QStringLiteral("rrset"), groupLabel(group, childDs),
                      isSigned ? stateName(groupState.value(group)) : QStringLiteral("insecure"));
        for (size_t k = 0; k < keys.size(); ++k) {
            const auto it = edgeState.constFind(QStringLiteral("%1|%2").arg(k).arg(group));
            if (it != edgeState.cend())
                graph.addEdge(keys[k].id, id, QStringLiteral("rrsig"), stateName(it.value()));
        }
    }
    return graph;
}

} // namespace danewerk::core
