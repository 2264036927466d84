#include "ui/zones/ZoneChainNodeDetails.h"

#include "core/common/TimeFormat.h"
#include "core/diagram/ZoneChainGraph.h"
#include "core/dns/DnsName.h"
#include "core/dnssec/DnskeyRdata.h"
#include "core/dnssec/DnssecAlgorithm.h"
#include "core/dnssec/DsRecord.h"
#include "core/dnssec/RrsigRdata.h"
#include "core/dnssec/ZoneNameMap.h"
#include "core/zone/ZoneStatistics.h"
#include "ui/check/CheckNodeDetails.h"
#include "ui/zones/ZoneRecordSearch.h"

#include <QFileInfo>
#include <QMap>
#include <QRegularExpression>

#include <functional>
#include <unordered_map>

namespace danewerk::ui {

namespace {

constexpr quint16 TypeSoa = 6;
constexpr quint16 TypeRrsig = 46;
constexpr quint16 TypeDnskey = 48;
constexpr int MaxListed = 12;   // records and signatures listed one by one
constexpr int MaxFindings = 50; // a broken zone can have a finding per record

// "dnskey:example.org./23137" -> {dnskey, example.org., 23137}; "zone:example.org." -> {zone, example.org., ""}.
struct NodeId {
    QString kind;
    QString apex;
    QString suffix;
};

NodeId parseId(const QString& id) {
    NodeId node;
    node.kind = id.section(QLatin1Char(':'), 0, 0);
    const QString rest = id.section(QLatin1Char(':'), 1);
    const qsizetype slash = rest.lastIndexOf(QLatin1Char('/'));
    node.apex = node.kind == QLatin1String("zone") || slash < 0 ? rest : rest.left(slash);
    node.suffix = node.kind == QLatin1String("zone") || slash < 0 ? QString() : rest.mid(slash + 1);
    return node;
}

QString placeOf(const core::Zone& zone, qsizetype record) {
    const core::ZoneRecord& r = zone.record(record);
    return ZoneChainNodeDetails::tr("line %1 of %2").arg(r.line).arg(QFileInfo(zone.fileOf(r)).fileName());
}

// The apex DNSKEY records with this key tag (normally one).
QList<qsizetype> keyRecords(const core::Zone& zone, quint16 tag) {
    QList<qsizetype> records;
    for (qsizetype i = firstRecordOf(zone, zone.origin(), TypeDnskey);
         i >= 0 && i < zone.recordCount() && zone.record(i).type == TypeDnskey &&
         zone.ownerOf(zone.record(i)) == zone.origin();
         ++i) {
        if (core::DnskeyRdata::keyTagOf(zone.rdata(zone.record(i))) == tag)
            records << i;
    }
    return records;
}

// Signatures counted by their validity window at `now`, listed up to MaxListed.
struct SignatureTally {
    qint64 now = 0;
    int total = 0;
    int current = 0;
    int expired = 0;
    int notYetValid = 0;
    QMap<QString, int> perGroup; // "SOA", "key 23137"
    QStringList listed;

    void add(const core::Zone& zone, qsizetype record, const core::RrsigRdata& rrsig, const QString& group) {
        const qint64 inception = core::rrsigTimeNear(rrsig.inception, now);
        const qint64 expiration = core::rrsigTimeNear(rrsig.expiration, now);
        const QString state = expiration < now  ? (++expired, ZoneChainNodeDetails::tr("expired"))
                              : inception > now ? (++notYetValid, ZoneChainNodeDetails::tr("not yet valid"))
                                                : (++current, ZoneChainNodeDetails::tr("current"));
        ++total;
        ++perGroup[group];
        if (listed.size() < MaxListed)
            listed << QStringLiteral("  %1 RRSIG %2 (key %3)  %4 \u2013 %5  %6")
                          .arg(core::dnsNameToText(zone.ownerOf(zone.record(record))),
                               core::rrTypeName(rrsig.typeCovered))
                          .arg(rrsig.keyTag)
                          .arg(core::formatInstant(QDateTime::fromSecsSinceEpoch(inception, Qt::UTC)),
                               core::formatInstant(QDateTime::fromSecsSinceEpoch(expiration, Qt::UTC)), state);
    }

    QStringList lines(const QString& heading) const {
        QStringList out;
        out << heading.arg(total) + QStringLiteral(" ") +
                   ZoneChainNodeDetails::tr("(%1 current, %2 expired, %3 not yet valid)")
                       .arg(current)
                       .arg(expired)
                       .arg(notYetValid);
        QStringList groups;
        for (auto it = perGroup.cbegin(); it != perGroup.cend(); ++it)
            groups << QStringLiteral("%1: %2").arg(it.key()).arg(it.value());
        if (!groups.isEmpty())
            out << QStringLiteral("  ") + groups.join(QStringLiteral(", "));
        out << listed;
        if (total > listed.size())
            out << ZoneChainNodeDetails::tr("  … and %1 more").arg(total - listed.size());
        return out;
    }
};

// Every RRSIG of the zone that a predicate picks, tallied under the group it names.
SignatureTally tallySignatures(const ZoneChainContext& context,
                               const std::function<QString(const core::RrsigRdata&)>& groupOf) {
    SignatureTally tally;
    tally.now = context.now.toSecsSinceEpoch();
    const core::Zone& zone = *context.zone;
    for (qsizetype i = 0; i < zone.recordCount(); ++i) {
        const core::ZoneRecord& record = zone.record(i);
        if (record.type != TypeRrsig)
            continue;
        const auto rrsig = core::RrsigRdata::parse(zone.rdata(record));
        if (!rrsig)
            continue;
        const QString group = groupOf(*rrsig);
        if (!group.isEmpty())
            tally.add(zone, i, *rrsig, group);
    }
    return tally;
}

// The findings about a record the predicate picks (matched by file and line), and those without a place that
// the second predicate picks.
QStringList findingLines(const ZoneChainContext& context, const std::function<bool(qsizetype)>& concernsRecord,
                         const std::function<bool(const core::Finding&)>& concernsFinding) {
    const core::Zone& zone = *context.zone;
    const core::Findings& findings = context.findings;
    std::vector<bool> concerns(size_t(findings.size()), false);
    std::unordered_map<quint64, std::vector<qsizetype>> byPlace;
    for (qsizetype f = 0; f < findings.size(); ++f) {
        const qsizetype file = zone.files().indexOf(findings[f].file);
        if (findings[f].line > 0 && file >= 0)
            byPlace[(quint64(file) << 32) | quint32(findings[f].line)].push_back(f);
        else
            concerns[size_t(f)] = concernsFinding(findings[f]);
    }
    if (!byPlace.empty()) {
        for (qsizetype i = 0; i < zone.recordCount(); ++i) {
            const core::ZoneRecord& r = zone.record(i);
            const auto it = byPlace.find((quint64(r.file) << 32) | r.line);
            if (it != byPlace.end() && concernsRecord(i))
                for (const qsizetype f : it->second)
                    concerns[size_t(f)] = true;
        }
    }
    QStringList lines;
    int count = 0;
    for (qsizetype f = 0; f < findings.size(); ++f) {
        if (!concerns[size_t(f)])
            continue;
        if (++count <= MaxFindings)
            lines << QStringLiteral("  ") + CheckNodeDetails::findingLine(findings[f].toJson());
    }
    if (count > MaxFindings)
        lines << ZoneChainNodeDetails::tr("  … and %1 more").arg(count - MaxFindings);
    QStringList out;
    out << QString()
        << (count == 0 ? ZoneChainNodeDetails::tr("No findings concern this node.")
                       : ZoneChainNodeDetails::tr("Findings (%1):").arg(count));
    return out << lines;
}

QStringList dsLines(const core::Zone& zone, qsizetype record) {
    QStringList out;
    const auto key = core::DnskeyRdata::parse(zone.rdata(zone.record(record)));
    if (!key)
        return out;
    for (const int digest : {2, 4})
        if (const auto ds = core::DsRecord::fromDnskey(zone.origin(), *key, digest))
            out << QStringLiteral("  %1 %2 IN DS %3")
                       .arg(zone.originText())
                       .arg(zone.record(record).ttl)
                       .arg(ds->rdataText());
    return out;
}

QStringList describeKey(const ZoneChainContext& context, quint16 tag) {
    const core::Zone& zone = *context.zone;
    QStringList out;
    const QList<qsizetype> records = keyRecords(zone, tag);
    QList<int> algorithms;
    for (const qsizetype record : records) {
        const auto key = core::DnskeyRdata::parse(zone.rdata(zone.record(record)));
        if (!key)
            continue;
        algorithms << key->algorithm;
        QString role;
        for (const ZoneKeyRow& row : context.keys)
            if (row.info.tag == tag && row.info.algorithm == key->algorithm && row.info.flags == key->flags)
                role = row.info.role;
        out << QString()
            << ZoneChainNodeDetails::tr("Key %1: algorithm %2 (%3), role %4, flags %5%6")
                   .arg(tag)
                   .arg(core::DnssecAlgorithm::mnemonic(key->algorithm))
                   .arg(key->algorithm)
                   .arg(role.isEmpty() ? ZoneChainNodeDetails::tr("unknown") : role)
                   .arg(key->flags)
                   .arg(key->isRevoked() ? ZoneChainNodeDetails::tr(", revoked") : QString());
        out << QStringLiteral("  %1").arg(zone.recordText(record))
            << QStringLiteral("  (%1)").arg(placeOf(zone, record));
        if (key->isSep() && key->isZoneKey() && !key->isRevoked())
            out << ZoneChainNodeDetails::tr("DS for the parent zone:") << dsLines(zone, record);
    }
    if (records.isEmpty())
        out << QString() << ZoneChainNodeDetails::tr("No DNSKEY record at the apex has key tag %1.").arg(tag);
    out << QString();
    const SignatureTally tally = tallySignatures(context, [&](const core::RrsigRdata& rrsig) {
        return rrsig.keyTag == tag && algorithms.contains(rrsig.algorithm) ? core::rrTypeName(rrsig.typeCovered)
                                                                           : QString();
    });
    out << tally.lines(ZoneChainNodeDetails::tr("Signatures made with this key: %1"));
    const QRegularExpression tagWord(QStringLiteral("\\b%1\\b").arg(tag));
    out << findingLines(
        context,
        [&](qsizetype record) {
            const core::ZoneRecord& r = zone.record(record);
            if (records.contains(record))
                return true;
            if (r.type != TypeRrsig)
                return false;
            const auto rrsig = core::RrsigRdata::parse(zone.rdata(r));
            return rrsig && rrsig->keyTag == tag && algorithms.contains(rrsig->algorithm);
        },
        [&](const core::Finding& f) {
            return f.owner == zone.originText() && (f.type.isEmpty() || f.type == QLatin1String("DNSKEY")) &&
                   f.message.contains(tagWord);
        });
    return out;
}

QStringList describeDs(const ZoneChainContext& context, quint16 tag) {
    const core::Zone& zone = *context.zone;
    QStringList out;
    const QList<qsizetype> records = keyRecords(zone, tag);
    out << QString() << ZoneChainNodeDetails::tr("The DS records the parent zone publishes for key %1:").arg(tag);
    for (const qsizetype record : records)
        out << dsLines(zone, record);
    for (const qsizetype record : records)
        out << ZoneChainNodeDetails::tr("They are digests of this DNSKEY (%1):").arg(placeOf(zone, record))
            << QStringLiteral("  %1").arg(zone.recordText(record));
    out << findingLines(
        context, [&](qsizetype record) { return records.contains(record); },
        [&](const core::Finding& f) {
            return f.owner == zone.originText() && (f.type == QLatin1String("DS") || f.type == QLatin1String("CDS") ||
                                                    f.type == QLatin1String("CDNSKEY"));
        });
    return out;
}

QStringList describeGroup(const ZoneChainContext& context, const QString& group) {
    const core::Zone& zone = *context.zone;
    const core::ZoneNameMap names(zone);
    const auto& rrsets = zone.rrsets();
    int sets = 0;
    qint64 records = 0;
    QStringList listed;
    for (const core::ZoneNameEntry& entry : names.entries()) {
        for (quint32 r = entry.firstRRset; r < entry.endRRset; ++r) {
            const core::ZoneRecord& first = zone.record(rrsets[r].first);
            if (first.type == TypeRrsig || !names.isAuthoritative(entry, first.type) ||
                core::zoneChainGroup(first.type) != group)
                continue;
            ++sets;
            records += rrsets[r].count;
            if (listed.size() < MaxListed)
                listed << QStringLiteral("  %1 %2  ")
                                  .arg(core::dnsNameToText(zone.ownerOf(first)), core::rrTypeName(first.type)) +
                              ZoneChainNodeDetails::tr("%n record(s), %1", nullptr, int(rrsets[r].count))
                                  .arg(placeOf(zone, rrsets[r].first));
        }
    }
    QStringList out;
    out << QString() << ZoneChainNodeDetails::tr("RRsets in this group: %1 (%2 records)").arg(sets).arg(records)
        << listed;
    if (sets > listed.size())
        out << ZoneChainNodeDetails::tr("  … and %1 more").arg(sets - listed.size());
    out << QString();
    const SignatureTally tally = tallySignatures(context, [&](const core::RrsigRdata& rrsig) {
        return core::zoneChainGroup(rrsig.typeCovered) == group ? ZoneChainNodeDetails::tr("key %1").arg(rrsig.keyTag)
                                                                : QString();
    });
    out << tally.lines(ZoneChainNodeDetails::tr("Signatures over them: %1"));
    const auto inGroup = [&](quint16 type) { return core::zoneChainGroup(type) == group; };
    out << findingLines(
        context,
        [&](qsizetype record) {
            const core::ZoneRecord& r = zone.record(record);
            if (r.type != TypeRrsig)
                return inGroup(r.type);
            const auto rrsig = core::RrsigRdata::parse(zone.rdata(r));
            return rrsig && inGroup(rrsig->typeCovered);
        },
        [&](const core::Finding& f) {
            const std::optional<quint16> type = core::rrTypeFromName(f.type);
            return type && inGroup(*type);
        });
    return out;
}

QStringList describeZone(const ZoneChainContext& context) {
    const core::Zone& zone = *context.zone;
    QStringList out;
    const qsizetype soa = firstRecordOf(zone, zone.origin(), TypeSoa);
    if (soa >= 0)
        out << QString() << QStringLiteral("%1  (%2)").arg(zone.recordText(soa), placeOf(zone, soa));
    out << ZoneChainNodeDetails::tr("%1 records, %2 names, %3 keys")
               .arg(zone.recordCount())
               .arg(zone.nameCount())
               .arg(context.keys.size());
    out << findingLines(
        context, [](qsizetype) { return true; }, [](const core::Finding&) { return true; });
    return out;
}

} // namespace

QString ZoneChainNodeDetails::describe(const ZoneChainContext& context, const QString& nodeId) {
    // The node's name and status first, then its records and findings, the edges (graph plumbing) last.
    const QStringList node = CheckNodeDetails::nodeLines(context.chain, nodeId);
    const qsizetype head = node.size() > 2 && node.at(1).contains(QLatin1Char(':')) ? 2 : 0;
    QStringList out = node.mid(0, head);
    if (!context.zone)
        return (out << node.mid(head)).join(QLatin1Char('\n'));
    const NodeId parsed = parseId(nodeId);
    const auto tag = quint16(parsed.suffix.toUInt());
    if (parsed.kind == QLatin1String("dnskey"))
        out << describeKey(context, tag);
    else if (parsed.kind == QLatin1String("ds"))
        out << describeDs(context, tag);
    else if (parsed.kind == QLatin1String("rrset"))
        out << describeGroup(context, parsed.suffix);
    else if (parsed.kind == QLatin1String("zone"))
        out << describeZone(context);
    out << QString() << node.mid(head);
    return out.join(QLatin1Char('\n'));
}

qsizetype ZoneChainNodeDetails::recordOf(const core::Zone& zone, const QString& nodeId) {
    const NodeId node = parseId(nodeId);
    if (node.kind == QLatin1String("dnskey") || node.kind == QLatin1String("ds")) {
        const QList<qsizetype> records = keyRecords(zone, quint16(node.suffix.toUInt()));
        return records.isEmpty() ? -1 : records.first();
    }
    if (node.kind == QLatin1String("rrset")) {
        const core::ZoneNameMap names(zone);
        for (const core::ZoneNameEntry& entry : names.entries())
            for (quint32 r = entry.firstRRset; r < entry.endRRset; ++r) {
                const core::ZoneRecord& first = zone.record(zone.rrsets()[r].first);
                if (first.type != TypeRrsig && names.isAuthoritative(entry, first.type) &&
                    core::zoneChainGroup(first.type) == node.suffix)
                    return zone.rrsets()[r].first;
            }
        return -1;
    }
    return firstRecordOf(zone, zone.origin(), TypeSoa);
}

} // namespace danewerk::ui
