#pragma once

#include <QByteArrayView>

#include <cstdint>

namespace danewerk::core {

// Byte-level name parsing shared by dnsNameFromText() and the zone scanner (which must not pay for QString).
enum class DnsNameParseStatus { Ok, Empty, EmptyLabel, LabelTooLong, NameTooLong, BadEscape, NoOrigin };

constexpr int DnsNameMaxWire = 255;

// Parses presentation format text of length `length` into `out` (at least DnsNameMaxWire bytes) and sets
// `outLength`. Relative names get `origin` appended ("@" is the origin); `lowerCase` folds ASCII letters
// (owners are canonical, names in RDATA are kept as written).
DnsNameParseStatus parseDnsName(const char* text, qsizetype length, QByteArrayView origin, bool lowerCase,
                                std::uint8_t* out, int& outLength);

// Canonical lower-casing of a wire name in place (RFC 4034 6.2).
void lowerCaseDnsName(std::uint8_t* wire, int length);

} // namespace danewerk::core
