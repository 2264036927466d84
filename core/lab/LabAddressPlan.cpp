#include "core/lab/LabAddressPlan.h"

#include "core/lab/LabError.h"

#include <QCoreApplication>

#include <arpa/inet.h>

namespace danewerk::core {

Result<LabAddressPlan> LabAddressPlan::create(const QString& base, bool unprivileged) {
    in_addr parsedAddress{};
    const bool parsed = inet_pton(AF_INET, base.toLatin1().constData(), &parsedAddress) == 1;
    const quint32 address = ntohl(parsedAddress.s_addr);
    if (!parsed || (address >> 24) != 127 || (address & 0xffff) != 0)
        return labError(QStringLiteral("LAB_BASE_INVALID"),
                        QCoreApplication::translate("danewerk::core::LabAddressPlan",
                                                    "The lab base address must look like 127.X.0.0 (loopback, last "
                                                    "two octets zero), not \"%1\".")
                            .arg(base));
    LabAddressPlan plan;
    plan.m_base = address;
    plan.m_unprivileged = unprivileged;
    return plan;
}

QString LabAddressPlan::offset(int third, int fourth) const {
    const quint32 address = m_base + quint32(third) * 256 + quint32(fourth);
    return QStringLiteral("%1.%2.%3.%4")
        .arg(address >> 24)
        .arg((address >> 16) & 0xff)
        .arg((address >> 8) & 0xff)
        .arg(address & 0xff);
}

QString LabAddressPlan::resolverOption() const {
    return m_unprivileged ? QStringLiteral("%1#%2").arg(resolver()).arg(dnsPort()) : resolver();
}

} // namespace danewerk::core
