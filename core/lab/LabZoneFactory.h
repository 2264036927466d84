#pragma once

#include "core/common/Result.h"
#include "core/lab/LabAddressPlan.h"
#include "core/lab/LabKeySet.h"
#include "core/lab/LabPaths.h"
#include "core/lab/LabScenario.h"
#include "core/lab/LabZoneBuilder.h"
#include "core/lab/LabZoneSigner.h"

#include <QDateTime>
#include <QList>

namespace danewerk::core {

// Makes the lab's files for zones: certificates, keys, unsigned sources and signed zones of the scenarios,
// then test. and the root with their delegations, and the trust anchor files. Signature times are relative
// to `now` (expired: 60 to 30 days ago; expiring: in 2 days; current: 21 days).
class LabZoneFactory {
public:
    LabZoneFactory(const LabAddressPlan& plan, const LabPaths& paths, LabZoneSigner& signer, QDateTime now,
                   quint32 serial);

    // Writes one scenario's certificates and zones. Returns the delegations test. needs for the zones it
    // signed or left unsigned; zones for the signing proxy are written to the hidden primary's directory and
    // get their DS later from the signer's key.
    [[nodiscard]] Result<QList<LabDelegationRecords>> scenario(const LabScenario& scenario);
    // Writes and signs test. and the root; writes trust-anchor.ds/.dnskey/.bind.
    [[nodiscard]] Result<void> parents(const QList<LabDelegationRecords>& delegations);

private:
    [[nodiscard]] Result<void> signZone(const QString& zone, const QString& text, LabSignatureTiming timing, bool nsec3,
                                        const LabKeySet& keys);

    LabAddressPlan m_plan;
    LabPaths m_paths;
    LabZoneSigner& m_signer;
    QDateTime m_now;
    LabZoneBuilder m_builder;
};

} // namespace danewerk::core
