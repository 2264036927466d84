#pragma once

#include "core/findings/Finding.h"
#include "core/rollover/PlanModel.h"
#include "core/rollover/ValidationPredicate.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace danewerk::core {

// One cached version in a witness ("rrset" is DS, DNSKEY, DATA, NEG, TLSA, or "deployed" for what the
// server presents). Unbounded times are kUnboundedPast/kUnboundedFuture and JSON null.
struct WitnessEntry {
    QString rrset;
    QStringList content;
    QStringList signers; // DNSKEY in chain failures: who signs the DNSKEY RRset
    QStringList revoked;
    bool showSigners = false;
    RolloverSeconds published = kUnboundedPast;
    RolloverSeconds masterUntil = kUnboundedFuture;
    RolloverSeconds cachedUntil = kUnboundedFuture;

    [[nodiscard]] QJsonObject toJson() const;
};

// The smallest change that closes a window: move one event to a time (when one exists).
struct FixSuggestion {
    int eventIndex = -1;                         // plan event to move; -1 when no single move helps
    RolloverSeconds earliest = kUnboundedFuture; // new "at" for that event
    QString sentence;                            // "move start_zsign ZSK2 to >= 2588700 (719h5m): ..."
};

struct SafetyWindow {
    RolloverSeconds from = kUnboundedPast; // inclusive
    RolloverSeconds to = kUnboundedFuture; // exclusive
    QString status;                        // "bogus" or "deferred"
    ValidationProfile profile = ValidationProfile::Liberal;
    RrsetClass rrset = RrsetClass::Dnskey;
    FailureKind kind = FailureKind::ChainDs;
    QList<WitnessEntry> witness;
    FixSuggestion fix;

    [[nodiscard]] RolloverSeconds length() const { return to - from; }
    [[nodiscard]] QJsonObject toJson() const;
};

struct SafetyReport {
    QList<PlanEvent> events;
    QList<ValidationProfile> profiles;
    QList<SafetyWindow> windows;
    Findings warnings;

    [[nodiscard]] bool safe() const { return windows.isEmpty(); }
    // {"safe", "events", "windows", "warnings"} as in ROLLOVER.md.
    [[nodiscard]] QJsonObject toJson() const;
};

} // namespace danewerk::core
