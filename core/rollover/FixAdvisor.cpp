#include "core/rollover/FixAdvisor.h"

#include <algorithm>

namespace danewerk::core {

namespace {

QString joinKeys(const QStringList& keys) {
    return keys.isEmpty() ? QStringLiteral("{}") : keys.join(QStringLiteral(", "));
}

int classRank(const FailureSide& side) {
    return side.version ? int(side.version->rrset) : kRrsetClassCount;
}

} // namespace

RolloverSeconds FailureSide::published() const {
    return version ? version->published : deployment->from;
}

RolloverSeconds FailureSide::expires() const {
    return version ? version->cachedUntil : deployment->until;
}

QList<int> FailureSide::events() const {
    return version ? version->events : deployment->events;
}

WitnessEntry FailureSide::witness(bool showSigners) const {
    WitnessEntry w;
    if (version) {
        w.rrset = rrsetClassName(version->rrset);
        w.content = version->content;
        w.signers = version->signers;
        w.revoked = version->revoked;
        w.showSigners = showSigners && version->rrset == RrsetClass::Dnskey;
        w.published = version->published;
        w.masterUntil = version->masterUntil;
        w.cachedUntil = version->cachedUntil;
    } else {
        w.rrset = QStringLiteral("deployed");
        w.content = {deployment->key};
        w.published = deployment->from;
        w.masterUntil = deployment->until;
        w.cachedUntil = deployment->until;
    }
    return w;
}

std::pair<FailureSide, FailureSide> FixAdvisor::staleAndFresh(const ValidationFailure& failure) {
    FailureSide a;
    FailureSide b;
    switch (failure.kind) {
    case FailureKind::ChainDs:
        a.version = failure.ds;
        b.version = failure.dnskey;
        break;
    case FailureKind::ChainAlgorithm:
        a.version = failure.dnskey;
        b.version = failure.dnskey;
        break;
    case FailureKind::DataSigner:
    case FailureKind::DataAlgorithm:
        a.version = failure.dnskey;
        b.version = failure.data;
        break;
    case FailureKind::DataUnsigned:
        a.version = failure.ds;
        b.version = failure.data;
        break;
    case FailureKind::TlsaMissing:
        a.version = failure.tlsa;
        b.deployment = failure.deployment;
        break;
    }
    // The side published later is the change that came too early; on a tie the second (dependent) side.
    if (a.published() > b.published())
        return {b, a};
    return {a, b};
}

RolloverSeconds FixAdvisor::staleExpiry(const ValidationFailure& failure) {
    return staleAndFresh(failure).first.expires();
}

QList<WitnessEntry> FixAdvisor::witness(const ValidationFailure& failure) {
    auto [stale, fresh] = staleAndFresh(failure);
    const bool chain = failure.kind == FailureKind::ChainDs || failure.kind == FailureKind::ChainAlgorithm;
    if (failure.kind == FailureKind::ChainAlgorithm)
        return {stale.witness(true)};
    if (classRank(stale) > classRank(fresh))
        std::swap(stale, fresh);
    return {stale.witness(chain), fresh.witness(chain)};
}

int FixAdvisor::culprit(const ValidationFailure& failure, const FailureSide& stale, const FailureSide& fresh) const {
    const QList<int> candidates = fresh.events();
    if (candidates.isEmpty())
        return -1;
    auto find = [&](auto predicate) -> int {
        for (int index : candidates)
            if (predicate(m_plan.events[index]))
                return index;
        return -1;
    };
    auto firstOf = [&](std::initializer_list<EventOp> ops, const QStringList& keys) {
        return find([&](const PlanEvent& e) {
            return std::find(ops.begin(), ops.end(), e.op) != ops.end() && (keys.isEmpty() || keys.contains(e.key));
        });
    };
    int index = -1;
    const RrsetClass freshClass = fresh.version ? fresh.version->rrset : RrsetClass::Tlsa;
    if (fresh.deployment) {
        index = firstOf({EventOp::Deploy}, {});
    } else if (freshClass == RrsetClass::Data || freshClass == RrsetClass::Neg) {
        // New signatures the cached DNSKEY RRset cannot verify, or signatures withdrawn too early.
        if (failure.kind == FailureKind::DataSigner)
            index = firstOf({EventOp::StartZsign}, failure.missing);
        if (index < 0)
            index = firstOf({EventOp::StopZsign}, {});
    } else if (freshClass == RrsetClass::Dnskey) {
        if (failure.kind == FailureKind::DataAlgorithm) {
            index = find([&](const PlanEvent& e) {
                return e.op == EventOp::PublishDnskey && m_plan.algorithmOf(e.key) == failure.algorithm;
            });
        } else {
            const QStringList needed =
                stale.version ? (failure.kind == FailureKind::ChainDs ? failure.missing : stale.version->content)
                              : QStringList{};
            index = firstOf({EventOp::UnpublishDnskey, EventOp::SetRevoke, EventOp::StopKsign}, needed);
        }
    } else if (freshClass == RrsetClass::Ds) {
        index = firstOf({EventOp::DsSet, EventOp::DsSubmit}, {});
    } else if (freshClass == RrsetClass::Tlsa) {
        index = firstOf({EventOp::TlsaSet}, {});
    }
    return index >= 0 ? index : candidates.first();
}

QString FixAdvisor::staleDescription(const ValidationFailure& failure, const FailureSide& stale) const {
    if (stale.deployment)
        return tr("the server presents %1").arg(stale.deployment->key);
    const RrsetVersion& v = *stale.version;
    const bool negative = v.rrset == RrsetClass::Neg;
    switch (v.rrset) {
    case RrsetClass::Ds:
        return tr("the DS RRset for %1").arg(joinKeys(v.content));
    case RrsetClass::Dnskey:
        if (failure.kind == FailureKind::DataAlgorithm)
            return tr("the DNSKEY RRset with a key of algorithm %1").arg(failure.algorithm);
        if (failure.kind == FailureKind::ChainDs) {
            QStringList absent;
            for (const QString& k : failure.missing)
                if (!v.validKeys().contains(k))
                    absent << k;
            if (absent.isEmpty())
                return tr("the DNSKEY RRset not signed by %1").arg(joinKeys(failure.missing));
            return tr("the DNSKEY RRset without %1").arg(joinKeys(absent));
        }
        return tr("the DNSKEY RRset without %1").arg(joinKeys(failure.missing));
    case RrsetClass::Data:
    case RrsetClass::Neg:
        if (v.content.isEmpty())
            return negative ? tr("unsigned denial records") : tr("unsigned data");
        if (failure.kind == FailureKind::DataAlgorithm || failure.kind == FailureKind::DataUnsigned)
            return negative ? tr("denial records without a signature of algorithm %1").arg(failure.algorithm)
                            : tr("data without a signature of algorithm %1").arg(failure.algorithm);
        return negative ? tr("denial records signed only by %1").arg(joinKeys(v.content))
                        : tr("data signed only by %1").arg(joinKeys(v.content));
    case RrsetClass::Tlsa:
        return tr("the TLSA RRset without %1").arg(joinKeys(failure.missing));
    }
    return {};
}

FixSuggestion FixAdvisor::advise(const ValidationFailure& failure) const {
    FixSuggestion fix;
    if (failure.kind == FailureKind::ChainAlgorithm) {
        fix.sentence = tr("sign the DNSKEY RRset with a key of algorithm %1 as well (%2): every algorithm in the "
                          "DNSKEY RRset must sign it")
                           .arg(failure.algorithm)
                           .arg(joinKeys(failure.missing));
        return fix;
    }
    const auto [stale, fresh] = staleAndFresh(failure);
    const QString what = staleDescription(failure, stale);
    const int index = culprit(failure, stale, fresh);
    if (index < 0) {
        fix.sentence = tr("fix the initial state of the plan: %1 can never be validated with it").arg(what);
        return fix;
    }
    const PlanEvent& event = m_plan.events[index];
    const RolloverSeconds expiry = stale.expires();
    if (!isBounded(expiry)) {
        fix.eventIndex = index;
        fix.sentence = tr("%1 needs another change first: %2 is never replaced in this plan").arg(event.label(), what);
        return fix;
    }
    // ds_submit acts Dreg after its time; every other operation at once.
    const RolloverSeconds target = expiry - (event.effectiveAt(m_plan.parameters) - event.at);
    fix.eventIndex = index;
    fix.earliest = target;
    const QString tail = stale.deployment ? tr("%1 until then").arg(what) : tr("%1 may be cached until then").arg(what);
    fix.sentence = tr("move %1 to >= %2 (%3): %4").arg(event.label()).arg(target).arg(formatOffset(target), tail);
    return fix;
}

} // namespace danewerk::core
