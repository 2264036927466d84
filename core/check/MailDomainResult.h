#pragma once

#include "core/check/AddressStatus.h"
#include "core/check/ChainGraph.h"
#include "core/check/DnssecState.h"
#include "core/findings/Finding.h"
#include "core/smtp/CertificateSummary.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace danewerk::core {

struct TlsaEntry {
    int usage = 0;
    int selector = 0;
    int mtype = 0;
    QByteArray data;
    bool usable = false;
};

struct TlsaMatchEntry {
    int usage = 0;
    int selector = 0;
    int mtype = 0;
    int depth = 0;
    QByteArray data;
    bool alternate = false; // matched the alternate chain (second key type)
};

struct AddressResult {
    QString address;
    bool starttls = false;
    QString tlsVersion;
    QString cipher;
    QList<CertificateSummary> chain;
    // A server with certificates of two key types (rule 16): the other chain, probed separately.
    QList<CertificateSummary> alternateChain;
    QString keyType;          // of chain's leaf: "RSA", "EC", ...
    QString alternateKeyType; // of alternateChain's leaf
    QList<TlsaMatchEntry> matched;
    AddressStatus status = AddressStatus::NotChecked;
    bool connectTimedOut = false;
    QString detail; // what the probe or the verification said (text output)

    [[nodiscard]] QJsonObject toJson() const;
};

struct HostResult {
    QString name;
    int preference = 0;
    QString tlsaBase;
    DnssecState dnssec = DnssecState::Unresolved;
    std::optional<DnssecState> tlsaDnssec; // nothing: "absent"
    QList<TlsaEntry> tlsa;
    QList<AddressResult> addresses;
    AddressStatus status = AddressStatus::NotChecked;
    Findings findings;
    QString addressNodeId; // chain graph node of the address RRset (not in JSON)
    QString tlsaNodeId;    // chain graph node of the TLSA RRset or its denial (not in JSON)

    [[nodiscard]] QJsonObject toJson() const;
};

// The assessment of one mail domain (CLI.md "check" JSON).
struct MailDomainResult {
    QString domain;
    QString verdict;
    DnssecState mxDnssec = DnssecState::Unresolved;
    bool nullMx = false;
    QList<QPair<int, QString>> mxRecords;
    QList<HostResult> hosts;
    Findings findings; // domain-level and DNSSEC findings (host findings live in the hosts)
    ChainGraph chain;
    qint64 elapsedMs = 0;
    bool resolverAnswered = false;
    bool dnssecStripped = false;
    int connectAttempts = 0;
    int connectTimeouts = 0;
    // The check was cancelled before it could decide: no verdict, nothing in it may be shown as a result.
    bool cancelled = false;

    [[nodiscard]] QJsonObject toJson() const;
    // Every finding of the domain and its hosts.
    [[nodiscard]] Findings allFindings() const;
    // CLI.md verdict rules, in order.
    [[nodiscard]] static QString decideVerdict(bool nullMx, DnssecState mxState, const QList<HostResult>& hosts);
};

} // namespace danewerk::core
