#pragma once

#include "core/common/Result.h"
#include "core/lab/LabProcessControl.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace danewerk::core {

// What a running lab looks like, kept in <dir>/state.json between `lab up` and `lab down`.
struct LabState {
    QString directory;
    QString base;
    bool unprivileged = false;
    QDateTime startedAt;
    quint32 serial = 0;
    QList<LabProcess> processes;
    QString resolver;        // "127.30.0.2" or "127.30.0.2#10053"
    QString authoritative;   // "127.30.0.1" or with #port
    QString trustAnchor;     // DS file, zone format
    QString bindTrustAnchor; // delv -a syntax
    quint16 smtpPort = 25;
    QString smtpServer;          // "postfix" or "danewerk"
    QString signer;              // what signed the zones
    qint64 elapsedMs = 0;        // how long `lab up` took
    bool alreadyRunning = false; // `lab up` found it running and did nothing

    // "--resolver 127.30.0.2 --trust-anchor /path/trust-anchor.ds" (+ " --smtp-port 10025")
    [[nodiscard]] QString checkOptions() const;
    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static LabState fromJson(const QJsonObject& object);

    [[nodiscard]] static Result<LabState> read(const QString& file);
    [[nodiscard]] Result<void> write(const QString& file) const;
};

} // namespace danewerk::core
