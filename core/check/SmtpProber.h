#pragma once

#include "core/smtp/StartTlsProbe.h"

#include <QJsonArray>
#include <QList>

#include <mutex>

namespace danewerk::core {

// Where SMTP observations come from: live sessions or a saved run. Implementations are thread-safe.
class SmtpProber {
public:
    virtual ~SmtpProber() = default;
    [[nodiscard]] virtual SmtpProbeResult probe(const SmtpProbeOptions& options) = 0;
};

// Live sessions through StartTlsProbe; every result is kept for --save.
class LiveSmtpProber final : public SmtpProber {
public:
    [[nodiscard]] SmtpProbeResult probe(const SmtpProbeOptions& options) override;
    [[nodiscard]] QJsonArray toJson() const;

private:
    mutable std::mutex m_mutex;
    QList<SmtpProbeResult> m_results;
};

// Saved sessions, matched by address, port, SNI and key preference; an unknown one is "not connected".
class ReplaySmtpProber final : public SmtpProber {
public:
    explicit ReplaySmtpProber(const QJsonArray& saved);
    [[nodiscard]] SmtpProbeResult probe(const SmtpProbeOptions& options) override;

private:
    QList<SmtpProbeResult> m_results;
};

} // namespace danewerk::core
