#pragma once

#include "core/common/Result.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace danewerk::core {

// A server the lab started: enough to find it again after the starting program has exited.
struct LabProcess {
    QString name; // "nsd", "unbound", "postfix", ...
    qint64 pid = 0;
    QString program; // absolute path of the executable
    QString logFile;

    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static LabProcess fromJson(const QJsonObject& object);
};

// Starting, watching and stopping the lab's servers. They run detached (they outlive `lab up`) with
// stdout and stderr in a log file; `lab down` stops exactly the PIDs recorded, after checking that the
// PID still runs the same program (PIDs are reused).
class LabProcessControl {
public:
    // Error code LAB_SERVER_FAILED (program missing or exec failed).
    [[nodiscard]] static Result<LabProcess> start(const QString& name, const QString& program,
                                                  const QStringList& arguments, const QString& logFile,
                                                  const QString& workingDirectory);
    [[nodiscard]] static bool running(const LabProcess& process); // alive, not a zombie, same program
    // SIGTERM, then SIGKILL after graceMs. Returns false if it was not running.
    static bool stop(const LabProcess& process, int graceMs = 5000);

    // The executable's path: PATH, then /usr/sbin, /usr/lib/postfix/sbin. Empty when missing.
    [[nodiscard]] static QString findProgram(const QString& name);
    // The last lines of a log, for error messages.
    [[nodiscard]] static QString logTail(const QString& logFile, int lines = 8);
    // True when something accepts TCP connections there.
    [[nodiscard]] static bool accepts(const QString& address, quint16 port, int timeoutMs = 1000);
    // True when an SMTP server answers with a 220 banner.
    [[nodiscard]] static bool smtpGreets(const QString& address, quint16 port, int timeoutMs = 1000);
};

} // namespace danewerk::core
