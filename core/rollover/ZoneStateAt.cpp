#include "core/rollover/ZoneStateAt.h"

#include <algorithm>
#include <numeric>

namespace danewerk::core {

namespace {
QStringList ordered(const RolloverPlan& plan, const QStringList& ids) {
    QStringList out;
    for (const RolloverKey& k : plan.keys)
        if (ids.contains(k.id))
            out << k.id;
    return out;
}
void add(QStringList& list, const QString& id) {
    if (!list.contains(id))
        list << id;
}
} // namespace

PublishedState publishedStateAt(const RolloverPlan& plan, RolloverSeconds t) {
    PublishedState s{plan.initial.dnskey, plan.initial.ksign, plan.initial.zsign,   {},
                     plan.initial.ds,     plan.initial.tlsa,  plan.initial.deployed};
    QList<int> order(plan.events.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        return plan.events[a].effectiveAt(plan.parameters) < plan.events[b].effectiveAt(plan.parameters);
    });
    for (int index : order) {
        const PlanEvent& e = plan.events[index];
        if (e.effectiveAt(plan.parameters) > t)
            break;
        switch (e.op) {
        case EventOp::PublishDnskey:
            add(s.dnskey, e.key);
            break;
        case EventOp::UnpublishDnskey:
            s.dnskey.removeAll(e.key);
            s.revoked.removeAll(e.key);
            break;
        case EventOp::StartKsign:
            add(s.ksign, e.key);
            break;
        case EventOp::StopKsign:
            s.ksign.removeAll(e.key);
            break;
        case EventOp::StartZsign:
            add(s.zsign, e.key);
            break;
        case EventOp::StopZsign:
            s.zsign.removeAll(e.key);
            break;
        case EventOp::SetRevoke:
            add(s.revoked, e.key);
            break;
        case EventOp::DsSet:
        case EventOp::DsSubmit:
            s.ds = e.keys;
            break;
        case EventOp::TlsaSet:
            s.tlsa = e.keys;
            break;
        case EventOp::Deploy:
            s.deployed = e.key;
            break;
        case EventOp::SetTtl:
            break;
        }
    }
    for (QStringList* list : {&s.dnskey, &s.ksign, &s.zsign, &s.revoked, &s.ds, &s.tlsa})
        *list = ordered(plan, *list);
    return s;
}

} // namespace danewerk::core
