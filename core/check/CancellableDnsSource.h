#pragma once

#include "core/check/CheckProgress.h"
#include "core/dns/DnsSource.h"

namespace danewerk::core {

// Passes queries to another source until the check is cancelled; then answers every query at once with a
// network error, so the validator's remaining steps fall through without waiting for the network.
class CancellableDnsSource final : public DnsSource {
public:
    CancellableDnsSource(DnsSource& inner, const CheckObserver& observer) : m_inner(inner), m_observer(observer) {}
    [[nodiscard]] DnsResponse query(const QString& name, quint16 type) override;

private:
    DnsSource& m_inner;
    const CheckObserver& m_observer;
};

} // namespace danewerk::core
