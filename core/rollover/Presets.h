#pragma once

#include "core/common/Result.h"
#include "core/rollover/Parameters.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace danewerk::core {

// Named parameter sets. bind-default and knot-default mirror the servers' default policies (BIND 9.18
// "default" dnssec-policy: dnskey-ttl 1h, publish-/retire-safety 1h, zone-propagation-delay 5m,
// parent-ds-ttl 1d, parent-propagation-delay 1h, max-zone-ttl 1d, signatures validity 14d refreshed 5d
// before expiry, which re-signs gradually: Dsgn = 9d. Knot 3.x: propagation-delay 1h, a full re-sign at
// each signer change). fast-cds-parent and manual-registrar describe the parent; teaching scales days to
// minutes so a rollover fits into a workshop.
class RolloverPresets {
    Q_DECLARE_TR_FUNCTIONS(danewerk::core::RolloverPresets)

public:
    [[nodiscard]] static QStringList names();
    [[nodiscard]] static Result<RolloverParameters> parameters(const QString& name);
    [[nodiscard]] static QString description(const QString& name);
};

} // namespace danewerk::core
