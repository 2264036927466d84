#pragma once

#include "core/check/CheckObservations.h"
#include "core/check/MailCheckOptions.h"
#include "core/check/MailDomainResult.h"
#include "core/common/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace danewerk::core {

// Settings of a live check as the GUI collects them (the same choices as `danewerk-cli check`).
struct CheckRunSettings {
    QStringList resolvers;   // ADDR[#PORT]; empty: /etc/resolv.conf
    QString trustAnchorFile; // empty: the IANA root KSKs
    quint16 smtpPort = 25;
    bool smtp = true;
    int timeoutMs = 10000;
    QString ehloName;
    QDateTime now;     // invalid: the clock at start (live) or the recorded time (replay)
    QString replayDir; // non-empty: re-assess saved observations offline
    QString saveDir;   // non-empty: keep the raw observations of live runs
};

// One domain's check, live or replayed, thread-safe (every call builds its own resolver and prober), for
// jobs that check several domains at once.
class CheckRunner {
    Q_DECLARE_TR_FUNCTIONS(danewerk::core::CheckRunner)

public:
    // Validates the settings once (resolver syntax, trust-anchor file). Error codes CHECK_SETTINGS.
    [[nodiscard]] static Result<CheckRunner> create(CheckRunSettings settings);
    [[nodiscard]] Result<MailDomainResult> run(const QString& domain) const;
    // The domains of a replay directory ("good.test.json" -> "good.test.").
    [[nodiscard]] static QStringList replayDomains(const QString& dir);
    [[nodiscard]] const CheckRunSettings& settings() const { return m_settings; }

private:
    CheckRunSettings m_settings;
    MailCheckOptions m_options;
    bool m_customAnchor = false;
};

// The lab's resolver and trust anchor from `<dir>/state.json` (written by `lab up`), if a lab runs.
struct LabCheckSettings {
    QString resolver;
    QString trustAnchorFile;
    quint16 smtpPort = 25;
};
[[nodiscard]] std::optional<LabCheckSettings> readLabCheckSettings(const QString& labDir);

} // namespace danewerk::core
