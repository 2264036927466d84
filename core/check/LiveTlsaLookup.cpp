#include "core/check/LiveTlsaLookup.h"

#include "core/check/ChainValidator.h"
#include "core/dns/DnsClient.h"

namespace danewerk::core {

LiveTlsaAnswer LiveTlsaLookup::fetch(const QString& owner, const QList<DnsServerAddress>& servers,
                                     const ValidationTrustAnchors& anchors, const QDateTime& now, int timeoutMs) {
    DnsClientOptions options;
    options.servers = servers;
    options.timeoutMs = timeoutMs;
    DnsClient client(options);
    ChainValidator validator(client, anchors, {now, 0}, nullptr);
    const ValidatedRrset rrset = validator.lookup(owner, 52);
    LiveTlsaAnswer answer;
    answer.state = rrset.state;
    answer.exists = rrset.exists;
    answer.reason = rrset.reason;
    answer.resolverAnswered = validator.resolverAnswered();
    answer.dnssecStripped = validator.dnssecStripped();
    answer.findings = validator.findings();
    for (const DnsRecordData& record : rrset.records) {
        if (record.rdata.size() < 3)
            continue;
        TlsaRecord tlsa;
        tlsa.owner = record.owner;
        tlsa.ttl = record.ttl;
        tlsa.usage = quint8(record.rdata[0]);
        tlsa.selector = quint8(record.rdata[1]);
        tlsa.mtype = quint8(record.rdata[2]);
        tlsa.data = record.rdata.mid(3);
        answer.records << tlsa;
    }
    return answer;
}

} // namespace danewerk::core
