#include "core/check/DnssecState.h"

#include <algorithm>

namespace danewerk::core {

QString dnssecStateName(DnssecState state) {
    switch (state) {
    case DnssecState::Secure:
        return QStringLiteral("secure");
    case DnssecState::Insecure:
        return QStringLiteral("insecure");
    case DnssecState::Indeterminate:
        return QStringLiteral("indeterminate");
    case DnssecState::Unresolved:
        return QStringLiteral("unresolved");
    case DnssecState::Bogus:
        return QStringLiteral("bogus");
    }
    return {};
}

DnssecState combineDnssecStates(DnssecState a, DnssecState b) {
    return std::max(a, b);
}

} // namespace danewerk::core
