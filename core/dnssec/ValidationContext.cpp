#include "core/dnssec/ValidationContext.h"

#include "core/dns/DnsName.h"

namespace danewerk::core {

Finding ValidationContext::finding(Severity severity, const QString& code, const QString& message, const QString& rfc,
                                   const QString& fix, qsizetype record) const {
    const ZoneRecord& r = zone.record(record);
    return finding(severity, code, message, rfc, fix, zone.ownerOf(r), r.type, record);
}

Finding ValidationContext::finding(Severity severity, const QString& code, const QString& message, const QString& rfc,
                                   const QString& fix, QByteArrayView owner, quint16 type, qsizetype record) const {
    Finding f = Finding::make(severity, code, message, rfc, fix);
    f.owner = dnsNameToText(owner);
    if (type != 0)
        f.type = rrTypeName(type);
    if (record >= 0 && record < zone.recordCount()) {
        const ZoneRecord& r = zone.record(record);
        f.file = zone.fileOf(r);
        f.line = int(r.line);
    }
    return f;
}

} // namespace danewerk::core
