#pragma once

#include "core/common/Result.h"
#include "core/zone/Zone.h"
#include "core/zone/ZoneLoader.h"

#include <QByteArrayView>
#include <QString>

#include <optional>

namespace danewerk::core {

// Loads one big zone file on several threads with exactly the result of the sequential loader: the same
// records in the same order, the same interned names, the first error in file order with its file:line:column.
//
// The text is cut into chunks at lines that begin with an owner name. The first chunk (the header: $ORIGIN,
// $TTL, SOA) is parsed first; the others are parsed in parallel, each starting from the state the header
// left. Then the chunks are checked in file order: a chunk whose predecessor ended in another state ($ORIGIN
// or $TTL in the middle of the file) is parsed again from the right state; a chunk boundary that fell inside
// an entry (parentheses or a quoted string across lines) or a $INCLUDE anywhere means the file is loaded
// sequentially instead (the caller does that on std::nullopt).
class ParallelZoneLoader {
public:
    // Below this size a file is parsed sequentially (the threads would not pay for themselves).
    static constexpr qsizetype DefaultThreshold = 1024 * 1024;

    // threads >= 2. The zone is finalized. std::nullopt: load sequentially. `mapped`: the text is a file mapping
    // whose pages may be dropped once parsed (they are read again from the file if a chunk is parsed again).
    [[nodiscard]] static std::optional<Result<Zone>>
    load(QByteArrayView text, const QString& path, const ZoneLoadOptions& options, int threads, bool mapped = false);
};

} // namespace danewerk::core
