#include "core/check/MailDomainCheck.h"

#include "core/check/CancellableDnsSource.h"
#include "core/check/ChainValidator.h"
#include "core/check/CheckGraphBuilder.h"
#include "core/check/DnsNames.h"
#include "core/check/SmtpProber.h"
#include "core/check/TlsaAssessment.h"
#include "core/dns/DnsSource.h"

#include <QElapsedTimer>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>

namespace danewerk::core {

namespace {

constexpr quint16 TypeA = 1;
constexpr quint16 TypeMx = 15;
constexpr quint16 TypeAaaa = 28;
constexpr quint16 TypeTlsa = 52;
// Bounds against hostile DNS data: a DANE sender does not try hundreds of hosts either.
constexpr int MaxMxHosts = 16;
constexpr int MaxAddressesPerHost = 16;

Finding finding(Severity severity, const QString& code, const QString& message, const QString& rfc, const QString& fix,
                const QString& host = {}, const QString& address = {}, const QString& owner = {},
                const QString& type = {}) {
    Finding f = Finding::make(severity, code, message, rfc, fix);
    f.host = host;
    f.address = address;
    f.owner = owner;
    f.type = type;
    return f;
}

} // namespace

struct MailDomainCheck::HostPlan {
    HostResult host;
    std::optional<AddressStatus> dnsStatus; // decided by DNS alone; nothing when DANE applies
    bool usable = false;                    // at least one usable TLSA record
};

// The SMTP sessions of one address and what they showed, filled on a probe thread.
struct MailDomainCheck::AddressProbe {
    int plan = 0;
    int address = 0;
    AddressResult result;
    Findings findings;
    bool attempted = false; // a session was started (not skipped by cancellation)
    bool connectTimedOut = false;
};

MailDomainCheck::MailDomainCheck(MailCheckOptions options, DnsSource& dns, SmtpProber& smtp)
    : m_options(std::move(options)), m_dns(dns), m_smtp(smtp) {}

void MailDomainCheck::report(CheckProgressEvent::Kind kind, const QString& host, const QString& address, int count,
                             const QString& detail) const {
    if (!m_options.observer.progress)
        return;
    CheckProgressEvent event;
    event.kind = kind;
    event.domain = m_domain;
    event.host = host;
    event.address = address;
    event.count = count;
    event.detail = detail;
    m_options.observer.report(event);
}

MailDomainResult MailDomainCheck::cancelled(MailDomainResult& result, qint64 elapsedMs) const {
    result.cancelled = true;
    result.verdict.clear();
    result.elapsedMs = elapsedMs;
    report(CheckProgressEvent::Kind::DomainCancelled);
    return result;
}

MailDomainResult MailDomainCheck::run(const QString& domain) {
    QElapsedTimer clock;
    clock.start();
    MailDomainResult result;
    m_domain = normalizedName(domain);
    result.domain = m_domain;
    report(CheckProgressEvent::Kind::DomainStarted);
    CancellableDnsSource dns(m_dns, m_options.observer);
    ChainValidator validator(dns, m_options.anchors, {m_options.now, m_options.expiryWarningSeconds}, &result.chain);
    const ValidatedRrset mx = validator.lookup(m_domain, TypeMx);
    if (m_options.observer.isCancelled())
        return cancelled(result, clock.elapsed());
    result.mxDnssec = mx.state;
    QList<HostPlan> plans;
    if (mx.state != DnssecState::Unresolved && mx.state != DnssecState::Bogus) {
        for (const DnsRecordData& record : mx.records) {
            const QStringList parts = record.rdataText.split(QLatin1Char(' '));
            if (parts.size() != 2)
                continue;
            result.mxRecords.append({parts[0].toInt(), normalizedName(parts[1])});
        }
        std::sort(result.mxRecords.begin(), result.mxRecords.end());
        if (result.mxRecords.size() > MaxMxHosts) {
            result.findings << finding(Severity::Warning, QStringLiteral("MX_TOO_MANY"),
                                       tr("%1 has %2 MX records; only the best %3 are checked.")
                                           .arg(m_domain)
                                           .arg(result.mxRecords.size())
                                           .arg(MaxMxHosts),
                                       QStringLiteral("RFC 5321 5.1"), tr("Publish fewer MX records."), {}, {},
                                       m_domain, QStringLiteral("MX"));
            result.mxRecords.resize(MaxMxHosts);
        }
        if (result.mxRecords.size() == 1 && result.mxRecords.first().second == QLatin1String(".")) {
            result.nullMx = true;
        } else if (mx.nxdomain) {
            // The domain does not exist: no implicit MX, no hosts; a sender bounces the mail (RFC 5321 5.1).
            result.findings << finding(
                Severity::Error, QStringLiteral("DOMAIN_NXDOMAIN"),
                mx.denialProven ? tr("%1 does not exist (NXDOMAIN, proven by a validated NSEC/NSEC3 denial): mail "
                                     "to it bounces.")
                                      .arg(m_domain)
                                : tr("%1 does not exist (NXDOMAIN, not proven by DNSSEC: %2): mail to it bounces.")
                                      .arg(m_domain, dnssecStateName(mx.state)),
                QStringLiteral("RFC 5321 5.1"), tr("Check the spelling of the domain, or register and delegate it."),
                {}, {}, m_domain, QStringLiteral("MX"));
        } else {
            if (!mx.exists) {
                result.findings << finding(
                    Severity::Notice, QStringLiteral("MX_IMPLICIT"),
                    tr("%1 has no MX records: senders deliver to the domain itself.").arg(m_domain),
                    QStringLiteral("RFC 5321 5.1"), tr("Publish an MX record naming the mail server."), {}, {},
                    m_domain, QStringLiteral("MX"));
                HostPlan plan;
                plan.host.name = m_domain;
                plans << plan;
            }
            for (const auto& [preference, host] : std::as_const(result.mxRecords)) {
                HostPlan plan;
                plan.host.name = host;
                plan.host.preference = preference;
                plans << plan;
            }
            const bool mxSecure = mx.state == DnssecState::Secure;
            if (mx.exists && !mxSecure)
                result.findings << finding(
                    Severity::Warning, QStringLiteral("MX_INSECURE"),
                    tr("The MX records of %1 are not DNSSEC-signed (%2): an attacker can redirect mail to hosts of "
                       "his choice (MX spoofable).")
                        .arg(m_domain, dnssecStateName(mx.state)),
                    QStringLiteral("RFC 7672 2.2.1"), tr("Sign the zone and publish a DS record at the parent."), {},
                    {}, m_domain, QStringLiteral("MX"));
            report(CheckProgressEvent::Kind::MxResolved, {}, {}, int(plans.size()), dnssecStateName(mx.state));
            for (HostPlan& plan : plans) {
                if (m_options.observer.isCancelled())
                    return cancelled(result, clock.elapsed());
                planHost(validator, plan);
            }
            probeAll(result, plans, mxSecure);
            if (m_options.observer.isCancelled())
                return cancelled(result, clock.elapsed());
            if (!mx.exists && !plans.isEmpty() && plans.first().host.dnssec == DnssecState::Bogus)
                result.mxDnssec = DnssecState::Bogus;
        }
    }
    if (plans.isEmpty())
        report(CheckProgressEvent::Kind::MxResolved, {}, {}, 0, dnssecStateName(mx.state));
    for (const HostPlan& plan : std::as_const(plans))
        result.hosts << plan.host;
    addDomainFindings(result, mx.state == DnssecState::Secure);
    result.verdict = MailDomainResult::decideVerdict(result.nullMx, result.mxDnssec, result.hosts);
    result.findings = validator.findings() + result.findings;
    if (mx.state == DnssecState::Bogus || mx.state == DnssecState::Unresolved)
        result.findings << finding(
            Severity::Error,
            mx.state == DnssecState::Bogus ? QStringLiteral("MX_BOGUS") : QStringLiteral("MX_UNRESOLVED"),
            mx.state == DnssecState::Bogus ? tr("The MX records of %1 fail DNSSEC validation (%2): DANE senders defer "
                                                "all mail.")
                                                 .arg(m_domain, mx.reason)
                                           : tr("The MX lookup for %1 failed (%2).").arg(m_domain, mx.reason),
            QStringLiteral("RFC 7672 2.2.1"),
            mx.state == DnssecState::Bogus ? tr("Repair the DNSSEC chain (signatures, DS at the parent).")
                                           : tr("Check that the domain's name servers answer."),
            {}, {}, m_domain, QStringLiteral("MX"));
    CheckGraphBuilder::addHostsAndVerdict(result);
    result.resolverAnswered = validator.resolverAnswered();
    result.dnssecStripped = validator.dnssecStripped();
    result.elapsedMs = clock.elapsed();
    report(CheckProgressEvent::Kind::DomainFinished, {}, {}, 0, result.verdict);
    return result;
}

void MailDomainCheck::planHost(ChainValidator& validator, HostPlan& plan) {
    HostResult& host = plan.host;
    report(CheckProgressEvent::Kind::HostStarted, host.name);
    DnssecState addressState = DnssecState::Secure;
    QStringList cnames;
    QString finalName = host.name;
    DnssecState firstHop = DnssecState::Secure;
    bool first = true;
    for (quint16 type : {TypeA, TypeAaaa}) {
        if ((type == TypeA && !m_options.ipv4) || (type == TypeAaaa && !m_options.ipv6))
            continue;
        const ValidatedRrset r = validator.lookup(host.name, type);
        addressState = combineDnssecStates(addressState, r.state);
        if (first) {
            cnames = r.cnameChain;
            finalName = r.finalName;
            firstHop = r.firstHopState;
            host.addressNodeId = r.nodeId;
            first = false;
        }
        for (const DnsRecordData& record : r.records) {
            if (host.addresses.size() >= MaxAddressesPerHost)
                break;
            AddressResult address;
            address.address = record.rdataText;
            host.addresses << address;
        }
    }
    host.dnssec = addressState;
    host.tlsaBase = host.name;
    report(CheckProgressEvent::Kind::HostResolved, host.name, {}, int(host.addresses.size()),
           dnssecStateName(addressState));
    if (addressState == DnssecState::Bogus) {
        plan.dnsStatus = AddressStatus::Bogus;
        host.findings << finding(
            Severity::Error, QStringLiteral("ADDRESS_BOGUS"),
            tr("The address records of %1 fail DNSSEC validation: DANE senders defer mail to it.").arg(host.name),
            QStringLiteral("RFC 7672 2.2"), tr("Repair the DNSSEC chain of the host's zone."), host.name);
        return;
    }
    if (addressState == DnssecState::Unresolved) {
        plan.dnsStatus = AddressStatus::LookupFailed;
        host.findings << finding(Severity::Error, QStringLiteral("ADDRESS_LOOKUP_FAILED"),
                                 tr("The address lookup for %1 failed.").arg(host.name), QStringLiteral("RFC 7672 2.2"),
                                 tr("Check that the host's name servers answer."), host.name);
        return;
    }
    if (host.addresses.isEmpty()) {
        host.findings << finding(Severity::Warning, QStringLiteral("HOST_NO_ADDRESS"),
                                 tr("%1 has no address records.").arg(host.name), QStringLiteral("RFC 5321 5.1"),
                                 tr("Publish A or AAAA records for the mail server, or fix the MX target."), host.name);
    }
    // An insecure address answer means no TLSA lookup (rule 4), unless it came through a CNAME chain whose
    // first CNAME is secure: then the original name is still a TLSA base (RFC 7672 2.2.2, rule 5).
    const bool secureFirstCname = !cnames.isEmpty() && firstHop == DnssecState::Secure;
    if (addressState != DnssecState::Secure && !secureFirstCname) {
        plan.dnsStatus = AddressStatus::Insecure;
        return;
    }
    // TLSA base candidates: the expanded name first when the whole chain is secure, then the original name;
    // intermediate names never.
    QStringList candidates;
    if (!cnames.isEmpty() && addressState == DnssecState::Secure)
        candidates << finalName << host.name;
    else
        candidates << host.name;
    for (int i = 0; i < candidates.size(); ++i) {
        const QString base = candidates[i];
        const QString owner = QStringLiteral("_25._tcp.") + base;
        report(CheckProgressEvent::Kind::TlsaLookup, host.name, {}, 0, owner);
        const ValidatedRrset tlsa = validator.lookup(owner, TypeTlsa);
        host.tlsaBase = base;
        host.tlsaNodeId = tlsa.nodeId;
        if (tlsa.state == DnssecState::Secure && !tlsa.exists) {
            if (i + 1 < candidates.size())
                continue;
            host.tlsaDnssec.reset();
            host.tlsaBase = candidates.first();
            plan.dnsStatus = AddressStatus::NoTlsa;
            host.findings << finding(Severity::Notice, QStringLiteral("TLSA_NONE"),
                                     tr("No TLSA records at %1 (securely denied): DANE is not deployed for this host.")
                                         .arg(QStringLiteral("_25._tcp.") + candidates.first()),
                                     QStringLiteral("RFC 7672 2.2"),
                                     tr("Publish a 3 1 1 TLSA record to protect mail to this host."), host.name, {},
                                     QStringLiteral("_25._tcp.") + candidates.first(), QStringLiteral("TLSA"));
            return;
        }
        host.tlsaDnssec = tlsa.state;
        if (tlsa.state == DnssecState::Bogus) {
            plan.dnsStatus = AddressStatus::Bogus;
            host.findings << finding(Severity::Error, QStringLiteral("TLSA_BOGUS"),
                                     tr("The TLSA records at %1 fail DNSSEC validation (%2): DANE senders defer mail.")
                                         .arg(owner, tlsa.reason),
                                     QStringLiteral("RFC 7672 2.2"), tr("Repair the DNSSEC chain of the TLSA records."),
                                     host.name, {}, owner, QStringLiteral("TLSA"));
            return;
        }
        if (tlsa.state == DnssecState::Unresolved) {
            plan.dnsStatus = AddressStatus::LookupFailed;
            host.findings << finding(Severity::Error, QStringLiteral("TLSA_LOOKUP_FAILED"),
                                     tr("The TLSA lookup at %1 failed (%2): DANE senders defer mail, they do not treat "
                                        "it as \"no TLSA\".")
                                         .arg(owner, tlsa.reason),
                                     QStringLiteral("RFC 7672 2.2"),
                                     tr("Make the name servers answer TLSA queries (some middleboxes drop them)."),
                                     host.name, {}, owner, QStringLiteral("TLSA"));
            return;
        }
        if (tlsa.state != DnssecState::Secure || !tlsa.exists) {
            plan.dnsStatus = AddressStatus::Insecure;
            return;
        }
        for (const DnsRecordData& record : tlsa.records) {
            if (record.rdata.size() < 3)
                continue;
            TlsaEntry entry;
            entry.usage = quint8(record.rdata[0]);
            entry.selector = quint8(record.rdata[1]);
            entry.mtype = quint8(record.rdata[2]);
            entry.data = record.rdata.mid(3);
            entry.usable = TlsaAssessment::isUsable(entry);
            plan.usable = plan.usable || entry.usable;
            host.tlsa << entry;
        }
        host.findings += TlsaAssessment::recordFindings(host.tlsa, host.name, owner);
        return;
    }
}

void MailDomainCheck::probeAll(MailDomainResult& result, QList<HostPlan>& plans, bool mxSecure) {
    QList<AddressProbe> probes;
    for (int p = 0; p < plans.size(); ++p) {
        const HostPlan& plan = plans[p];
        if (!m_options.smtp || plan.dnsStatus == AddressStatus::Bogus || plan.dnsStatus == AddressStatus::LookupFailed)
            continue;
        for (int a = 0; a < plan.host.addresses.size(); ++a) {
            AddressProbe probe;
            probe.plan = p;
            probe.address = a;
            probe.result = plan.host.addresses[a];
            probes << probe;
        }
    }
    QThreadPool pool;
    pool.setMaxThreadCount(std::max(1, m_options.maxParallelProbes));
    // Every address is probed and assessed on its own thread; the results are merged below in host and
    // address order, so findings come out in the same order however the sessions interleave.
    QtConcurrent::blockingMap(&pool, probes,
                              [&](AddressProbe& probe) { probeAddress(plans[probe.plan], probe, mxSecure); });
    if (m_options.observer.isCancelled())
        return;

    qsizetype next = 0;
    for (int p = 0; p < plans.size(); ++p) {
        HostPlan& plan = plans[p];
        AddressStatus hostStatus = AddressStatus::NotChecked;
        bool any = false;
        for (int a = 0; a < plan.host.addresses.size(); ++a) {
            AddressResult& address = plan.host.addresses[a];
            if (next < probes.size() && probes[next].plan == p && probes[next].address == a) {
                const AddressProbe& probe = probes[next++];
                address = probe.result;
                plan.host.findings += probe.findings;
                result.connectAttempts += probe.attempted ? 1 : 0;
                result.connectTimeouts += probe.connectTimedOut ? 1 : 0;
            } else {
                // Decided by DNS alone (bogus, lookup failed) or --no-smtp: no session.
                address.status = plan.dnsStatus == AddressStatus::Bogus || plan.dnsStatus == AddressStatus::LookupFailed
                                     ? *plan.dnsStatus
                                     : plan.dnsStatus.value_or(AddressStatus::NotChecked);
                report(CheckProgressEvent::Kind::AddressFinished, plan.host.name, address.address, 0,
                       addressStatusName(address.status));
            }
            hostStatus = any ? worseStatus(hostStatus, address.status) : address.status;
            any = true;
        }
        if (!any)
            hostStatus = plan.dnsStatus.value_or(AddressStatus::Unreachable);
        if (any || plan.dnsStatus)
            plan.host.status = plan.dnsStatus && (*plan.dnsStatus == AddressStatus::Bogus ||
                                                  *plan.dnsStatus == AddressStatus::LookupFailed)
                                   ? *plan.dnsStatus
                                   : hostStatus;
        else
            plan.host.status = hostStatus;
        report(CheckProgressEvent::Kind::HostFinished, plan.host.name, {}, 0, addressStatusName(plan.host.status));
    }
}

void MailDomainCheck::probeAddress(const HostPlan& plan, AddressProbe& probe, bool mxSecure) const {
    const CheckObserver& observer = m_options.observer;
    if (observer.isCancelled())
        return;
    const QString& host = plan.host.name;
    const QString address = probe.result.address;
    report(CheckProgressEvent::Kind::AddressStarted, host, address);
    SmtpProbeOptions options;
    options.address = address;
    options.port = m_options.smtpPort;
    options.ehloName = m_options.ehloName;
    options.serverName = nameWithoutDot(plan.host.tlsaBase);
    options.timeoutMs = m_options.timeoutMs;
    options.cancelled = observer.cancelled;
    if (observer.progress)
        options.onStage = [this, host, address](const QString& stage) {
            report(CheckProgressEvent::Kind::TlsStep, host, address, 0, stage);
        };
    probe.attempted = true;
    const SmtpProbeResult primary = m_smtp.probe(options);
    // A server with both RSA and ECDSA certificates shows the other one to a client that asks for it (rule 16).
    SmtpProbeResult alternate;
    if (primary.handshakeCompleted && plan.usable && !observer.isCancelled()) {
        report(CheckProgressEvent::Kind::TlsStep, host, address, 0, QStringLiteral("second-key-type"));
        SmtpProbeOptions other = options;
        other.onStage = nullptr;
        other.keyPreference = primary.peerKeyType == QLatin1String("RSA") ? CertificateKeyPreference::Ecdsa
                                                                          : CertificateKeyPreference::Rsa;
        alternate = m_smtp.probe(other);
    }
    if (observer.isCancelled())
        return;
    probe.connectTimedOut = !primary.connected && primary.connectTimedOut;
    assessAddress(plan, probe.result, primary, alternate, mxSecure, probe.findings);
    report(CheckProgressEvent::Kind::AddressFinished, host, address, 0, addressStatusName(probe.result.status));
}

void MailDomainCheck::assessAddress(const HostPlan& plan, AddressResult& address, const SmtpProbeResult& probe,
                                    const SmtpProbeResult& alternate, bool mxSecure, Findings& findings) const {
    const HostResult& host = plan.host;
    const QString& nextHop = m_domain;
    if (!probe.connected) {
        address.connectTimedOut = probe.connectTimedOut;
        address.status = AddressStatus::Unreachable;
        address.detail = probe.error;
        findings << finding(
            Severity::Warning, QStringLiteral("HOST_UNREACHABLE"),
            tr("No SMTP connection to %1 port %2: %3").arg(address.address).arg(probe.port).arg(probe.error),
            QStringLiteral("RFC 5321 4.5.4.1"),
            tr("Check that the server listens on port 25 and that no firewall blocks it."), host.name, address.address);
        return;
    }
    address.starttls = probe.startTlsOffered;
    address.tlsVersion = probe.tlsVersion;
    address.cipher = probe.cipher;
    for (int depth = 0; depth < probe.chainDer.size(); ++depth)
        address.chain << CertificateSummary::fromDer(probe.chainDer[depth], depth);
    address.detail = probe.error;
    if (plan.dnsStatus) { // no-tlsa or insecure: DANE does not apply, opportunistic TLS
        address.status = *plan.dnsStatus;
        return;
    }
    if (!probe.startTlsOffered) {
        if (probe.error.isEmpty()) {
            address.status = AddressStatus::StartTlsMissing;
            findings << finding(Severity::Error, QStringLiteral("STARTTLS_NOT_OFFERED"),
                                tr("%1 does not offer STARTTLS although TLSA records require it: DANE senders "
                                   "defer all mail.")
                                    .arg(address.address),
                                QStringLiteral("RFC 7672 2.2"),
                                tr("Enable STARTTLS with the certificate the TLSA records describe."), host.name,
                                address.address);
        } else {
            address.status = AddressStatus::SmtpFailed;
            findings << finding(Severity::Error, QStringLiteral("SMTP_DIALOGUE_FAILED"),
                                tr("The SMTP dialogue with %1 failed before TLS: %2").arg(address.address, probe.error),
                                QStringLiteral("RFC 5321 4.2"), tr("Check the server's logs and load."), host.name,
                                address.address);
        }
        return;
    }
    if (!probe.startTlsAccepted) {
        address.status = AddressStatus::SmtpFailed;
        findings << finding(Severity::Error, QStringLiteral("STARTTLS_REFUSED"),
                            tr("%1 offers STARTTLS but did not start TLS: %2").arg(address.address, probe.error),
                            QStringLiteral("RFC 3207 4"), tr("Fix the server's TLS configuration."), host.name,
                            address.address);
        return;
    }
    if (!probe.handshakeCompleted) {
        address.status = AddressStatus::TlsFailed;
        findings << finding(Severity::Error, QStringLiteral("TLS_HANDSHAKE_FAILED"),
                            tr("The TLS handshake with %1 failed: %2").arg(address.address, probe.error),
                            QStringLiteral("RFC 7672 3"), tr("Fix the server's TLS configuration."), host.name,
                            address.address);
        return;
    }
    if (!plan.usable) {
        address.status = AddressStatus::TlsaUnusable;
        return;
    }
    QStringList extraNames;
    if (mxSecure && nextHop != host.tlsaBase)
        extraNames << nextHop;
    QList<SmtpProbeResult> sessions{probe};
    if (alternate.handshakeCompleted && !alternate.chainDer.isEmpty() &&
        alternate.chainDer.first() != probe.chainDer.value(0)) {
        sessions << alternate;
        address.keyType = probe.peerKeyType;
        address.alternateKeyType = alternate.peerKeyType;
        for (int depth = 0; depth < alternate.chainDer.size(); ++depth)
            address.alternateChain << CertificateSummary::fromDer(alternate.chainDer[depth], depth);
    }
    AddressStatus status = AddressStatus::Authenticated;
    for (const SmtpProbeResult& session : sessions) {
        const bool isAlternate = &session != &sessions.first();
        const TlsaAssessment::ChainResult assessed = TlsaAssessment::assessChain(
            session.chainDer, host.tlsa, host.tlsaBase, extraNames, m_options.now, host.name, address.address);
        for (const Finding& f : assessed.findings)
            findings << f;
        for (TlsaMatchEntry m : assessed.matched) {
            m.alternate = isAlternate;
            address.matched << m;
        }
        AddressStatus sessionStatus = AddressStatus::TlsaMismatch;
        const QString keyType = session.peerKeyType;
        switch (assessed.overall.outcome) {
        case DaneVerification::Outcome::Authenticated:
            sessionStatus = AddressStatus::Authenticated;
            break;
        case DaneVerification::Outcome::NameMismatch:
            sessionStatus = AddressStatus::NameMismatch;
            findings << finding(
                Severity::Error, QStringLiteral("DANE_TA_NAME_MISMATCH"),
                tr("The %1 certificate of %2 matches a DANE-TA record but names neither %3%4.")
                    .arg(keyType, address.address, nameWithoutDot(host.tlsaBase),
                         extraNames.isEmpty() ? QString() : QStringLiteral(" nor ") + nameWithoutDot(nextHop)),
                QStringLiteral("RFC 7672 3.2.2"),
                tr("Add the MX host name as a DNS subjectAltName, or publish a 3 1 1 record."), host.name,
                address.address);
            break;
        case DaneVerification::Outcome::CertExpired:
            sessionStatus = AddressStatus::CertExpired;
            findings << finding(Severity::Error, QStringLiteral("CERT_EXPIRED"),
                                tr("The %1 chain of %2 is out of date (%3): DANE-TA authentication fails.")
                                    .arg(keyType, address.address, assessed.overall.reason),
                                QStringLiteral("RFC 7672 3.1.2"), tr("Renew the certificate."), host.name,
                                address.address);
            break;
        default:
            findings << finding(Severity::Error, QStringLiteral("TLSA_NO_MATCH"),
                                tr("No usable TLSA record matches the %1 chain presented by %2 (%3).")
                                    .arg(keyType, address.address, assessed.overall.reason),
                                QStringLiteral("RFC 7672 3.1"),
                                tr("Publish a TLSA record for the certificate in use (danewerk-cli tlsa create), "
                                   "or install the certificate the records describe."),
                                host.name, address.address);
        }
        status = worseStatus(status, sessionStatus);
        // Certificate dates matter for DANE-TA; for DANE-EE they are reported only (rule 19).
        if (!session.chainDer.isEmpty()) {
            const CertificateSummary leaf = CertificateSummary::fromDer(session.chainDer.first(), 0);
            if (leaf.notAfter.isValid() && leaf.notAfter < m_options.now)
                findings << finding(Severity::Notice, QStringLiteral("CERT_EXPIRED_DANE_EE"),
                                    tr("The certificate of %1 expired at %2 (irrelevant for DANE-EE, but PKIX "
                                       "clients will refuse it).")
                                        .arg(address.address, leaf.notAfter.toString(Qt::ISODate)),
                                    QStringLiteral("RFC 7672 3.1.1"), tr("Renew the certificate."), host.name,
                                    address.address);
            else if (leaf.notAfter.isValid() && leaf.notAfter < m_options.now.addSecs(m_options.expiryWarningSeconds))
                findings << finding(Severity::Warning, QStringLiteral("CERT_EXPIRES_SOON"),
                                    tr("The certificate of %1 expires at %2.")
                                        .arg(address.address, leaf.notAfter.toString(Qt::ISODate)),
                                    QStringLiteral("RFC 7671 8.1"),
                                    tr("Renew it, and publish the TLSA record of the new key first."), host.name,
                                    address.address);
        }
    }
    address.status = status;
}

void MailDomainCheck::addDomainFindings(MailDomainResult& result, bool mxSecure) {
    Q_UNUSED(mxSecure);
    // Rule 3: a better-preference host without DANE lets an attacker downgrade by blocking the others.
    bool daneSeen = false;
    bool unprotectedSeen = false;
    for (const HostResult& host : std::as_const(result.hosts)) {
        const bool dane = !host.tlsa.isEmpty() && host.tlsaDnssec == DnssecState::Secure;
        if (dane)
            daneSeen = true;
        else
            unprotectedSeen = true;
    }
    if (daneSeen && unprotectedSeen)
        result.findings << finding(Severity::Warning, QStringLiteral("MX_NOT_ALL_PROTECTED"),
                                   tr("Not all MX hosts of %1 are protected by DANE: mail to the others goes without "
                                      "authentication.")
                                       .arg(result.domain),
                                   QStringLiteral("RFC 7672 2.2.1"), tr("Publish TLSA records for every MX host."), {},
                                   {}, result.domain, QStringLiteral("MX"));
}

} // namespace danewerk::core
