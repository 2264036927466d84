#include "core/rollover/PlanModel.h"

#include <algorithm>
#include <array>

namespace danewerk::core {

namespace {

struct OpName {
    EventOp op;
    const char* name;
};

constexpr std::array kOpNames = {
    OpName{EventOp::PublishDnskey, "publish_dnskey"},
    OpName{EventOp::UnpublishDnskey, "unpublish_dnskey"},
    OpName{EventOp::StartKsign, "start_ksign"},
    OpName{EventOp::StopKsign, "stop_ksign"},
    OpName{EventOp::StartZsign, "start_zsign"},
    OpName{EventOp::StopZsign, "stop_zsign"},
    OpName{EventOp::SetRevoke, "set_revoke"},
    OpName{EventOp::DsSet, "ds_set"},
    OpName{EventOp::DsSubmit, "ds_submit"},
    OpName{EventOp::TlsaSet, "tlsa_set"},
    OpName{EventOp::Deploy, "deploy"},
    OpName{EventOp::SetTtl, "set_ttl"},
};

} // namespace

RolloverSeconds PlanEvent::effectiveAt(const RolloverParameters& parameters) const {
    return op == EventOp::DsSubmit ? at + parameters.Dreg : at;
}

QString PlanEvent::label() const {
    switch (eventShape(op)) {
    case EventShape::SingleKey:
        return eventOpName(op) + QLatin1Char(' ') + key;
    case EventShape::KeyList:
        return eventOpName(op) + QLatin1Char(' ') +
               (keys.isEmpty() ? QStringLiteral("{}") : keys.join(QLatin1Char(',')));
    case EventShape::TtlChange:
        return eventOpName(op) + QLatin1Char(' ') + rrsetClassName(rrset);
    }
    return eventOpName(op);
}

const RolloverKey* RolloverPlan::key(const QString& id) const {
    const auto it = std::find_if(keys.begin(), keys.end(), [&](const RolloverKey& k) { return k.id == id; });
    return it == keys.end() ? nullptr : &*it;
}

int RolloverPlan::algorithmOf(const QString& id) const {
    const RolloverKey* k = key(id);
    return k ? k->algorithm : 0;
}

bool RolloverPlan::hasDnssecKeys() const {
    return std::any_of(keys.begin(), keys.end(), [](const RolloverKey& k) { return k.role != KeyRole::Tlsa; });
}

RolloverPlan RolloverPlan::shifted(RolloverSeconds delta) const {
    RolloverPlan copy = *this;
    for (PlanEvent& e : copy.events)
        e.at += delta;
    return copy;
}

QString keyRoleName(KeyRole role) {
    switch (role) {
    case KeyRole::Ksk:
        return QStringLiteral("KSK");
    case KeyRole::Zsk:
        return QStringLiteral("ZSK");
    case KeyRole::Csk:
        return QStringLiteral("CSK");
    case KeyRole::Tlsa:
        return QStringLiteral("TLSA");
    }
    return {};
}

std::optional<KeyRole> keyRoleFromName(const QString& name) {
    for (KeyRole r : {KeyRole::Ksk, KeyRole::Zsk, KeyRole::Csk, KeyRole::Tlsa})
        if (keyRoleName(r) == name)
            return r;
    return std::nullopt;
}

QString rrsetClassName(RrsetClass rrset) {
    switch (rrset) {
    case RrsetClass::Ds:
        return QStringLiteral("DS");
    case RrsetClass::Dnskey:
        return QStringLiteral("DNSKEY");
    case RrsetClass::Data:
        return QStringLiteral("DATA");
    case RrsetClass::Neg:
        return QStringLiteral("NEG");
    case RrsetClass::Tlsa:
        return QStringLiteral("TLSA");
    }
    return {};
}

std::optional<RrsetClass> rrsetClassFromName(const QString& name) {
    for (RrsetClass c : {RrsetClass::Ds, RrsetClass::Dnskey, RrsetClass::Data, RrsetClass::Neg, RrsetClass::Tlsa})
        if (rrsetClassName(c) == name)
            return c;
    return std::nullopt;
}

QString eventOpName(EventOp op) {
    for (const auto& entry : kOpNames)
        if (entry.op == op)
            return QLatin1String(entry.name);
    return {};
}

std::optional<EventOp> eventOpFromName(const QString& name) {
    for (const auto& entry : kOpNames)
        if (name == QLatin1String(entry.name))
            return entry.op;
    return std::nullopt;
}

QList<EventOp> allEventOps() {
    QList<EventOp> out;
    for (const auto& entry : kOpNames)
        out << entry.op;
    return out;
}

EventShape eventShape(EventOp op) {
    switch (op) {
    case EventOp::DsSet:
    case EventOp::DsSubmit:
    case EventOp::TlsaSet:
        return EventShape::KeyList;
    case EventOp::SetTtl:
        return EventShape::TtlChange;
    default:
        return EventShape::SingleKey;
    }
}

bool isZoneSigningOp(EventOp op) {
    return op == EventOp::StartZsign || op == EventOp::StopZsign;
}

} // namespace danewerk::core
