#include "core/dns/DnsClient.h"

#include "core/dns/DnsExchange.h"
#include "core/dns/DnsObservationLog.h"
#include "core/dns/Ldns.h"

#include <QRandomGenerator>

namespace danewerk::core {

DnsClient::DnsClient(DnsClientOptions options, DnsObservationLog* log) : m_options(std::move(options)), m_log(log) {}

DnsResponse DnsClient::query(const QString& name, quint16 type) {
    QString fqdn = name.toLower();
    if (!fqdn.endsWith(QLatin1Char('.')))
        fqdn += QLatin1Char('.');
    DnsResponse last;
    last.name = fqdn;
    last.type = type;
    last.error = QStringLiteral("no resolver configured");
    if (++m_queries > m_options.maxQueries) {
        last.outcome = DnsResponse::Outcome::NetworkError;
        last.error = QStringLiteral("query limit reached");
        return last;
    }
    for (const DnsServerAddress& server : m_options.servers) {
        last = queryServer(server, fqdn, type);
        if (m_log)
            m_log->record(last);
        if (last.outcome != DnsResponse::Outcome::Answer)
            continue;
        // SERVFAIL or REFUSED from one resolver: another may do better; otherwise this is the answer.
        const auto rcode = last.wire.size() >= 4 ? (quint8(last.wire[3]) & 0x0f) : 2;
        if (rcode != LDNS_RCODE_SERVFAIL && rcode != LDNS_RCODE_REFUSED)
            return last;
    }
    return last;
}

DnsResponse DnsClient::queryServer(const DnsServerAddress& server, const QString& name, quint16 type) const {
    DnsResponse response;
    response.name = name;
    response.type = type;
    response.server = server.toString();

    const QByteArray query = buildQuery(name, type);
    if (query.isEmpty()) {
        response.outcome = DnsResponse::Outcome::NetworkError;
        response.error = QStringLiteral("invalid name");
        return response;
    }
    // The timeout bounds the whole exchange with this server: UDP attempts and the TCP retry share it.
    const DnsExchange exchange(server, query, QDeadlineTimer(std::max(1, m_options.timeoutMs)));
    DnsExchangeResult result = exchange.overUdp(m_options.retries + 1);
    if (result.outcome == DnsResponse::Outcome::Answer && DnsExchange::truncated(result.wire)) {
        const DnsExchangeResult overTcp = exchange.overTcp();
        if (overTcp.outcome == DnsResponse::Outcome::Answer) {
            result = overTcp;
        } else {
            // A truncated answer is not an answer: without the TCP one the lookup fails.
            result.outcome = overTcp.outcome;
            result.wire.clear();
            result.error = QStringLiteral("truncated over UDP; %1").arg(overTcp.error);
        }
    }
    response.receivedAt = QDateTime::currentDateTimeUtc();
    response.outcome = result.outcome;
    response.wire = result.wire;
    response.error = result.error;
    return response;
}

QByteArray DnsClient::buildQuery(const QString& name, quint16 type) {
    ldns_rdf* qname = ldns_dname_new_frm_str(name.toLatin1().constData());
    if (!qname)
        return {};
    // ldns_pkt_query_new owns qname from here on.
    ldns::PktPtr packet(ldns_pkt_query_new(qname, ldns_rr_type(type), LDNS_RR_CLASS_IN, LDNS_RD | LDNS_CD));
    if (!packet)
        return {};
    // An unpredictable ID (RFC 5452 9.2); the kernel picks a random source port.
    ldns_pkt_set_id(packet.get(), quint16(QRandomGenerator::system()->bounded(65536)));
    ldns_pkt_set_edns_udp_size(packet.get(), 1232);
    ldns_pkt_set_edns_do(packet.get(), true);
    uint8_t* wire = nullptr;
    size_t size = 0;
    if (ldns_pkt2wire(&wire, packet.get(), &size) != LDNS_STATUS_OK)
        return {};
    QByteArray bytes(reinterpret_cast<const char*>(wire), qsizetype(size));
    free(wire);
    return bytes;
}

} // namespace danewerk::core
