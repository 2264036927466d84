#pragma once

#include "core/common/Result.h"
#include "core/lab/LabAddressPlan.h"
#include "core/lab/LabConfigWriter.h"
#include "core/lab/LabPaths.h"
#include "core/lab/LabScenarioCatalog.h"

#include <QList>

namespace danewerk::core {

// The SMTP listeners of the lab: one per scenario server, with its address, port, STARTTLS switch and
// certificate chain. Postfix gets them as master.cf lines; in unprivileged mode they are written to
// <dir>/smtp/listeners.json for `danewerk-cli lab smtp-serve`.
class LabSmtpListeners {
public:
    [[nodiscard]] static QList<LabSmtpListener>
    fromCatalog(const LabScenarioCatalog& catalog, const LabAddressPlan& plan, const LabPaths& paths, bool ipv6);
    [[nodiscard]] static Result<void> write(const QList<LabSmtpListener>& listeners, const QString& file);
    [[nodiscard]] static Result<QList<LabSmtpListener>> read(const QString& file);
};

} // namespace danewerk::core
