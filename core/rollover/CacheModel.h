#pragma once

#include "core/rollover/PlanModel.h"

#include <QList>
#include <QStringList>

#include <array>

namespace danewerk::core {

// One version of an RRset class: what authoritative servers publish during [published, masterUntil),
// what the slowest secondary may still serve until masterUntil + Dprp, and what a resolver may hold until
// cachedUntil = masterUntil + Dprp + TTL. Initial versions start at kUnboundedPast; versions never replaced
// end at kUnboundedFuture.
struct RrsetVersion {
    RrsetClass rrset = RrsetClass::Dnskey;
    int index = 0;       // position within its class
    QStringList content; // DS: keys with a DS; DNSKEY: keys in the RRset; DATA/NEG: zone signers; TLSA: keys
    QStringList signers; // DNSKEY only: the keys whose RRSIG covers the DNSKEY RRset
    QStringList revoked; // DNSKEY only: keys published with the REVOKE flag
    RolloverSeconds ttl = 0;
    RolloverSeconds published = kUnboundedPast;
    RolloverSeconds masterUntil = kUnboundedFuture;
    RolloverSeconds cachedUntil = kUnboundedFuture;
    QList<int> events; // indices of the plan events that made this version

    [[nodiscard]] bool liveAt(RolloverSeconds t) const { return published <= t && t < cachedUntil; }
    [[nodiscard]] QStringList validKeys() const; // DNSKEY: content without revoked keys
};

// What the mail server presents during [from, until): it is the live server, nothing caches it.
struct Deployment {
    QString key;
    RolloverSeconds from = kUnboundedPast;
    RolloverSeconds until = kUnboundedFuture;
    QList<int> events;
};

struct CacheTimeline {
    std::array<QList<RrsetVersion>, kRrsetClassCount> versions;
    QList<Deployment> deployments;

    [[nodiscard]] const QList<RrsetVersion>& of(RrsetClass rrset) const& { return versions[std::size_t(rrset)]; }
    // On a temporary timeline (buildCacheTimeline(plan).of(...)) a reference would dangle: hand out a copy.
    [[nodiscard]] QList<RrsetVersion> of(RrsetClass rrset) const&& { return versions[std::size_t(rrset)]; }
    [[nodiscard]] QList<const RrsetVersion*> liveAt(RrsetClass rrset, RolloverSeconds t) const;
    [[nodiscard]] const Deployment* deploymentAt(RolloverSeconds t) const;
    // Every instant at which a version starts or stops being live, or the deployment changes; sorted.
    [[nodiscard]] QList<RolloverSeconds> boundaries() const;
};

// Builds the versions of every class from the plan. Events are applied in order of their effective time
// (ds_submit lands Dreg later); events at the same instant act together.
[[nodiscard]] CacheTimeline buildCacheTimeline(const RolloverPlan& plan);

} // namespace danewerk::core
