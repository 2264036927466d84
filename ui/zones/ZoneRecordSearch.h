#pragma once

#include "core/zone/Zone.h"

#include <optional>

namespace danewerk::ui {

// The first record (in the zone's canonical order) of an owner name (wire format), of one type if given; -1
// when there is none. A binary search over the canonically ordered records: no scan of a large zone.
[[nodiscard]] qsizetype firstRecordOf(const core::Zone& zone, QByteArrayView owner, std::optional<quint16> type);

} // namespace danewerk::ui
