#pragma once

#include <QString>

#include <optional>

namespace danewerk::core {

// RFC 6698 fields and their RFC 7218 mnemonics.
enum class TlsaUsage : quint8 { PkixTa = 0, PkixEe = 1, DaneTa = 2, DaneEe = 3 };
enum class TlsaSelector : quint8 { Cert = 0, Spki = 1 };
enum class TlsaMatchingType : quint8 { Full = 0, Sha256 = 1, Sha512 = 2 };

[[nodiscard]] QString usageMnemonic(int usage);       // "DANE-EE"; "" when unknown
[[nodiscard]] QString selectorMnemonic(int selector); // "SPKI"
[[nodiscard]] QString matchingMnemonic(int mtype);    // "SHA2-256"
// "3 1 1" -> "DANE-EE SPKI SHA2-256" (unknown values as numbers)
[[nodiscard]] QString tlsaMnemonics(int usage, int selector, int mtype);

// Numbers or mnemonics, case-insensitive ("3", "DANE-EE", "dane-ee"); nothing when unknown.
[[nodiscard]] std::optional<int> parseUsage(const QString& text);
[[nodiscard]] std::optional<int> parseSelector(const QString& text);
[[nodiscard]] std::optional<int> parseMatchingType(const QString& text);

// Expected digest length in bytes (32, 64), 0 for Full, -1 for unknown matching types.
[[nodiscard]] int digestLength(int mtype);

} // namespace danewerk::core
