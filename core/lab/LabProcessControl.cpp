#include "core/lab/LabProcessControl.h"

#include "core/common/AtomicFile.h"
#include "core/lab/LabError.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QThread>

#include <arpa/inet.h>
#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace danewerk::core {

namespace {

bool zombieOrGone(qint64 pid) {
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return true;
    const QByteArray text = stat.readAll();
    const qsizetype close = text.lastIndexOf(')');
    return close < 0 || text.mid(close + 2, 1) == "Z";
}

// One connected socket with a deadline, for the banner check.
int connectWithin(const QString& address, quint16 port, int timeoutMs) {
    sockaddr_storage storage{};
    socklen_t length = 0;
    const QByteArray text = address.toLatin1();
    if (address.contains(u':')) {
        auto* v6 = reinterpret_cast<sockaddr_in6*>(&storage);
        v6->sin6_family = AF_INET6;
        v6->sin6_port = htons(port);
        if (inet_pton(AF_INET6, text.constData(), &v6->sin6_addr) != 1)
            return -1;
        length = sizeof(sockaddr_in6);
    } else {
        auto* v4 = reinterpret_cast<sockaddr_in*>(&storage);
        v4->sin_family = AF_INET;
        v4->sin_port = htons(port);
        if (inet_pton(AF_INET, text.constData(), &v4->sin_addr) != 1)
            return -1;
        length = sizeof(sockaddr_in);
    }
    const int fd = socket(storage.ss_family, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return -1;
    if (connect(fd, reinterpret_cast<sockaddr*>(&storage), length) != 0 && errno != EINPROGRESS) {
        close(fd);
        return -1;
    }
    pollfd waiting{fd, POLLOUT, 0};
    int error = 0;
    socklen_t errorLength = sizeof error;
    if (poll(&waiting, 1, timeoutMs) != 1 || getsockopt(fd, SOL_SOCKET, SO_ERROR, &error, &errorLength) != 0 ||
        error != 0) {
        close(fd);
        return -1;
    }
    return fd;
}

} // namespace

QJsonObject LabProcess::toJson() const {
    return QJsonObject{{QStringLiteral("name"), name},
                       {QStringLiteral("pid"), pid},
                       {QStringLiteral("program"), program},
                       {QStringLiteral("log"), logFile}};
}

LabProcess LabProcess::fromJson(const QJsonObject& object) {
    return LabProcess{object.value(u"name").toString(), qint64(object.value(u"pid").toDouble()),
                      object.value(u"program").toString(), object.value(u"log").toString()};
}

Result<LabProcess> LabProcessControl::start(const QString& name, const QString& program, const QStringList& arguments,
                                            const QString& logFile, const QString& workingDirectory) {
    if (program.isEmpty() || !QFileInfo(program).isExecutable())
        return labError(QStringLiteral("LAB_SERVER_FAILED"),
                        QCoreApplication::translate("danewerk::core::LabProcessControl",
                                                    "Cannot start %1: the program is not installed (%2).")
                            .arg(name, program));
    QProcess process;
    process.setProgram(program);
    process.setArguments(arguments);
    process.setWorkingDirectory(workingDirectory);
    process.setStandardInputFile(QProcess::nullDevice());
    process.setStandardOutputFile(logFile, QIODevice::Append);
    process.setStandardErrorFile(logFile, QIODevice::Append);
    qint64 pid = 0;
    if (!process.startDetached(&pid) || pid <= 0)
        return labError(QStringLiteral("LAB_SERVER_FAILED"),
                        QCoreApplication::translate("danewerk::core::LabProcessControl", "Cannot start %1 (%2): %3")
                            .arg(name, program, process.errorString()));
    return LabProcess{name, pid, QFileInfo(program).canonicalFilePath(), logFile};
}

bool LabProcessControl::running(const LabProcess& process) {
    if (process.pid <= 0 || zombieOrGone(process.pid))
        return false;
    const QString executable = QFileInfo(QStringLiteral("/proc/%1/exe").arg(process.pid)).canonicalFilePath();
    // Without permission to read the link (another user), trust the PID only if it is alive.
    return executable.isEmpty() || executable == process.program;
}

bool LabProcessControl::stop(const LabProcess& process, int graceMs) {
    if (!running(process))
        return false;
    ::kill(pid_t(process.pid), SIGTERM);
    QDeadlineTimer deadline(graceMs);
    while (!deadline.hasExpired()) {
        if (zombieOrGone(process.pid))
            return true;
        QThread::msleep(50);
    }
    ::kill(pid_t(process.pid), SIGKILL);
    return true;
}

QString LabProcessControl::findProgram(const QString& name) {
    QString found = QStandardPaths::findExecutable(name);
    if (found.isEmpty())
        found = QStandardPaths::findExecutable(
            name, {QStringLiteral("/usr/sbin"), QStringLiteral("/sbin"), QStringLiteral("/usr/lib/postfix/sbin")});
    return found;
}

QString LabProcessControl::logTail(const QString& logFile, int lines) {
    auto text = readFileLimited(logFile, 16 * 1024 * 1024);
    if (!text)
        return {};
    QStringList all = QString::fromLocal8Bit(text.value()).split(u'\n', Qt::SkipEmptyParts);
    return all.mid(std::max<qsizetype>(0, all.size() - lines)).join(u'\n');
}

bool LabProcessControl::accepts(const QString& address, quint16 port, int timeoutMs) {
    const int fd = connectWithin(address, port, timeoutMs);
    if (fd < 0)
        return false;
    close(fd);
    return true;
}

bool LabProcessControl::smtpGreets(const QString& address, quint16 port, int timeoutMs) {
    const int fd = connectWithin(address, port, timeoutMs);
    if (fd < 0)
        return false;
    QByteArray received;
    QDeadlineTimer deadline(timeoutMs);
    bool greeted = false;
    while (!deadline.hasExpired() && received.size() < 4096) {
        pollfd waiting{fd, POLLIN, 0};
        if (poll(&waiting, 1, int(deadline.remainingTime())) != 1)
            break;
        char buffer[512];
        const ssize_t got = read(fd, buffer, sizeof buffer);
        if (got <= 0)
            break;
        received.append(buffer, int(got));
        if (received.contains('\n')) {
            greeted = received.startsWith("220");
            break;
        }
    }
    if (greeted)
        (void)!write(fd, "QUIT\r\n", 6);
    close(fd);
    return greeted;
}

} // namespace danewerk::core
