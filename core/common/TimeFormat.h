#pragma once

#include <QDateTime>
#include <QString>

#include <cstdint>
#include <optional>

namespace danewerk::core {

// Durations as the CLI contract writes them: "3600", "3600s", "90m", "2h", "7d", "1w", combinations such
// as "1d12h", and ISO 8601 "P1DT2H". Returns seconds, or nothing when malformed or negative.
[[nodiscard]] std::optional<std::int64_t> parseDuration(QStringView text);

// The shortest exact form: "0s", "45s", "90m" -> "1h30m", "717h" -> "29d21h".
[[nodiscard]] QString formatDuration(std::int64_t seconds);

// An instant: ISO 8601 UTC ("2026-11-29T06:00:00Z", also without seconds or as a date alone) or unix seconds.
[[nodiscard]] std::optional<QDateTime> parseInstant(QStringView text);

// "2026-11-29T06:00:00Z"
[[nodiscard]] QString formatInstant(const QDateTime& moment);

} // namespace danewerk::core
