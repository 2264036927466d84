#include "core/zone/ParallelZoneLoader.h"

#include "core/zone/ZoneFileParser.h"

#include <QCoreApplication>

#include <algorithm>
#include <atomic>
#include <cstring>
#include <sys/mman.h>
#include <thread>
#include <unistd.h>
#include <vector>

namespace danewerk::core {

namespace {

constexpr qsizetype HeaderBytes = 64 * 1024;        // the first chunk: directives and SOA, parsed first
constexpr qsizetype MinChunkBytes = 256 * 1024;     // smaller chunks cost more in merging than they save
constexpr qsizetype MaxBoundarySearch = 256 * 1024; // no owner line within this far: fewer chunks
constexpr int ChunksPerThread = 6;                  // enough to even out the threads on a busy machine

// A line that starts with one of these cannot begin a chunk: white space continues the previous owner, and
// the others are comments, directives, parentheses and quotes.
bool startsOwner(char c) {
    return std::strchr(" \t\r\n;$()\"", c) == nullptr && c != '\0';
}

// The first line start after `from` whose line begins with an owner name, or -1.
qsizetype findBoundary(QByteArrayView text, qsizetype from) {
    const qsizetype end = std::min(text.size(), from + MaxBoundarySearch);
    qsizetype pos = from;
    while (pos < end) {
        const auto* newline = static_cast<const char*>(std::memchr(text.data() + pos, '\n', size_t(end - pos)));
        if (!newline)
            return -1;
        pos = newline - text.data() + 1;
        if (pos < text.size() && startsOwner(text[pos]))
            return pos;
    }
    return -1;
}

// Drops the pages of a parsed part of a mapped file (tokens, names and RDATA are copied out by then), so that
// the resident size does not grow by the whole file.
void releasePages(QByteArrayView text, qsizetype begin, qsizetype end) {
    const auto page = quintptr(sysconf(_SC_PAGESIZE));
    const auto first = (quintptr(text.data() + begin) + page - 1) / page * page;
    const auto last = quintptr(text.data() + end) / page * page;
    if (last > first)
        madvise(reinterpret_cast<void*>(first), size_t(last - first), MADV_DONTNEED);
}

struct Chunk {
    qsizetype start = 0;
    qsizetype limit = 0;
    Zone zone;
    ZoneParserState startState;
    ZoneParserState endState;
    std::optional<Error> error;
    qsizetype stop = 0;
    int lines = 0;
    QByteArray firstOrigin;
    QByteArray soaOwner;
    ZoneLoadCounters counters;
    bool sawInclude = false;
};

// Parses one chunk into its own zone, from `state` (or, for the first chunk, from the options alone).
void parseChunk(Chunk& chunk, QByteArrayView text, const QString& path, const ZoneLoadOptions& options,
                const ZoneParserState* state) {
    chunk.zone = Zone();
    chunk.counters = {};
    if (options.cancel && options.cancel->load(std::memory_order_relaxed)) {
        chunk.error = Error{
            QStringLiteral("LOAD_CANCELLED"),
            QCoreApplication::translate("danewerk::core::ZoneLoader", "Loading the zone was cancelled."), path, 0, 0};
        return;
    }
    ZoneLoadOptions local = options;
    local.progress = nullptr;
    local.counters = options.counters ? &chunk.counters : nullptr;
    ZoneFileParser parser(chunk.zone, local);
    if (state)
        parser.setState(*state);
    chunk.startState = parser.state();
    const Result<void> result = parser.parseChunk(text, chunk.start, chunk.limit, path, chunk.stop, chunk.lines);
    chunk.error = result ? std::nullopt : std::optional<Error>(result.error());
    chunk.sawInclude = parser.sawInclude();
    chunk.endState = parser.state();
    chunk.firstOrigin = parser.firstOrigin();
    chunk.soaOwner = parser.soaOwner();
}

std::optional<Result<Zone>> loadChunks(std::vector<Chunk>& chunks, QByteArrayView text, const QString& path,
                                       const ZoneLoadOptions& options, int threads, bool mapped);

} // namespace

std::optional<Result<Zone>> ParallelZoneLoader::load(QByteArrayView text, const QString& path,
                                                     const ZoneLoadOptions& options, int threads, bool mapped) {
    // Chunk boundaries: the header, then about equal pieces, each moved to the next owner line.
    std::vector<qsizetype> bounds{0};
    const qsizetype header = findBoundary(text, std::min(text.size(), HeaderBytes));
    if (header < 0)
        return std::nullopt;
    bounds.push_back(header);
    const qsizetype piece = std::max(MinChunkBytes, (text.size() - header) / (qsizetype(threads) * ChunksPerThread));
    for (qsizetype target = header + piece; target < text.size(); target += piece) {
        const qsizetype boundary = findBoundary(text, std::max(target, bounds.back()));
        if (boundary < 0)
            continue;
        if (boundary > bounds.back() && text.size() - boundary >= MinChunkBytes / 4)
            bounds.push_back(boundary);
    }
    bounds.push_back(text.size());
    if (bounds.size() < 4) // a header and fewer than two chunks: nothing to share
        return std::nullopt;

    std::vector<Chunk> chunks(bounds.size() - 1);
    for (size_t k = 0; k < chunks.size(); ++k) {
        chunks[k].start = bounds[k];
        chunks[k].limit = bounds[k + 1];
    }

    // The header first: its final state is where every other chunk is assumed to start.
    std::optional<Result<Zone>> result = loadChunks(chunks, text, path, options, threads, mapped);
    if (options.counters && result)
        options.counters->chunks = qint64(chunks.size());
    return result;
}

namespace {

std::optional<Result<Zone>> loadChunks(std::vector<Chunk>& chunks, QByteArrayView text, const QString& path,
                                       const ZoneLoadOptions& options, int threads, bool mapped) {
    parseChunk(chunks[0], text, path, options, nullptr);
    if (chunks[0].sawInclude)
        return std::nullopt;
    if (chunks[0].error)
        return Result<Zone>(*chunks[0].error);
    const ZoneParserState assumed = chunks[0].endState;

    std::atomic<size_t> next{1};
    std::atomic<qsizetype> bytesDone{chunks[0].limit};
    const auto worker = [&](bool reportProgress) {
        for (size_t k = next.fetch_add(1); k < chunks.size(); k = next.fetch_add(1)) {
            parseChunk(chunks[k], text, path, options, &assumed);
            if (mapped)
                releasePages(text, chunks[k].start, chunks[k].stop);
            const qsizetype done =
                bytesDone.fetch_add(chunks[k].limit - chunks[k].start) + (chunks[k].limit - chunks[k].start);
            if (reportProgress && options.progress)
                options.progress(std::min(done, text.size()), text.size());
        }
    };
    std::vector<std::thread> pool;
    for (int t = 1; t < threads; ++t)
        pool.emplace_back(worker, false);
    worker(true); // the calling thread works too, and alone reports progress
    for (std::thread& thread : pool)
        thread.join();

    // In file order: re-parse chunks that started from the wrong state, stop at the first error.
    quint32 lineOffset = 0;
    std::vector<quint32> lineOffsets(chunks.size());
    for (size_t k = 0; k < chunks.size(); ++k) {
        Chunk& chunk = chunks[k];
        if (k > 0 && chunk.startState != chunks[k - 1].endState)
            parseChunk(chunk, text, path, options, &chunks[k - 1].endState);
        if (chunk.sawInclude)
            return std::nullopt;
        if (chunk.error) {
            Error error = *chunk.error;
            if (error.line > 0)
                error.line += int(lineOffset);
            return Result<Zone>(std::move(error));
        }
        if (chunk.stop != chunk.limit) // the boundary fell inside an entry
            return std::nullopt;
        lineOffsets[k] = lineOffset;
        lineOffset += quint32(chunk.lines);
    }

    Zone zone;
    qsizetype records = 0;
    qsizetype rdata = 0;
    for (const Chunk& chunk : chunks) {
        records += chunk.zone.recordCount();
        rdata += chunk.zone.rdataBytes();
    }
    if (rdata > qsizetype(0xffffffffLL))
        return std::nullopt; // the sequential loader reports where the limit is crossed
    zone.reserve(records, rdata);
    QByteArray soaOwner;
    QByteArray firstOrigin;
    for (size_t k = 0; k < chunks.size(); ++k) {
        Chunk& chunk = chunks[k];
        if (!zone.append(chunk.zone, lineOffsets[k]))
            return std::nullopt;
        chunk.zone = Zone(); // give the chunk's memory back before the next one is copied
        if (soaOwner.isEmpty())
            soaOwner = chunk.soaOwner;
        if (firstOrigin.isEmpty())
            firstOrigin = chunk.firstOrigin;
        if (options.counters) {
            options.counters->fastPath += chunk.counters.fastPath;
            options.counters->ldnsPath += chunk.counters.ldnsPath;
            options.counters->generic += chunk.counters.generic;
        }
    }
    if (options.progress)
        options.progress(text.size(), text.size());
    zone.setOrigin(ZoneFileParser::zoneOriginOf(options, soaOwner, firstOrigin, path));
    zone.finalize();
    return Result<Zone>(std::move(zone));
}

} // namespace

} // namespace danewerk::core
