#pragma once

#include <QString>

namespace danewerk::core {

// CLI.md STATUS, declared worst first: a host takes the smallest value of its addresses.
enum class AddressStatus {
    Bogus,
    LookupFailed,
    StartTlsMissing,
    SmtpFailed,
    TlsFailed,
    NameMismatch,
    CertExpired,
    TlsaMismatch,
    Unreachable,
    TlsaUnusable,
    NoTlsa,
    Insecure,
    Authenticated,
    NotChecked,
};

[[nodiscard]] QString addressStatusName(AddressStatus status); // "tlsa-mismatch", ...
[[nodiscard]] AddressStatus worseStatus(AddressStatus a, AddressStatus b);
// bogus, lookup-failed, starttls-missing, smtp-failed, tls-failed, name-mismatch, cert-expired, tlsa-mismatch
[[nodiscard]] bool isDaneFailure(AddressStatus status);

} // namespace danewerk::core
