#pragma once

#include "core/common/Result.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace danewerk::core {

// The raw observations of one domain's check, apart from any assessment: every DNS answer (wire form) and
// every SMTP session (transcript, chain). `check --save DIR` writes one file per domain, `--replay DIR`
// reads it back and re-assesses offline.
struct CheckObservations {
    QString domain; // normalized
    QDateTime recordedAt;
    qint64 elapsedMs = 0;
    quint16 smtpPort = 25;
    QString trustAnchor; // the anchor records the live run validated from (zone format)
    QJsonArray dns;
    QJsonArray smtp;

    [[nodiscard]] QJsonObject toJson() const;
    // Error code OBSERVATIONS_INVALID.
    [[nodiscard]] static Result<CheckObservations> fromJson(const QJsonObject& object, const QString& fileName = {});
    // "good.test.json" for "good.test." ("root.json" for the root).
    [[nodiscard]] static QString fileNameFor(const QString& domain);
};

} // namespace danewerk::core
