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
    QString ehloName;           // empty: this machine's FQDN
    QDateTime now;              // invalid: the clock at start (live) or the recorded time (replay)
    QString replayDir;          // non-empty: re-assess saved observations offline
    QString saveDir;            // non-empty: keep the raw observations of live runs
    bool overwriteSaved = true; // false: a saved file already there is an error (CLI without --force)
    bool ipv4 = true;
    bool ipv6 = true;
    qint64 expiryWarningSeconds = 7 * 86400;
    CheckObserver observer; // progress events and cancellation, shared by every domain of the run
};

// One domain's check, live or replayed, thread-safe (every call builds its own resolver and prober), for
// jobs that check several domains at once: the one code path of the GUI and of `danewerk-cli check`.
class CheckRunner {
    Q_DECLARE_TR_FUNCTIONS(danewerk::core::CheckRunner)

public:
    // Validates the settings once (resolver syntax, trust-anchor file). Error codes CHECK_SETTINGS.
    [[nodiscard]] static Result<CheckRunner> create(CheckRunSettings settings);
    // Live, or a replay when replayDir is set. Error codes: CHECK_CANCELLED (no verdict), CHECK_SAVE,
    // OBSERVATIONS_INVALID and those of readFileLimited/writeFileAtomically.
    [[nodiscard]] Result<MailDomainResult> run(const QString& domain) const;
    // The saved observations of one domain in replayDir (read before anything runs, so bad input stops a
    // run early).
    [[nodiscard]] Result<CheckObservations> readObservations(const QString& domain) const;
    // Re-assesses saved observations offline, with --now defaulting to the recorded moment.
    [[nodiscard]] Result<MailDomainResult> replay(const CheckObservations& observations, const QString& domain) const;
    // The domains of a replay directory ("good.test.json" -> "good.test.").
    [[nodiscard]] static QStringList replayDomains(const QString& dir);
    [[nodiscard]] const CheckRunSettings& settings() const { return m_settings; }

private:
    [[nodiscard]] Result<MailDomainResult> live(const QString& name) const;
    [[nodiscard]] static Result<MailDomainResult> unlessCancelled(MailDomainResult result);

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
