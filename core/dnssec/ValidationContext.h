#pragma once

#include "core/dnssec/DnskeyRdata.h"
#include "core/dnssec/DnssecCrypto.h"
#include "core/dnssec/DsRecord.h"
#include "core/dnssec/ZoneNameMap.h"
#include "core/findings/Finding.h"
#include "core/zone/Zone.h"

#include <QDateTime>
#include <QString>

#include <vector>

namespace danewerk::core {

// A DS given from outside the zone (--ds FILE), with where it was written.
struct ExternalDs {
    QByteArray owner; // wire, canonical
    DsRecord ds;
    QString file;
    int line = 0;
};

// A DNSKEY of the apex DNSKEY RRset, parsed once for every check.
struct ApexKey {
    DnskeyRdata rdata;
    quint16 tag = 0;
    qsizetype record = 0; // index into the zone's records
    EvpKeyPtr evp;        // null if the algorithm is unsupported or the key malformed
};

// What the DNSSEC checks share: the zone, its names, the apex keys, and the moment of validation.
struct ValidationContext {
    const Zone& zone;
    ZoneNameMap names;
    std::vector<ApexKey> apexKeys;
    qint64 now = 0;           // unix seconds
    qint64 expiryWarning = 0; // seconds
    int threads = 0;

    explicit ValidationContext(const Zone& z) : zone(z), names(z) {}

    // A finding about one record of the zone (owner, type, file, line filled in).
    [[nodiscard]] Finding finding(Severity severity, const QString& code, const QString& message, const QString& rfc,
                                  const QString& fix, qsizetype record) const;
    // A finding about a name without a record of its own (an empty non-terminal): owner given, place from the
    // record it is derived from.
    [[nodiscard]] Finding finding(Severity severity, const QString& code, const QString& message, const QString& rfc,
                                  const QString& fix, QByteArrayView owner, quint16 type, qsizetype record) const;
};

} // namespace danewerk::core
