#include "core/dns/DnsObservationLog.h"

namespace danewerk::core {

void DnsObservationLog::record(const DnsResponse& response) {
    std::lock_guard lock(m_mutex);
    m_responses.append(response);
}

QList<DnsResponse> DnsObservationLog::responses() const {
    std::lock_guard lock(m_mutex);
    return m_responses;
}

QJsonArray DnsObservationLog::toJson() const {
    QJsonArray array;
    for (const DnsResponse& r : responses())
        array.append(r.toJson());
    return array;
}

} // namespace danewerk::core
