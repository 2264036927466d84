#pragma once

#include "core/common/Result.h"
#include "core/lab/LabScenario.h"

#include <QList>
#include <QString>

namespace danewerk::core {

// The lab's scenarios, in their teaching order. The definitions are JSON files in resources/lab/scenarios,
// embedded in the engine under :/lab/scenarios so that every build carries them.
class LabScenarioCatalog {
public:
    // Reads every *.json of a directory (default: the embedded set), checks that ids, domains and server
    // addresses are unique, and orders them. Error codes LAB_SCENARIO_INVALID, FILE_UNREADABLE.
    [[nodiscard]] static Result<LabScenarioCatalog> load(const QString& directory = QStringLiteral(":/lab/scenarios"));

    [[nodiscard]] const QList<LabScenario>& scenarios() const { return m_scenarios; }
    [[nodiscard]] const LabScenario* find(const QString& id) const;

private:
    QList<LabScenario> m_scenarios;
};

} // namespace danewerk::core
