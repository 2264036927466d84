#include "core/rollover/SafetyChecker.h"

#include "core/rollover/FixAdvisor.h"
#include "core/rollover/ValidationPredicate.h"

#include <algorithm>
#include <map>

namespace danewerk::core {

namespace {

// Per elementary interval: at most one failure per (status, rrset); the one whose stale side expires last,
// so that the fix of a merged window closes all of it.
using FailureKey = std::pair<QString, RrsetClass>;

void keepLongest(std::map<FailureKey, ValidationFailure>& found, const ValidationFailure& failure) {
    const QString status =
        failure.kind == FailureKind::TlsaMissing ? QStringLiteral("deferred") : QStringLiteral("bogus");
    const FailureKey key{status, failure.rrset};
    const auto it = found.find(key);
    if (it == found.end() || FixAdvisor::staleExpiry(failure) > FixAdvisor::staleExpiry(it->second))
        found.insert_or_assign(key, failure);
}

std::map<FailureKey, ValidationFailure> failuresAt(const RolloverPlan& plan, const CacheTimeline& timeline,
                                                   ValidationProfile profile, RolloverSeconds t) {
    std::map<FailureKey, ValidationFailure> found;
    const ValidationPredicate predicate(plan, profile);
    const auto dsLive = timeline.liveAt(RrsetClass::Ds, t);
    const auto dnskeyLive = timeline.liveAt(RrsetClass::Dnskey, t);
    auto dataLive = timeline.liveAt(RrsetClass::Data, t);
    dataLive += timeline.liveAt(RrsetClass::Neg, t);
    bool daneApplies = !plan.hasDnssecKeys();
    for (const RrsetVersion* ds : dsLive) {
        if (!ds->content.isEmpty())
            daneApplies = true;
        for (const RrsetVersion* dnskey : dnskeyLive) {
            if (const auto failure = predicate.chain(*ds, *dnskey)) {
                keepLongest(found, *failure);
                continue;
            }
            for (const RrsetVersion* data : dataLive)
                if (const auto failure = predicate.data(*ds, *dnskey, *data))
                    keepLongest(found, *failure);
        }
    }
    if (daneApplies) {
        const Deployment* deployment = timeline.deploymentAt(t);
        for (const RrsetVersion* tlsa : timeline.liveAt(RrsetClass::Tlsa, t))
            if (const auto failure = predicate.dane(*tlsa, deployment))
                keepLongest(found, *failure);
    }
    return found;
}

} // namespace

SafetyReport SafetyChecker::check(const RolloverPlan& plan, const QList<ValidationProfile>& profiles) {
    SafetyReport report;
    report.events = plan.events;
    report.profiles = profiles;
    const CacheTimeline timeline = buildCacheTimeline(plan);
    const FixAdvisor advisor(plan);
    const QList<RolloverSeconds> bounds = timeline.boundaries();

    QList<RolloverSeconds> starts{kUnboundedPast};
    starts += bounds;
    for (ValidationProfile profile : profiles) {
        QList<SafetyWindow> windows;
        std::map<FailureKey, qsizetype> open; // window index per cause, while it may still grow
        std::map<FailureKey, RolloverSeconds> openExpiry;
        for (qsizetype i = 0; i < starts.size(); ++i) {
            const RolloverSeconds from = starts[i];
            const RolloverSeconds to = i + 1 < starts.size() ? starts[i + 1] : kUnboundedFuture;
            // Everything is constant inside the interval: look at its first second.
            const RolloverSeconds sample = isBounded(from) ? from : (bounds.isEmpty() ? 0 : bounds.first() - 1);
            for (const auto& [key, failure] : failuresAt(plan, timeline, profile, sample)) {
                const RolloverSeconds expiry = FixAdvisor::staleExpiry(failure);
                const auto it = open.find(key);
                if (it != open.end() && windows[it->second].to == from) {
                    SafetyWindow& window = windows[it->second];
                    window.to = to;
                    if (expiry > openExpiry[key]) {
                        openExpiry[key] = expiry;
                        window.kind = failure.kind;
                        window.witness = FixAdvisor::witness(failure);
                        window.fix = advisor.advise(failure);
                    }
                    continue;
                }
                SafetyWindow window;
                window.from = from;
                window.to = to;
                window.status = key.first;
                window.profile = profile;
                window.rrset = key.second;
                window.kind = failure.kind;
                window.witness = FixAdvisor::witness(failure);
                window.fix = advisor.advise(failure);
                open[key] = windows.size();
                openExpiry[key] = expiry;
                windows << window;
            }
        }
        report.windows += windows;
    }
    std::stable_sort(report.windows.begin(), report.windows.end(), [&](const SafetyWindow& a, const SafetyWindow& b) {
        if (a.from != b.from)
            return a.from < b.from;
        if (a.profile != b.profile)
            return profiles.indexOf(a.profile) < profiles.indexOf(b.profile);
        return a.rrset < b.rrset;
    });
    report.warnings = tlsaWarnings(plan, timeline);
    if (plan.parameters.maxCacheTtl) {
        Finding notice;
        notice.severity = Severity::Notice;
        notice.code = QStringLiteral("ROLLOVER_TTL_CAP_ASSUMED");
        notice.message = tr("The check assumes that every resolver caps cached TTLs at %1; a resolver without "
                            "that cap may hold records longer.")
                             .arg(formatOffset(*plan.parameters.maxCacheTtl));
        notice.fix = tr("Remove max_cache_ttl for the worst case.");
        report.warnings << notice;
    }
    return report;
}

Findings SafetyChecker::tlsaWarnings(const RolloverPlan& plan, const CacheTimeline& timeline) {
    Findings out;
    const auto& tlsa = timeline.of(RrsetClass::Tlsa);
    for (const Deployment& deployment : timeline.deployments) {
        if (!isBounded(deployment.from))
            continue;
        // The TLSA version the zone publishes when the key goes live, then back to where the key appeared.
        qsizetype current = -1;
        for (qsizetype i = 0; i < tlsa.size(); ++i)
            if (tlsa[i].published <= deployment.from && deployment.from < tlsa[i].masterUntil)
                current = i;
        if (current < 0 || !tlsa[current].content.contains(deployment.key))
            continue; // the deferred window says more than a warning could
        qsizetype first = current;
        while (first > 0 && tlsa[first - 1].content.contains(deployment.key) &&
               tlsa[first - 1].masterUntil >= tlsa[first].published)
            --first;
        const RolloverSeconds appeared = tlsa[first].published;
        if (!isBounded(appeared))
            continue;
        const RolloverSeconds recommended = appeared + 2 * tlsa[first].ttl;
        if (deployment.from >= recommended)
            continue;
        Finding f;
        f.severity = Severity::Warning;
        f.code = QStringLiteral("TLSA_DEPLOY_TOO_SOON");
        f.rfc = QStringLiteral("RFC 7671 8.1");
        f.type = QStringLiteral("TLSA");
        f.owner = plan.zone;
        f.message = tr("%1 is deployed at %2, only %3 after its TLSA record was published at %4; caches may "
                       "still hold the old TLSA RRset longer than the exact bound if TTLs are not honoured "
                       "precisely.")
                        .arg(deployment.key, formatOffset(deployment.from), formatOffset(deployment.from - appeared),
                             formatOffset(appeared));
        f.fix = tr("deploy %1 at >= %2 (%3): at least 2 x TTLtlsa after its TLSA record was published")
                    .arg(deployment.key)
                    .arg(recommended)
                    .arg(formatOffset(recommended));
        out << f;
    }
    return out;
}

} // namespace danewerk::core
