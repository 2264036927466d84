#pragma once

#include "core/findings/Finding.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace danewerk::core {

// The result of validating a zone: the JSON of `zone check` (CLI.md).
struct ZoneKeyInfo {
    quint16 tag = 0;
    int algorithm = 0;
    quint16 flags = 0;
    QString role; // "KSK", "ZSK", "CSK" (ZONE-CHECKS.md)
    int bits = 0;
};

// Exclusive buckets that sum to total; precedence no_key, invalid, expired, not_yet_valid.
struct SignatureCounts {
    qint64 total = 0;
    qint64 valid = 0;
    qint64 invalid = 0;
    qint64 expired = 0;
    qint64 notYetValid = 0;
    qint64 noKey = 0;
};

struct ZoneReport {
    QString origin;
    qint64 records = 0;
    bool isSigned = false;
    QList<ZoneKeyInfo> keys;
    SignatureCounts signatures;
    QString nsec = QStringLiteral("none"); // "nsec", "nsec3", "none"
    Findings findings;

    [[nodiscard]] QJsonObject toJson() const;
};

} // namespace danewerk::core
