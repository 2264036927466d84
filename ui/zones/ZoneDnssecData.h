#pragma once

#include "core/dnssec/ZoneReport.h"
#include "core/zone/Zone.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace danewerk::ui {

// One row of the keys panel: a key of the validation report plus, for a SEP key, its DS record.
struct ZoneKeyRow {
    core::ZoneKeyInfo info;
    QString ds; // "example. 3600 IN DS 12345 13 2 <hex>" (SHA-256); empty for non-SEP or revoked keys
};

// The DS records (digest type 2 or 4) of the zone's apex DNSKEYs with the SEP flag, revoked keys left out:
// exactly what `zone ds` prints.
[[nodiscard]] QStringList zoneDsLines(const core::Zone& zone, int digestType);

// The report's keys with the DS (SHA-256) of each SEP key, matched to the apex DNSKEY by tag, algorithm and
// flags.
[[nodiscard]] QList<ZoneKeyRow> zoneKeyRows(const core::Zone& zone, const QList<core::ZoneKeyInfo>& keys);

// The expiration of every RRSIG of the zone (seconds since the epoch, RFC 4034 serial arithmetic near now),
// sorted ascending; for the signature-validity chart.
[[nodiscard]] QList<qint64> signatureExpirations(const core::Zone& zone, qint64 nowSeconds);

} // namespace danewerk::ui
