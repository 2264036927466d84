#pragma once

#include "core/zone/Zone.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

namespace danewerk::core {

// One histogram bucket: values up to and including `upTo` (seconds) that are above the previous bucket's
// bound; the last bucket of a histogram is open (upTo < 0).
struct ZoneHistogramBucket {
    qint64 upTo = -1;
    qsizetype count = 0;
};

// What `zone stats` shows and the Zones page charts.
struct ZoneStatistics {
    QString origin;
    qsizetype records = 0;
    qsizetype rrsets = 0;
    qsizetype names = 0;                     // owner names with records
    qsizetype emptyNonTerminals = 0;         // names without records that have descendants with records
    qsizetype delegations = 0;               // NS RRsets below the apex
    qsizetype secureDelegations = 0;         // of those, with a DS RRset
    qsizetype signatures = 0;                // RRSIG records
    QMap<QString, qsizetype> recordsPerType; // mnemonic -> records
    // TTLs: <= 1 minute, 5 minutes, 1 hour, 1 day, 1 week, above.
    QList<ZoneHistogramBucket> ttlHistogram;
    // RRSIG expiration relative to `now`: expired (upTo 0), within 1 day, 7 days, 30 days, 90 days, later.
    QList<ZoneHistogramBucket> signatureExpiry;
    qsizetype signaturesNotYetValid = 0; // inception after now
    qsizetype memoryBytes = 0;           // of the loaded model

    // {"origin","records","rrsets","names","empty_non_terminals","delegations","secure_delegations",
    //  "signatures","types":{"A":n,..},"ttl_histogram":[{"up_to":60,"count":n},..,{"up_to":null,..}],
    //  "signature_expiry":[...],"signatures_not_yet_valid":n,"memory_bytes":n}
    [[nodiscard]] QJsonObject toJson() const;
};

[[nodiscard]] ZoneStatistics computeZoneStatistics(const Zone& zone, const QDateTime& now);

// RFC 4034 3.1.5 serial-number arithmetic: the 32-bit signature time nearest to `now`, as seconds since epoch.
[[nodiscard]] qint64 rrsigTimeNear(quint32 wireTime, qint64 nowSeconds);

} // namespace danewerk::core
