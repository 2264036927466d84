#include "core/lab/LabScenarioCatalog.h"

#include "core/common/AtomicFile.h"
#include "core/common/ContainedPath.h"
#include "core/lab/LabError.h"

#include <QCoreApplication>
#include <QDir>
#include <QSet>

#include <algorithm>

namespace danewerk::core {

namespace {} // namespace

Result<LabScenarioCatalog> LabScenarioCatalog::load(const QString& directory) {
    const QDir dir(directory);
    const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    if (files.isEmpty())
        return labError(
            QStringLiteral("FILE_UNREADABLE"),
            QCoreApplication::translate("danewerk::core::LabScenarioCatalog", "No lab scenarios found in %1")
                .arg(directory),
            directory);
    LabScenarioCatalog catalog;
    QSet<QString> ids;
    QSet<QString> zones;
    QSet<int> addresses;
    bool ipv6Taken = false;
    for (const QString& file : files) {
        const QString path = dir.filePath(file);
        // A scenario file that is a symbolic link to somewhere else is refused: the lab reads only what is
        // in its scenario directory.
        if (!containedPath(directory, file, path, QStringLiteral("-")))
            return labError(QStringLiteral("PATH_ESCAPES"),
                            QCoreApplication::translate("danewerk::core::LabScenarioCatalog",
                                                        "Scenario file %1 is a symbolic link that leads out of %2")
                                .arg(path, directory),
                            path);
        auto bytes = readFileLimited(path, 1024 * 1024);
        if (!bytes)
            return bytes.error();
        auto scenario = parseLabScenario(bytes.value(), path);
        if (!scenario)
            return scenario.error();
        const auto duplicate = [&](const QString& what) {
            return labError(QStringLiteral("LAB_SCENARIO_INVALID"),
                            QCoreApplication::translate("danewerk::core::LabScenarioCatalog",
                                                        "Scenario file %1: %2 is used by another scenario")
                                .arg(path, what),
                            path);
        };
        if (ids.contains(scenario->id))
            return duplicate(scenario->id);
        ids.insert(scenario->id);
        for (const LabZoneSpec& zone : scenario->zones) {
            if (zones.contains(zone.name))
                return duplicate(zone.name);
            zones.insert(zone.name);
        }
        for (const LabServerSpec& server : scenario->servers) {
            if (server.ipv6) {
                // Loopback has one IPv6 address, so one IPv6 server in the whole lab.
                if (ipv6Taken)
                    return duplicate(QStringLiteral("[::1]"));
                ipv6Taken = true;
            } else {
                if (addresses.contains(server.addressOffset))
                    return duplicate(
                        QCoreApplication::translate("danewerk::core::LabScenarioCatalog", "address offset %1")
                            .arg(server.addressOffset));
                addresses.insert(server.addressOffset);
            }
        }
        catalog.m_scenarios.append(std::move(scenario.value()));
    }
    std::stable_sort(catalog.m_scenarios.begin(), catalog.m_scenarios.end(),
                     [](const LabScenario& a, const LabScenario& b) { return a.order < b.order; });
    return catalog;
}

const LabScenario* LabScenarioCatalog::find(const QString& id) const {
    for (const LabScenario& scenario : m_scenarios)
        if (scenario.id == id)
            return &scenario;
    return nullptr;
}

} // namespace danewerk::core
