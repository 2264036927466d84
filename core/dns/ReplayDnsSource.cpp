#include "core/dns/ReplayDnsSource.h"

namespace danewerk::core {

namespace {
QString keyOf(QString name, quint16 type) {
    name = name.toLower();
    if (!name.endsWith(QLatin1Char('.')))
        name += QLatin1Char('.');
    return name + QLatin1Char('/') + QString::number(type);
}
} // namespace

ReplayDnsSource::ReplayDnsSource(const QList<DnsResponse>& responses) {
    for (const DnsResponse& r : responses) {
        const QString key = keyOf(r.name, r.type);
        if (!m_answers.contains(key))
            m_answers.insert(key, r);
    }
}

DnsResponse ReplayDnsSource::query(const QString& name, quint16 type) {
    const auto it = m_answers.constFind(keyOf(name, type));
    if (it != m_answers.constEnd())
        return *it;
    DnsResponse missing;
    missing.name = keyOf(name, type).section(QLatin1Char('/'), 0, 0);
    missing.type = type;
    missing.outcome = DnsResponse::Outcome::Timeout;
    missing.error = QStringLiteral("not in the saved observations");
    return missing;
}

} // namespace danewerk::core
