#pragma once

#include "core/dns/DnsResponse.h"
#include "core/dns/Ldns.h"

#include <QString>

namespace danewerk::core {

// A received DNS answer, parsed once, with the lookups the validator needs: the records of one RRset and
// the RRSIGs covering it, by section. Untrusted input: a packet ldns cannot parse is "malformed".
class DnsAnswer {
public:
    enum Section { Answer = 0, Authority = 1 };

    [[nodiscard]] static DnsAnswer parse(const DnsResponse& response);

    [[nodiscard]] bool answered() const { return m_packet != nullptr; }
    [[nodiscard]] int rcode() const { return m_rcode; }
    [[nodiscard]] const QString& error() const { return m_error; }

    [[nodiscard]] ldns_rr_list* section(int which) const;
    // Copies of the records of (owner, type) in a section.
    [[nodiscard]] ldns::RrListPtr records(int which, const QString& owner, quint16 type) const;
    // Copies of the RRSIGs at owner covering type in a section.
    [[nodiscard]] ldns::RrListPtr signatures(int which, const QString& owner, quint16 type) const;
    [[nodiscard]] bool hasAnySignature() const;

private:
    [[nodiscard]] static bool wellFormed(const ldns_pkt* packet);
    ldns::PktPtr m_packet;
    int m_rcode = -1;
    QString m_error;
};

} // namespace danewerk::core
