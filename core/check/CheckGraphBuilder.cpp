#include "core/check/CheckGraphBuilder.h"

namespace danewerk::core {

void CheckGraphBuilder::addHostsAndVerdict(MailDomainResult& result) {
    ChainGraph& g = result.chain;
    const QString verdictId = QStringLiteral("verdict:") + result.domain;
    g.addNode(verdictId, QStringLiteral("verdict"), result.verdict, result.verdict);
    const QString mxId = QStringLiteral("rrset:%1/MX").arg(result.domain);
    for (const HostResult& host : std::as_const(result.hosts)) {
        const QString hostId = QStringLiteral("host:") + host.name;
        g.addNode(hostId, QStringLiteral("host"), host.name, addressStatusName(host.status));
        g.addEdge(mxId, hostId, QStringLiteral("address"), dnssecStateName(result.mxDnssec));
        if (!host.addressNodeId.isEmpty())
            g.addEdge(hostId, host.addressNodeId, QStringLiteral("address"), dnssecStateName(host.dnssec));
        QList<QString> tlsaIds;
        for (int i = 0; i < host.tlsa.size(); ++i) {
            const TlsaEntry& t = host.tlsa[i];
            const QString id = QStringLiteral("tlsa:%1/%2").arg(host.tlsaBase).arg(i);
            tlsaIds << id;
            g.addNode(id, QStringLiteral("tlsa"),
                      QStringLiteral("%1 %2 %3 %4")
                          .arg(t.usage)
                          .arg(t.selector)
                          .arg(t.mtype)
                          .arg(QString::fromLatin1(t.data.toHex().left(16))),
                      t.usable ? QStringLiteral("usable") : QStringLiteral("unusable"));
            if (!host.tlsaNodeId.isEmpty())
                g.addEdge(host.tlsaNodeId, id, QStringLiteral("rrsig"),
                          host.tlsaDnssec ? dnssecStateName(*host.tlsaDnssec) : QStringLiteral("absent"));
        }
        for (const AddressResult& address : host.addresses) {
            const QString addressId = QStringLiteral("address:%1/%2").arg(host.name, address.address);
            g.addNode(addressId, QStringLiteral("address"), address.address, addressStatusName(address.status));
            g.addEdge(host.addressNodeId.isEmpty() ? hostId : host.addressNodeId, addressId, QStringLiteral("address"),
                      dnssecStateName(host.dnssec));
            for (const bool alternate : {false, true}) {
                QString previous;
                for (const CertificateSummary& cert : alternate ? address.alternateChain : address.chain) {
                    const QString certId =
                        QStringLiteral("certificate:%1").arg(QString::fromLatin1(cert.certSha256.toHex()));
                    g.addNode(certId, QStringLiteral("certificate"), cert.subject, addressStatusName(address.status));
                    if (cert.depth == 0)
                        g.addEdge(addressId, certId, QStringLiteral("tls"), addressStatusName(address.status));
                    else
                        g.addEdge(previous, certId, QStringLiteral("chain"), QStringLiteral("presented"));
                    previous = certId;
                    for (const TlsaMatchEntry& m : address.matched) {
                        if (m.depth != cert.depth || m.alternate != alternate)
                            continue;
                        for (int i = 0; i < host.tlsa.size(); ++i)
                            if (host.tlsa[i].data == m.data && host.tlsa[i].usage == m.usage)
                                g.addEdge(tlsaIds[i], certId, QStringLiteral("tlsa-match"), QStringLiteral("secure"));
                    }
                }
            }
            g.addEdge(addressId, verdictId, QStringLiteral("tls"), addressStatusName(address.status));
        }
    }
}

} // namespace danewerk::core
