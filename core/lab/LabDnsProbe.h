#pragma once

#include <QString>
#include <QStringList>

namespace danewerk::core {

// Small DNS questions the lab asks its own servers: is it answering yet, what DNSKEY did the signer make,
// what does a zone look like (AXFR). Loopback only, short timeouts.
class LabDnsProbe {
public:
    // Records of the answer section as zone-file lines; empty on timeout, error rcode or no data.
    // recursion: set RD (for the resolver).
    [[nodiscard]] static QStringList query(const QString& address, quint16 port, const QString& name,
                                           const QString& type, bool recursion = false, int timeoutMs = 1000);
    // The whole zone by AXFR, one record per line, or an empty list.
    [[nodiscard]] static QStringList transfer(const QString& address, quint16 port, const QString& zone,
                                              int timeoutMs = 3000);
};

} // namespace danewerk::core
