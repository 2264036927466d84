#pragma once

#include "core/zone/Zone.h"

#include <QString>

#include <functional>
#include <limits>
#include <memory>
#include <optional>
#include <vector>

namespace danewerk::ui {

// What the record table shows: which records (name and type filters) in which order (a column, a direction).
// Column -1 is the zone's own canonical order.
struct ZoneRecordQuery {
    int column = -1;
    bool descending = false;
    QString nameFilter; // case-insensitive substring of the owner name (presentation format)
    QString subtree;    // this owner name and the names below it; empty for all
    std::optional<quint16> type;

    [[nodiscard]] bool filters() const { return !nameFilter.isEmpty() || !subtree.isEmpty() || type.has_value(); }
    [[nodiscard]] bool sameFilters(const ZoneRecordQuery& other) const {
        return nameFilter == other.nameFilter && subtree == other.subtree && type == other.type;
    }
    [[nodiscard]] bool operator==(const ZoneRecordQuery& other) const = default;
};

// The records of a zone ordered by one column's values, ascending, equal values in canonical order; and where
// each run of equal values starts, so that a descending order can keep ties in canonical order too.
struct ZoneSortIndex {
    int column = -1;
    std::vector<quint32> order;    // position -> record
    std::vector<bool> startsGroup; // order[i] has another value than order[i - 1]
};

// The rows of the table for one query: row -> record and record -> row. An identity arrangement (canonical
// order, nothing filtered) keeps no vectors, so a freshly loaded zone costs nothing extra.
struct ZoneRecordRows {
    static constexpr quint32 NotShown = std::numeric_limits<quint32>::max();

    bool identity = true;
    quint32 count = 0;              // rows shown
    std::vector<quint32> records;   // row -> record (empty for the identity)
    std::vector<quint32> positions; // record -> row or NotShown (empty for the identity)

    [[nodiscard]] quint32 recordAt(quint32 row) const { return identity ? row : records[row]; }
    [[nodiscard]] quint32 rowOf(quint32 record) const {
        if (identity)
            return record < count ? record : NotShown;
        return record < positions.size() ? positions[record] : NotShown;
    }
};

// Asked between steps of the long computations: true once their result is no longer wanted.
using CancelCheck = std::function<bool()>;

// The pure, thread-agnostic work behind the record table's sorting and filtering: run by background jobs for
// large zones and directly for small ones.
class ZoneRecordArrangement {
public:
    // The sort index of one column (ZoneRecordModel::Column): names and classes in canonical order, TTLs
    // numerically, types by mnemonic, data by type then canonical RDATA octets (RFC 4034 6.3). Null when
    // cancelled.
    [[nodiscard]] static std::shared_ptr<const ZoneSortIndex> sortIndex(const core::Zone& zone, int column,
                                                                        const CancelCheck& cancelled);

    // Which owner names (by index) pass the name and subtree filters; empty when neither is set. Nullopt when
    // cancelled.
    [[nodiscard]] static std::optional<std::vector<bool>>
    acceptedNames(const core::Zone& zone, const ZoneRecordQuery& query, const CancelCheck& cancelled);

    // The rows for a query, given the sort index of its column (null for canonical order). Nullopt when
    // cancelled.
    [[nodiscard]] static std::optional<ZoneRecordRows> arrange(const core::Zone& zone, const ZoneRecordQuery& query,
                                                               const ZoneSortIndex* index,
                                                               const CancelCheck& cancelled);
};

} // namespace danewerk::ui
