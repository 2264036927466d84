#pragma once

#include "core/common/Result.h"
#include "core/rollover/PlanModel.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace danewerk::core {

// One step of a template: events that happen together, with the formula that placed them.
struct TemplateStep {
    RolloverSeconds at = 0;
    QList<int> events; // indices into the plan's events
    QString formula;
    QString title; // for people: "publish the new ZSK"
};

struct GeneratedPlan {
    RolloverPlan plan;
    QList<TemplateStep> steps;
    int criticalStep = -1; // the step whose bound is exact: 1 s earlier opens a 1 s window (liberal)
};

struct TemplateOptions {
    QString zone = QStringLiteral("example.");
    std::optional<QDateTime> origin;
    QString preset;
    int algorithm = 13;    // single-algorithm methods
    int oldAlgorithm = 8;  // algorithm rollovers
    int newAlgorithm = 13; // algorithm rollovers
};

// The methods of ROLLOVER.md with every event at its earliest safe time. The origin (t = 0) is the
// activation of the current key and S = origin + lifetime (Lzsk for ZSK methods, Lksk otherwise) is the
// switch; go-secure signs and tlsa publishes at the origin. When a lifetime is shorter than the rollover
// needs, S moves later so that no event lies before the origin (the formula says so).
class MethodTemplates {
    Q_DECLARE_TR_FUNCTIONS(danewerk::core::MethodTemplates)

public:
    [[nodiscard]] static QStringList ids();
    [[nodiscard]] static QString description(const QString& id);
    [[nodiscard]] static bool isAlgorithmRollover(const QString& id);
    [[nodiscard]] static Result<GeneratedPlan> generate(const QString& id, const RolloverParameters& parameters,
                                                        const TemplateOptions& options = {});
};

} // namespace danewerk::core
