#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <memory>
#include <optional>
#include <vector>

namespace danewerk::core {

// One resource record of a loaded zone: 24 bytes; owner names and RDATA live in shared tables so a zone of
// millions of records stays compact.
struct ZoneRecord {
    quint32 owner = 0; // index into Zone::name()
    quint32 ttl = 0;
    quint16 type = 0;
    quint16 rclass = 1;      // IN
    quint32 rdataOffset = 0; // into the RDATA arena
    quint16 rdataLength = 0;
    quint16 file = 0; // index into Zone::files()
    quint32 line = 0; // 1-based line of the record's first token in its file
};

// A run of records with the same owner, class and type (an RRset), as indices into Zone::record().
struct ZoneRRset {
    quint32 first = 0;
    quint32 count = 0;
};

// A loaded zone. Records are kept sorted in canonical order (owner by RFC 4034 6.1, then type, then RDATA
// canonical form), so that RRsets are contiguous, names are grouped, and NSEC chains can be walked in order.
// Identical records are kept (DUPLICATE_RECORD is a finding, not a loader decision). RDATA is uncompressed
// wire format; domain names inside RDATA are stored as written (case preserved) and lower-cased by whoever
// needs canonical form (RRSIG verification, RFC 4034 6.2).
class Zone {
public:
    [[nodiscard]] QByteArrayView origin() const { return m_origin; } // wire, canonical
    [[nodiscard]] QString originText() const;

    [[nodiscard]] qsizetype recordCount() const { return qsizetype(m_records.size()); }
    [[nodiscard]] const ZoneRecord& record(qsizetype index) const { return m_records[size_t(index)]; }
    [[nodiscard]] const std::vector<ZoneRecord>& records() const { return m_records; }

    [[nodiscard]] qsizetype nameCount() const { return qsizetype(m_nameOffsets.size()); }
    [[nodiscard]] QByteArrayView name(quint32 index) const; // wire, canonical
    [[nodiscard]] QByteArrayView ownerOf(const ZoneRecord& record) const { return name(record.owner); }
    // The index of a name (canonical wire), if some record or internName() has it.
    [[nodiscard]] std::optional<quint32> findName(QByteArrayView wire) const;
    [[nodiscard]] QByteArrayView rdata(const ZoneRecord& record) const {
        return QByteArrayView(m_rdata.constData() + record.rdataOffset, record.rdataLength);
    }

    [[nodiscard]] const QStringList& files() const { return m_files; }
    [[nodiscard]] QString fileOf(const ZoneRecord& record) const { return m_files.value(record.file); }

    // Contiguous RRsets in canonical order.
    [[nodiscard]] const std::vector<ZoneRRset>& rrsets() const { return m_rrsets; }

    // Presentation format of one record ("www.example. 3600 IN A 192.0.2.1"), and of its RDATA alone.
    [[nodiscard]] QString recordText(qsizetype index) const;
    [[nodiscard]] QString rdataText(qsizetype index) const;

    // Size of the RDATA arena (record offsets into it are 32 bits).
    [[nodiscard]] qsizetype rdataBytes() const { return m_rdata.size(); }

    // Bytes the model holds: records, RRsets, names, RDATA and the name index (for the benchmark's
    // bytes-per-record figure and the statistics); reserved but unused room is not counted.
    [[nodiscard]] qsizetype memoryUsage() const;

    // Building (used by the loaders and the signer): add in any order, then finalize() sorts and groups.
    void setOrigin(QByteArray wireOrigin) { m_origin = std::move(wireOrigin); }
    // Room for that many records and RDATA octets, and names and their octets: a big zone then fills its
    // tables without moving them (and, for names, without rehashing every name at each growth).
    void reserve(qsizetype records, qsizetype rdataBytes, qsizetype names = 0, qsizetype nameBytes = 0);
    [[nodiscard]] qsizetype nameBytes() const { return m_names.size(); }
    quint16 addFile(const QString& path);
    quint32 internName(QByteArrayView wire); // returns the index of an equal name if present
    void addRecord(quint32 owner, quint16 type, quint16 rclass, quint32 ttl, QByteArrayView rdata, quint16 file,
                   quint32 line);
    // Appends the records of another zone under construction (a chunk of the parallel loader) as if they had
    // been added one by one: its names interned in its own order, RDATA and records in order, lines shifted
    // by lineOffset. Returns false if the RDATA would exceed 4 GiB (nothing is appended then).
    bool append(const Zone& part, quint32 lineOffset);
    void finalize();

    // The RDATA arena, record table and name tables of a zone, emptied but with their capacity: the parallel
    // loader hands them from a merged chunk to the next one, so that the memory is reused instead of freshly
    // faulted in (and the names need no rehashing as the tables grow). Leaves the zone empty.
    struct Buffers {
        QByteArray rdata;
        std::vector<ZoneRecord> records;
        QByteArray names;
        std::vector<quint32> nameOffsets;
        std::vector<quint32> nameTable;
    };
    [[nodiscard]] Buffers takeBuffers();
    void adoptBuffers(Buffers&& buffers); // into an empty zone

private:
    void detachNameIndex(); // this zone's own name index, created if missing
    void rehashNames(size_t tableSize);
    void rankNames(std::vector<quint32>& rank) const; // rank[name index] = its place in canonical order

    QByteArray m_origin;
    std::vector<ZoneRecord> m_records;
    std::vector<ZoneRRset> m_rrsets;
    QByteArray m_names;                 // all names, back to back
    std::vector<quint32> m_nameOffsets; // start of name i in m_names
    QByteArray m_rdata;
    QStringList m_files;
    // intern table for names (hash -> indices), owned by the implementation
    struct NameIndex;
    std::shared_ptr<NameIndex> m_nameIndex;
};

} // namespace danewerk::core
