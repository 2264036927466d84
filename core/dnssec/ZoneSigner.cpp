#include "core/dnssec/ZoneSigner.h"

#include "core/dns/DnsName.h"
#include "core/dnssec/DnssecError.h"
#include "core/dnssec/Nsec3Hash.h"
#include "core/dnssec/RrsigRdata.h"
#include "core/dnssec/SigningInput.h"
#include "core/dnssec/TypeBitmap.h"
#include "core/dnssec/ZoneNameMap.h"
#include "core/zone/ZoneLoader.h"

#include <QCoreApplication>
#include <QThread>
#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>
#include <map>
#include <set>

namespace danewerk::core {

namespace {

constexpr quint16 TypeSoa = 6;
constexpr quint16 TypeDs = 43;
constexpr quint16 TypeRrsig = 46;
constexpr quint16 TypeNsec = 47;
constexpr quint16 TypeDnskey = 48;
constexpr quint16 TypeNsec3 = 50;
constexpr quint16 TypeNsec3param = 51;
constexpr quint16 TypeNs = 2;

quint32 soaMinimum(QByteArrayView rdata) {
    if (rdata.size() < 4)
        return 3600;
    const auto* p = reinterpret_cast<const quint8*>(rdata.data() + rdata.size() - 4);
    return (quint32(p[0]) << 24) | (quint32(p[1]) << 16) | (quint32(p[2]) << 8) | p[3];
}

bool isStripped(quint16 type) {
    return type == TypeRrsig || type == TypeNsec || type == TypeNsec3 || type == TypeNsec3param;
}

QByteArray nsec3ParamRdata(const SigningOptions& options, quint8 flags) {
    QByteArray rdata;
    rdata.append(char(1)).append(char(flags));
    rdata.append(char(options.nsec3Iterations >> 8)).append(char(options.nsec3Iterations & 0xff));
    rdata.append(char(options.nsec3Salt.size())).append(options.nsec3Salt);
    return rdata;
}

// What one name carries after stripping, for the chain.
struct NameTypes {
    quint32 name;
    std::vector<quint16> types;
    bool delegation;
    bool hasDs;
};

struct SignJob {
    quint32 rrset;
    int key;
    QByteArray rrsig; // result: RRSIG RDATA
    QString error;
};

} // namespace

Result<Zone> ZoneSigner::sign(const Zone& zone, const QList<DnssecKey>& keys, const SigningOptions& options) {
    if (keys.isEmpty())
        return dnssecError(QStringLiteral("NO_KEYS"), QCoreApplication::translate("danewerk::core::ZoneSigner",
                                                                                  "Signing needs at least one key."));
    for (const DnssecKey& key : keys) {
        if (!key.hasPrivateKey())
            return dnssecError(
                QStringLiteral("KEY_NOT_PRIVATE"),
                QCoreApplication::translate("danewerk::core::ZoneSigner", "Key %1 has no private key and cannot sign.")
                    .arg(key.keyTag()));
        if (key.owner() != zone.origin().toByteArray())
            return dnssecError(
                QStringLiteral("KEY_WRONG_ZONE"),
                QCoreApplication::translate("danewerk::core::ZoneSigner", "Key %1 belongs to %2, not to %3.")
                    .arg(key.keyTag())
                    .arg(key.ownerText(), zone.originText()));
    }
    if (!options.inception.isValid() || !options.expiration.isValid() || options.expiration <= options.inception)
        return dnssecError(QStringLiteral("VALIDITY_INVALID"),
                           QCoreApplication::translate(
                               "danewerk::core::ZoneSigner",
                               "The signature validity window is empty: the expiration must follow the inception."));
    if (options.nsec3Iterations < 0 || options.nsec3Iterations > 65535 || options.nsec3Salt.size() > 255)
        return dnssecError(
            QStringLiteral("NSEC3_PARAMETERS_INVALID"),
            QCoreApplication::translate("danewerk::core::ZoneSigner", "NSEC3 iterations or salt out of range."));

    const ZoneNameMap names(zone);
    if (names.apexEntry() < 0)
        return dnssecError(
            QStringLiteral("NO_SOA"),
            QCoreApplication::translate("danewerk::core::ZoneSigner", "The zone has no records at its apex."));
    const ZoneNameEntry& apex = names.entries()[size_t(names.apexEntry())];
    const int soaSet = names.findRRset(apex, TypeSoa);
    if (soaSet < 0)
        return dnssecError(QStringLiteral("NO_SOA"),
                           QCoreApplication::translate("danewerk::core::ZoneSigner", "The zone has no SOA record."));
    const ZoneRecord& soa = zone.record(zone.rrsets()[size_t(soaSet)].first);
    const quint32 negativeTtl = std::min(soa.ttl, soaMinimum(zone.rdata(soa))); // RFC 9077
    const quint32 dnskeyTtl = options.dnskeyTtl.value_or(soa.ttl);

    // The base zone: kept records, DNSKEYs, the NSEC or NSEC3 chain.
    Zone base;
    base.setOrigin(zone.origin().toByteArray());
    for (const QString& file : zone.files())
        base.addFile(file);
    if (base.files().isEmpty())
        base.addFile(QString());
    std::set<QByteArray> apexKeys;
    std::vector<NameTypes> chainNames;
    for (const ZoneNameEntry& entry : names.entries()) {
        NameTypes types{entry.name, {}, entry.delegation, false};
        quint32 owner = 0;
        bool interned = false;
        for (quint32 i = entry.firstRecord; i < entry.endRecord; ++i) {
            const ZoneRecord& record = zone.record(i);
            if (isStripped(record.type))
                continue;
            if (entry.apex && record.type == TypeDnskey)
                apexKeys.insert(zone.rdata(record).toByteArray());
            if (!interned) {
                owner = base.internName(zone.ownerOf(record));
                interned = true;
            }
            base.addRecord(owner, record.type, record.rclass, record.ttl, zone.rdata(record), record.file, record.line);
            if (types.types.empty() || types.types.back() != record.type)
                types.types.push_back(record.type);
            types.hasDs = types.hasDs || record.type == TypeDs;
        }
        if (!interned || entry.occluded || entry.outOfZone)
            continue;
        if (entry.apex) {
            types.types.push_back(TypeDnskey);
            if (options.nsec3)
                types.types.push_back(TypeNsec3param);
        }
        chainNames.push_back(std::move(types));
    }
    const quint32 apexName = base.internName(zone.origin());
    for (const DnssecKey& key : keys) {
        const QByteArray rdata = key.dnskeyRdata();
        if (apexKeys.insert(rdata).second)
            base.addRecord(apexName, TypeDnskey, 1, dnskeyTtl, rdata, 0, 0);
    }

    if (!options.nsec3) {
        for (size_t i = 0; i < chainNames.size(); ++i) {
            const NameTypes& current = chainNames[i];
            std::vector<quint16> bitmap = {TypeNsec, TypeRrsig};
            for (quint16 type : current.types)
                if (!current.delegation || type == TypeNs || type == TypeDs)
                    bitmap.push_back(type);
            const QByteArrayView next = zone.name(chainNames[(i + 1) % chainNames.size()].name);
            const QByteArray rdata = next.toByteArray() + TypeBitmap::encode(bitmap);
            base.addRecord(base.internName(zone.name(current.name)), TypeNsec, 1, negativeTtl, rdata, 0, 0);
        }
    } else {
        // Hashed owners: every authoritative name plus the empty non-terminals above them.
        std::map<QByteArray, std::vector<quint16>> hashed; // hash -> bitmap types
        std::set<QByteArray> existing;
        for (const NameTypes& n : chainNames)
            existing.insert(zone.name(n.name).toByteArray());
        const QByteArrayView origin = zone.origin();
        for (const NameTypes& n : chainNames) {
            if (options.nsec3OptOut && n.delegation && !n.hasDs)
                continue;
            std::vector<quint16> bitmap;
            for (quint16 type : n.types)
                if (!n.delegation || type == TypeNs || type == TypeDs)
                    bitmap.push_back(type);
            if (!n.delegation || n.hasDs)
                bitmap.push_back(TypeRrsig);
            const QByteArrayView name = zone.name(n.name);
            hashed[Nsec3Hash::hash(name, options.nsec3Salt, options.nsec3Iterations)] = bitmap;
            for (QByteArrayView parent = dnsNameParent(name);
                 parent.size() > origin.size() && dnsNameIsSubdomain(parent, origin); parent = dnsNameParent(parent)) {
                const QByteArray parentName = parent.toByteArray();
                if (existing.count(parentName))
                    break;
                existing.insert(parentName);
                hashed.try_emplace(Nsec3Hash::hash(parent, options.nsec3Salt, options.nsec3Iterations));
            }
        }
        const QByteArray flags = QByteArray(1, options.nsec3OptOut ? '\x01' : '\x00');
        const QByteArray params = nsec3ParamRdata(options, 0).mid(2); // iterations, salt length, salt
        for (auto it = hashed.begin(); it != hashed.end(); ++it) {
            auto next = std::next(it);
            if (next == hashed.end())
                next = hashed.begin();
            QByteArray rdata = QByteArray(1, '\x01') + flags + params;
            rdata.append(char(next->first.size())).append(next->first).append(TypeBitmap::encode(it->second));
            const QByteArray label = Nsec3Hash::toBase32Hex(it->first);
            const QByteArray owner = char(label.size()) + label + origin.toByteArray();
            base.addRecord(base.internName(owner), TypeNsec3, 1, negativeTtl, rdata, 0, 0);
        }
        base.addRecord(apexName, TypeNsec3param, 1, 0, nsec3ParamRdata(options, 0), 0, 0);
    }
    base.finalize();

    // Which keys sign what: per algorithm, SEP keys sign the DNSKEY RRset and the others sign the rest; an
    // algorithm with only one kind of key uses it for both (a CSK).
    std::set<int> algorithms, withSep, withoutSep;
    for (const DnssecKey& key : keys) {
        algorithms.insert(key.algorithm());
        (key.isSep() ? withSep : withoutSep).insert(key.algorithm());
    }
    const auto signsKeySet = [&](const DnssecKey& key) { return key.isSep() || !withSep.count(key.algorithm()); };
    const auto signsData = [&](const DnssecKey& key) {
        return !key.isRevoked() && (!key.isSep() || !withoutSep.count(key.algorithm()));
    };

    const ZoneNameMap baseNames(base);
    std::vector<SignJob> jobs;
    const auto& rrsets = base.rrsets();
    for (quint32 r = 0; r < rrsets.size(); ++r) {
        const ZoneNameEntry& entry = baseNames.entries()[baseNames.entryOfRRset(r)];
        const quint16 type = base.record(rrsets[r].first).type;
        if (!baseNames.isAuthoritative(entry, type))
            continue;
        for (int k = 0; k < keys.size(); ++k)
            if (type == TypeDnskey && entry.apex ? signsKeySet(keys[k]) : signsData(keys[k]))
                jobs.push_back({r, k, {}, {}});
    }

    const quint32 inception = quint32(options.inception.toSecsSinceEpoch());
    const quint32 expiration = quint32(options.expiration.toSecsSinceEpoch());
    const auto signOne = [&](SignJob& job) {
        const ZoneRRset& set = rrsets[job.rrset];
        const ZoneRecord& first = base.record(set.first);
        const DnssecKey& key = keys[job.key];
        const QByteArrayView owner = base.ownerOf(first);
        int labels = dnsNameLabelCount(owner);
        if (owner.size() > 2 && owner[0] == 1 && owner[1] == '*')
            --labels;
        quint32 ttl = first.ttl;
        std::vector<QByteArrayView> rdatas;
        rdatas.reserve(set.count);
        for (quint32 i = set.first; i < set.first + set.count; ++i) {
            rdatas.push_back(base.rdata(base.record(i)));
            ttl = std::min(ttl, base.record(i).ttl);
        }
        const QByteArray header = RrsigRdata::header(first.type, quint8(key.algorithm()), quint8(labels), ttl,
                                                     expiration, inception, key.keyTag(), base.origin());
        QByteArray data;
        SigningInput::build(data, header, owner, first.type, first.rclass, ttl, labels, rdatas);
        auto signature = key.sign(data);
        if (!signature) {
            job.error = signature.error().message;
            return;
        }
        job.rrsig = header + *signature;
    };
    constexpr size_t chunk = 256;
    std::vector<std::pair<size_t, size_t>> ranges;
    for (size_t start = 0; start < jobs.size(); start += chunk)
        ranges.emplace_back(start, std::min(jobs.size(), start + chunk));
    QThreadPool pool;
    pool.setMaxThreadCount(options.threads > 0 ? options.threads : QThread::idealThreadCount());
    QtConcurrent::blockingMap(&pool, ranges, [&](const std::pair<size_t, size_t>& range) {
        for (size_t j = range.first; j < range.second; ++j)
            signOne(jobs[j]);
    });

    Zone signedZone;
    signedZone.setOrigin(base.origin().toByteArray());
    for (const QString& file : base.files())
        signedZone.addFile(file);
    quint32 lastOwner = std::numeric_limits<quint32>::max();
    quint32 mapped = 0;
    for (qsizetype i = 0; i < base.recordCount(); ++i) {
        const ZoneRecord& record = base.record(i);
        if (record.owner != lastOwner) {
            mapped = signedZone.internName(base.ownerOf(record));
            lastOwner = record.owner;
        }
        signedZone.addRecord(mapped, record.type, record.rclass, record.ttl, base.rdata(record), record.file,
                             record.line);
    }
    for (const SignJob& job : jobs) {
        if (!job.error.isEmpty())
            return dnssecError(QStringLiteral("SIGNING_FAILED"), job.error);
        const ZoneRecord& first = base.record(rrsets[job.rrset].first);
        quint32 ttl = first.ttl;
        for (quint32 i = rrsets[job.rrset].first; i < rrsets[job.rrset].first + rrsets[job.rrset].count; ++i)
            ttl = std::min(ttl, base.record(i).ttl);
        signedZone.addRecord(signedZone.internName(base.ownerOf(first)), TypeRrsig, first.rclass, ttl, job.rrsig, 0, 0);
    }
    signedZone.finalize();
    return signedZone;
}

Result<QByteArray> ZoneSigner::signText(const QByteArray& sourceText, const QString& origin,
                                        const QList<DnssecKey>& keys, const SigningOptions& options) {
    ZoneLoadOptions loadOptions;
    loadOptions.origin = origin;
    auto zone = ZoneLoader::loadText(sourceText, QStringLiteral("zone"), loadOptions);
    if (!zone)
        return zone.error();
    auto signedZone = sign(*zone, keys, options);
    if (!signedZone)
        return signedZone.error();
    return zoneText(*signedZone);
}

QByteArray ZoneSigner::zoneText(const Zone& zone) {
    QByteArray text;
    text.reserve(zone.recordCount() * 80);
    // The SOA first, as people and some tools expect; then everything in canonical order.
    for (int pass = 0; pass < 2; ++pass) {
        for (qsizetype i = 0; i < zone.recordCount(); ++i) {
            const ZoneRecord& record = zone.record(i);
            const bool isApexSoa = record.type == TypeSoa && zone.ownerOf(record) == zone.origin();
            if (isApexSoa != (pass == 0))
                continue;
            text.append(zone.recordText(i).toUtf8());
            text.append('\n');
        }
    }
    return text;
}

} // namespace danewerk::core
