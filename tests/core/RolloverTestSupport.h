#pragma once

// Helpers shared by the rollover tests (header only; every test stays its own executable).
#include "core/rollover/MethodTemplates.h"
#include "core/rollover/PlanJson.h"
#include "core/rollover/Presets.h"
#include "core/rollover/SafetyChecker.h"

#include <QFile>
#include <QTest>

namespace rollovertest {

using namespace danewerk::core;

constexpr RolloverSeconds kMinute = 60;
constexpr RolloverSeconds kHour = 3600;
constexpr RolloverSeconds kDay = 86400;

inline RolloverPlan planFromJson(const char* json) {
    auto plan = PlanJson::read(QByteArray(json));
    if (!plan)
        qFatal("plan does not parse: %s", qPrintable(plan.error().toString()));
    return *plan;
}

inline RolloverPlan planFromFile(const QString& name) {
    QFile file(QStringLiteral(DANEWERK_TEST_DATA "/rollover/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open %s", qPrintable(file.fileName()));
    auto plan = PlanJson::read(file.readAll(), file.fileName());
    if (!plan)
        qFatal("plan does not parse: %s", qPrintable(plan.error().toString()));
    return *plan;
}

inline GeneratedPlan generate(const QString& method, const RolloverParameters& p = {}) {
    auto generated = MethodTemplates::generate(method, p);
    if (!generated)
        qFatal("template fails: %s", qPrintable(generated.error().message));
    return *generated;
}

// Moves every event of one step by delta seconds.
inline RolloverPlan moveStep(const GeneratedPlan& g, int step, RolloverSeconds delta) {
    RolloverPlan plan = g.plan;
    for (int index : g.steps[step].events)
        plan.events[index].at += delta;
    return plan;
}

inline QList<RolloverSeconds> eventTimes(const RolloverPlan& plan) {
    QList<RolloverSeconds> out;
    for (const PlanEvent& e : plan.events)
        out << e.at;
    return out;
}

inline RolloverSeconds totalLength(const SafetyReport& report) {
    RolloverSeconds total = 0;
    for (const SafetyWindow& w : report.windows)
        total += w.length();
    return total;
}

// "[from,to) status profile rrset" for readable failures.
inline QString describe(const SafetyReport& report) {
    QStringList out;
    for (const SafetyWindow& w : report.windows)
        out << QStringLiteral("[%1,%2) %3 %4 %5")
                   .arg(w.from)
                   .arg(w.to)
                   .arg(w.status, validationProfileName(w.profile), rrsetClassName(w.rrset));
    return out.join(QStringLiteral("; "));
}

} // namespace rollovertest
