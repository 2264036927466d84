#include "core/zone/ParallelZoneLoader.h"

#include "core/zone/ZoneFileParser.h"

#include <QCoreApplication>

#include <algorithm>
#include <atomic>
#include <cstring>
#include <mutex>
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
// Chunks no bigger than this: the chunks in flight and the buffers lent between them are memory the process
// touches besides the merged zone (each fresh page costs a fault and a clearing), and the last merge, which
// runs on one core, takes time in proportion to the chunk.
constexpr qsizetype MaxChunkBytes = 16 * 1024 * 1024;

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

// While a chunk of a mapped file is parsed: releases what lies well behind the parser, in steps of 4 MiB.
class ChunkReleaser {
public:
    ChunkReleaser(QByteArrayView text, qsizetype start) : m_text(text), m_released(start) {}
    void operator()(qsizetype consumed) {
        constexpr qsizetype Keep = 64 * 1024; // the current entry may start a little before the position
        if (consumed - Keep <= m_released + 4 * 1024 * 1024)
            return;
        releasePages(m_text, m_released, consumed - Keep);
        m_released = consumed - Keep;
    }

private:
    QByteArrayView m_text;
    qsizetype m_released;
};

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

// The arenas and record tables of merged chunks, for the chunks still to parse: a chunk's memory is then
// memory the process touched before, not pages the kernel has to find and clear (which cost as much CPU as a
// third of the parsing).
class BufferPool {
public:
    void put(Zone::Buffers&& buffers) {
        const std::lock_guard lock(m_mutex);
        m_free.push_back(std::move(buffers));
    }
    void lend(Zone& zone) {
        Zone::Buffers buffers;
        {
            const std::lock_guard lock(m_mutex);
            if (m_free.empty())
                return;
            buffers = std::move(m_free.back());
            m_free.pop_back();
        }
        zone.adoptBuffers(std::move(buffers));
    }

private:
    std::mutex m_mutex;
    std::vector<Zone::Buffers> m_free;
};

// Parses one chunk into its own zone, from `state` (or, for the first chunk, from the options alone).
void parseChunk(Chunk& chunk, QByteArrayView text, const QString& path, const ZoneLoadOptions& options,
                const ZoneParserState* state, BufferPool* pool = nullptr, bool mapped = false) {
    chunk.zone = Zone();
    if (pool)
        pool->lend(chunk.zone);
    // Room at a density zone files hardly reach (RDATA smaller than its text, record lines longer than 32
    // octets), so that the tables rarely move while they grow (a lent buffer has it already).
    chunk.zone.reserve((chunk.limit - chunk.start) / 32 + 16, chunk.limit - chunk.start + 4096);
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
    if (mapped)
        parser.setReleaseConsumed(ChunkReleaser(text, chunk.start));
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
    const qsizetype piece =
        std::clamp((text.size() - header) / (qsizetype(threads) * ChunksPerThread), MinChunkBytes, MaxChunkBytes);
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

// Takes the parsed chunks into the zone in file order, as far as they are done: checks that each started
// from the state its predecessor ended in (or parses it again from that state), that its tokenizer ended at
// the next boundary, and stops at the first error. Runs on whichever thread is free (one at a time, under a
// lock) while the others still parse.
class ChunkMerger {
public:
    ChunkMerger(std::vector<Chunk>& chunks, QByteArrayView text, const QString& path, const ZoneLoadOptions& options,
                BufferPool& pool)
        : m_chunks(chunks), m_text(text), m_path(path), m_options(options), m_pool(pool) {}

    // Merges the done chunks that follow the merged ones. False once the outcome is decided (an error, or a
    // reason to load sequentially): the workers can stop then.
    bool advance(const std::vector<std::atomic<bool>>& done) {
        while (!m_outcome && m_merged < m_chunks.size() && done[m_merged].load(std::memory_order_acquire))
            mergeNext();
        return !m_outcome;
    }

    // After every chunk is done: the zone, an error, or std::nullopt (load sequentially).
    std::optional<Result<Zone>> finish() {
        while (!m_outcome && m_merged < m_chunks.size())
            mergeNext();
        if (m_outcome)
            return std::move(*m_outcome);
        if (m_options.counters) { // only now: after a fallback the sequential loader counts
            m_options.counters->fastPath += m_counters.fastPath;
            m_options.counters->ldnsPath += m_counters.ldnsPath;
            m_options.counters->generic += m_counters.generic;
        }
        if (m_options.progress)
            m_options.progress(m_text.size(), m_text.size());
        m_zone.setOrigin(ZoneFileParser::zoneOriginOf(m_options, m_soaOwner, m_firstOrigin, m_path));
        m_zone.finalize();
        return Result<Zone>(std::move(m_zone));
    }

private:
    void mergeNext() {
        const size_t k = m_merged;
        Chunk& chunk = m_chunks[k];
        if (k > 0 && chunk.startState != m_chunks[k - 1].endState)
            parseChunk(chunk, m_text, m_path, m_options, &m_chunks[k - 1].endState, &m_pool);
        if (chunk.sawInclude) {
            m_outcome.emplace(); // load sequentially
            return;
        }
        if (chunk.error) {
            Error error = *chunk.error;
            if (error.line > 0)
                error.line += int(m_lineOffset);
            m_outcome.emplace(Result<Zone>(std::move(error)));
            return;
        }
        if (chunk.stop != chunk.limit) { // the boundary fell inside an entry
            m_outcome.emplace();         // load sequentially
            return;
        }
        if (k == 1) {
            // Room for the whole zone at the density of the first chunk after the header, so that the
            // arena, the record table and the names rarely grow (and do not end up twice as large as needed).
            const double scale = double(m_text.size()) / double(std::max<qsizetype>(1, chunk.limit - chunk.start));
            // Margins: the record table and the arena are only address space until used, so theirs is wide (a
            // signed zone's first chunk can have 6 % fewer records per octet than the whole); the name table is
            // cleared in full, so its margin is narrow.
            const auto scaled = [scale](qsizetype n, double margin) { return qsizetype(double(n) * scale * margin); };
            m_zone.reserve(scaled(chunk.zone.recordCount(), 1.25), scaled(chunk.zone.rdataBytes(), 1.25),
                           scaled(chunk.zone.nameCount(), 1.05), scaled(chunk.zone.nameBytes(), 1.25));
        }
        if (!m_zone.append(chunk.zone, m_lineOffset)) { // RDATA over 4 GiB: the sequential loader says where
            m_outcome.emplace();                        // load sequentially
            return;
        }
        m_lineOffset += quint32(chunk.lines);
        m_pool.put(chunk.zone.takeBuffers()); // its memory to the chunks still to parse
        chunk.zone = Zone();
        if (m_soaOwner.isEmpty())
            m_soaOwner = chunk.soaOwner;
        if (m_firstOrigin.isEmpty())
            m_firstOrigin = chunk.firstOrigin;
        m_counters.fastPath += chunk.counters.fastPath;
        m_counters.ldnsPath += chunk.counters.ldnsPath;
        m_counters.generic += chunk.counters.generic;
        ++m_merged;
    }

    std::vector<Chunk>& m_chunks;
    QByteArrayView m_text;
    const QString& m_path;
    const ZoneLoadOptions& m_options;
    BufferPool& m_pool;
    Zone m_zone;
    size_t m_merged = 0;
    quint32 m_lineOffset = 0;
    QByteArray m_soaOwner;
    QByteArray m_firstOrigin;
    ZoneLoadCounters m_counters;
    std::optional<std::optional<Result<Zone>>> m_outcome; // set: decided (inner nullopt: load sequentially)
};

std::optional<Result<Zone>> loadChunks(std::vector<Chunk>& chunks, QByteArrayView text, const QString& path,
                                       const ZoneLoadOptions& options, int threads, bool mapped) {
    // The header first: its final state is where every other chunk is assumed to start.
    parseChunk(chunks[0], text, path, options, nullptr);
    if (chunks[0].sawInclude)
        return std::nullopt;
    if (chunks[0].error)
        return Result<Zone>(*chunks[0].error);
    const ZoneParserState assumed = chunks[0].endState;

    BufferPool buffers;
    ChunkMerger merger(chunks, text, path, options, buffers);
    std::vector<std::atomic<bool>> done(chunks.size());
    done[0] = true;
    std::atomic<bool> stop{false};
    std::atomic<size_t> next{1};
    std::atomic<qsizetype> bytesDone{chunks[0].limit};
    // Whichever thread is free merges what is done, in file order; a thread that finds the merger busy parses
    // on (what it leaves, the merging thread or the final merge takes).
    std::mutex merging;
    const auto mergeDone = [&] {
        const std::unique_lock lock(merging, std::try_to_lock);
        if (lock.owns_lock() && !merger.advance(done))
            stop = true;
    };
    const auto worker = [&](bool reporting) {
        for (size_t k = next.fetch_add(1); k < chunks.size() && !stop.load(std::memory_order_relaxed);
             k = next.fetch_add(1)) {
            parseChunk(chunks[k], text, path, options, &assumed, &buffers, mapped);
            if (mapped)
                releasePages(text, chunks[k].start, chunks[k].stop);
            done[k].store(true, std::memory_order_release);
            const qsizetype size = chunks[k].limit - chunks[k].start;
            const qsizetype parsed = bytesDone.fetch_add(size) + size;
            mergeDone();
            if (reporting && options.progress) // progress only from the calling thread
                options.progress(std::min(parsed, text.size()), text.size());
        }
    };
    std::vector<std::thread> pool;
    for (int t = 1; t < threads; ++t)
        pool.emplace_back(worker, false);
    worker(true);
    for (std::thread& thread : pool)
        thread.join();
    return merger.finish();
}

} // namespace

} // namespace danewerk::core
