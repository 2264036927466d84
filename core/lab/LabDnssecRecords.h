#pragma once

#include "core/common/Result.h"

#include <QString>

namespace danewerk::core {

// DNSKEY and DS text the lab needs to glue its zones together and to write its trust anchor.
class LabDnssecRecords {
public:
    // The DNSKEY record of a BIND .key file, as one zone-file line. Error code LAB_KEY_UNREADABLE.
    [[nodiscard]] static Result<QString> dnskeyFromKeyFile(const QString& keyFile);
    // The DS record (SHA-256) for a DNSKEY zone-file line, as one zone-file line with the given TTL.
    [[nodiscard]] static Result<QString> dsFromDnskey(const QString& dnskeyLine, quint32 ttl = 3600);
    // `trust-anchors { "." static-ds TAG ALG DT "HEX"; };` for delv -a, from a DS line.
    [[nodiscard]] static Result<QString> bindTrustAnchor(const QString& dsLine);
};

} // namespace danewerk::core
