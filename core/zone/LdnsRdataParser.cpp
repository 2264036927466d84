#include "core/zone/LdnsRdataParser.h"

#include "core/dns/DnsName.h"
#include "core/dns/Ldns.h"

#include <QCoreApplication>

namespace danewerk::core {

namespace {

bool hasRelativeName(const ldns_rr* rr) {
    for (size_t i = 0; i < ldns_rr_rd_count(rr); ++i) {
        const ldns_rdf* rdf = ldns_rr_rdf(rr, i);
        if (ldns_rdf_get_type(rdf) == LDNS_RDF_TYPE_DNAME &&
            (ldns_rdf_size(rdf) == 0 || ldns_rdf_data(rdf)[ldns_rdf_size(rdf) - 1] != 0))
            return true;
    }
    return false;
}

} // namespace

bool LdnsRdataParser::parse(quint16 type, const std::vector<ZoneToken>& tokens, size_t first, QByteArrayView origin,
                            QByteArray& rdata, QString& error) {
    // The owner, TTL and class are ours already; ldns sees a neutral record line with the RDATA as written.
    QByteArray line = ". 0 IN " + rrTypeName(type).toLatin1();
    for (size_t i = first; i < tokens.size(); ++i) {
        line += ' ';
        line.append(tokens[i].raw().data(), tokens[i].raw().size());
    }
    ldns::RdfPtr originRdf;
    if (!origin.isEmpty())
        originRdf.reset(ldns_rdf_new_frm_data(LDNS_RDF_TYPE_DNAME, size_t(origin.size()), origin.data()));
    ldns_rr* raw = nullptr;
    const ldns_status status = ldns_rr_new_frm_str(&raw, line.constData(), 0, originRdf.get(), nullptr);
    if (status != LDNS_STATUS_OK || !raw) {
        error = QString::fromLatin1(ldns_get_errorstr_by_id(status));
        return false;
    }
    const ldns::RrPtr rr(raw);
    if (hasRelativeName(rr.get())) {
        error = QCoreApplication::translate("danewerk::core::ZoneLoader", "relative name without an origin");
        return false;
    }
    const ldns::BufferPtr buffer(ldns_buffer_new(512));
    if (ldns_rr_rdata2buffer_wire(buffer.get(), rr.get()) != LDNS_STATUS_OK) {
        error = QCoreApplication::translate("danewerk::core::ZoneLoader", "cannot encode the RDATA");
        return false;
    }
    rdata = QByteArray(reinterpret_cast<const char*>(ldns_buffer_begin(buffer.get())),
                       qsizetype(ldns_buffer_position(buffer.get())));
    if (rdata.size() > 65535) {
        error = QCoreApplication::translate("danewerk::core::ZoneLoader", "RDATA longer than 65535 octets");
        return false;
    }
    return true;
}

} // namespace danewerk::core
