#include "core/check/MailDomainResult.h"

#include <QJsonArray>

namespace danewerk::core {

namespace {
QJsonArray findingsJson(const Findings& findings) {
    QJsonArray array;
    for (const Finding& f : findings)
        array.append(f.toJson());
    return array;
}
} // namespace

QJsonObject AddressResult::toJson() const {
    QJsonArray chainArray;
    for (const CertificateSummary& c : chain)
        chainArray.append(c.toJson());
    QJsonArray matchedArray;
    for (const TlsaMatchEntry& m : matched)
        matchedArray.append(
            QJsonObject{{"usage", m.usage}, {"selector", m.selector}, {"mtype", m.mtype}, {"depth", m.depth}});
    QJsonObject o{{"address", address}, {"starttls", starttls}};
    if (!tlsVersion.isEmpty())
        o.insert("tls_version", tlsVersion);
    if (!cipher.isEmpty())
        o.insert("cipher", cipher);
    o.insert("chain", chainArray);
    if (!alternateChain.isEmpty()) {
        QJsonArray alternateArray;
        for (const CertificateSummary& c : alternateChain)
            alternateArray.append(c.toJson());
        // Extensions of the contract: the key types and the second chain of a dual-certificate server.
        o.insert("key_type", keyType);
        o.insert("alternate_key_type", alternateKeyType);
        o.insert("alternate_chain", alternateArray);
    }
    o.insert("matched", matchedArray);
    o.insert("status", addressStatusName(status));
    return o;
}

QJsonObject HostResult::toJson() const {
    QJsonArray tlsaArray;
    for (const TlsaEntry& t : tlsa)
        tlsaArray.append(QJsonObject{{"usage", t.usage},
                                     {"selector", t.selector},
                                     {"mtype", t.mtype},
                                     {"data", QString::fromLatin1(t.data.toHex())},
                                     {"usable", t.usable}});
    QJsonArray addressArray;
    for (const AddressResult& a : addresses)
        addressArray.append(a.toJson());
    return QJsonObject{{"name", name},
                       {"preference", preference},
                       {"tlsa_base", tlsaBase},
                       {"dnssec", dnssecStateName(dnssec)},
                       {"tlsa_dnssec", tlsaDnssec ? dnssecStateName(*tlsaDnssec) : QStringLiteral("absent")},
                       {"tlsa", tlsaArray},
                       {"addresses", addressArray},
                       {"status", addressStatusName(status)},
                       {"findings", findingsJson(findings)}};
}

QJsonObject MailDomainResult::toJson() const {
    QJsonArray records;
    for (const auto& [preference, host] : mxRecords)
        records.append(QJsonObject{{"preference", preference}, {"host", host}});
    QJsonArray hostArray;
    for (const HostResult& h : hosts)
        hostArray.append(h.toJson());
    return QJsonObject{{"domain", domain},
                       {"verdict", verdict},
                       {"mx", QJsonObject{{"dnssec", dnssecStateName(mxDnssec)}, {"records", records}}},
                       {"hosts", hostArray},
                       {"findings", findingsJson(findings)},
                       {"chain", chain.toJson()},
                       {"elapsed_ms", elapsedMs}};
}

Findings MailDomainResult::allFindings() const {
    Findings all = findings;
    for (const HostResult& h : hosts)
        all += h.findings;
    return all;
}

QString MailDomainResult::decideVerdict(bool nullMx, DnssecState mxState, const QList<HostResult>& hosts) {
    if (nullMx)
        return QStringLiteral("no-mx");
    if (mxState == DnssecState::Bogus)
        return QStringLiteral("dnssec-bogus");
    if (mxState == DnssecState::Unresolved)
        return QStringLiteral("unresolved");
    int authenticated = 0;
    int failed = 0;
    int reached = 0;
    for (const HostResult& h : hosts) {
        if (h.status == AddressStatus::Authenticated)
            ++authenticated;
        if (isDaneFailure(h.status))
            ++failed;
        if (h.status != AddressStatus::Unreachable)
            ++reached;
    }
    if (failed > 0)
        return authenticated > 0 ? QStringLiteral("dane-partial") : QStringLiteral("dane-failed");
    if (authenticated > 0)
        return authenticated == reached ? QStringLiteral("dane-authenticated") : QStringLiteral("dane-partial");
    if (reached == 0)
        return QStringLiteral("unreachable");
    return QStringLiteral("not-applicable");
}

} // namespace danewerk::core
