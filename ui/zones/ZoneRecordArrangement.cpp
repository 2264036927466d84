#include "ui/zones/ZoneRecordArrangement.h"

#include "core/dns/DnsName.h"
#include "core/zone/CanonicalRdata.h"
#include "ui/zones/ZoneRecordModel.h"

#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>
#include <atomic>
#include <cstring>
#include <numeric>

namespace danewerk::ui {

namespace {

// How often the long loops ask whether they are still wanted: often enough that a superseded job ends within
// a few milliseconds, rarely enough that asking costs nothing.
constexpr size_t CheckEvery = 1 << 14;
constexpr size_t SortChunk = 1 << 15;

// std::sort cannot be interrupted, so sort chunks and merge them pairwise, asking between steps; the chunks and
// the merges of one pass run on both cores. The order is total (ties broken by record index), so the result
// equals one std::sort.
template <typename T, typename Less>
bool cancellableSort(std::vector<T>& values, Less less, const CancelCheck& cancelled) {
    const size_t count = values.size();
    std::atomic_bool stop = false;
    const auto stopped = [&] {
        if (!stop && cancelled())
            stop = true;
        return bool(stop);
    };
    std::vector<size_t> starts;
    for (size_t start = 0; start < count; start += SortChunk)
        starts.push_back(start);
    QtConcurrent::blockingMap(starts, [&](size_t start) {
        if (!stopped())
            std::sort(values.begin() + qsizetype(start), values.begin() + qsizetype(std::min(count, start + SortChunk)),
                      less);
    });
    if (stopped())
        return false;
    std::vector<T> merged(count > SortChunk ? count : 0);
    for (size_t width = SortChunk; width < count; width *= 2) {
        starts.clear();
        for (size_t start = 0; start < count; start += 2 * width)
            starts.push_back(start);
        QtConcurrent::blockingMap(starts, [&](size_t start) {
            if (stopped())
                return;
            const auto begin = values.begin() + qsizetype(start);
            const auto middle = values.begin() + qsizetype(std::min(count, start + width));
            const auto end = values.begin() + qsizetype(std::min(count, start + 2 * width));
            std::merge(begin, middle, middle, end, merged.begin() + qsizetype(start), less);
        });
        if (stopped())
            return false;
        values.swap(merged);
    }
    return true;
}

// A sort by a small integer key: (key, record) packed into one word sorts fast and keeps ties canonical.
std::shared_ptr<ZoneSortIndex> sortByKey(const core::Zone& zone, int column, const CancelCheck& cancelled,
                                         const std::function<quint32(const core::ZoneRecord&)>& keyOf) {
    const size_t count = size_t(zone.recordCount());
    std::vector<quint64> packed(count);
    for (size_t i = 0; i < count; ++i)
        packed[i] = (quint64(keyOf(zone.record(qsizetype(i)))) << 32) | i;
    if (!cancellableSort(packed, std::less<quint64>(), cancelled))
        return nullptr;
    auto index = std::make_shared<ZoneSortIndex>();
    index->column = column;
    index->order.resize(count);
    index->startsGroup.resize(count);
    for (size_t i = 0; i < count; ++i) {
        index->order[i] = quint32(packed[i]);
        index->startsGroup[i] = i == 0 || (packed[i] >> 32) != (packed[i - 1] >> 32);
    }
    return index;
}

// Type mnemonics ranked once per type present, not formatted for every comparison.
std::vector<quint32> typeRanks(const core::Zone& zone) {
    std::vector<bool> present(65536, false);
    for (const core::ZoneRecord& r : zone.records())
        present[r.type] = true;
    std::vector<std::pair<QString, quint16>> names;
    for (int type = 0; type < 65536; ++type)
        if (present[size_t(type)])
            names.emplace_back(core::rrTypeName(quint16(type)), quint16(type));
    std::sort(names.begin(), names.end());
    std::vector<quint32> rank(65536, 0);
    for (size_t i = 0; i < names.size(); ++i)
        rank[names[i].second] = quint32(i);
    return rank;
}

bool hasUpperCase(QByteArrayView bytes) {
    return std::any_of(bytes.begin(), bytes.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

// Sorting by data compares canonical RDATA (RFC 4034 6.3): octets with the names inside lower-cased. The
// canonical form is made once per record (only records with capitals need a copy), so that a comparison is
// a word compare and at most one memcmp: signatures and NSEC records share long prefixes, and a million
// records make some twenty million comparisons.
std::shared_ptr<ZoneSortIndex> sortByData(const core::Zone& zone, const CancelCheck& cancelled) {
    struct Entry {
        quint64 prefix; // type, then the first six octets
        const char* data;
        quint32 length;
        quint32 record;
    };
    const size_t count = size_t(zone.recordCount());
    std::vector<Entry> entries(count);
    std::vector<QByteArray> folded; // canonical copies; moving a QByteArray keeps its buffer, so data stays valid
    for (size_t i = 0; i < count; ++i) {
        if (i % CheckEvery == 0 && cancelled())
            return nullptr;
        const core::ZoneRecord& record = zone.record(qsizetype(i));
        QByteArrayView rdata = zone.rdata(record);
        if (hasUpperCase(rdata)) {
            QByteArray canonical = core::canonicalRdata(record.type, rdata);
            if (QByteArrayView(canonical) != rdata) {
                folded.push_back(std::move(canonical));
                rdata = folded.back();
            }
        }
        quint64 prefix = quint64(record.type) << 48;
        for (qsizetype k = 0; k < 6 && k < rdata.size(); ++k)
            prefix |= quint64(quint8(rdata[k])) << (40 - 8 * k);
        entries[i] = Entry{prefix, rdata.data(), quint32(rdata.size()), quint32(i)};
    }
    const auto compare = [](const Entry& a, const Entry& b) {
        if (a.prefix != b.prefix)
            return a.prefix < b.prefix ? -1 : 1;
        const int c = std::memcmp(a.data, b.data, std::min(a.length, b.length));
        if (c != 0)
            return c < 0 ? -1 : 1;
        return a.length == b.length ? 0 : a.length < b.length ? -1 : 1;
    };
    const auto less = [&compare](const Entry& a, const Entry& b) {
        const int c = compare(a, b);
        return c != 0 ? c < 0 : a.record < b.record;
    };
    if (!cancellableSort(entries, less, cancelled))
        return nullptr;
    auto index = std::make_shared<ZoneSortIndex>();
    index->column = ZoneRecordModel::DataColumn;
    index->order.resize(count);
    index->startsGroup.resize(count);
    for (size_t i = 0; i < count; ++i) {
        if (i % CheckEvery == 0 && cancelled())
            return nullptr;
        index->order[i] = entries[i].record;
        index->startsGroup[i] = i == 0 || compare(entries[i - 1], entries[i]) != 0;
    }
    return index;
}

// The owner's name as dnsNameToText() writes it, lower-cased, into a reused buffer: without a QString per name
// when the labels need no escapes (nearly always), so that a million names are searched in milliseconds.
void ownerText(QByteArrayView wire, QByteArray& text) {
    text.clear();
    qsizetype pos = 0;
    while (pos < wire.size() && wire[pos] != 0) {
        const qsizetype length = quint8(wire[pos]);
        for (qsizetype i = pos + 1; i <= pos + length && i < wire.size(); ++i) {
            const auto c = quint8(wire[i]);
            if (c <= 0x20 || c >= 0x7f || c == '.' || c == ';' || c == '(' || c == ')' || c == '\\') {
                text = core::dnsNameToText(wire).toLatin1().toLower();
                return;
            }
            text += char(c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
        }
        text += '.';
        pos += length + 1;
    }
    if (text.isEmpty())
        text = ".";
}

} // namespace

std::shared_ptr<const ZoneSortIndex> ZoneRecordArrangement::sortIndex(const core::Zone& zone, int column,
                                                                      const CancelCheck& cancelled) {
    switch (column) {
    case ZoneRecordModel::NameColumn: {
        // The zone is in canonical order already: the owner names' runs are the groups.
        auto index = std::make_shared<ZoneSortIndex>();
        index->column = column;
        const size_t count = size_t(zone.recordCount());
        index->order.resize(count);
        std::iota(index->order.begin(), index->order.end(), quint32(0));
        index->startsGroup.resize(count);
        for (size_t i = 0; i < count; ++i)
            index->startsGroup[i] = i == 0 || zone.record(qsizetype(i)).owner != zone.record(qsizetype(i - 1)).owner;
        return index;
    }
    case ZoneRecordModel::TtlColumn:
        return sortByKey(zone, column, cancelled, [](const core::ZoneRecord& r) { return r.ttl; });
    case ZoneRecordModel::ClassColumn:
        return sortByKey(zone, column, cancelled, [](const core::ZoneRecord& r) { return quint32(r.rclass); });
    case ZoneRecordModel::TypeColumn: {
        const std::vector<quint32> rank = typeRanks(zone);
        return sortByKey(zone, column, cancelled, [&rank](const core::ZoneRecord& r) { return rank[r.type]; });
    }
    case ZoneRecordModel::DataColumn:
        return sortByData(zone, cancelled);
    default:
        return nullptr;
    }
}

std::optional<std::vector<bool>> ZoneRecordArrangement::acceptedNames(const core::Zone& zone,
                                                                      const ZoneRecordQuery& query,
                                                                      const CancelCheck& cancelled) {
    std::vector<bool> accepted;
    if (query.nameFilter.isEmpty() && query.subtree.isEmpty())
        return accepted;
    QByteArray subtree;
    if (!query.subtree.isEmpty()) {
        const core::Result<QByteArray> wire = core::dnsNameFromText(query.subtree);
        subtree = wire ? *wire : QByteArray("\xff", 1); // an impossible name matches nothing
    }
    // Names are plain ASCII text; a filter that is too can be matched on bytes.
    const bool asciiFilter =
        std::all_of(query.nameFilter.cbegin(), query.nameFilter.cend(), [](QChar c) { return c.unicode() < 0x80; });
    const QByteArray needle = query.nameFilter.toLatin1().toLower();
    QByteArray text;
    const auto names = quint32(zone.nameCount());
    accepted.assign(names, false);
    for (quint32 i = 0; i < names; ++i) {
        if (i % CheckEvery == 0 && cancelled())
            return std::nullopt;
        bool accept = subtree.isEmpty() || core::dnsNameIsSubdomain(zone.name(i), subtree);
        if (accept && !query.nameFilter.isEmpty()) {
            if (asciiFilter) {
                ownerText(zone.name(i), text);
                accept = text.contains(needle);
            } else {
                accept = core::dnsNameToText(zone.name(i)).contains(query.nameFilter, Qt::CaseInsensitive);
            }
        }
        accepted[i] = accept;
    }
    return accepted;
}

std::optional<ZoneRecordRows> ZoneRecordArrangement::arrange(const core::Zone& zone, const ZoneRecordQuery& query,
                                                             const ZoneSortIndex* index, const CancelCheck& cancelled) {
    ZoneRecordRows rows;
    const size_t count = size_t(zone.recordCount());
    const bool canonical = !index || (index->column == ZoneRecordModel::NameColumn && !query.descending);
    if (canonical && !query.filters()) {
        rows.count = quint32(count);
        return rows; // the identity: nothing to store
    }
    const std::optional<std::vector<bool>> names = acceptedNames(zone, query, cancelled);
    if (!names)
        return std::nullopt;
    const auto accepts = [&](quint32 record) {
        const core::ZoneRecord& r = zone.record(record);
        return (!query.type || r.type == *query.type) && (names->empty() || (*names)[r.owner]);
    };
    rows.identity = false;
    rows.records.reserve(query.filters() ? count / 4 : count);
    if (canonical) {
        for (quint32 record = 0; record < count; ++record)
            if (accepts(record))
                rows.records.push_back(record);
    } else if (!query.descending) {
        for (const quint32 record : index->order)
            if (accepts(record))
                rows.records.push_back(record);
    } else {
        // Runs of equal values from the last to the first, each run in canonical order.
        size_t end = count;
        size_t sinceCheck = 0;
        while (end > 0) {
            size_t start = end - 1;
            while (start > 0 && !index->startsGroup[start])
                --start;
            for (size_t i = start; i < end; ++i)
                if (accepts(index->order[i]))
                    rows.records.push_back(index->order[i]);
            sinceCheck += end - start;
            end = start;
            if (sinceCheck >= CheckEvery) {
                if (cancelled())
                    return std::nullopt;
                sinceCheck = 0;
            }
        }
    }
    if (cancelled())
        return std::nullopt;
    rows.count = quint32(rows.records.size());
    rows.positions.assign(count, ZoneRecordRows::NotShown);
    for (quint32 row = 0; row < rows.count; ++row)
        rows.positions[rows.records[row]] = row;
    return rows;
}

} // namespace danewerk::ui
