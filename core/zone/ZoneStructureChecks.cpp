#include "core/zone/ZoneStructureChecks.h"

#include "core/dns/DnsName.h"
#include "core/tlsa/CertificateMaterial.h"
#include "core/tlsa/TlsaMatcher.h"
#include "core/tlsa/TlsaRecord.h"
#include "core/zone/CanonicalRdata.h"
#include "core/zone/ZoneIndex.h"

#include <QCoreApplication>
#include <QSet>

namespace danewerk::core {

namespace {

constexpr quint16 TypeNs = 2;
constexpr quint16 TypeCname = 5;
constexpr quint16 TypeSoa = 6;
constexpr quint16 TypeA = 1;
constexpr quint16 TypeAaaa = 28;
constexpr quint16 TypeRrsig = 46;
constexpr quint16 TypeNsec = 47;
constexpr quint16 TypeTlsa = 52;
constexpr int MaxCnameChain = 64;

class StructureChecker {
    Q_DECLARE_TR_FUNCTIONS(danewerk::core::ZoneStructureChecks)

public:
    StructureChecker(const Zone& zone, const StructureCheckOptions& options)
        : m_zone(zone), m_index(zone), m_options(options) {}

    Findings run() {
        checkApex();
        checkRecords();
        checkRRsets();
        checkNames();
        checkCertificates();
        // Zone order: by file (top file first, includes as met) and line; zone-wide findings (line 0) lead.
        std::stable_sort(m_findings.begin(), m_findings.end(), [this](const Finding& a, const Finding& b) {
            const qsizetype fileA = m_zone.files().indexOf(a.file);
            const qsizetype fileB = m_zone.files().indexOf(b.file);
            return fileA != fileB ? fileA < fileB : a.line < b.line;
        });
        return m_findings;
    }

private:
    Finding& add(Severity severity, const QString& code, const QString& message, const QString& rfc, const QString& fix,
                 const ZoneRecord* record) {
        Finding f = Finding::make(severity, code, message, rfc, fix);
        if (record) {
            f.owner = dnsNameToText(m_zone.ownerOf(*record));
            f.type = rrTypeName(record->type);
            f.file = m_zone.fileOf(*record);
            f.line = int(record->line);
        } else {
            f.owner = m_zone.originText();
            f.file = m_zone.files().value(0);
        }
        m_findings.append(f);
        return m_findings.last();
    }

    void checkApex() {
        const std::optional<quint32> apex = m_zone.findName(m_zone.origin());
        const ZoneRRset* soa = apex ? m_index.find(*apex, TypeSoa) : nullptr;
        if (!soa) {
            Finding& f =
                add(Severity::Error, QStringLiteral("NO_SOA"),
                    tr("The zone %1 has no SOA record at its apex.").arg(m_zone.originText()),
                    QStringLiteral("RFC 1035 5.2"), tr("Add exactly one SOA record at the zone apex."), nullptr);
            f.type = QStringLiteral("SOA");
        }
        if (!apex || !m_index.find(*apex, TypeNs)) {
            const ZoneRecord* where = soa ? &m_zone.record(soa->first) : nullptr;
            Finding& f = add(Severity::Error, QStringLiteral("NO_APEX_NS"),
                             tr("The zone %1 has no NS records at its apex.").arg(m_zone.originText()),
                             QStringLiteral("RFC 1034 4.2.1"),
                             tr("Add NS records at the apex naming the zone's authoritative servers."), where);
            f.type = QStringLiteral("NS");
            f.owner = m_zone.originText();
        }
    }

    void checkRecords() {
        bool sawSoa = false;
        for (const ZoneRecord& r : m_zone.records()) {
            const QByteArrayView owner = m_zone.ownerOf(r);
            if (!m_index.inZone(owner)) {
                add(Severity::Error, QStringLiteral("OUT_OF_ZONE"),
                    tr("%1 lies outside the zone %2.").arg(dnsNameToText(owner), m_zone.originText()),
                    QStringLiteral("RFC 1034 4.2.1"), tr("Remove the record or move it to the zone it belongs to."),
                    &r);
            }
            if (r.type == TypeSoa) {
                if (sawSoa || owner != m_zone.origin()) {
                    add(Severity::Error, QStringLiteral("MULTIPLE_SOA"),
                        owner != m_zone.origin() ? tr("SOA record at %1, which is not the zone apex %2.")
                                                       .arg(dnsNameToText(owner), m_zone.originText())
                                                 : tr("More than one SOA record at the zone apex."),
                        QStringLiteral("RFC 1035 5.2"), tr("Keep exactly one SOA record, at the apex."), &r);
                }
                if (owner == m_zone.origin())
                    sawSoa = true;
            }
            if (r.type == TypeTlsa)
                checkTlsa(r);
        }
    }

    void checkTlsa(const ZoneRecord& r) {
        const QByteArrayView data = m_zone.rdata(r);
        if (data.size() < 3) {
            add(Severity::Error, QStringLiteral("TLSA_MALFORMED"), tr("The TLSA record is truncated."),
                QStringLiteral("RFC 6698 2.1"), tr("Regenerate the TLSA record from the certificate."), &r);
            return;
        }
        const int usage = std::uint8_t(data[0]);
        const int selector = std::uint8_t(data[1]);
        const int mtype = std::uint8_t(data[2]);
        const qsizetype digestLength = data.size() - 3;
        QString problem;
        if (usage > 3 && usage != 255)
            problem = tr("unknown certificate usage %1").arg(usage);
        else if (selector > 1 && selector != 255)
            problem = tr("unknown selector %1").arg(selector);
        else if (mtype > 2 && mtype != 255)
            problem = tr("unknown matching type %1").arg(mtype);
        else if (mtype == 1 && digestLength != 32)
            problem = tr("a SHA-256 digest has 32 octets, this one %1").arg(digestLength);
        else if (mtype == 2 && digestLength != 64)
            problem = tr("a SHA-512 digest has 64 octets, this one %1").arg(digestLength);
        else if (digestLength == 0)
            problem = tr("no certificate association data");
        if (!problem.isEmpty()) {
            add(Severity::Error, QStringLiteral("TLSA_MALFORMED"), tr("Malformed TLSA record: %1.").arg(problem),
                QStringLiteral("RFC 6698 2.1"), tr("Regenerate the TLSA record from the certificate."), &r);
        }
        const QByteArrayView owner = m_zone.ownerOf(r);
        static const QByteArray smtpPrefix("\x03_25\x04_tcp", 9);
        if (owner.startsWith(smtpPrefix) && (usage == 0 || usage == 1)) {
            add(Severity::Warning, QStringLiteral("TLSA_USAGE_PKIX_FOR_SMTP"),
                tr("TLSA usage %1 (%2) at an SMTP server: SMTP clients treat it as unusable.")
                    .arg(usage)
                    .arg(usage == 0 ? QStringLiteral("PKIX-TA") : QStringLiteral("PKIX-EE")),
                QStringLiteral("RFC 7672 3.1.3"), tr("Use DANE-EE (3) or DANE-TA (2) for SMTP."), &r);
        }
    }

    void checkRRsets() {
        for (const ZoneRRset& rrset : m_zone.rrsets()) {
            const ZoneRecord& first = m_zone.record(rrset.first);
            for (quint32 i = rrset.first + 1; i < rrset.first + rrset.count; ++i) {
                const ZoneRecord& r = m_zone.record(i);
                const ZoneRecord& previous = m_zone.record(i - 1);
                if (canonicalRdataCompare(r.type, m_zone.rdata(r), m_zone.rdata(previous)) == 0) {
                    add(Severity::Notice, QStringLiteral("DUPLICATE_RECORD"),
                        previous.file == r.file
                            ? tr("Identical record already on line %1; servers keep only one.").arg(previous.line)
                            : tr("Identical record already at %1:%2; servers keep only one.")
                                  .arg(m_zone.fileOf(previous))
                                  .arg(previous.line),
                        QStringLiteral("RFC 2181 5"), tr("Remove the duplicate record."), &r);
                }
            }
            if (first.type != TypeRrsig) {
                for (quint32 i = rrset.first + 1; i < rrset.first + rrset.count; ++i) {
                    const ZoneRecord& r = m_zone.record(i);
                    if (r.ttl != first.ttl) {
                        add(Severity::Warning, QStringLiteral("TTL_MISMATCH_IN_RRSET"),
                            tr("The records of this RRset have different TTLs (%1 and %2).").arg(first.ttl).arg(r.ttl),
                            QStringLiteral("RFC 2181 5.2"), tr("Give every record of the RRset the same TTL."), &r);
                        break;
                    }
                }
            }
            if (first.type == TypeTlsa && rrset.count == 1 && m_index.inZone(m_zone.ownerOf(first))) {
                add(Severity::Notice, QStringLiteral("TLSA_NO_ROLLOVER_RECORD"),
                    tr("Only one TLSA record: there is no record for the next key or certificate."),
                    QStringLiteral("RFC 7671 8.1"),
                    tr("Publish a TLSA record for the next key before you change certificates (\"current + next\")."),
                    &first);
            }
            if (first.type == TypeNs)
                checkGlue(rrset);
        }
    }

    void checkGlue(const ZoneRRset& rrset) {
        const ZoneRecord& first = m_zone.record(rrset.first);
        const QByteArrayView owner = m_zone.ownerOf(first);
        if (!m_index.inZone(owner))
            return;
        for (quint32 i = rrset.first; i < rrset.first + rrset.count; ++i) {
            const ZoneRecord& r = m_zone.record(i);
            const QByteArray target = ZoneIndex::rdataName(m_zone.rdata(r), 0);
            if (target.isEmpty() || !m_index.inZone(target))
                continue;
            // Sibling glue (a target in another delegation of this zone) is optional.
            const std::optional<quint32> cut = m_index.enclosingDelegation(target);
            if (cut && m_zone.name(*cut) != owner)
                continue;
            if (m_index.find(target, TypeA) || m_index.find(target, TypeAaaa))
                continue;
            add(Severity::Error, QStringLiteral("MISSING_GLUE"),
                tr("The name server %1 lies inside the zone but has no A or AAAA record.").arg(dnsNameToText(target)),
                QStringLiteral("RFC 1034 4.2.1"), tr("Add A and/or AAAA records for %1.").arg(dnsNameToText(target)),
                &r);
        }
    }

    void checkNames() {
        for (quint32 name = 0; name < quint32(m_zone.nameCount()); ++name) {
            const ZoneRRset* cname = m_index.find(name, TypeCname);
            if (!cname)
                continue;
            QStringList others;
            const auto [first, count] = m_index.rrsetsOf(name);
            for (quint32 i = first; i < first + count; ++i) {
                const quint16 type = m_zone.record(m_zone.rrsets()[i].first).type;
                if (type != TypeCname && type != TypeRrsig && type != TypeNsec)
                    others.append(rrTypeName(type));
            }
            const ZoneRecord& record = m_zone.record(cname->first);
            if (!others.isEmpty() || cname->count > 1) {
                if (cname->count > 1)
                    others.prepend(tr("a second CNAME"));
                add(Severity::Error, QStringLiteral("CNAME_AND_OTHER_DATA"),
                    tr("%1 has a CNAME and other data (%2).")
                        .arg(dnsNameToText(m_zone.name(name)), others.join(QStringLiteral(", "))),
                    QStringLiteral("RFC 1034 3.6.2, RFC 2181 10.1"),
                    tr("Keep either the CNAME or the other records at this name."), &record);
            }
            checkCnameLoop(name, record);
        }
    }

    // Follows the CNAME chain from `start`; reports a loop once, at the loop's first name in zone order.
    void checkCnameLoop(quint32 start, const ZoneRecord& record) {
        QList<quint32> chain{start};
        quint32 current = start;
        for (int step = 0; step < MaxCnameChain; ++step) {
            const ZoneRRset* cname = m_index.find(current, TypeCname);
            if (!cname)
                return;
            const QByteArray target = ZoneIndex::rdataName(m_zone.rdata(m_zone.record(cname->first)), 0);
            const std::optional<quint32> next = m_zone.findName(target);
            if (!next)
                return;
            const qsizetype seen = chain.indexOf(*next);
            if (seen >= 0) {
                const QList<quint32> loop = chain.mid(seen);
                // Report only from the loop member that comes first, so a loop gives one finding.
                if (start != *std::min_element(loop.begin(), loop.end(), [&](quint32 a, quint32 b) {
                        return dnsNameCanonicalCompare(m_zone.name(a), m_zone.name(b)) < 0;
                    }))
                    return;
                QStringList names;
                for (const quint32 n : loop)
                    names.append(dnsNameToText(m_zone.name(n)));
                names.append(dnsNameToText(m_zone.name(loop.front())));
                add(Severity::Error, QStringLiteral("CNAME_LOOP"),
                    tr("CNAME loop: %1.").arg(names.join(QStringLiteral(" -> "))), QStringLiteral("RFC 1034 3.6.2"),
                    tr("Point one of the CNAMEs at a name with data."), &record);
                return;
            }
            chain.append(*next);
            current = *next;
        }
    }

    // --cert HOST=FILE: does the certificate match the TLSA records at _25._tcp.HOST (RFC 7672)?
    void checkCertificates() {
        QStringList hosts = m_options.certificates.keys();
        hosts.sort();
        for (const QString& host : hosts)
            checkCertificate(host, m_options.certificates.value(host));
    }

    void checkCertificate(const QString& host, const QString& file) {
        QString hostName = host.toLower();
        if (hostName.endsWith(QLatin1Char('.')))
            hostName.chop(1);
        const QString owner = tlsaOwnerName(hostName, 25);
        const Result<QByteArray> ownerWire = dnsNameFromText(owner);
        const ZoneRRset* rrset = ownerWire ? m_index.find(*ownerWire, TypeTlsa) : nullptr;
        const ZoneRecord* where = rrset ? &m_zone.record(rrset->first) : nullptr;
        auto noMatch = [&](const QString& message, const QString& fix) {
            Finding& f = add(Severity::Error, QStringLiteral("TLSA_NO_MATCH"), message, QStringLiteral("RFC 7672 3"),
                             fix, where);
            f.owner = owner;
            f.type = QStringLiteral("TLSA");
            f.host = hostName;
        };
        const Result<CertificateMaterial> material = CertificateLoader::loadFile(file);
        if (!material) {
            noMatch(tr("The certificate for %1 cannot be checked: %2").arg(hostName, material.error().toString()),
                    tr("Give a readable certificate, chain, key or request in PEM or DER."));
            return;
        }
        if (!rrset) {
            noMatch(tr("There are no TLSA records at %1 to match the certificate %2.").arg(owner, file),
                    tr("Publish a TLSA record for the certificate (e.g. 3 1 1) at %1.").arg(owner));
            return;
        }
        QList<TlsaRecord> records;
        for (quint32 i = rrset->first; i < rrset->first + rrset->count; ++i) {
            const ZoneRecord& r = m_zone.record(i);
            const QByteArrayView data = m_zone.rdata(r);
            if (data.size() < 3)
                continue;
            TlsaRecord record;
            record.owner = owner;
            record.ttl = r.ttl;
            record.usage = std::uint8_t(data[0]);
            record.selector = std::uint8_t(data[1]);
            record.mtype = std::uint8_t(data[2]);
            record.data = data.sliced(3).toByteArray();
            records.append(record);
        }
        QList<CertificateInfo> chain = material->chain;
        if (chain.isEmpty() && !material->spkiDer.isEmpty()) {
            CertificateInfo key; // a bare key or a request: only SPKI records (selector 1) can match it
            key.spkiDer = material->spkiDer;
            chain.append(key);
        }
        PreflightOptions preflightOptions;
        preflightOptions.host = hostName;
        preflightOptions.port = 25;
        preflightOptions.now = m_options.now;
        const TlsaPreflight preflight = verifyTlsa(chain, records, preflightOptions);
        if (preflight.verdict == TlsaVerdict::Match)
            return;
        QString reason;
        for (const Finding& f : preflight.findings) {
            if (f.severity == Severity::Error) {
                reason = f.message;
                break;
            }
        }
        noMatch(tr("The certificate %1 matches no usable TLSA record at %2 (%3).")
                    .arg(file, owner, reason.isEmpty() ? tlsaVerdictName(preflight.verdict) : reason),
                tr("Publish a TLSA record for this certificate (e.g. 3 1 1) before it is installed."));
    }

    const Zone& m_zone;
    ZoneIndex m_index;
    const StructureCheckOptions& m_options;
    Findings m_findings;
};

} // namespace

Findings checkZoneStructure(const Zone& zone, const StructureCheckOptions& options) {
    return StructureChecker(zone, options).run();
}

} // namespace danewerk::core
