#pragma once

#include <QString>

namespace danewerk::core {

// The canonical name of a host as the system resolves it (getaddrinfo with AI_CANONNAME: /etc/hosts, then
// DNS, as nsswitch.conf says), or the name itself when it cannot be resolved. No trailing dot.
[[nodiscard]] QString canonicalHostName(const QString& hostName);
// This machine's fully qualified name, the default EHLO argument (LIVE-CHECK.md: "the default is the
// machine's FQDN"): the canonical form of the host name; "localhost" if the machine has no name.
[[nodiscard]] QString machineFqdn();

} // namespace danewerk::core
