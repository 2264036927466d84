#pragma once

#include "core/check/CheckProgress.h"
#include "core/check/ValidationTrustAnchors.h"

#include <QDateTime>
#include <QString>

namespace danewerk::core {

struct MailCheckOptions {
    QDateTime now; // every validity decision
    ValidationTrustAnchors anchors = ValidationTrustAnchors::ianaRoot();
    quint16 smtpPort = 25; // the TLSA owner stays _25._tcp
    QString ehloName;
    bool ipv4 = true;
    bool ipv6 = true;
    int timeoutMs = 10000; // per DNS query, and per SMTP dialogue with one address
    qint64 expiryWarningSeconds = 7 * 86400;
    bool smtp = true; // false: --no-smtp
    int maxParallelProbes = 16;
    CheckObserver observer; // progress events and cancellation (optional)
};

} // namespace danewerk::core
