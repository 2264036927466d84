#pragma once

#include "core/check/MailCheckOptions.h"
#include "core/check/MailDomainResult.h"

#include <QCoreApplication>

namespace danewerk::core {

class DnsSource;
class SmtpProber;
class ChainValidator;

// The live check of one mail domain as a DANE-enforcing sender decides it (LIVE-CHECK.md rules 1-20):
// MX -> hosts in preference order -> addresses -> TLSA -> STARTTLS -> match. DNS lookups and validation
// run on the calling thread; the SMTP sessions of all addresses run concurrently. Observations come from
// the given sources (live or replayed), so the same code re-assesses a saved run.
class MailDomainCheck {
    Q_DECLARE_TR_FUNCTIONS(danewerk::core::MailDomainCheck)

public:
    MailDomainCheck(MailCheckOptions options, DnsSource& dns, SmtpProber& smtp);
    [[nodiscard]] MailDomainResult run(const QString& domain);

private:
    struct HostPlan;
    void planHost(ChainValidator& validator, MailDomainResult& result, HostPlan& plan, bool mxSecure);
    void probeAll(MailDomainResult& result, QList<HostPlan>& plans, bool mxSecure);
    void assessAddress(const HostPlan& plan, HostResult& host, AddressResult& address, const QString& nextHop,
                       bool mxSecure, MailDomainResult& result);
    void addDomainFindings(MailDomainResult& result, bool mxSecure);

    MailCheckOptions m_options;
    DnsSource& m_dns;
    SmtpProber& m_smtp;
    QString m_domain;
};

} // namespace danewerk::core
