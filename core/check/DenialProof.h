#pragma once

#include <QString>

typedef struct ldns_struct_rr_list ldns_rr_list;

namespace danewerk::core {

// What validated NSEC or NSEC3 records prove about (qname, qtype) (RFC 4035 5.4, RFC 5155 8).
struct DenialCheck {
    enum class Outcome {
        NoData,             // the name exists without the type (for DS: and it is no zone cut)
        NxDomain,           // the name does not exist (and no wildcard could have made it)
        InsecureDelegation, // DS query: a delegation without DS (NS bit, no DS), or NSEC3 opt-out
        Nsec3TooCostly,     // NSEC3 with more than 150 iterations: treated as insecure (RFC 9276 3.2)
        NotProven,          // the records present do not prove the denial
    };
    Outcome outcome = Outcome::NotProven;
    bool nsec3 = false;
    QString reason; // for NotProven: what is missing
};

// Pure logic over records whose signatures the caller has already verified; never touches the network.
class DenialProof {
public:
    // nsecRecords: the NSEC and/or NSEC3 records of the authority section (signatures verified).
    // zone: the zone that signed them. nxdomain: the rcode was NXDOMAIN.
    [[nodiscard]] static DenialCheck check(const ldns_rr_list* nsecRecords, const QString& zone, const QString& qname,
                                           quint16 qtype, bool nxdomain);
    // A positive answer synthesized from a wildcard (RRSIG labels = wildcardLabels): the name itself must be
    // proven absent: an NSEC covering it, or an NSEC3 covering the next closer name (RFC 4035 5.3.4,
    // RFC 5155 8.8).
    [[nodiscard]] static bool wildcardExpansionProven(const ldns_rr_list* nsecRecords, const QString& zone,
                                                      const QString& qname, int wildcardLabels);
};

} // namespace danewerk::core
