#include "core/zone/Zone.h"

#include "core/dns/DnsName.h"
#include "core/dns/Ldns.h"
#include "core/zone/CanonicalRdata.h"

#include <QThread>

#include <algorithm>
#include <cstring>
#include <memory>
#include <numeric>
#include <sys/mman.h>
#include <thread>

namespace danewerk::core {

// Open-addressing hash set of name indices; the names themselves stay in Zone::m_names.
struct Zone::NameIndex {
    std::vector<quint32> table; // name index + 1; 0 = empty
    qsizetype used = 0;
};

namespace {

quint64 hashName(QByteArrayView wire) {
    // FNV-1a: names are short, and this needs no seed or table.
    quint64 hash = 1469598103934665603ULL;
    for (const char c : wire) {
        hash ^= std::uint8_t(c);
        hash *= 1099511628211ULL;
    }
    return hash ^ (hash >> 29);
}

QString className(quint16 rclass) {
    switch (rclass) {
    case 1:
        return QStringLiteral("IN");
    case 3:
        return QStringLiteral("CH");
    case 4:
        return QStringLiteral("HS");
    case 254:
        return QStringLiteral("NONE");
    case 255:
        return QStringLiteral("ANY");
    default:
        return QStringLiteral("CLASS%1").arg(rclass);
    }
}

// std::sort on two cores for big ranges: halves sorted side by side, then merged. Signed zone files are
// mostly written in canonical order already, so a range that is sorted is recognised in one pass.
template <typename Iterator, typename Less> void sortOnTwoCores(Iterator begin, Iterator end, Less less) {
    if (std::is_sorted(begin, end, less))
        return;
    constexpr std::ptrdiff_t MinParallel = 65536;
    if (end - begin < MinParallel || QThread::idealThreadCount() < 2) {
        std::sort(begin, end, less);
        return;
    }
    const Iterator middle = begin + (end - begin) / 2;
    std::thread other([&] { std::sort(begin, middle, less); });
    std::sort(middle, end, less);
    other.join();
    std::inplace_merge(begin, middle, end, less);
}

} // namespace

QString Zone::originText() const {
    return dnsNameToText(m_origin);
}

QByteArrayView Zone::name(quint32 index) const {
    const quint32 begin = m_nameOffsets[index];
    const quint32 end = index + 1 < m_nameOffsets.size() ? m_nameOffsets[index + 1] : quint32(m_names.size());
    return QByteArrayView(m_names.constData() + begin, end - begin);
}

quint16 Zone::addFile(const QString& path) {
    const qsizetype existing = m_files.indexOf(path);
    if (existing >= 0)
        return quint16(existing);
    m_files.append(path);
    return quint16(m_files.size() - 1);
}

void Zone::rehashNames(size_t tableSize) {
    std::vector<quint32> table(tableSize, 0);
    const size_t mask = table.size() - 1;
    for (quint32 i = 0; i < m_nameOffsets.size(); ++i) {
        size_t slot = hashName(name(i)) & mask;
        while (table[slot] != 0)
            slot = (slot + 1) & mask;
        table[slot] = i + 1;
    }
    m_nameIndex->table = std::move(table);
}

void Zone::detachNameIndex() {
    if (!m_nameIndex)
        m_nameIndex = std::make_shared<NameIndex>();
    else if (m_nameIndex.use_count() > 1) // a copied zone: never share a table that is about to change
        m_nameIndex = std::make_shared<NameIndex>(*m_nameIndex);
}

quint32 Zone::internName(QByteArrayView wire) {
    detachNameIndex();
    if (m_nameIndex->table.empty() || (m_nameIndex->used + 1) * 2 > qsizetype(m_nameIndex->table.size()))
        rehashNames(std::max<size_t>(1024, m_nameIndex->table.size() * 2));
    NameIndex& index = *m_nameIndex;
    const size_t mask = index.table.size() - 1;
    size_t slot = hashName(wire) & mask;
    while (index.table[slot] != 0) {
        const quint32 candidate = index.table[slot] - 1;
        if (name(candidate) == wire)
            return candidate;
        slot = (slot + 1) & mask;
    }
    const auto newIndex = quint32(m_nameOffsets.size());
    m_nameOffsets.push_back(quint32(m_names.size()));
    m_names.append(wire.data(), wire.size());
    index.table[slot] = newIndex + 1;
    ++index.used;
    return newIndex;
}

namespace {

// Asks for transparent huge pages (where the system leaves that to madvise) on a big table: one fault per
// 2 MiB instead of per 4 KiB. Faulting in and clearing fresh pages took about a third of the CPU time of
// loading a large zone (perf, on a virtual machine, which pays for each fault twice). Untouched space stays
// unbacked, so a generous reservation costs little.
void adviseHugePages(const void* data, size_t bytes) {
#ifdef MADV_HUGEPAGE
    constexpr quintptr Huge = 2 * 1024 * 1024;
    if (bytes < 2 * Huge)
        return;
    const quintptr first = (quintptr(data) + Huge - 1) & ~(Huge - 1);
    const quintptr last = (quintptr(data) + bytes) & ~(Huge - 1);
    if (last > first)
        madvise(reinterpret_cast<void*>(first), size_t(last - first), MADV_HUGEPAGE);
#else
    Q_UNUSED(data);
    Q_UNUSED(bytes);
#endif
}

} // namespace

void Zone::reserve(qsizetype records, qsizetype rdataBytes, qsizetype names, qsizetype nameBytes) {
    m_records.reserve(size_t(records));
    m_rdata.reserve(rdataBytes);
    adviseHugePages(m_records.data(), m_records.capacity() * sizeof(ZoneRecord));
    adviseHugePages(m_rdata.constData(), size_t(m_rdata.capacity()));
    if (names <= 0)
        return;
    m_nameOffsets.reserve(size_t(names));
    m_names.reserve(nameBytes);
    detachNameIndex();
    // A power of two at least twice the names (internName grows the table when it is half full).
    size_t tableSize = 1024;
    while (tableSize < size_t(names) * 2 + 2)
        tableSize *= 2;
    if (tableSize > m_nameIndex->table.size())
        rehashNames(tableSize);
}

std::optional<quint32> Zone::findName(QByteArrayView wire) const {
    if (!m_nameIndex || m_nameIndex->table.empty())
        return std::nullopt;
    const std::vector<quint32>& table = m_nameIndex->table;
    const size_t mask = table.size() - 1;
    size_t slot = hashName(wire) & mask;
    while (table[slot] != 0) {
        const quint32 candidate = table[slot] - 1;
        if (name(candidate) == wire)
            return candidate;
        slot = (slot + 1) & mask;
    }
    return std::nullopt;
}

void Zone::addRecord(quint32 owner, quint16 type, quint16 rclass, quint32 ttl, QByteArrayView rdata, quint16 file,
                     quint32 line) {
    ZoneRecord record;
    record.owner = owner;
    record.ttl = ttl;
    record.type = type;
    record.rclass = rclass;
    record.rdataOffset = quint32(m_rdata.size());
    record.rdataLength = quint16(rdata.size());
    record.file = file;
    record.line = line;
    m_rdata.append(rdata.data(), rdata.size());
    m_records.push_back(record);
}

bool Zone::append(const Zone& part, quint32 lineOffset) {
    if (m_rdata.size() + part.m_rdata.size() > qsizetype(0xffffffffLL))
        return false;
    std::vector<quint32> names(part.m_nameOffsets.size());
    for (quint32 i = 0; i < names.size(); ++i)
        names[i] = internName(part.name(i));
    std::vector<quint16> files(size_t(part.m_files.size()));
    for (qsizetype i = 0; i < part.m_files.size(); ++i)
        files[size_t(i)] = addFile(part.m_files[i]);
    const auto base = quint32(m_rdata.size());
    m_rdata.append(part.m_rdata);
    // Geometric growth: reserving exactly what this part needs would copy the whole table at every part
    // once the first estimate (Zone::reserve) turns out short.
    const size_t needed = m_records.size() + part.m_records.size();
    if (needed > m_records.capacity())
        m_records.reserve(std::max(needed, m_records.capacity() + m_records.capacity() / 2));
    for (ZoneRecord record : part.m_records) {
        record.owner = names[record.owner];
        record.rdataOffset += base;
        record.file = files[record.file];
        record.line += lineOffset;
        m_records.push_back(record);
    }
    return true;
}

Zone::Buffers Zone::takeBuffers() {
    Buffers buffers{std::move(m_rdata), std::move(m_records), std::move(m_names), std::move(m_nameOffsets), {}};
    if (m_nameIndex && m_nameIndex.use_count() == 1)
        buffers.nameTable = std::move(m_nameIndex->table);
    *this = Zone();
    buffers.rdata.resize(0); // keeps the capacity
    buffers.records.clear();
    buffers.names.resize(0);
    buffers.nameOffsets.clear();
    return buffers;
}

void Zone::adoptBuffers(Buffers&& buffers) {
    Q_ASSERT(m_records.empty() && m_rdata.isEmpty() && m_nameOffsets.empty());
    m_rdata = std::move(buffers.rdata);
    m_records = std::move(buffers.records);
    m_names = std::move(buffers.names);
    m_nameOffsets = std::move(buffers.nameOffsets);
    m_rdata.resize(0);
    m_records.clear();
    m_names.resize(0);
    m_nameOffsets.clear();
    if (!buffers.nameTable.empty()) {
        std::fill(buffers.nameTable.begin(), buffers.nameTable.end(), 0);
        m_nameIndex = std::make_shared<NameIndex>();
        m_nameIndex->table = std::move(buffers.nameTable);
    }
}

void Zone::rankNames(std::vector<quint32>& rank) const {
    // Sort keys: labels from the right, octets 0 and 1 escaped so that a 0 octet can end each label (shorter
    // label sorts first).
    const auto count = quint32(m_nameOffsets.size());
    // At most two octets per name octet (escapes) plus the label ends, which the length octets bound; written
    // through a pointer (this runs on one core while the other waits).
    auto keys = std::make_unique_for_overwrite<char[]>(size_t(m_names.size()) * 2 + 1);
    char* key = keys.get();
    std::vector<quint32> keyOffsets(size_t(count) + 1);
    for (quint32 i = 0; i < count; ++i) {
        keyOffsets[i] = quint32(key - keys.get());
        const QByteArrayView wire = name(i);
        int labels[128];
        int labelCount = 0;
        for (qsizetype pos = 0; pos < wire.size() && wire[pos] != 0 && labelCount < 128;
             pos += std::uint8_t(wire[pos]) + 1)
            labels[labelCount++] = int(pos);
        while (labelCount > 0) {
            const int pos = labels[--labelCount];
            const int length = std::uint8_t(wire[pos]);
            for (int j = pos + 1; j <= pos + length && j < wire.size(); ++j) {
                char c = wire[j];
                if (c >= 'A' && c <= 'Z')
                    c = char(c + ('a' - 'A'));
                if (std::uint8_t(c) <= 1) {
                    *key++ = char(1);
                    *key++ = char(c + 1);
                } else {
                    *key++ = c;
                }
            }
            *key++ = char(0);
        }
    }
    keyOffsets[count] = quint32(key - keys.get());
    std::vector<quint32> order(count);
    std::iota(order.begin(), order.end(), 0);
    const char* keyData = keys.get();
    sortOnTwoCores(order.begin(), order.end(), [&](quint32 a, quint32 b) {
        const quint32 lengthA = keyOffsets[a + 1] - keyOffsets[a];
        const quint32 lengthB = keyOffsets[b + 1] - keyOffsets[b];
        const int c = std::memcmp(keyData + keyOffsets[a], keyData + keyOffsets[b], std::min(lengthA, lengthB));
        return c != 0 ? c < 0 : lengthA < lengthB;
    });
    for (quint32 i = 0; i < count; ++i)
        rank[order[i]] = i;
}

void Zone::finalize() {
    // Rank every name once in canonical order, so the record sort compares integers.
    const auto count = quint32(m_nameOffsets.size());
    std::vector<quint32> rank(count);
    // Signed zone files list their names in canonical order, and names are numbered as they first appear:
    // then the rank is the index, found by comparing neighbours, without sort keys for every name.
    bool namesInCanonicalOrder = true;
    for (quint32 i = 1; i < count && namesInCanonicalOrder; ++i)
        namesInCanonicalOrder = dnsNameCanonicalCompare(name(i - 1), name(i)) < 0;
    if (namesInCanonicalOrder) {
        std::iota(rank.begin(), rank.end(), 0);
    } else {
        rankNames(rank);
    }

    const auto less = [&](const ZoneRecord& a, const ZoneRecord& b) {
        if (a.owner != b.owner)
            return rank[a.owner] < rank[b.owner];
        if (a.type != b.type)
            return a.type < b.type;
        if (a.rclass != b.rclass)
            return a.rclass < b.rclass;
        const int c = canonicalRdataCompare(a.type, rdata(a), rdata(b));
        if (c != 0)
            return c < 0;
        if (a.file != b.file)
            return a.file < b.file;
        return a.line < b.line;
    };
    // Signed zone files come with their names in canonical order, but not their records: every signer writes
    // the SOA first at the apex, and some keep RRSIGs beside what they cover. Then only the records of each
    // name need sorting (a handful each), not the whole zone.
    const bool namesInOrder =
        std::adjacent_find(m_records.begin(), m_records.end(), [&](const ZoneRecord& a, const ZoneRecord& b) {
            return rank[a.owner] > rank[b.owner];
        }) == m_records.end();
    if (namesInOrder) {
        for (auto run = m_records.begin(); run != m_records.end();) {
            const quint32 owner = run->owner;
            const auto end =
                std::find_if(run, m_records.end(), [owner](const ZoneRecord& r) { return r.owner != owner; });
            if (!std::is_sorted(run, end, less))
                std::sort(run, end, less);
            run = end;
        }
    } else {
        sortOnTwoCores(m_records.begin(), m_records.end(), less);
    }

    // Counted first, so that the table is allocated once at its size (it is read for every check).
    const auto sameRRset = [](const ZoneRecord& a, const ZoneRecord& b) {
        return a.owner == b.owner && a.type == b.type && a.rclass == b.rclass;
    };
    size_t rrsetCount = m_records.empty() ? 0 : 1;
    for (size_t i = 1; i < m_records.size(); ++i)
        rrsetCount += sameRRset(m_records[i - 1], m_records[i]) ? 0 : 1;
    m_rrsets.clear();
    m_rrsets.shrink_to_fit();
    m_rrsets.reserve(rrsetCount);
    for (quint32 i = 0; i < m_records.size(); ++i) {
        const ZoneRecord& r = m_records[i];
        if (!m_rrsets.empty() && sameRRset(m_records[m_rrsets.back().first], r))
            ++m_rrsets.back().count;
        else
            m_rrsets.push_back({i, 1});
    }
}

QString Zone::rdataText(qsizetype index) const {
    const ZoneRecord& r = record(index);
    // Let ldns print the RDATA of a synthetic wire record: the presentation format is then exactly ldns'.
    QByteArray wire;
    const QByteArrayView owner("\0", 1);
    wire.append(owner.data(), owner.size());
    const std::uint8_t header[10] = {std::uint8_t(r.type >> 8),
                                     std::uint8_t(r.type),
                                     std::uint8_t(r.rclass >> 8),
                                     std::uint8_t(r.rclass),
                                     0,
                                     0,
                                     0,
                                     0,
                                     std::uint8_t(r.rdataLength >> 8),
                                     std::uint8_t(r.rdataLength)};
    wire.append(reinterpret_cast<const char*>(header), sizeof header);
    wire.append(rdata(r).data(), r.rdataLength);
    ldns_rr* raw = nullptr;
    size_t pos = 0;
    if (ldns_wire2rr(&raw, reinterpret_cast<const std::uint8_t*>(wire.constData()), size_t(wire.size()), &pos,
                     LDNS_SECTION_ANSWER) != LDNS_STATUS_OK ||
        !raw) {
        // Not parseable by its type's rules: RFC 3597 generic form.
        return QStringLiteral("\\# %1 %2").arg(r.rdataLength).arg(QString::fromLatin1(rdata(r).toByteArray().toHex()));
    }
    const ldns::RrPtr rr(raw);
    ldns::BufferPtr buffer(ldns_buffer_new(256));
    for (size_t i = 0; i < ldns_rr_rd_count(rr.get()); ++i) {
        if (i > 0)
            ldns_buffer_printf(buffer.get(), " ");
        ldns_rdf2buffer_str(buffer.get(), ldns_rr_rdf(rr.get(), i));
    }
    return QString::fromUtf8(reinterpret_cast<const char*>(ldns_buffer_begin(buffer.get())),
                             qsizetype(ldns_buffer_position(buffer.get())));
}

QString Zone::recordText(qsizetype index) const {
    const ZoneRecord& r = record(index);
    QString text = dnsNameToText(ownerOf(r));
    text += QLatin1Char(' ') + QString::number(r.ttl) + QLatin1Char(' ') + className(r.rclass) + QLatin1Char(' ') +
            rrTypeName(r.type);
    const QString data = rdataText(index);
    if (!data.isEmpty())
        text += QLatin1Char(' ') + data;
    return text;
}

qsizetype Zone::memoryUsage() const {
    // What the tables hold, not what they reserved: a reservation's unused tail is address space that is never
    // touched (the loader reserves generously so that the tables do not move), and peak RSS shows the rest.
    // The name hash table is cleared in full when it is made, so all of it counts.
    qsizetype bytes = qsizetype(m_records.size() * sizeof(ZoneRecord)) +
                      qsizetype(m_rrsets.size() * sizeof(ZoneRRset)) + m_names.size() +
                      qsizetype(m_nameOffsets.size() * sizeof(quint32)) + m_rdata.size() + m_origin.size();
    if (m_nameIndex)
        bytes += qsizetype(m_nameIndex->table.size() * sizeof(quint32));
    for (const QString& file : m_files)
        bytes += file.size() * 2;
    return bytes;
}

} // namespace danewerk::core
