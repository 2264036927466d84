#pragma once

#include "core/common/Result.h"
#include "core/zone/Zone.h"

#include <QString>

#include <atomic>
#include <functional>

namespace danewerk::core {

// How the records of a load were parsed (for tests and the benchmark).
struct ZoneLoadCounters {
    qint64 fastPath = 0; // RDATA encoded by our scanner
    qint64 ldnsPath = 0; // RDATA parsed by ldns (rare types, mnemonics, forceLdns)
    qint64 generic = 0;  // RFC 3597 \# syntax
    qint64 chunks = 0;   // chunks of the top file parsed in parallel (0: parsed sequentially)
};

struct ZoneLoadOptions {
    QString origin;            // presentation format; empty: from the SOA / first $ORIGIN / file name
    quint32 defaultTtl = 3600; // until $TTL or the SOA minimum says otherwise
    int maxIncludeDepth = 16;
    // Progress in bytes read of the top file (for the GUI), and a flag that cancels the load.
    std::function<void(qint64 done, qint64 total)> progress;
    const std::atomic_bool* cancel = nullptr;
    // Parse every RDATA with ldns instead of the fast scanner (for cross-checks and tests).
    bool forceLdns = false;
    ZoneLoadCounters* counters = nullptr;
    // Threads for a big top file (ParallelZoneLoader): 0 every core, 1 sequential. Files smaller than
    // parallelThreshold bytes are always parsed sequentially. The result is the same either way.
    int threads = 0;
    qsizetype parallelThreshold = 1024 * 1024;
};

// Loads a zone file: $ORIGIN, $TTL, $INCLUDE (relative to the including file, loops refused), relative names,
// parentheses, comments, quoted strings, every type ldns knows and RFC 3597 "\# len hex" syntax. A fast
// scanner of our own handles the common types; anything else goes through ldns with identical results.
// Errors: code PARSE_ERROR (file, line, column, and the offending text in the message), LOAD_CANCELLED,
// FILE_UNREADABLE.
class ZoneLoader {
public:
    [[nodiscard]] static Result<Zone> loadFile(const QString& path, const ZoneLoadOptions& options = {});
    [[nodiscard]] static Result<Zone> loadText(const QByteArray& text, const QString& fileName,
                                               const ZoneLoadOptions& options = {});
};

} // namespace danewerk::core
