#pragma once

#include "core/check/MailCheckOptions.h"
#include "core/check/MailDomainResult.h"

#include <QCoreApplication>

namespace danewerk::core {

class DnsSource;
class SmtpProber;
struct SmtpProbeResult;
class ChainValidator;

// The live check of one mail domain as a DANE-enforcing sender decides it (LIVE-CHECK.md rules 1-20):
// MX -> hosts in preference order -> addresses -> TLSA -> STARTTLS -> match. DNS lookups and validation
// run on the calling thread; the SMTP sessions of all addresses run concurrently. Observations come from
// the given sources (live or replayed), so the same code re-assesses a saved run. Progress events and
// cancellation go through MailCheckOptions::observer.
class MailDomainCheck {
    Q_DECLARE_TR_FUNCTIONS(danewerk::core::MailDomainCheck)

public:
    MailDomainCheck(MailCheckOptions options, DnsSource& dns, SmtpProber& smtp);
    [[nodiscard]] MailDomainResult run(const QString& domain);

private:
    struct HostPlan;
    struct AddressProbe;
    void planHost(ChainValidator& validator, HostPlan& plan);
    void probeAll(MailDomainResult& result, QList<HostPlan>& plans, bool mxSecure);
    // One address's SMTP sessions and their assessment; runs on a probe thread, touches only `probe`.
    void probeAddress(const HostPlan& plan, AddressProbe& probe, bool mxSecure) const;
    void assessAddress(const HostPlan& plan, AddressResult& address, const SmtpProbeResult& primary,
                       const SmtpProbeResult& alternate, bool mxSecure, Findings& findings) const;
    void addDomainFindings(MailDomainResult& result, bool mxSecure);
    void report(CheckProgressEvent::Kind kind, const QString& host = {}, const QString& address = {}, int count = 0,
                const QString& detail = {}) const;
    MailDomainResult cancelled(MailDomainResult& result, qint64 elapsedMs) const;

    MailCheckOptions m_options;
    DnsSource& m_dns;
    SmtpProber& m_smtp;
    QString m_domain;
};

} // namespace danewerk::core
