#include "core/diagram/DiagramStatus.h"

#include <QStringList>

namespace danewerk::core {

DiagramStatus diagramStatusOf(const QString& status) {
    static const QStringList secure{"secure", "authenticated", "dane-authenticated", "usable"};
    static const QStringList insecure{"insecure", "no-tlsa", "not-applicable", "not-checked", "no-mx"};
    static const QStringList bogus{"bogus",      "dnssec-bogus",     "tlsa-mismatch", "name-mismatch",
                                   "tls-failed", "starttls-missing", "smtp-failed",   "dane-failed"};
    static const QStringList expired{"expired", "cert-expired"};
    static const QStringList indeterminate{"indeterminate", "unresolved", "lookup-failed", "unreachable",
                                           "tlsa-unusable", "unusable",   "dane-partial"};
    static const QStringList missing{"missing", "absent"};
    const QString s = status.trimmed().toLower();
    if (secure.contains(s))
        return DiagramStatus::Secure;
    if (insecure.contains(s))
        return DiagramStatus::Insecure;
    if (bogus.contains(s))
        return DiagramStatus::Bogus;
    if (expired.contains(s))
        return DiagramStatus::Expired;
    if (indeterminate.contains(s))
        return DiagramStatus::Indeterminate;
    if (missing.contains(s))
        return DiagramStatus::Missing;
    return DiagramStatus::Neutral;
}

QString diagramStatusName(DiagramStatus status) {
    switch (status) {
    case DiagramStatus::Secure:
        return QStringLiteral("secure");
    case DiagramStatus::Insecure:
        return QStringLiteral("insecure");
    case DiagramStatus::Bogus:
        return QStringLiteral("bogus");
    case DiagramStatus::Expired:
        return QStringLiteral("expired");
    case DiagramStatus::Indeterminate:
        return QStringLiteral("indeterminate");
    case DiagramStatus::Missing:
        return QStringLiteral("missing");
    case DiagramStatus::Neutral:
        break;
    }
    return QStringLiteral("neutral");
}

} // namespace danewerk::core
