#include "core/lab/LabDnsProbe.h"

#include "core/dns/Ldns.h"

namespace danewerk::core {

namespace {

ldns::ResolverPtr makeResolver(const QString& address, quint16 port, int timeoutMs) {
    ldns::ResolverPtr resolver(ldns_resolver_new());
    if (!resolver)
        return {};
    const QByteArray text = address.toLatin1();
    ldns_rdf* server = address.contains(u':') ? ldns_rdf_new_frm_str(LDNS_RDF_TYPE_AAAA, text.constData())
                                              : ldns_rdf_new_frm_str(LDNS_RDF_TYPE_A, text.constData());
    if (!server)
        return {};
    ldns_resolver_push_nameserver(resolver.get(), server);
    ldns_rdf_deep_free(server);
    ldns_resolver_set_port(resolver.get(), port);
    timeval timeout{timeoutMs / 1000, (timeoutMs % 1000) * 1000};
    ldns_resolver_set_timeout(resolver.get(), timeout);
    ldns_resolver_set_retry(resolver.get(), 1);
    ldns_resolver_set_dnssec(resolver.get(), true);
    ldns_resolver_set_edns_udp_size(resolver.get(), 4096);
    return resolver;
}

QString lineOf(const ldns_rr* rr) {
    char* text = ldns_rr2str(rr);
    QString line = QString::fromUtf8(text).trimmed();
    LDNS_FREE(text);
    return line;
}

} // namespace

QStringList LabDnsProbe::query(const QString& address, quint16 port, const QString& name, const QString& type,
                               bool recursion, int timeoutMs) {
    ldns::ResolverPtr resolver = makeResolver(address, port, timeoutMs);
    if (!resolver)
        return {};
    ldns_resolver_set_recursive(resolver.get(), recursion);
    ldns::RdfPtr owner(ldns_dname_new_frm_str(name.toLatin1().constData()));
    const ldns_rr_type rrType = ldns_get_rr_type_by_name(type.toLatin1().constData());
    if (!owner || rrType == 0)
        return {};
    ldns_pkt* raw = nullptr;
    const uint16_t flags = recursion ? LDNS_RD : 0;
    if (ldns_resolver_send(&raw, resolver.get(), owner.get(), rrType, LDNS_RR_CLASS_IN, flags) != LDNS_STATUS_OK ||
        !raw)
        return {};
    ldns::PktPtr packet(raw);
    if (ldns_pkt_get_rcode(packet.get()) != LDNS_RCODE_NOERROR)
        return {};
    QStringList lines;
    const ldns_rr_list* answer = ldns_pkt_answer(packet.get());
    for (size_t i = 0; i < ldns_rr_list_rr_count(answer); ++i) {
        const ldns_rr* rr = ldns_rr_list_rr(answer, i);
        if (ldns_rr_get_type(rr) == rrType)
            lines.append(lineOf(rr));
    }
    return lines;
}

QStringList LabDnsProbe::transfer(const QString& address, quint16 port, const QString& zone, int timeoutMs) {
    ldns::ResolverPtr resolver = makeResolver(address, port, timeoutMs);
    if (!resolver)
        return {};
    ldns::RdfPtr origin(ldns_dname_new_frm_str(zone.toLatin1().constData()));
    if (!origin || ldns_axfr_start(resolver.get(), origin.get(), LDNS_RR_CLASS_IN) != LDNS_STATUS_OK)
        return {};
    QStringList lines;
    int soaSeen = 0;
    // Bounded: a lab zone has a few dozen records.
    for (int i = 0; i < 100000; ++i) {
        ldns::RrPtr rr(ldns_axfr_next(resolver.get()));
        if (!rr)
            break;
        if (ldns_rr_get_type(rr.get()) == LDNS_RR_TYPE_SOA && ++soaSeen == 2)
            break;
        lines.append(lineOf(rr.get()));
    }
    ldns_axfr_abort(resolver.get());
    return soaSeen == 2 ? lines : QStringList();
}

} // namespace danewerk::core
