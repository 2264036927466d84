#pragma once

#include "core/dns/DnsResponse.h"

#include <QJsonArray>
#include <QList>

#include <mutex>

namespace danewerk::core {

// Every raw DNS answer a check received, in arrival order; shared by the threads of one check.
class DnsObservationLog {
public:
    void record(const DnsResponse& response);
    [[nodiscard]] QList<DnsResponse> responses() const;
    [[nodiscard]] QJsonArray toJson() const;

private:
    mutable std::mutex m_mutex;
    QList<DnsResponse> m_responses;
};

} // namespace danewerk::core
