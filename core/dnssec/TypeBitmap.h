#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <optional>
#include <vector>

namespace danewerk::core {

// The type bit maps field of NSEC and NSEC3 (RFC 4034 4.1.2): window blocks of up to 32 octets.
class TypeBitmap {
public:
    [[nodiscard]] static QByteArray encode(std::vector<quint16> types); // any order, duplicates allowed
    [[nodiscard]] static std::optional<std::vector<quint16>> decode(QByteArrayView bitmap); // sorted
    [[nodiscard]] static bool isWellFormed(QByteArrayView bitmap);                          // what decode accepts
};

} // namespace danewerk::core
