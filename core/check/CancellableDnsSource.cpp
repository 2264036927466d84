#include "core/check/CancellableDnsSource.h"

namespace danewerk::core {

DnsResponse CancellableDnsSource::query(const QString& name, quint16 type) {
    if (!m_observer.isCancelled())
        return m_inner.query(name, type);
    DnsResponse cancelled;
    cancelled.name = name;
    cancelled.type = type;
    cancelled.outcome = DnsResponse::Outcome::NetworkError;
    cancelled.error = QStringLiteral("cancelled");
    return cancelled;
}

} // namespace danewerk::core
