#include "core/check/CheckProgress.h"

#include <QStringList>

namespace danewerk::core {

QString CheckProgressEvent::kindName(Kind kind) {
    switch (kind) {
    case Kind::DomainStarted:
        return QStringLiteral("domain-started");
    case Kind::MxResolved:
        return QStringLiteral("mx-resolved");
    case Kind::HostStarted:
        return QStringLiteral("host-started");
    case Kind::HostResolved:
        return QStringLiteral("host-resolved");
    case Kind::TlsaLookup:
        return QStringLiteral("tlsa-lookup");
    case Kind::AddressStarted:
        return QStringLiteral("address-started");
    case Kind::TlsStep:
        return QStringLiteral("tls-step");
    case Kind::AddressFinished:
        return QStringLiteral("address-finished");
    case Kind::HostFinished:
        return QStringLiteral("host-finished");
    case Kind::DomainFinished:
        return QStringLiteral("domain-finished");
    case Kind::DomainCancelled:
        return QStringLiteral("domain-cancelled");
    }
    return QString();
}

QString CheckProgressEvent::toString() const {
    QStringList parts{kindName(kind), host.isEmpty() ? domain : host};
    if (!address.isEmpty())
        parts << address;
    if (kind == Kind::MxResolved || kind == Kind::HostResolved)
        parts << QStringLiteral("count=%1").arg(count);
    if (!detail.isEmpty())
        parts << detail;
    return parts.join(QLatin1Char(' '));
}

} // namespace danewerk::core
