#pragma once

#include "core/rollover/Parameters.h"
#include "core/rollover/RolloverTime.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace danewerk::core {

enum class KeyRole { Ksk, Zsk, Csk, Tlsa };

// The cached RRset classes of ROLLOVER.md. DATA is the worst-case signed data (TTLsig), NEG the denial
// records (TTLneg).
enum class RrsetClass { Ds, Dnskey, Data, Neg, Tlsa };
inline constexpr int kRrsetClassCount = 5;

enum class EventOp {
    PublishDnskey,
    UnpublishDnskey,
    StartKsign,
    StopKsign,
    StartZsign,
    StopZsign,
    SetRevoke,
    DsSet,
    DsSubmit,
    TlsaSet,
    Deploy,
    SetTtl,
};

struct RolloverKey {
    QString id;
    KeyRole role = KeyRole::Zsk;
    int algorithm = 13;
};

struct PlanEvent {
    RolloverSeconds at = 0;
    EventOp op = EventOp::PublishDnskey;
    QString key;                           // single-key operations
    QStringList keys;                      // ds_set, ds_submit, tlsa_set
    std::optional<RolloverSeconds> spread; // start_zsign/stop_zsign; default Dsgn
    RrsetClass rrset = RrsetClass::Dnskey; // set_ttl
    RolloverSeconds ttl = 0;               // set_ttl
    QString formula;                       // how a template placed it ("Ipub = DprpC + TTLkey = ...")
    QString note;                          // free text for people

    // The instant the operation changes what authoritative servers publish: ds_submit lands Dreg later.
    [[nodiscard]] RolloverSeconds effectiveAt(const RolloverParameters& parameters) const;
    // "start_zsign ZSK2", "ds_submit KSK1,KSK2", "set_ttl DNSKEY"
    [[nodiscard]] QString label() const;
};

struct PlanInitialState {
    QStringList dnskey;
    QStringList ksign;
    QStringList zsign;
    QStringList ds;
    QStringList tlsa;
    QString deployed;
};

struct RolloverPlan {
    QString zone = QStringLiteral("example.");
    std::optional<QDateTime> origin; // absolute UTC time of t = 0, for calendars and runbooks
    QString method;                  // template id when made by a template
    QString preset;                  // preset the parameters started from
    RolloverParameters parameters;
    QList<RolloverKey> keys;
    PlanInitialState initial;
    QList<PlanEvent> events;

    [[nodiscard]] const RolloverKey* key(const QString& id) const;
    [[nodiscard]] int algorithmOf(const QString& id) const; // 0 for unknown ids
    // A plan without any DNSSEC key models only the TLSA layer; the zone is then assumed to be signed.
    [[nodiscard]] bool hasDnssecKeys() const;
    // Every event moved by delta seconds (the property tests and the GUI's "shift plan").
    [[nodiscard]] RolloverPlan shifted(RolloverSeconds delta) const;
};

[[nodiscard]] QString keyRoleName(KeyRole role); // "KSK", "ZSK", "CSK", "TLSA"
[[nodiscard]] std::optional<KeyRole> keyRoleFromName(const QString& name);
[[nodiscard]] QString rrsetClassName(RrsetClass rrset); // "DS", "DNSKEY", "DATA", "NEG", "TLSA"
[[nodiscard]] std::optional<RrsetClass> rrsetClassFromName(const QString& name);
[[nodiscard]] QString eventOpName(EventOp op); // "publish_dnskey", ...
[[nodiscard]] std::optional<EventOp> eventOpFromName(const QString& name);
[[nodiscard]] QList<EventOp> allEventOps();

enum class EventShape { SingleKey, KeyList, TtlChange };
[[nodiscard]] EventShape eventShape(EventOp op);
[[nodiscard]] bool isZoneSigningOp(EventOp op); // start_zsign/stop_zsign (they take a spread)

} // namespace danewerk::core
