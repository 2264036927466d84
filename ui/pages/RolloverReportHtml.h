#pragma once

#include "core/rollover/CacheModel.h"
#include "core/rollover/SafetyReport.h"

#include <QCoreApplication>
#include <QString>

namespace danewerk::ui {

// The rich-text panels of the Rollover page, made from engine values: the formula card of every step, the
// windows with witness and fix, and what a resolver may hold at one instant with the verdict per profile.
class RolloverReportHtml {
    Q_DECLARE_TR_FUNCTIONS(danewerk::ui::RolloverReportHtml)

public:
    [[nodiscard]] static QString formulas(const core::RolloverPlan& plan);
    [[nodiscard]] static QString windows(const core::RolloverPlan& plan, const core::SafetyReport& report);
    [[nodiscard]] static QString resolverView(const core::RolloverPlan& plan, const core::CacheTimeline& timeline,
                                              const core::SafetyReport& report, core::RolloverSeconds t);
};

} // namespace danewerk::ui
