#include "core/dnssec/ZoneValidator.h"

#include "core/dns/DnsName.h"
#include "core/dnssec/DnssecError.h"
#include "core/dnssec/KeyChecks.h"
#include "core/dnssec/Nsec3Checks.h"
#include "core/dnssec/NsecChecks.h"
#include "core/dnssec/SignatureChecks.h"
#include "core/zone/ZoneLoader.h"
#include "core/zone/ZoneStructureChecks.h"

#include <QCoreApplication>

#include <algorithm>
#include <thread>

namespace danewerk::core {

namespace {
constexpr quint16 TypeDs = 43;
constexpr quint16 TypeRrsig = 46;
constexpr quint16 TypeNsec = 47;
constexpr quint16 TypeDnskey = 48;
constexpr quint16 TypeNsec3 = 50;
constexpr quint16 TypeNsec3param = 51;
} // namespace

void ZoneValidator::validateDnssec(const Zone& zone, const ValidationOptions& options, ZoneReport& report) {
    ValidationContext context(zone);
    context.now = options.now.toSecsSinceEpoch();
    context.expiryWarning = options.expiryWarning;
    context.threads = options.threads;
    KeyChecks::collectApexKeys(context);

    qsizetype firstNsec = -1, nsecCount = 0, nsec3Count = 0;
    bool anyRrsig = false;
    for (qsizetype i = 0; i < zone.recordCount(); ++i) {
        const quint16 type = zone.record(i).type;
        if (type == TypeNsec) {
            ++nsecCount;
            if (firstNsec < 0)
                firstNsec = i;
        } else if (type == TypeNsec3 || type == TypeNsec3param) {
            ++nsec3Count;
        } else if (type == TypeRrsig) {
            anyRrsig = true;
        }
    }
    report.isSigned = anyRrsig || !context.apexKeys.empty();
    report.nsec = nsec3Count > 0  ? QStringLiteral("nsec3")
                  : nsecCount > 0 ? QStringLiteral("nsec")
                                  : QStringLiteral("none");

    KeyChecks::run(context, options.dsRecords, report.findings);
    // Signature coverage and the denial chains do not depend on the verification: one of the verification
    // threads checks them first, so that the verification is the only long pole.
    Findings coverageFindings;
    Findings chainFindings;
    SignatureChecks::run(context, report, [&] {
        SignatureChecks::runCoverage(context, report.isSigned, coverageFindings);
        if (!report.isSigned)
            return;
        if (nsec3Count > 0)
            Nsec3Checks::run(context, chainFindings);
        if (nsecCount > 0 || nsec3Count == 0)
            NsecChecks::run(context, chainFindings);
    });
    report.findings.append(coverageFindings);
    if (nsecCount > 0 && nsec3Count > 0)
        report.findings.append(context.finding(
            Severity::Error, QStringLiteral("NSEC_AND_NSEC3_MIXED"),
            QCoreApplication::translate("danewerk::core::ZoneValidator",
                                        "The zone has both NSEC and NSEC3 records; validators use one chain."),
            QStringLiteral("RFC 5155 10.4"),
            QCoreApplication::translate("danewerk::core::ZoneValidator",
                                        "Re-sign the zone with either NSEC or NSEC3 and remove the other chain."),
            firstNsec));
    report.findings.append(chainFindings);
}

ZoneReport ZoneValidator::validateZone(const Zone& zone, const ValidationOptions& options) {
    ZoneReport report;
    report.origin = dnsNameToText(zone.origin());
    report.records = zone.recordCount();
    StructureCheckOptions structureOptions;
    structureOptions.now = options.now; // DANE-TA paths in TLSA_NO_MATCH are judged at the same moment
    for (const auto& [host, file] : options.certificates) {
        QString fqdn = host.toLower();
        if (!fqdn.endsWith(QLatin1Char('.')))
            fqdn += QLatin1Char('.');
        structureOptions.certificates.insert(fqdn, file);
    }
    // The structure checks run beside the DNSSEC checks (they share nothing but the read-only zone); their
    // findings still come first, as before.
    Findings structure;
    std::thread structureThread([&] { structure = checkZoneStructure(zone, structureOptions); });
    validateDnssec(zone, options, report);
    structureThread.join();
    report.findings = structure + report.findings;
    std::stable_sort(report.findings.begin(), report.findings.end(), [](const Finding& a, const Finding& b) {
        if (a.file != b.file)
            return a.file < b.file;
        return a.line < b.line;
    });
    return report;
}

Result<std::vector<ExternalDs>> ZoneValidator::loadDsFile(const QString& path, const QString& origin) {
    ZoneLoadOptions loadOptions;
    loadOptions.origin = origin;
    auto zone = ZoneLoader::loadFile(path, loadOptions);
    if (!zone)
        return zone.error();
    std::vector<ExternalDs> records;
    for (qsizetype i = 0; i < zone->recordCount(); ++i) {
        const ZoneRecord& record = zone->record(i);
        if (record.type != TypeDs && record.type != TypeDnskey)
            continue;
        if (record.type == TypeDs) {
            if (const auto ds = DsRecord::parse(zone->rdata(record)))
                records.push_back({zone->ownerOf(record).toByteArray(), *ds, zone->fileOf(record), int(record.line)});
        } else if (const auto key = DnskeyRdata::parse(zone->rdata(record))) {
            // A DNSKEY given as trust anchor: its SHA-256 DS.
            if (const auto ds = DsRecord::fromDnskey(zone->ownerOf(record), *key, 2))
                records.push_back({zone->ownerOf(record).toByteArray(), *ds, zone->fileOf(record), int(record.line)});
        }
    }
    if (records.empty())
        return dnssecError(
            QStringLiteral("PARSE_ERROR"),
            QCoreApplication::translate("danewerk::core::ZoneValidator", "%1 holds no DS record.").arg(path), path, 1,
            1);
    return records;
}

} // namespace danewerk::core
