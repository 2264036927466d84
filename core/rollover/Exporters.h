#pragma once

#include "core/common/Result.h"
#include "core/rollover/PlanModel.h"
#include "core/rollover/SafetyReport.h"

#include <QByteArray>
#include <QCoreApplication>

namespace danewerk::core {

enum class ExportFormat { Ics, Runbook, Bind, Knot };

// Exports of a plan. Pure functions of the plan (and its check); the ICS and the runbook need the plan's
// origin for calendar dates (the ICS export refuses plans without one).
class RolloverExporters {
    Q_DECLARE_TR_FUNCTIONS(danewerk::core::RolloverExporters)

public:
    [[nodiscard]] static std::optional<ExportFormat> formatFromName(const QString& name);
    // RFC 5545 calendar: one VEVENT per operator step, UTC times, CRLF lines folded at 75 octets.
    [[nodiscard]] static Result<QByteArray> ics(const RolloverPlan& plan);
    // Markdown runbook: per step the UTC date, what to do, why (formula), and what to verify before the
    // next step.
    [[nodiscard]] static QByteArray runbook(const RolloverPlan& plan, const SafetyReport& report);
    // named.conf dnssec-policy matching the plan's parameters.
    [[nodiscard]] static QByteArray bindPolicy(const RolloverPlan& plan);
    // knot.conf policy (with submission) matching the plan's parameters.
    [[nodiscard]] static QByteArray knotPolicy(const RolloverPlan& plan);

    [[nodiscard]] static QString algorithmMnemonic(int algorithm);     // 13 -> "ecdsap256sha256"
    [[nodiscard]] static QString isoDuration(RolloverSeconds seconds); // 2592000 -> "P30D"
};

} // namespace danewerk::core
