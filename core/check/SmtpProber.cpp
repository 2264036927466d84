#include "core/check/SmtpProber.h"

namespace danewerk::core {

SmtpProbeResult LiveSmtpProber::probe(const SmtpProbeOptions& options) {
    SmtpProbeResult result = StartTlsProbe::run(options);
    std::lock_guard lock(m_mutex);
    m_results.append(result);
    return result;
}

QJsonArray LiveSmtpProber::toJson() const {
    std::lock_guard lock(m_mutex);
    QJsonArray array;
    for (const SmtpProbeResult& r : m_results)
        array.append(r.toJson());
    return array;
}

ReplaySmtpProber::ReplaySmtpProber(const QJsonArray& saved) {
    for (const auto& v : saved)
        m_results.append(SmtpProbeResult::fromJson(v.toObject()));
}

SmtpProbeResult ReplaySmtpProber::probe(const SmtpProbeOptions& options) {
    for (const SmtpProbeResult& r : std::as_const(m_results))
        if (r.address == options.address && r.port == options.port && r.keyPreference == options.keyPreference &&
            r.serverName == options.serverName)
            return r;
    SmtpProbeResult missing;
    missing.address = options.address;
    missing.port = options.port;
    missing.serverName = options.serverName;
    missing.keyPreference = options.keyPreference;
    missing.error = QStringLiteral("not in the saved observations");
    return missing;
}

} // namespace danewerk::core
