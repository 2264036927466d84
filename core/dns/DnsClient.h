#pragma once

#include "core/dns/DnsServerAddress.h"
#include "core/dns/DnsSource.h"

#include <QList>

#include <atomic>

namespace danewerk::core {

class DnsObservationLog;

struct DnsClientOptions {
    QList<DnsServerAddress> servers; // tried in order
    int timeoutMs = 10000;           // per query and server, shared by its attempts
    int retries = 1;                 // further attempts per server after a timeout
    int maxQueries = 2000;           // a hard bound per client: hostile delegations cannot make it loop
};

// Queries recursive resolvers: UDP with EDNS0 (1232 octets) and DO, RD and CD set, TCP when the answer comes
// back truncated (DnsExchange: answers that do not match the query are ignored, every step is bounded by the
// timeout). Thread-safe: every query uses its own sockets. Every exchange, answered or not, goes to the log.
class DnsClient final : public DnsSource {
public:
    explicit DnsClient(DnsClientOptions options, DnsObservationLog* log = nullptr);
    [[nodiscard]] DnsResponse query(const QString& name, quint16 type) override;
    [[nodiscard]] int queriesSent() const { return m_queries.load(); }

private:
    DnsResponse queryServer(const DnsServerAddress& server, const QString& name, quint16 type) const;
    // The query message: RD and CD set, EDNS0 (1232 octets) with DO, a random ID. Empty for an invalid name.
    static QByteArray buildQuery(const QString& name, quint16 type);

    DnsClientOptions m_options;
    DnsObservationLog* m_log = nullptr;
    std::atomic<int> m_queries{0};
};

} // namespace danewerk::core
