#pragma once

#include "core/dns/DnsResponse.h"

#include <QString>

namespace danewerk::core {

// Where DNS answers come from: a live resolver (DnsClient) or a saved log (ReplayDnsSource). Queries go
// out with RD, CD and DO set: the engine validates itself and wants to see bogus data too.
class DnsSource {
public:
    virtual ~DnsSource() = default;
    // name: FQDN with or without the trailing dot.
    [[nodiscard]] virtual DnsResponse query(const QString& name, quint16 type) = 0;
};

} // namespace danewerk::core
