#pragma once

#include "core/rollover/SafetyReport.h"
#include "core/rollover/ValidationPredicate.h"

#include <QCoreApplication>

namespace danewerk::core {

// One side of a failed combination: a cached version or the live deployment.
struct FailureSide {
    const RrsetVersion* version = nullptr;
    const Deployment* deployment = nullptr;

    [[nodiscard]] RolloverSeconds published() const;
    [[nodiscard]] RolloverSeconds expires() const; // cachedUntil, or the end of the deployment
    [[nodiscard]] QList<int> events() const;
    [[nodiscard]] WitnessEntry witness(bool showSigners) const;
};

// Decides which side of a failure is stale (published first, still cached) and which is fresh (the change
// that came too early), and words the smallest fix: move the fresh side's event to >= the time the stale
// side expires from every cache.
class FixAdvisor {
    Q_DECLARE_TR_FUNCTIONS(danewerk::core::FixAdvisor)

public:
    explicit FixAdvisor(const RolloverPlan& plan) : m_plan(plan) {}

    [[nodiscard]] static std::pair<FailureSide, FailureSide> staleAndFresh(const ValidationFailure& failure);
    // When the window closes at the latest: the stale side's expiry.
    [[nodiscard]] static RolloverSeconds staleExpiry(const ValidationFailure& failure);
    [[nodiscard]] static QList<WitnessEntry> witness(const ValidationFailure& failure);
    [[nodiscard]] FixSuggestion advise(const ValidationFailure& failure) const;

private:
    [[nodiscard]] int culprit(const ValidationFailure& failure, const FailureSide& stale,
                              const FailureSide& fresh) const;
    [[nodiscard]] QString staleDescription(const ValidationFailure& failure, const FailureSide& stale) const;

    const RolloverPlan& m_plan;
};

} // namespace danewerk::core
