// DNS answer packets as the chain validator receives them: wire parsing and the RRset / RRSIG lookups.
#include "FuzzInput.h"
#include "core/check/DnsAnswer.h"
#include "core/check/DnsNames.h"

using namespace danewerk::core;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    if (size > 65535)
        return 0;
    DnsResponse response;
    response.name = QStringLiteral("example.");
    response.type = 1;
    response.outcome = DnsResponse::Outcome::Answer;
    response.wire = danewerk::fuzz::inputBytes(data, size);
    const DnsAnswer answer = DnsAnswer::parse(response);
    if (!answer.answered())
        return 0;
    (void)answer.rcode();
    (void)answer.hasAnySignature();
    for (int which : {int(DnsAnswer::Answer), int(DnsAnswer::Authority)}) {
        ldns_rr_list* list = answer.section(which);
        for (size_t i = 0; list && i < ldns_rr_list_rr_count(list) && i < 64; ++i) {
            const ldns_rr* rr = ldns_rr_list_rr(list, i);
            const QString owner = rdfToName(ldns_rr_owner(rr));
            const auto type = quint16(ldns_rr_get_type(rr));
            (void)answer.records(which, owner, type);
            (void)answer.signatures(which, owner, type);
        }
    }
    return 0;
}
