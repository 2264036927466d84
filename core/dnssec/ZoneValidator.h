#pragma once

#include "core/common/Result.h"
#include "core/dnssec/ValidationContext.h"
#include "core/dnssec/ZoneReport.h"
#include "core/zone/Zone.h"

#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>

#include <vector>

namespace danewerk::core {

struct ValidationOptions {
    QDateTime now;                               // the moment every validity decision uses (required)
    qint64 expiryWarning = 7 * 86400;            // RRSIG_EXPIRES_SOON below this many seconds
    std::vector<ExternalDs> dsRecords;           // the parent's DS (--ds FILE), checked against the apex keys
    QList<QPair<QString, QString>> certificates; // --cert HOST=FILE for the TLSA checks
    int threads = 0;                             // 0: every core
};

// Offline validation of a loaded zone: every finding of ZONE-CHECKS.md, with the report `zone check` prints.
// Never stops at the first problem; never reads the clock.
class ZoneValidator {
public:
    [[nodiscard]] static ZoneReport validateZone(const Zone& zone, const ValidationOptions& options);

    // The DNSSEC findings alone (keys, signatures, NSEC/NSEC3), filling the DNSSEC parts of report.
    static void validateDnssec(const Zone& zone, const ValidationOptions& options, ZoneReport& report);

    // DS records from a file in zone format (the parent's DS RRset); errors: PARSE_ERROR with file:line.
    [[nodiscard]] static Result<std::vector<ExternalDs>> loadDsFile(const QString& path, const QString& origin);
};

} // namespace danewerk::core
