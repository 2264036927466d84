#pragma once

#include "core/common/Result.h"

#include <QString>

namespace danewerk::core {

// Where the lab's servers listen. Every address is an offset from the base (default 127.30.0.0):
//   base + 0.1   public authoritative server (NSD): root, test. and every scenario zone
//   base + 0.2   validating resolver (unbound), the only address participants need
//   base + 0.3   hidden primary (NSD) of the signing-proxy scenario, unsigned
//   base + 0.4   signer (Knot) of the signing-proxy scenario
//   base + 1.N   SMTP server N of the scenarios (N = the server's "address" in its scenario file)
//   [::1]        the one IPv6 SMTP server
// Root mode uses ports 53 and 25; unprivileged mode uses 10053 and 10025 on the same addresses.
class LabAddressPlan {
public:
    static constexpr quint16 UnprivilegedDnsPort = 10053;
    static constexpr quint16 UnprivilegedSmtpPort = 10025;

    // base must be an IPv4 address in 127.0.0.0/8 whose last two octets are 0. Error code LAB_BASE_INVALID.
    [[nodiscard]] static Result<LabAddressPlan> create(const QString& base, bool unprivileged);

    [[nodiscard]] QString base() const { return offset(0, 0); }
    [[nodiscard]] bool unprivileged() const { return m_unprivileged; }
    [[nodiscard]] quint16 dnsPort() const { return m_unprivileged ? UnprivilegedDnsPort : 53; }
    [[nodiscard]] quint16 smtpPort() const { return m_unprivileged ? UnprivilegedSmtpPort : 25; }

    [[nodiscard]] QString authoritative() const { return offset(0, 1); }
    [[nodiscard]] QString resolver() const { return offset(0, 2); }
    [[nodiscard]] QString hiddenPrimary() const { return offset(0, 3); }
    [[nodiscard]] QString signer() const { return offset(0, 4); }
    [[nodiscard]] QString smtpServer(int serverOffset) const { return offset(1, serverOffset); }
    [[nodiscard]] static QString ipv6Server() { return QStringLiteral("::1"); }

    // "127.30.0.2" or "127.30.0.2#10053", as `check --resolver` takes it.
    [[nodiscard]] QString resolverOption() const;

private:
    [[nodiscard]] QString offset(int third, int fourth) const;

    quint32 m_base = 0; // host byte order
    bool m_unprivileged = false;
};

} // namespace danewerk::core
