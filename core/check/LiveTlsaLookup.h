#pragma once

#include "core/check/DnssecState.h"
#include "core/check/ValidationTrustAnchors.h"
#include "core/dns/DnsServerAddress.h"
#include "core/findings/Finding.h"
#include "core/tlsa/TlsaRecord.h"

#include <QDateTime>
#include <QList>

namespace danewerk::core {

struct LiveTlsaAnswer {
    DnssecState state = DnssecState::Unresolved;
    bool exists = false;
    QList<TlsaRecord> records; // owner and TTL filled
    QString reason;            // why not secure
    bool resolverAnswered = false;
    bool dnssecStripped = false;
    Findings findings; // from the chain validation (expired signatures, ...)
};

// The published TLSA RRset of one owner, validated from the trust anchor (for `tlsa verify --live`).
class LiveTlsaLookup {
public:
    [[nodiscard]] static LiveTlsaAnswer fetch(const QString& owner, const QList<DnsServerAddress>& servers,
                                              const ValidationTrustAnchors& anchors, const QDateTime& now,
                                              int timeoutMs);
};

} // namespace danewerk::core
