#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QStringList>

namespace danewerk::core {

// Indented JSON whose object keys follow a preferred order (keys not listed come after, alphabetically), so
// that machine output reads like the examples of the specs ("safe", "events", "windows", "warnings"; "from",
// "to", "status", ...). Arrays of scalars stay on one line.
[[nodiscard]] QByteArray orderedJson(const QJsonValue& value, const QStringList& keyOrder);

// The key order of `rollover check` output (ROLLOVER.md).
[[nodiscard]] const QStringList& safetyReportKeyOrder();

} // namespace danewerk::core
