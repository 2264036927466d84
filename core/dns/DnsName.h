#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <optional>

namespace danewerk::core {

// Domain names inside the engine are uncompressed wire format (length-prefixed labels ending in the empty
// root label) in canonical form: ASCII letters lower-cased (RFC 4034 6.2). "example." is "\x07example\x00".

// Parses presentation format ("mx1.Example.ORG.", "@", "www", "\\032x.example."): relative names are
// completed with origin (wire); "@" is the origin. Error code NAME_INVALID (empty label, label > 63,
// name > 255 octets, bad escape).
[[nodiscard]] Result<QByteArray> dnsNameFromText(QStringView text, QByteArrayView origin = {});

// Presentation format with the trailing dot, lower case, escapes for non-printable octets; "." for the root.
[[nodiscard]] QString dnsNameToText(QByteArrayView wire);

[[nodiscard]] int dnsNameLabelCount(QByteArrayView wire); // root = 0
// True if name equals or lies below ancestor.
[[nodiscard]] bool dnsNameIsSubdomain(QByteArrayView name, QByteArrayView ancestor);
// RFC 4034 6.1 canonical order: <0, 0, >0.
[[nodiscard]] int dnsNameCanonicalCompare(QByteArrayView a, QByteArrayView b);
// The name with its first label removed (the root stays the root).
[[nodiscard]] QByteArrayView dnsNameParent(QByteArrayView wire);

// RR type mnemonics as ldns knows them ("A", "TLSA", "TYPE65534" for unknown ones) and back.
[[nodiscard]] QString rrTypeName(quint16 type);
[[nodiscard]] std::optional<quint16> rrTypeFromName(QStringView name);
// The same for ASCII bytes (case-insensitive), without allocating: for the zone scanner.
[[nodiscard]] std::optional<quint16> rrTypeFromMnemonic(QByteArrayView name);
// "IN", "CH", "HS", "CLASS7"... and back (case-insensitive).
[[nodiscard]] QString rrClassName(quint16 rclass);
[[nodiscard]] std::optional<quint16> rrClassFromMnemonic(QByteArrayView name);

} // namespace danewerk::core
