#pragma once

#include "core/rollover/PlanModel.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace danewerk::core {

// Events that an operator performs together: every event of the plan at one "at", in plan order.
struct OperatorStep {
    RolloverSeconds at = 0;
    QList<int> events;
};

class PlanSteps {
    Q_DECLARE_TR_FUNCTIONS(danewerk::core::PlanSteps)

public:
    [[nodiscard]] static QList<OperatorStep> group(const RolloverPlan& plan);
    // What to do, for people: "add ZSK2 to the DNSKEY RRset".
    [[nodiscard]] static QString describe(const RolloverPlan& plan, const PlanEvent& event);
    // "2027-01-30 22:55:00 UTC" when the plan has an origin, else "t = 718h55m".
    [[nodiscard]] static QString when(const RolloverPlan& plan, RolloverSeconds t);
    [[nodiscard]] static QString keySet(const QStringList& keys); // "{KSK1, ZSK1}"
};

} // namespace danewerk::core
