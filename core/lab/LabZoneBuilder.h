#pragma once

#include "core/common/Result.h"
#include "core/lab/LabAddressPlan.h"
#include "core/lab/LabCertificateFactory.h"
#include "core/lab/LabScenario.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace danewerk::core {

// A delegation from test. to a scenario zone: NS to the lab's server, plus the DS lines (none: insecure).
struct LabDelegationRecords {
    QString zone;
    QStringList dsLines;
};

// Writes the unsigned zone files of the lab: the root, test. and the scenario zones, all served by the one
// authoritative server (name ns.nic.test.).
class LabZoneBuilder {
public:
    static constexpr quint32 Ttl = 300; // short, so that participants' fixes show quickly

    LabZoneBuilder(const LabAddressPlan& plan, quint32 serial) : m_plan(plan), m_serial(serial) {}

    // The scenario zone with its placeholders filled in. certificates: by certificate id.
    // Error code LAB_SCENARIO_INVALID for an unknown placeholder.
    [[nodiscard]] Result<QString> scenarioZone(const LabScenario& scenario, const LabZoneSpec& zone,
                                               const QMap<QString, LabCertificate>& certificates) const;
    [[nodiscard]] QString tldZone(const QList<LabDelegationRecords>& delegations) const;
    [[nodiscard]] QString rootZone(const QStringList& tldDsLines) const;

    // The address a scenario's server listens on.
    [[nodiscard]] QString serverAddress(const LabServerSpec& server) const;

private:
    [[nodiscard]] QString header(const QString& origin) const;

    LabAddressPlan m_plan;
    quint32 m_serial;
};

} // namespace danewerk::core
