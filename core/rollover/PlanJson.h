#pragma once

#include "core/common/Result.h"
#include "core/rollover/PlanModel.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace danewerk::core {

// Reads and writes plan files (ROLLOVER.md "Plan file"). Times are durations ("717h", "P1D"), integer
// seconds, or strings of digits. Errors carry the JSON path of the offending value in the message
// ("events[3].at: negative time"), code PLAN_INVALID (or JSON_INVALID with line and column for bad JSON).
class PlanJson {
    Q_DECLARE_TR_FUNCTIONS(danewerk::core::PlanJson)

public:
    static constexpr qsizetype kMaxBytes = 4 * 1024 * 1024;
    static constexpr qsizetype kMaxKeys = 256;
    static constexpr qsizetype kMaxEvents = 4096;

    [[nodiscard]] static Result<RolloverPlan> read(const QByteArray& json, const QString& fileName = {});
    [[nodiscard]] static Result<RolloverPlan> fromJson(const QJsonObject& object, const QString& fileName = {});
    [[nodiscard]] static QJsonObject toJson(const RolloverPlan& plan);
    [[nodiscard]] static QByteArray write(const RolloverPlan& plan); // indented, newline-terminated
    // An event as the check output lists it: integer seconds, no formula.
    [[nodiscard]] static QJsonObject eventToCheckJson(const PlanEvent& event);
};

} // namespace danewerk::core
