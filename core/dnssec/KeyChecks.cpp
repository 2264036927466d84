#include "core/dnssec/KeyChecks.h"

#include "core/dns/DnsName.h"
#include "core/dnssec/DnssecAlgorithm.h"

namespace danewerk::core {

namespace {
constexpr quint16 TypeSoa = 6;
constexpr quint16 TypeDs = 43;
constexpr quint16 TypeRrsig = 46;
constexpr quint16 TypeDnskey = 48;
constexpr quint16 TypeCds = 59;
constexpr quint16 TypeCdnskey = 60;
} // namespace

void KeyChecks::collectApexKeys(ValidationContext& context) {
    const int apex = context.names.apexEntry();
    if (apex < 0)
        return;
    const ZoneNameEntry& entry = context.names.entries()[size_t(apex)];
    const int set = context.names.findRRset(entry, TypeDnskey);
    if (set < 0)
        return;
    const ZoneRRset& rrset = context.zone.rrsets()[size_t(set)];
    for (quint32 i = rrset.first; i < rrset.first + rrset.count; ++i) {
        const auto rdata = DnskeyRdata::parse(context.zone.rdata(context.zone.record(i)));
        if (!rdata)
            continue;
        ApexKey key;
        key.rdata = *rdata;
        key.tag = DnskeyRdata::keyTagOf(context.zone.rdata(context.zone.record(i)));
        key.record = i;
        if (DnssecAlgorithm::canVerify(rdata->algorithm)) {
            auto evp = DnssecCrypto::publicKeyFromDnskey(rdata->algorithm, rdata->publicKey);
            if (evp)
                key.evp = *evp;
        }
        context.apexKeys.push_back(std::move(key));
    }
}

void KeyChecks::run(const ValidationContext& context, const std::vector<ExternalDs>& externalDs, Findings& findings) {
    const Zone& zone = context.zone;
    const QByteArrayView origin = zone.origin();
    const auto& entries = context.names.entries();
    const int apexIndex = context.names.apexEntry();

    qsizetype firstRrsig = -1, firstDs = -1, soaRecord = -1;
    for (const ZoneNameEntry& entry : entries) {
        for (quint32 i = entry.firstRecord; i < entry.endRecord; ++i) {
            const ZoneRecord& record = zone.record(i);
            if (record.type == TypeRrsig && firstRrsig < 0)
                firstRrsig = i;
            if (record.type == TypeDs && firstDs < 0 && !entry.occluded)
                firstDs = i;
            if (record.type == TypeSoa && entry.apex && soaRecord < 0)
                soaRecord = i;
            if (record.type == TypeDnskey && !entry.apex)
                findings.append(context.finding(Severity::Error, QStringLiteral("DNSKEY_NOT_AT_APEX"),
                                                tr("A DNSKEY record at %1, which is not the zone apex %2.")
                                                    .arg(dnsNameToText(zone.ownerOf(record)), dnsNameToText(origin)),
                                                QStringLiteral("RFC 4035 2.1"),
                                                tr("Move the key to the apex of the zone it belongs to, or delete it."),
                                                i));
        }
    }

    if (context.apexKeys.empty()) {
        if (firstRrsig >= 0 || firstDs >= 0) {
            const qsizetype place = soaRecord >= 0 ? soaRecord : (firstRrsig >= 0 ? firstRrsig : firstDs);
            findings.append(context.finding(
                Severity::Error, QStringLiteral("NO_DNSKEY"),
                firstRrsig >= 0 ? tr("The zone carries signatures but no DNSKEY RRset at its apex.")
                                : tr("The zone delegates with DS records but has no DNSKEY RRset at its apex."),
                QStringLiteral("RFC 4035 2.1"),
                tr("Add the zone's DNSKEY records at the apex (re-sign the zone with its keys)."), origin, TypeDnskey,
                place));
        }
    } else {
        bool anySep = false;
        for (const ApexKey& key : context.apexKeys) {
            anySep = anySep || (key.rdata.isSep() && !key.rdata.isRevoked());
            const QString alg =
                QStringLiteral("%1 (%2)").arg(key.rdata.algorithm).arg(DnssecAlgorithm::mnemonic(key.rdata.algorithm));
            switch (DnssecAlgorithm::signingStatus(key.rdata.algorithm)) {
            case AlgorithmStatus::Prohibited:
                findings.append(context.finding(
                    Severity::Error, QStringLiteral("ALGORITHM_PROHIBITED"),
                    tr("Key %1 uses algorithm %2, which must not be used for signing.").arg(key.tag).arg(alg),
                    QStringLiteral("RFC 8624 3.1"),
                    tr("Roll to ECDSAP256SHA256 (13) or RSASHA256 (8) with an algorithm rollover (RFC 6781 4.1.4)."),
                    key.record));
                break;
            case AlgorithmStatus::NotRecommended:
                findings.append(context.finding(
                    Severity::Warning, QStringLiteral("ALGORITHM_NOT_RECOMMENDED"),
                    tr("Key %1 uses algorithm %2, which is not recommended for signing.").arg(key.tag).arg(alg),
                    QStringLiteral("RFC 8624 3.1"),
                    tr("Plan an algorithm rollover to ECDSAP256SHA256 (13) or RSASHA256 (8)."), key.record));
                break;
            default:
                break;
            }
            const int bits = key.rdata.keySizeBits();
            if (DnssecAlgorithm::isRsa(key.rdata.algorithm) && bits < 2048)
                findings.append(
                    context.finding(Severity::Warning, QStringLiteral("KEY_TOO_SHORT"),
                                    tr("RSA key %1 has %2 bits; fewer than 2048 are too weak.").arg(key.tag).arg(bits),
                                    QStringLiteral("RFC 8624 3.1"),
                                    tr("Replace it with a key of at least 2048 bits (or ECDSA P-256)."), key.record));
        }
        if (!anySep)
            findings.append(
                context.finding(Severity::Warning, QStringLiteral("NO_SEP_KEY"),
                                tr("No key in the DNSKEY RRset has the SEP flag (257); parents and tools look for it."),
                                QStringLiteral("RFC 4034 2.1.1"),
                                tr("Set flags 257 on the key the parent's DS points to (or sign with a KSK)."),
                                context.apexKeys.front().record));
    }

    const auto matchesApexKey = [&](const DsRecord& ds) {
        for (const ApexKey& key : context.apexKeys)
            if (ds.matches(origin, key.rdata))
                return true;
        return false;
    };
    const auto checkDigest = [&](const DsRecord& ds, Finding place) {
        if (!DsDigestType::isProhibited(ds.digestType))
            return;
        place.severity = Severity::Error;
        place.code = QStringLiteral("DS_DIGEST_PROHIBITED");
        place.message = tr("DS for key %1 uses digest type %2 (%3), which must not be used.")
                            .arg(ds.keyTag)
                            .arg(ds.digestType)
                            .arg(DsDigestType::mnemonic(ds.digestType));
        place.rfc = QStringLiteral("RFC 8624 3.3");
        place.fix = tr("Publish a SHA-256 (2) DS instead and remove this one.");
        findings.append(place);
    };
    const auto noMatch = [&](const DsRecord& ds, Finding place) {
        place.severity = Severity::Error;
        place.code = QStringLiteral("DS_NO_MATCHING_DNSKEY");
        place.message = tr("DS %1 matches no DNSKEY of the zone.").arg(ds.rdataText());
        place.rfc = QStringLiteral("RFC 4035 5.2");
        place.fix = tr("Replace the DS at the parent with one made from a current SEP key (zone ds).");
        findings.append(place);
    };

    // DS records in the zone: their digests; at the apex (pasted parent data) and at delegations whose child
    // keys are in the file too, whether they match.
    for (const ZoneNameEntry& entry : entries) {
        const int dsSet = context.names.findRRset(entry, TypeDs);
        if (dsSet < 0)
            continue;
        const ZoneRRset& rrset = zone.rrsets()[size_t(dsSet)];
        const int childKeys = entry.apex ? -1 : context.names.findRRset(entry, TypeDnskey);
        for (quint32 i = rrset.first; i < rrset.first + rrset.count; ++i) {
            const auto ds = DsRecord::parse(zone.rdata(zone.record(i)));
            if (!ds)
                continue;
            const Finding place = context.finding(Severity::Error, {}, {}, {}, {}, i);
            checkDigest(*ds, place);
            if (entry.apex && !matchesApexKey(*ds))
                noMatch(*ds, place);
            if (childKeys >= 0) {
                bool matched = false;
                const ZoneRRset& keys = zone.rrsets()[size_t(childKeys)];
                for (quint32 k = keys.first; k < keys.first + keys.count && !matched; ++k) {
                    const auto key = DnskeyRdata::parse(zone.rdata(zone.record(k)));
                    matched = key && ds->matches(zone.name(entry.name), *key);
                }
                if (!matched)
                    noMatch(*ds, place);
            }
        }
    }
    for (const ExternalDs& external : externalDs) {
        Finding place;
        place.owner = dnsNameToText(external.owner);
        place.type = QStringLiteral("DS");
        place.file = external.file;
        place.line = external.line;
        checkDigest(external.ds, place);
        if (external.owner != origin.toByteArray() || !matchesApexKey(external.ds))
            noMatch(external.ds, place);
    }

    // CDS and CDNSKEY (RFC 7344 4.1, RFC 8078 4): at the apex only, each designating a key of the DNSKEY
    // RRset, the delete form alone, and the two RRsets consistent with each other.
    std::vector<std::pair<DsRecord, qsizetype>> cdsRecords;
    std::vector<std::pair<DnskeyRdata, qsizetype>> cdnskeyRecords;
    for (const ZoneNameEntry& entry : entries) {
        for (quint32 i = entry.firstRecord; i < entry.endRecord; ++i) {
            const ZoneRecord& record = zone.record(i);
            if (record.type != TypeCds && record.type != TypeCdnskey)
                continue;
            const bool cds = record.type == TypeCds;
            const QString code = cds ? QStringLiteral("CDS_INCONSISTENT") : QStringLiteral("CDNSKEY_INCONSISTENT");
            const QString rfc = QStringLiteral("RFC 7344 4.1");
            if (!entry.apex) {
                findings.append(context.finding(Severity::Error, code,
                                                tr("A %1 record outside the zone apex.").arg(rrTypeName(record.type)),
                                                rfc, tr("Delete it; CDS and CDNSKEY belong at the apex."), i));
                continue;
            }
            if (cds) {
                if (const auto ds = DsRecord::parse(zone.rdata(record)))
                    cdsRecords.emplace_back(*ds, i);
            } else if (const auto key = DnskeyRdata::parse(zone.rdata(record))) {
                cdnskeyRecords.emplace_back(*key, i);
            }
        }
    }
    const bool cdsDelete =
        std::any_of(cdsRecords.begin(), cdsRecords.end(), [](const auto& c) { return c.first.isDeleteRequest(); });
    for (const auto& [ds, record] : cdsRecords) {
        if (ds.isDeleteRequest()) {
            if (cdsRecords.size() > 1)
                findings.append(
                    context.finding(Severity::Error, QStringLiteral("CDS_INCONSISTENT"),
                                    tr("The CDS delete request (0 0 0 00) stands beside other CDS records."),
                                    QStringLiteral("RFC 8078 4"),
                                    tr("Publish either the delete request alone or real CDS records."), record));
            continue;
        }
        checkDigest(ds, context.finding(Severity::Error, {}, {}, {}, {}, record));
        if (!matchesApexKey(ds))
            findings.append(context.finding(Severity::Error, QStringLiteral("CDS_INCONSISTENT"),
                                            tr("CDS %1 matches no key of the DNSKEY RRset.").arg(ds.rdataText()),
                                            QStringLiteral("RFC 7344 4.1"),
                                            tr("Regenerate the CDS records from the current SEP keys."), record));
        else if (!cdnskeyRecords.empty() && !cdsDelete &&
                 std::none_of(cdnskeyRecords.begin(), cdnskeyRecords.end(),
                              [&origin, &cds = ds](const auto& c) { return cds.matches(origin, c.first); }))
            findings.append(context.finding(Severity::Error, QStringLiteral("CDS_INCONSISTENT"),
                                            tr("CDS %1 has no matching CDNSKEY record.").arg(ds.rdataText()),
                                            QStringLiteral("RFC 7344 4"),
                                            tr("Publish CDS and CDNSKEY for the same set of keys."), record));
    }
    for (const auto& [key, record] : cdnskeyRecords) {
        const bool deleteRequest = key.algorithm == 0;
        if (deleteRequest) {
            if (cdnskeyRecords.size() > 1)
                findings.append(
                    context.finding(Severity::Error, QStringLiteral("CDNSKEY_INCONSISTENT"),
                                    tr("The CDNSKEY delete request (0 3 0 AA==) stands beside other CDNSKEY records."),
                                    QStringLiteral("RFC 8078 4"),
                                    tr("Publish either the delete request alone or real CDNSKEY records."), record));
            continue;
        }
        const QByteArray wire = key.toWire();
        const bool inKeySet = std::any_of(context.apexKeys.begin(), context.apexKeys.end(),
                                          [&](const ApexKey& k) { return k.rdata.toWire() == wire; });
        if (!inKeySet)
            findings.append(context.finding(Severity::Error, QStringLiteral("CDNSKEY_INCONSISTENT"),
                                            tr("CDNSKEY for key %1 is not in the DNSKEY RRset.").arg(key.keyTag()),
                                            QStringLiteral("RFC 7344 4.1"),
                                            tr("Publish only CDNSKEY records that copy a current DNSKEY."), record));
        else if (!cdsRecords.empty() && !cdsDelete &&
                 std::none_of(cdsRecords.begin(), cdsRecords.end(),
                              [&origin, &cdnskey = key](const auto& c) { return c.first.matches(origin, cdnskey); }))
            findings.append(context.finding(Severity::Error, QStringLiteral("CDNSKEY_INCONSISTENT"),
                                            tr("CDNSKEY for key %1 has no matching CDS record.").arg(key.keyTag()),
                                            QStringLiteral("RFC 7344 4"),
                                            tr("Publish CDS and CDNSKEY for the same set of keys."), record));
    }
    Q_UNUSED(apexIndex);
}

} // namespace danewerk::core
