#include "core/rollover/CacheModel.h"

#include <algorithm>
#include <numeric>

namespace danewerk::core {

namespace {

// Keeps key lists in the plan's key order so that equal sets compare equal.
QStringList ordered(const RolloverPlan& plan, const QStringList& ids) {
    QStringList out;
    for (const RolloverKey& k : plan.keys)
        if (ids.contains(k.id))
            out << k.id;
    return out;
}

void addKey(QStringList& list, const QString& id) {
    if (!list.contains(id))
        list << id;
}

struct ZoneState {
    QStringList dnskey, ksign, zsign, revoked, ds, tlsa;
    QString deployed;
    std::array<RolloverSeconds, kRrsetClassCount> ttl{};
};

class TimelineBuilder {
public:
    explicit TimelineBuilder(const RolloverPlan& plan) : m_plan(plan) {}

    CacheTimeline build();

private:
    RolloverSeconds propagation(RrsetClass rrset) const {
        return rrset == RrsetClass::Ds ? m_plan.parameters.DprpP : m_plan.parameters.DprpC;
    }
    void open(RrsetClass rrset, RolloverSeconds at, const ZoneState& state, const QList<int>& events);
    void close(RrsetClass rrset, RolloverSeconds masterUntil);
    QStringList contentOf(RrsetClass rrset, const ZoneState& state) const;

    const RolloverPlan& m_plan;
    CacheTimeline m_timeline;
};

QStringList TimelineBuilder::contentOf(RrsetClass rrset, const ZoneState& state) const {
    switch (rrset) {
    case RrsetClass::Ds:
        return state.ds;
    case RrsetClass::Dnskey:
        return state.dnskey;
    case RrsetClass::Data:
    case RrsetClass::Neg:
        return state.zsign;
    case RrsetClass::Tlsa:
        return state.tlsa;
    }
    return {};
}

void TimelineBuilder::open(RrsetClass rrset, RolloverSeconds at, const ZoneState& state, const QList<int>& events) {
    RrsetVersion v;
    v.rrset = rrset;
    v.content = contentOf(rrset, state);
    if (rrset == RrsetClass::Dnskey) {
        v.signers = state.ksign;
        v.revoked = state.revoked;
    }
    RolloverSeconds ttl = state.ttl[std::size_t(rrset)];
    // An empty DNSKEY or TLSA RRset is a negative answer (RFC 2308: cached for the negative TTL). The
    // go-secure bound of ROLLOVER.md also covers TTLkey, so the model keeps the larger of the two.
    if (v.content.isEmpty() && (rrset == RrsetClass::Dnskey || rrset == RrsetClass::Tlsa))
        ttl = std::max(ttl, state.ttl[std::size_t(RrsetClass::Neg)]);
    v.ttl = m_plan.parameters.cached(ttl);
    v.published = at;
    v.events = events;
    auto& list = m_timeline.versions[std::size_t(rrset)];
    v.index = int(list.size());
    list << v;
}

void TimelineBuilder::close(RrsetClass rrset, RolloverSeconds masterUntil) {
    auto& list = m_timeline.versions[std::size_t(rrset)];
    if (list.isEmpty())
        return;
    RrsetVersion& current = list.last();
    current.masterUntil = std::min(current.masterUntil, masterUntil);
}

CacheTimeline TimelineBuilder::build() {
    const RolloverParameters& p = m_plan.parameters;
    ZoneState state;
    state.dnskey = ordered(m_plan, m_plan.initial.dnskey);
    state.ksign = ordered(m_plan, m_plan.initial.ksign);
    state.zsign = ordered(m_plan, m_plan.initial.zsign);
    state.ds = ordered(m_plan, m_plan.initial.ds);
    state.tlsa = ordered(m_plan, m_plan.initial.tlsa);
    state.deployed = m_plan.initial.deployed;
    state.ttl = {p.TTLds, p.TTLkey, p.TTLsig, p.TTLneg, p.TTLtlsa};

    const RrsetClass classes[] = {RrsetClass::Ds, RrsetClass::Dnskey, RrsetClass::Data, RrsetClass::Neg,
                                  RrsetClass::Tlsa};
    for (RrsetClass c : classes)
        open(c, kUnboundedPast, state, {});
    if (!state.deployed.isEmpty())
        m_timeline.deployments << Deployment{state.deployed, kUnboundedPast, kUnboundedFuture, {}};

    QList<int> order(m_plan.events.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [&](int a, int b) { return m_plan.events[a].effectiveAt(p) < m_plan.events[b].effectiveAt(p); });

    for (qsizetype i = 0; i < order.size();) {
        const RolloverSeconds t = m_plan.events[order[i]].effectiveAt(p);
        qsizetype j = i;
        const ZoneState before = state;
        std::array<QList<int>, kRrsetClassCount> touched;
        QList<int> deployEvents;
        bool ttlChanged[kRrsetClassCount] = {};
        RolloverSeconds spread = -1;
        for (; j < order.size() && m_plan.events[order[j]].effectiveAt(p) == t; ++j) {
            const int index = order[j];
            const PlanEvent& e = m_plan.events[index];
            auto touch = [&](RrsetClass c) { touched[std::size_t(c)] << index; };
            switch (e.op) {
            case EventOp::PublishDnskey:
                addKey(state.dnskey, e.key);
                touch(RrsetClass::Dnskey);
                break;
            case EventOp::UnpublishDnskey:
                state.dnskey.removeAll(e.key);
                state.revoked.removeAll(e.key);
                touch(RrsetClass::Dnskey);
                break;
            case EventOp::StartKsign:
                addKey(state.ksign, e.key);
                touch(RrsetClass::Dnskey);
                break;
            case EventOp::StopKsign:
                state.ksign.removeAll(e.key);
                touch(RrsetClass::Dnskey);
                break;
            case EventOp::SetRevoke:
                addKey(state.revoked, e.key);
                touch(RrsetClass::Dnskey);
                break;
            case EventOp::StartZsign:
            case EventOp::StopZsign:
                if (e.op == EventOp::StartZsign)
                    addKey(state.zsign, e.key);
                else
                    state.zsign.removeAll(e.key);
                spread = std::max(spread, e.spread.value_or(p.Dsgn));
                touch(RrsetClass::Data);
                touch(RrsetClass::Neg);
                break;
            case EventOp::DsSet:
            case EventOp::DsSubmit:
                state.ds = e.keys;
                touch(RrsetClass::Ds);
                break;
            case EventOp::TlsaSet:
                state.tlsa = e.keys;
                touch(RrsetClass::Tlsa);
                break;
            case EventOp::Deploy:
                state.deployed = e.key;
                deployEvents << index;
                break;
            case EventOp::SetTtl:
                state.ttl[std::size_t(e.rrset)] = e.ttl;
                ttlChanged[std::size_t(e.rrset)] = true;
                touch(e.rrset);
                break;
            }
        }
        state.dnskey = ordered(m_plan, state.dnskey);
        state.ksign = ordered(m_plan, state.ksign);
        state.zsign = ordered(m_plan, state.zsign);
        state.revoked = ordered(m_plan, state.revoked);
        state.ds = ordered(m_plan, state.ds);
        state.tlsa = ordered(m_plan, state.tlsa);

        for (RrsetClass c : classes) {
            const bool contentChanged =
                contentOf(c, state) != contentOf(c, before) ||
                (c == RrsetClass::Dnskey && (state.ksign != before.ksign || state.revoked != before.revoked));
            if (!contentChanged && !ttlChanged[std::size_t(c)])
                continue;
            // A signer change reaches the RRsets of the zone within the spread: the old signer set may be
            // served from some RRsets until t + spread. Everything else changes at once.
            const bool signerChange = (c == RrsetClass::Data || c == RrsetClass::Neg) && contentChanged;
            close(c, signerChange ? t + std::max<RolloverSeconds>(spread, 0) : t);
            open(c, t, state, touched[std::size_t(c)]);
        }
        if (state.deployed != before.deployed) {
            if (!m_timeline.deployments.isEmpty())
                m_timeline.deployments.last().until = std::min(m_timeline.deployments.last().until, t);
            m_timeline.deployments << Deployment{state.deployed, t, kUnboundedFuture, deployEvents};
        }
        i = j;
    }

    for (RrsetClass c : classes) {
        for (RrsetVersion& v : m_timeline.versions[std::size_t(c)])
            v.cachedUntil =
                v.masterUntil >= kUnboundedFuture ? kUnboundedFuture : v.masterUntil + propagation(c) + v.ttl;
    }
    return m_timeline;
}

} // namespace

QStringList RrsetVersion::validKeys() const {
    QStringList out;
    for (const QString& k : content)
        if (!revoked.contains(k))
            out << k;
    return out;
}

QList<const RrsetVersion*> CacheTimeline::liveAt(RrsetClass rrset, RolloverSeconds t) const {
    QList<const RrsetVersion*> out;
    for (const RrsetVersion& v : of(rrset))
        if (v.liveAt(t))
            out << &v;
    return out;
}

const Deployment* CacheTimeline::deploymentAt(RolloverSeconds t) const {
    for (const Deployment& d : deployments)
        if (d.from <= t && t < d.until)
            return &d;
    return nullptr;
}

QList<RolloverSeconds> CacheTimeline::boundaries() const {
    QList<RolloverSeconds> out;
    for (const auto& list : versions) {
        for (const RrsetVersion& v : list) {
            if (isBounded(v.published))
                out << v.published;
            if (isBounded(v.cachedUntil))
                out << v.cachedUntil;
        }
    }
    for (const Deployment& d : deployments) {
        if (isBounded(d.from))
            out << d.from;
        if (isBounded(d.until))
            out << d.until;
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

CacheTimeline buildCacheTimeline(const RolloverPlan& plan) {
    return TimelineBuilder(plan).build();
}

} // namespace danewerk::core
