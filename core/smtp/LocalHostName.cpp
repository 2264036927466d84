#include "core/smtp/LocalHostName.h"

#include <QSysInfo>

#include <netdb.h>
#include <sys/socket.h>

namespace danewerk::core {

QString canonicalHostName(const QString& hostName) {
    if (hostName.isEmpty())
        return hostName;
    addrinfo hints{};
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM;
    hints.ai_flags = AI_CANONNAME;
    addrinfo* found = nullptr;
    if (::getaddrinfo(hostName.toUtf8().constData(), nullptr, &hints, &found) != 0 || !found)
        return hostName;
    QString canonical = found->ai_canonname ? QString::fromUtf8(found->ai_canonname) : QString();
    ::freeaddrinfo(found);
    if (canonical.endsWith(QLatin1Char('.')))
        canonical.chop(1);
    return canonical.isEmpty() ? hostName : canonical;
}

QString machineFqdn() {
    const QString name = canonicalHostName(QSysInfo::machineHostName());
    return name.isEmpty() ? QStringLiteral("localhost") : name;
}

} // namespace danewerk::core
