#include "core/checkrun/CheckProgressTracker.h"

namespace danewerk::core {

QString CheckProgressTracker::HostProgress::describe() const {
    if (finished())
        return tr("%1: %2").arg(host, status);
    if (addresses < 0)
        return tr("%1: looking up addresses").arg(host);
    QString line = tr("%1: %2 of %n address(es)", nullptr, addresses).arg(host).arg(addressesDone);
    if (step == QLatin1String("tlsa"))
        line += tr(", looking up TLSA");
    else if (!step.isEmpty())
        line += QStringLiteral(", ") + step;
    return line;
}

QStringList CheckProgressTracker::Snapshot::activeLines() const {
    QStringList lines;
    for (const HostProgress& h : hosts)
        if (!h.finished())
            lines << h.describe();
    return lines;
}

void CheckProgressTracker::start(const QStringList& domains) {
    std::lock_guard lock(m_mutex);
    m_domains.clear();
    m_hosts.clear();
    for (const QString& d : domains)
        m_domains.insert(d, DomainProgress{});
}

CheckProgressTracker::HostProgress* CheckProgressTracker::hostEntry(const QString& domain, const QString& host) {
    for (HostProgress& h : m_hosts)
        if (h.domain == domain && h.host == host)
            return &h;
    HostProgress h;
    h.domain = domain;
    h.host = host;
    m_hosts << h;
    return &m_hosts.last();
}

void CheckProgressTracker::record(const CheckProgressEvent& event) {
    using Kind = CheckProgressEvent::Kind;
    std::lock_guard lock(m_mutex);
    DomainProgress& domain = m_domains[event.domain];
    switch (event.kind) {
    case Kind::DomainStarted:
        break;
    case Kind::MxResolved:
        domain.hosts = event.count;
        break;
    case Kind::HostStarted:
        hostEntry(event.domain, event.host);
        break;
    case Kind::HostResolved:
        hostEntry(event.domain, event.host)->addresses = event.count;
        break;
    case Kind::TlsaLookup:
        hostEntry(event.domain, event.host)->step = QStringLiteral("tlsa");
        break;
    case Kind::AddressStarted:
    case Kind::TlsStep:
        hostEntry(event.domain, event.host)->step =
            event.detail.isEmpty() ? event.address : QStringLiteral("%1 %2").arg(event.address, event.detail);
        break;
    case Kind::AddressFinished: {
        HostProgress* h = hostEntry(event.domain, event.host);
        h->addressesDone = std::min(h->addressesDone + 1, std::max(h->addresses, 0));
        h->step.clear();
        break;
    }
    case Kind::HostFinished: {
        HostProgress* h = hostEntry(event.domain, event.host);
        if (!h->finished())
            ++domain.hostsFinished;
        h->status = event.detail;
        h->step.clear();
        break;
    }
    case Kind::DomainFinished:
        domain.finished = true;
        break;
    case Kind::DomainCancelled:
        domain.cancelled = true;
        for (HostProgress& h : m_hosts)
            if (h.domain == event.domain && !h.finished())
                h.status = QStringLiteral("cancelled");
        break;
    }
}

CheckProgressTracker::Snapshot CheckProgressTracker::snapshot() const {
    std::lock_guard lock(m_mutex);
    Snapshot s;
    for (auto it = m_domains.cbegin(); it != m_domains.cend(); ++it) {
        const DomainProgress& d = it.value();
        const int units = std::max(d.hosts, 1);
        s.total += units;
        s.done += d.finished ? units : std::min(d.hostsFinished, units);
        s.domainsFinished += d.finished ? 1 : 0;
        s.domainsCancelled += d.cancelled ? 1 : 0;
    }
    s.hosts = m_hosts;
    return s;
}

} // namespace danewerk::core
