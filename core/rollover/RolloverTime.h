#pragma once

#include <QString>

#include <cstdint>
#include <limits>

namespace danewerk::core {

// Rollover time is integer seconds from the plan origin (never floating point). Unbounded ends of an
// interval are represented by these sentinels and written as JSON null.
using RolloverSeconds = std::int64_t;
inline constexpr RolloverSeconds kUnboundedPast = std::numeric_limits<RolloverSeconds>::min() / 4;
inline constexpr RolloverSeconds kUnboundedFuture = std::numeric_limits<RolloverSeconds>::max() / 4;

// Every time and duration in a plan stays below this (about 31,700 years), so sums of a few of them never
// come near the sentinels or overflow.
inline constexpr RolloverSeconds kMaxPlanSeconds = 1'000'000'000'000;

[[nodiscard]] inline bool isBounded(RolloverSeconds t) {
    return t > kUnboundedPast && t < kUnboundedFuture;
}

// The style of ROLLOVER.md for offsets and intervals: hours are the largest unit, so they read as offsets
// from the origin ("717h", "719h5m", "5m", "0s", "-1h").
[[nodiscard]] QString formatOffset(RolloverSeconds seconds);

} // namespace danewerk::core
