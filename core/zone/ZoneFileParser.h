#pragma once

#include "core/common/Result.h"
#include "core/zone/Zone.h"
#include "core/zone/ZoneLoader.h"
#include "core/zone/ZoneTokenizer.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <functional>

namespace danewerk::core {

// What a record depends on besides its own line: the state at a chunk boundary (parallel loading). The previous
// owner is not part of it, because chunks start at lines with an owner of their own.
struct ZoneParserState {
    QByteArray origin;      // wire, canonical
    QByteArray rdataOrigin; // as written
    quint32 defaultTtl = 3600;
    bool ttlDirective = false;

    bool operator==(const ZoneParserState&) const = default;
};

// The state of one zone load across the top file and its $INCLUDEs (RFC 1035 5.1): current origin, default
// TTL, previous owner, include chain. Turns entries into Zone records; errors carry file, line and column.
class ZoneFileParser {
    Q_DECLARE_TR_FUNCTIONS(danewerk::core::ZoneLoader)

public:
    ZoneFileParser(Zone& zone, const ZoneLoadOptions& options);

    // `path` as shown in errors and findings; `canonicalPath` identifies the file for loop detection.
    Result<void> parse(QByteArrayView text, const QString& path, const QString& canonicalPath, bool topLevel);

    // One chunk of the top file for the parallel loader: the entries that begin in [start, limit) (start is a
    // line start, counted as line 1). `stop` is where the tokenizer ended (limit, unless the last entry ran past
    // it or an error came first) and `lines` the lines read. A $INCLUDE ends the chunk with
    // sawInclude() set: included files are loaded sequentially only.
    Result<void> parseChunk(QByteArrayView text, qsizetype start, qsizetype limit, const QString& path, qsizetype& stop,
                            int& lines);
    [[nodiscard]] bool sawInclude() const { return m_sawInclude; }
    [[nodiscard]] ZoneParserState state() const { return {m_origin, m_rdataOrigin, m_defaultTtl, m_ttlDirective}; }
    void setState(const ZoneParserState& state);
    // The first $ORIGIN and the first SOA owner met (wire, canonical; empty if none).
    [[nodiscard]] const QByteArray& firstOrigin() const { return m_firstOrigin; }
    [[nodiscard]] const QByteArray& soaOwner() const { return m_soaOwner; }

    // Called now and then with the number of bytes of the top file that are done with (tokens, names and
    // RDATA are copied out), so that a mapped file's pages can be dropped as the scanner passes.
    void setReleaseConsumed(std::function<void(qsizetype)> release) { m_releaseConsumed = std::move(release); }

    // The zone origin once parsing is done: the option, else the first SOA owner, else the first $ORIGIN,
    // else the file name.
    [[nodiscard]] QByteArray zoneOrigin(const QString& topPath) const {
        return zoneOriginOf(m_options, m_soaOwner, m_firstOrigin, topPath);
    }
    // The same rule from its parts (the parallel loader merges them from its chunks).
    [[nodiscard]] static QByteArray zoneOriginOf(const ZoneLoadOptions& options, const QByteArray& soaOwner,
                                                 const QByteArray& firstOrigin, const QString& topPath);

private:
    Result<void> parseEntries(ZoneTokenizer& tokenizer, const QString& path, quint16 file, bool topLevel);
    Result<void> entry(const ZoneEntry& entry, const QString& path, quint16 file);
    Result<void> directive(const ZoneEntry& entry, const QString& path);
    Result<void> record(const ZoneEntry& entry, const QString& path, quint16 file);
    Result<void> include(const ZoneEntry& entry, const QString& path);
    Result<void> setOrigin(const ZoneToken& value, const QString& path, QByteArray& canonical, QByteArray& written);
    Error error(const QString& path, const ZoneToken& token, const QString& message) const;
    bool encodeRdata(quint16 type, const std::vector<ZoneToken>& tokens, size_t first, QByteArray& rdata,
                     QString& message, size_t& badToken) const;

    Zone& m_zone;
    const ZoneLoadOptions& m_options;
    QByteArray m_origin;      // current $ORIGIN (wire, canonical), empty if none
    QByteArray m_rdataOrigin; // the same as written: completes names in RDATA, which keep their case
    QByteArray m_firstOrigin;
    QByteArray m_soaOwner;
    quint32 m_defaultTtl;
    bool m_ttlDirective = false;
    bool m_havePreviousOwner = false;
    quint32 m_previousOwner = 0;
    QByteArray m_previousOwnerText; // the previous explicit owner as written (empty: none, or no longer valid)
    QStringList m_includeChain;     // canonical paths
    QStringList m_includeNames;     // as shown
    qint64 m_topSize = 0;
    qint64 m_entriesSinceCheck = 0;
    QByteArray m_rdataBuffer;
    bool m_chunk = false; // parsing a chunk: $INCLUDE stops the chunk
    bool m_sawInclude = false;
    std::function<void(qsizetype)> m_releaseConsumed;
};

// What identifies a file for $INCLUDE loop detection: its canonical path (symlinks resolved), or the absolute
// path where there is none (Qt resources).
[[nodiscard]] QString fileIdentity(const QString& path);

// TTL in seconds from "3600", "1h", "1h30m", "2D" (units s m h d w, case-insensitive).
[[nodiscard]] bool parseZoneTtl(QByteArrayView text, quint32& ttl);

} // namespace danewerk::core
