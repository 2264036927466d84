#pragma once

#include "core/dns/DnsSource.h"

#include <QHash>
#include <QList>

namespace danewerk::core {

// Answers from a saved observation log, no network: the first recorded answer for (name, type); a question
// that was never asked live is answered as a timeout, as the live run would have seen nothing either.
class ReplayDnsSource final : public DnsSource {
public:
    explicit ReplayDnsSource(const QList<DnsResponse>& responses);
    [[nodiscard]] DnsResponse query(const QString& name, quint16 type) override;

private:
    QHash<QString, DnsResponse> m_answers;
};

} // namespace danewerk::core
