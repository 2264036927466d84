#include "core/check/AddressStatus.h"

#include <algorithm>

namespace danewerk::core {

QString addressStatusName(AddressStatus status) {
    switch (status) {
    case AddressStatus::Bogus:
        return QStringLiteral("bogus");
    case AddressStatus::LookupFailed:
        return QStringLiteral("lookup-failed");
    case AddressStatus::StartTlsMissing:
        return QStringLiteral("starttls-missing");
    case AddressStatus::SmtpFailed:
        return QStringLiteral("smtp-failed");
    case AddressStatus::TlsFailed:
        return QStringLiteral("tls-failed");
    case AddressStatus::NameMismatch:
        return QStringLiteral("name-mismatch");
    case AddressStatus::CertExpired:
        return QStringLiteral("cert-expired");
    case AddressStatus::TlsaMismatch:
        return QStringLiteral("tlsa-mismatch");
    case AddressStatus::Unreachable:
        return QStringLiteral("unreachable");
    case AddressStatus::TlsaUnusable:
        return QStringLiteral("tlsa-unusable");
    case AddressStatus::NoTlsa:
        return QStringLiteral("no-tlsa");
    case AddressStatus::Insecure:
        return QStringLiteral("insecure");
    case AddressStatus::Authenticated:
        return QStringLiteral("authenticated");
    case AddressStatus::NotChecked:
        return QStringLiteral("not-checked");
    }
    return {};
}

AddressStatus worseStatus(AddressStatus a, AddressStatus b) {
    return std::min(a, b);
}

bool isDaneFailure(AddressStatus status) {
    return status <= AddressStatus::TlsaMismatch;
}

} // namespace danewerk::core
