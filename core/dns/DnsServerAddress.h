#pragma once

#include "core/common/Result.h"

#include <QList>
#include <QString>

namespace danewerk::core {

// A resolver to ask: an IPv4 or IPv6 literal and a port.
struct DnsServerAddress {
    QString address;
    quint16 port = 53;

    [[nodiscard]] QString toString() const; // "127.0.0.1#5353", "::1#53"
    bool operator==(const DnsServerAddress&) const = default;
};

// "ADDR" or "ADDR#PORT" (IPv4 or IPv6). Error code RESOLVER_INVALID.
[[nodiscard]] Result<DnsServerAddress> parseDnsServerAddress(const QString& text);
// The nameserver lines of a resolv.conf (IPv6 zone suffixes dropped); empty when none is usable.
[[nodiscard]] QList<DnsServerAddress>
dnsServersFromResolvConf(const QString& path = QStringLiteral("/etc/resolv.conf"));

} // namespace danewerk::core
