#include "core/rollover/PlanSteps.h"

#include <QTimeZone>

#include <algorithm>
#include <map>

namespace danewerk::core {

QList<OperatorStep> PlanSteps::group(const RolloverPlan& plan) {
    std::map<RolloverSeconds, QList<int>> byTime;
    for (int i = 0; i < int(plan.events.size()); ++i)
        byTime[plan.events[i].at] << i;
    QList<OperatorStep> out;
    for (const auto& [at, events] : byTime)
        out << OperatorStep{at, events};
    return out;
}

QString PlanSteps::keySet(const QStringList& keys) {
    return QLatin1Char('{') + keys.join(QStringLiteral(", ")) + QLatin1Char('}');
}

QString PlanSteps::when(const RolloverPlan& plan, RolloverSeconds t) {
    if (!plan.origin)
        return QStringLiteral("t = %1").arg(formatOffset(t));
    return plan.origin->toUTC().addSecs(t).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) + QStringLiteral(" UTC");
}

QString PlanSteps::describe(const RolloverPlan& plan, const PlanEvent& e) {
    const RolloverParameters& p = plan.parameters;
    switch (e.op) {
    case EventOp::PublishDnskey:
        return tr("add %1 to the DNSKEY RRset").arg(e.key);
    case EventOp::UnpublishDnskey:
        return tr("remove %1 from the DNSKEY RRset").arg(e.key);
    case EventOp::StartKsign:
        return tr("sign the DNSKEY RRset with %1").arg(e.key);
    case EventOp::StopKsign:
        return tr("stop signing the DNSKEY RRset with %1").arg(e.key);
    case EventOp::StartZsign:
        return tr("sign the zone data with %1 (every RRset within %2)")
            .arg(e.key, formatOffset(e.spread.value_or(p.Dsgn)));
    case EventOp::StopZsign:
        return tr("stop signing the zone data with %1 (every RRset within %2)")
            .arg(e.key, formatOffset(e.spread.value_or(p.Dsgn)));
    case EventOp::SetRevoke:
        return tr("set the REVOKE flag on %1 (RFC 5011)").arg(e.key);
    case EventOp::DsSet:
        return tr("the parent publishes exactly the DS records of %1 from now on (submit them at least Dreg = %2 "
                  "earlier, by %3)")
            .arg(keySet(e.keys), formatOffset(p.Dreg), when(plan, e.at - p.Dreg));
    case EventOp::DsSubmit:
        return tr("submit DS records for exactly %1 to the parent (expected at the parent by %2)")
            .arg(keySet(e.keys), when(plan, e.at + p.Dreg));
    case EventOp::TlsaSet:
        return tr("publish TLSA records for exactly %1").arg(keySet(e.keys));
    case EventOp::Deploy:
        return tr("deploy %1 on the mail server").arg(e.key);
    case EventOp::SetTtl:
        return tr("set the TTL of %1 to %2").arg(rrsetClassName(e.rrset), formatOffset(e.ttl));
    }
    return {};
}

} // namespace danewerk::core
