#include "core/dns/DnsClient.h"

#include "core/dns/DnsObservationLog.h"
#include "core/dns/Ldns.h"

#include <arpa/inet.h>

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

    ldns::ResolverPtr resolver(ldns_resolver_new());
    const QByteArray address = server.address.toLatin1();
    unsigned char binary[16];
    ldns_rdf* ns = nullptr;
    if (inet_pton(AF_INET, address.constData(), binary) == 1)
        ns = ldns_rdf_new_frm_data(LDNS_RDF_TYPE_A, 4, binary);
    else if (inet_pton(AF_INET6, address.constData(), binary) == 1)
        ns = ldns_rdf_new_frm_data(LDNS_RDF_TYPE_AAAA, 16, binary);
    if (!resolver || !ns) {
        ldns_rdf_deep_free(ns);
        response.outcome = DnsResponse::Outcome::NetworkError;
        response.error = QStringLiteral("bad resolver address");
        return response;
    }
    ldns_resolver_push_nameserver(resolver.get(), ns);
    ldns_rdf_deep_free(ns);
    ldns_resolver_set_port(resolver.get(), server.port);
    ldns_resolver_set_recursive(resolver.get(), true);
    ldns_resolver_set_dnssec(resolver.get(), true);
    ldns_resolver_set_dnssec_cd(resolver.get(), true);
    ldns_resolver_set_edns_udp_size(resolver.get(), 1232);
    ldns_resolver_set_fallback(resolver.get(), true);
    ldns_resolver_set_random(resolver.get(), false);
    // The timeout bounds the whole query: the attempts share it.
    const int attempts = std::max(1, m_options.retries + 1);
    const int perAttemptMs = std::max(100, m_options.timeoutMs / attempts);
    ldns_resolver_set_retry(resolver.get(), uint8_t(attempts));
    ldns_resolver_set_retrans(resolver.get(), 0);
    timeval timeout{perAttemptMs / 1000, (perAttemptMs % 1000) * 1000};
    ldns_resolver_set_timeout(resolver.get(), timeout);

    ldns::RdfPtr qname(ldns_dname_new_frm_str(name.toLatin1().constData()));
    if (!qname) {
        response.outcome = DnsResponse::Outcome::NetworkError;
        response.error = QStringLiteral("invalid name");
        return response;
    }
    ldns_pkt* raw = nullptr;
    const ldns_status status =
        ldns_resolver_send(&raw, resolver.get(), qname.get(), ldns_rr_type(type), LDNS_RR_CLASS_IN, LDNS_RD | LDNS_CD);
    ldns::PktPtr packet(raw);
    response.receivedAt = QDateTime::currentDateTimeUtc();
    if (status != LDNS_STATUS_OK || !packet) {
        response.outcome = (status == LDNS_STATUS_NETWORK_ERR || status == LDNS_STATUS_ERR)
                               ? DnsResponse::Outcome::Timeout
                               : DnsResponse::Outcome::NetworkError;
        response.error = QString::fromLatin1(ldns_get_errorstr_by_id(status));
        return response;
    }
    uint8_t* wire = nullptr;
    size_t size = 0;
    if (ldns_pkt2wire(&wire, packet.get(), &size) != LDNS_STATUS_OK) {
        response.outcome = DnsResponse::Outcome::NetworkError;
        response.error = QStringLiteral("cannot encode the answer");
        return response;
    }
    response.wire = QByteArray(reinterpret_cast<const char*>(wire), qsizetype(size));
    free(wire);
    response.outcome = DnsResponse::Outcome::Answer;
    return response;
}

} // namespace danewerk::core
