#include "core/check/DnsAnswer.h"

#include "core/check/DnsNames.h"

namespace danewerk::core {

DnsAnswer DnsAnswer::parse(const DnsResponse& response) {
    DnsAnswer answer;
    if (response.outcome != DnsResponse::Outcome::Answer) {
        answer.m_error = response.error.isEmpty() ? QStringLiteral("no answer") : response.error;
        return answer;
    }
    ldns_pkt* raw = nullptr;
    if (ldns_wire2pkt(&raw, reinterpret_cast<const uint8_t*>(response.wire.constData()),
                      size_t(response.wire.size())) != LDNS_STATUS_OK) {
        answer.m_error = QStringLiteral("malformed answer");
        return answer;
    }
    answer.m_packet.reset(raw);
    if (!wellFormed(raw)) {
        answer.m_packet.reset();
        answer.m_error = QStringLiteral("malformed answer (a record lacks RDATA fields its type requires)");
        return answer;
    }
    answer.m_rcode = ldns_pkt_get_rcode(raw);
    return answer;
}

bool DnsAnswer::wellFormed(const ldns_pkt* packet) {
    // ldns accepts records with empty or short RDATA from the wire (legal only in dynamic updates); every
    // record the validator reads must carry all the fields of its type, or the accessors return null.
    for (const ldns_rr_list* list :
         {ldns_pkt_answer(packet), ldns_pkt_authority(packet), ldns_pkt_additional(packet)}) {
        for (size_t i = 0; list && i < ldns_rr_list_rr_count(list); ++i) {
            const ldns_rr* rr = ldns_rr_list_rr(list, i);
            const ldns_rr_descriptor* descriptor = ldns_rr_descript(ldns_rr_get_type(rr));
            if (descriptor && ldns_rr_rd_count(rr) < ldns_rr_descriptor_minimum(descriptor))
                return false;
        }
    }
    return true;
}

ldns_rr_list* DnsAnswer::section(int which) const {
    if (!m_packet)
        return nullptr;
    return which == Answer ? ldns_pkt_answer(m_packet.get()) : ldns_pkt_authority(m_packet.get());
}

ldns::RrListPtr DnsAnswer::records(int which, const QString& owner, quint16 type) const {
    ldns::RrListPtr out(ldns_rr_list_new());
    const QString wanted = normalizedName(owner);
    ldns_rr_list* list = section(which);
    for (size_t i = 0; list && i < ldns_rr_list_rr_count(list); ++i) {
        const ldns_rr* rr = ldns_rr_list_rr(list, i);
        if (ldns_rr_get_type(rr) == type && rdfToName(ldns_rr_owner(rr)) == wanted)
            ldns_rr_list_push_rr(out.get(), ldns_rr_clone(rr));
    }
    return out;
}

ldns::RrListPtr DnsAnswer::signatures(int which, const QString& owner, quint16 type) const {
    ldns::RrListPtr out(ldns_rr_list_new());
    const QString wanted = normalizedName(owner);
    ldns_rr_list* list = section(which);
    for (size_t i = 0; list && i < ldns_rr_list_rr_count(list); ++i) {
        const ldns_rr* rr = ldns_rr_list_rr(list, i);
        if (ldns_rr_get_type(rr) == LDNS_RR_TYPE_RRSIG && rdfToName(ldns_rr_owner(rr)) == wanted &&
            ldns_rdf2rr_type(ldns_rr_rrsig_typecovered(rr)) == type)
            ldns_rr_list_push_rr(out.get(), ldns_rr_clone(rr));
    }
    return out;
}

bool DnsAnswer::hasAnySignature() const {
    for (int which : {Answer, Authority}) {
        ldns_rr_list* list = section(which);
        for (size_t i = 0; list && i < ldns_rr_list_rr_count(list); ++i)
            if (ldns_rr_get_type(ldns_rr_list_rr(list, i)) == LDNS_RR_TYPE_RRSIG)
                return true;
    }
    return false;
}

} // namespace danewerk::core
