#include "core/dnssec/SignatureChecks.h"

#include "core/common/TimeFormat.h"
#include "core/dns/DnsName.h"
#include "core/dnssec/DnssecAlgorithm.h"
#include "core/dnssec/RrsigRdata.h"
#include "core/dnssec/SignatureVerifier.h"
#include "core/dnssec/SigningInput.h"

#include <QThread>

#include <algorithm>
#include <atomic>
#include <thread>
#include <unordered_map>

namespace danewerk::core {

namespace {

constexpr quint16 TypeDs = 43;
constexpr quint16 TypeRrsig = 46;
constexpr quint16 TypeNsec = 47;
constexpr quint16 TypeDnskey = 48;
constexpr quint16 TypeCds = 59;
constexpr quint16 TypeCdnskey = 60;
constexpr qint64 kMaxValidity = 180 * 86400;
constexpr qint64 kMinValidity = 12 * 3600;

enum class Status : quint8 { Valid, NoKey, Invalid, Expired, NotYetValid };

struct Outcome {
    Status status = Status::Valid;
    bool cryptoValid = false;
    bool malformed = false;
    bool noRRset = false;
    bool unsupported = false;
    bool expired = false;
    bool notYetValid = false;
    bool expiresSoon = false;
    bool ttlExceeds = false;
    bool onDelegation = false; // at a delegation or below one, over a type not signed there
    int verifiedKey = -1;
    qint64 expiration = 0;
    qint64 inception = 0;
    // What the findings name, read while the RDATA is at hand (reading it again in the sequential pass
    // would miss the cache once per signature).
    quint16 covered = 0;
    quint16 tag = 0;
    quint8 algorithm = 0;
};

QDateTime instant(qint64 seconds) {
    return QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC);
}

} // namespace

void SignatureChecks::run(const ValidationContext& context, ZoneReport& report,
                          const std::function<void()>& alongside) {
    const Zone& zone = context.zone;
    const ZoneNameMap& names = context.names;
    const auto& rrsets = zone.rrsets();

    // Every RRSIG record with the name it sits at (known here from its RRset, so that neither the parallel
    // part nor the sequential one below has to search for it).
    std::vector<quint32> signatures;
    std::vector<quint32> signatureEntries;
    for (quint32 r = 0; r < rrsets.size(); ++r) {
        const ZoneRRset& set = rrsets[r];
        if (zone.record(set.first).type != TypeRrsig)
            continue;
        for (quint32 i = set.first; i < set.first + set.count; ++i) {
            signatures.push_back(i);
            signatureEntries.push_back(names.entryOfRRset(r));
        }
    }

    std::unordered_multimap<quint32, int> keysByTag; // (tag << 8 | algorithm) -> apex key index
    for (int k = 0; k < int(context.apexKeys.size()); ++k) {
        const ApexKey& key = context.apexKeys[size_t(k)];
        if (key.rdata.isZoneKey() && key.rdata.protocol == 3)
            keysByTag.emplace((quint32(key.tag) << 8) | key.rdata.algorithm, k);
    }

    const qint64 now = context.now;
    const quint32 now32 = quint32(now);
    const auto absolute = [&](quint32 serial) { return now + qint32(serial - now32); }; // RFC 4034 3.1.5
    const QByteArray origin = zone.origin().toByteArray();

    std::vector<Outcome> outcomes(signatures.size());
    const auto evaluate = [&](SignatureVerifier& verifier, QByteArray& buffer, std::vector<QByteArrayView>& rdatas,
                              size_t index) {
        Outcome& out = outcomes[index];
        const ZoneRecord& record = zone.record(signatures[index]);
        const QByteArrayView rdata = zone.rdata(record);
        out.covered = rdata.size() >= 2 ? quint16((quint8(rdata[0]) << 8) | quint8(rdata[1])) : 0;
        out.algorithm = rdata.size() >= 3 ? quint8(rdata[2]) : 0;
        out.tag = rdata.size() >= 18 ? quint16((quint8(rdata[16]) << 8) | quint8(rdata[17])) : 0;
        const ZoneNameEntry& entry = names.entries()[signatureEntries[index]];
        out.onDelegation = entry.occluded || (entry.delegation && out.covered != TypeDs && out.covered != TypeNsec);
        const auto rrsig = RrsigRdata::parse(rdata);
        if (!rrsig) {
            out.malformed = true;
            out.status = Status::Invalid;
            return;
        }
        out.expiration = absolute(rrsig->expiration);
        out.inception = absolute(rrsig->inception);
        out.expired = out.expiration < now;
        out.notYetValid = out.inception > now;
        out.expiresSoon = !out.expired && out.expiration - now < context.expiryWarning;

        // The covered RRset at the same name.
        int covered = -1;
        for (quint32 r = entry.firstRRset; r < entry.endRRset; ++r)
            if (zone.record(rrsets[r].first).type == rrsig->typeCovered &&
                zone.record(rrsets[r].first).rclass == record.rclass) {
                covered = int(r);
                break;
            }
        if (covered >= 0) {
            const ZoneRRset& set = rrsets[size_t(covered)];
            for (quint32 i = set.first; i < set.first + set.count; ++i)
                out.ttlExceeds = out.ttlExceeds || zone.record(i).ttl > rrsig->originalTtl;
        }
        out.ttlExceeds = out.ttlExceeds || record.ttl > rrsig->originalTtl;

        // The key: signer must be the apex, tag and algorithm must match a zone key.
        bool signerIsApex = rrsig->signerName.size() == origin.size();
        for (qsizetype i = 0; signerIsApex && i < origin.size(); ++i) {
            char c = rrsig->signerName[i];
            if (c >= 'A' && c <= 'Z')
                c = char(c + 32);
            signerIsApex = c == origin[i];
        }
        const auto range = keysByTag.equal_range((quint32(rrsig->keyTag) << 8) | rrsig->algorithm);
        if (!signerIsApex || range.first == range.second) {
            out.status = Status::NoKey;
            return;
        }
        if (covered < 0) {
            out.noRRset = true;
            out.status = Status::Invalid;
            return;
        }
        const QByteArrayView owner = zone.name(entry.name);
        if (rrsig->labels > dnsNameLabelCount(owner)) {
            out.status = Status::Invalid;
            return;
        }
        const ZoneRRset& set = rrsets[size_t(covered)];
        rdatas.clear();
        for (quint32 i = set.first; i < set.first + set.count; ++i)
            rdatas.push_back(zone.rdata(zone.record(i)));
        SigningInput::build(buffer, zone.rdata(record).first(rrsig->signedPartLength), owner, rrsig->typeCovered,
                            record.rclass, rrsig->originalTtl, rrsig->labels, rdatas);
        for (auto it = range.first; it != range.second; ++it) {
            const ApexKey& key = context.apexKeys[size_t(it->second)];
            if (!key.evp) {
                out.unsupported = true;
                continue;
            }
            if (verifier.verify(rrsig->algorithm, key.evp.get(), buffer, rrsig->signature)) {
                out.cryptoValid = true;
                out.verifiedKey = it->second;
                break;
            }
        }
        out.status = !out.cryptoValid  ? Status::Invalid
                     : out.expired     ? Status::Expired
                     : out.notYetValid ? Status::NotYetValid
                                       : Status::Valid;
    };

    const int threads = std::max(1, context.threads > 0 ? context.threads : QThread::idealThreadCount());
    // Chunks small enough to balance the cores, large enough to keep the shared counter cold.
    const size_t chunk = std::clamp<size_t>(signatures.size() / (size_t(threads) * 8), 8, 512);
    std::atomic<size_t> next{0};
    const auto worker = [&] {
        SignatureVerifier verifier;
        QByteArray buffer;
        buffer.reserve(4096);
        std::vector<QByteArrayView> rdatas;
        for (size_t start = next.fetch_add(chunk); start < signatures.size(); start = next.fetch_add(chunk))
            for (size_t i = start; i < std::min(signatures.size(), start + chunk); ++i)
                evaluate(verifier, buffer, rdatas, i);
    };
    if (threads == 1 || signatures.size() <= chunk) {
        if (alongside)
            alongside();
        worker();
    } else {
        std::vector<std::thread> pool;
        pool.emplace_back([&] {
            if (alongside)
                alongside();
            worker();
        });
        for (int t = 2; t < threads; ++t)
            pool.emplace_back(worker);
        worker();
        for (std::thread& thread : pool)
            thread.join();
    }

    // Buckets, findings and key roles, in zone order.
    std::vector<bool> signsKeySet(context.apexKeys.size()), signsData(context.apexKeys.size());
    SignatureCounts& counts = report.signatures;
    Findings& findings = report.findings;
    for (size_t i = 0; i < signatures.size(); ++i) {
        const Outcome& out = outcomes[i];
        const qsizetype recordIndex = signatures[i];
        const quint16 covered = out.covered;
        const int algorithm = out.algorithm;
        const int tag = out.tag;
        // Described only for a finding: most signatures have none, and formatting costs more than checking.
        const auto describe = [&] {
            return tr("RRSIG over %1 (key %2, algorithm %3)").arg(rrTypeName(covered)).arg(tag).arg(algorithm);
        };
        ++counts.total;
        switch (out.status) {
        case Status::Valid:
            ++counts.valid;
            break;
        case Status::NoKey:
            ++counts.noKey;
            break;
        case Status::Invalid:
            ++counts.invalid;
            break;
        case Status::Expired:
            ++counts.expired;
            break;
        case Status::NotYetValid:
            ++counts.notYetValid;
            break;
        }
        if (out.verifiedKey >= 0) {
            const bool keySet =
                (covered == TypeDnskey || covered == TypeCds || covered == TypeCdnskey) &&
                zone.record(recordIndex).owner == zone.record(context.apexKeys[size_t(out.verifiedKey)].record).owner;
            (keySet ? signsKeySet : signsData)[size_t(out.verifiedKey)] = true;
        }
        if (out.onDelegation)
            findings.append(context.finding(
                Severity::Error, QStringLiteral("RRSIG_ON_DELEGATION"),
                tr("%1 signs data the zone is not authoritative for (a delegation's NS or glue).").arg(describe()),
                QStringLiteral("RFC 4035 2.2"),
                tr("Remove the signature; only DS and NSEC are signed at a delegation point."), recordIndex));
        if (out.status == Status::NoKey)
            findings.append(context.finding(
                Severity::Error, QStringLiteral("RRSIG_NO_KEY"),
                tr("%1: no DNSKEY at the apex has this key tag and algorithm.").arg(describe()),
                QStringLiteral("RFC 4035 5.3.1"),
                tr("Publish the signing key in the DNSKEY RRset or re-sign with a published key."), recordIndex));
        if (out.status == Status::Invalid) {
            QString reason = out.malformed     ? tr("the RRSIG record is malformed")
                             : out.noRRset     ? tr("there is no such RRset at this name")
                             : out.unsupported ? tr("the algorithm is not supported")
                                               : tr("the signature does not verify");
            findings.append(context.finding(Severity::Error, QStringLiteral("RRSIG_INVALID"),
                                            tr("%1 is invalid: %2.").arg(describe(), reason),
                                            QStringLiteral("RFC 4035 5.3"),
                                            tr("Re-sign the zone (the data changed after signing, or the signature is "
                                               "damaged)."),
                                            recordIndex));
        }
        if (out.malformed)
            continue;
        if (out.expired)
            findings.append(
                context.finding(Severity::Error, QStringLiteral("RRSIG_EXPIRED"),
                                tr("%1 expired at %2.").arg(describe(), formatInstant(instant(out.expiration))),
                                QStringLiteral("RFC 4035 5.3.1"),
                                tr("Re-sign the zone now and automate re-signing well before expiry."), recordIndex));
        if (out.notYetValid)
            findings.append(context.finding(
                Severity::Error, QStringLiteral("RRSIG_NOT_YET_VALID"),
                tr("%1 becomes valid only at %2.").arg(describe(), formatInstant(instant(out.inception))),
                QStringLiteral("RFC 4035 5.3.1"),
                tr("Check the signer's clock; sign with an inception in the past (e.g. one hour ago)."), recordIndex));
        if (out.expiresSoon && out.status == Status::Valid)
            findings.append(context.finding(
                Severity::Warning, QStringLiteral("RRSIG_EXPIRES_SOON"),
                tr("%1 expires at %2, in %3.")
                    .arg(describe(), formatInstant(instant(out.expiration)), formatDuration(out.expiration - now)),
                QStringLiteral("RFC 6781 4.4.2"), tr("Re-sign the zone before the signatures expire."), recordIndex));
        if (out.ttlExceeds)
            findings.append(context.finding(
                Severity::Warning, QStringLiteral("RRSIG_TTL_EXCEEDS_ORIGINAL"),
                tr("%1: the TTL of the RRset or the RRSIG exceeds the signature's original TTL.").arg(describe()),
                QStringLiteral("RFC 4035 5.3.3"), tr("Re-sign after changing TTLs, or restore the signed TTL."),
                recordIndex));
        const qint64 validity = out.expiration - out.inception;
        if (validity > kMaxValidity)
            findings.append(context.finding(
                Severity::Warning, QStringLiteral("RRSIG_VALIDITY_TOO_LONG"),
                tr("%1 is valid for %2, more than 180 days: replayed old data stays valid as long.")
                    .arg(describe(), formatDuration(validity)),
                QStringLiteral("RFC 6781 4.4.2"), tr("Sign with a validity period of a few weeks."), recordIndex));
        else if (validity < kMinValidity)
            findings.append(context.finding(
                Severity::Warning, QStringLiteral("RRSIG_VALIDITY_TOO_SHORT"),
                tr("%1 is valid for only %2, less than 12 hours: clock skew and caching break it.")
                    .arg(describe(), formatDuration(std::max<qint64>(validity, 0))),
                QStringLiteral("RFC 6781 4.4.2"), tr("Sign with a validity period of days to weeks."), recordIndex));
    }

    for (size_t k = 0; k < context.apexKeys.size(); ++k) {
        const ApexKey& key = context.apexKeys[k];
        ZoneKeyInfo info;
        info.tag = key.tag;
        info.algorithm = key.rdata.algorithm;
        info.flags = key.rdata.flags;
        info.bits = key.rdata.keySizeBits();
        if (signsKeySet[k] && signsData[k])
            info.role = QStringLiteral("CSK");
        else if (signsKeySet[k])
            info.role = QStringLiteral("KSK");
        else if (signsData[k])
            info.role = QStringLiteral("ZSK");
        else
            info.role = key.rdata.isSep() ? QStringLiteral("KSK") : QStringLiteral("ZSK");
        report.keys.append(info);
    }
}

void SignatureChecks::runCoverage(const ValidationContext& context, bool isSigned, Findings& findings) {
    const Zone& zone = context.zone;
    const ZoneNameMap& names = context.names;
    const auto& rrsets = zone.rrsets();
    // Every authoritative RRset needs a signature, and one by each algorithm of the DNSKEY RRset.
    std::vector<int> algorithms;
    for (const ApexKey& key : context.apexKeys)
        if (key.rdata.isZoneKey() && !key.rdata.isRevoked() &&
            std::find(algorithms.begin(), algorithms.end(), key.rdata.algorithm) == algorithms.end())
            algorithms.push_back(key.rdata.algorithm);
    if (isSigned) {
        std::vector<int> present;
        for (const ZoneNameEntry& entry : names.entries()) {
            const int sigSet = names.findRRset(entry, TypeRrsig);
            for (quint32 r = entry.firstRRset; r < entry.endRRset; ++r) {
                const ZoneRecord& first = zone.record(rrsets[r].first);
                if (!names.isAuthoritative(entry, first.type))
                    continue;
                present.clear();
                if (sigSet >= 0) {
                    const ZoneRRset& sigs = rrsets[size_t(sigSet)];
                    for (quint32 i = sigs.first; i < sigs.first + sigs.count; ++i) {
                        const QByteArrayView rdata = zone.rdata(zone.record(i));
                        if (rdata.size() >= 3 && quint16((quint8(rdata[0]) << 8) | quint8(rdata[1])) == first.type)
                            present.push_back(quint8(rdata[2]));
                    }
                }
                if (present.empty()) {
                    findings.append(context.finding(
                        Severity::Error, QStringLiteral("RRSIG_MISSING"),
                        tr("The %1 RRset at %2 has no signature.")
                            .arg(rrTypeName(first.type), dnsNameToText(zone.ownerOf(first))),
                        QStringLiteral("RFC 4035 2.2"),
                        tr("Re-sign the zone so that every authoritative RRset is signed."), rrsets[r].first));
                    continue;
                }
                for (int algorithm : algorithms)
                    if (std::find(present.begin(), present.end(), algorithm) == present.end())
                        findings.append(context.finding(
                            Severity::Error, QStringLiteral("MISSING_ALGORITHM_SIGNATURES"),
                            tr("The %1 RRset at %2 has no signature by algorithm %3 (%4), which is in the DNSKEY "
                               "RRset.")
                                .arg(rrTypeName(first.type), dnsNameToText(zone.ownerOf(first)))
                                .arg(algorithm)
                                .arg(DnssecAlgorithm::mnemonic(algorithm)),
                            QStringLiteral("RFC 6840 5.11"),
                            tr("Sign every RRset with every algorithm in the DNSKEY RRset, or remove the algorithm's "
                               "keys (an algorithm rollover adds signatures before keys)."),
                            rrsets[r].first));
            }
        }
    }
}

} // namespace danewerk::core
