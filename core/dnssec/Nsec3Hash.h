#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <optional>

namespace danewerk::core {

// NSEC3 owner hashing (RFC 5155 5) and the Base32hex encoding of NSEC3 owner labels (RFC 4648 7).
class Nsec3Hash {
public:
    // SHA-1 (hash algorithm 1) of the canonical wire name, iterated. Empty for unknown algorithms.
    [[nodiscard]] static QByteArray hash(QByteArrayView canonicalName, QByteArrayView salt, int iterations,
                                         int algorithm = 1);
    // The same into a caller's 20 octets, without allocating: false (out untouched) for unknown algorithms.
    [[nodiscard]] static bool sha1Into(QByteArrayView canonicalName, QByteArrayView salt, int iterations, int algorithm,
                                       unsigned char (&out)[20]);
    [[nodiscard]] static QByteArray toBase32Hex(QByteArrayView bytes); // lower case, no padding
    [[nodiscard]] static std::optional<QByteArray> fromBase32Hex(QByteArrayView text);
    // Decodes into out without allocating: the number of octets, or -1 for a non-digit or more than capacity.
    [[nodiscard]] static qsizetype fromBase32HexInto(QByteArrayView text, unsigned char* out, qsizetype capacity);
};

} // namespace danewerk::core
