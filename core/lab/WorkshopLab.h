#pragma once

#include "core/common/Result.h"
#include "core/lab/LabAddressPlan.h"
#include "core/lab/LabPaths.h"
#include "core/lab/LabScenarioCatalog.h"
#include "core/lab/LabState.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <functional>
#include <optional>

namespace danewerk::core {

struct LabUpOptions {
    QString base = QStringLiteral("127.30.0.0");
    bool unprivileged = false;
    // Unprivileged mode: the program that serves SMTP in Postfix's place (danewerk-cli), run as
    // `<program> lab smtp-serve --dir DIR`.
    QString smtpServerProgram;
};

// The workshop lab: a signed root, test. and the scenario zones on one NSD, a validating unbound that
// trusts only the lab root, Postfix (or, unprivileged, our own STARTTLS server) with one address and
// certificate per MX host, and the signing proxy (hidden NSD -> Knot -> public NSD). Everything lives in
// one directory; the servers run detached and are found again through <dir>/state.json.
class WorkshopLab {
    Q_DECLARE_TR_FUNCTIONS(danewerk::core::WorkshopLab)

public:
    using Log = std::function<void(const QString& line)>;

    explicit WorkshopLab(const QString& directory, Log log = {});

    // QStandardPaths::AppDataLocation + "/lab".
    [[nodiscard]] static QString defaultDirectory();

    // Builds and starts the lab, or reports the running one (alreadyRunning). Error codes:
    // LAB_NEEDS_ROOT, LAB_PROGRAM_MISSING, LAB_ADDRESS_IN_USE, LAB_SERVER_FAILED, LAB_SCENARIO_INVALID,
    // LAB_SIGNING_FAILED, LAB_CERTIFICATE_FAILED, FILE_UNWRITABLE, LAB_BASE_INVALID.
    [[nodiscard]] Result<LabState> up(const LabUpOptions& options, const QDateTime& now);
    // Stops exactly the processes recorded in the state file. Returns the state as it was (empty
    // processes when nothing was running).
    [[nodiscard]] Result<LabState> down();
    // The recorded state, or nothing when no lab was started in this directory.
    [[nodiscard]] std::optional<LabState> status() const;
    // Rebuilds one scenario's zones (same keys and certificates, fresh signatures) and reloads.
    // Error codes: LAB_NOT_RUNNING, LAB_SCENARIO_UNKNOWN and those of up().
    [[nodiscard]] Result<void> reset(const QString& scenarioId, const QDateTime& now);
    // Makes the servers re-read edited zone files (NSD, hidden primary) and empties the resolver's cache.
    [[nodiscard]] Result<void> reload();

    [[nodiscard]] const LabPaths& paths() const { return m_paths; }
    [[nodiscard]] static bool isRunning(const LabState& state);

private:
    void log(const QString& line) const;
    [[nodiscard]] Result<void> checkEnvironment(const LabAddressPlan& plan, const LabScenarioCatalog& catalog,
                                                const LabUpOptions& options) const;
    [[nodiscard]] Result<void> waitUntil(const LabProcess& process, const std::function<bool()>& ready,
                                         const QString& what, int timeoutMs = 10000) const;
    void stopAll(QList<LabProcess>& started) const;
    void signalAll(const LabState& state, const QStringList& names, int signal) const;

    LabPaths m_paths;
    Log m_log;
};

} // namespace danewerk::core
