#pragma once

// Helpers for the integration tests: run the CLI and the independent tools against the running lab.

#include "core/lab/LabAddressPlan.h"
#include "core/lab/LabScenarioCatalog.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QString>
#include <QStringList>

namespace labtest {

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

inline Run run(const QString& program, const QStringList& arguments, int timeoutMs = 60000) {
    QProcess process;
    process.start(program, arguments);
    Run result;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(2000);
        result.err = QStringLiteral("timed out: ") + program + u' ' + arguments.join(u' ');
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

inline Run cli(const QStringList& arguments, int timeoutMs = 60000) {
    return run(QStringLiteral(DANEWERK_CLI), arguments, timeoutMs);
}

inline QString labDir() {
    return QStringLiteral(DANEWERK_LAB_DIR);
}

inline QString resolver() {
    return danewerk::core::LabAddressPlan::create(QStringLiteral(DANEWERK_LAB_BASE), false)->resolver();
}

// What delv, validating itself from the lab's anchor (+cdflag: the resolver hands over bogus data too),
// says about one RRset: secure, insecure, absent (secure denial), bogus, or the raw output when unclear.
inline QString delvState(const QString& name, const QString& type) {
    const Run delv = run(QStringLiteral("delv"),
                         {QStringLiteral("@") + resolver(), QStringLiteral("-a"),
                          QDir(labDir()).filePath(QStringLiteral("trust-anchor.bind")), QStringLiteral("+root=."),
                          QStringLiteral("+cdflag"), name, type},
                         30000);
    const QString all = delv.out + delv.err;
    if (all.contains(QStringLiteral("; negative response, fully validated")))
        return QStringLiteral("absent");
    if (all.contains(QStringLiteral("; fully validated")))
        return QStringLiteral("secure");
    if (all.contains(QStringLiteral("; unsigned answer")) ||
        all.contains(QStringLiteral("; negative response, unsigned answer")))
        return QStringLiteral("insecure");
    if (all.contains(QStringLiteral("no valid signature found")) || all.contains(QStringLiteral("RRSIG has expired")) ||
        all.contains(QStringLiteral("no valid RRSIG")) || all.contains(QStringLiteral("broken trust chain")) ||
        all.contains(QStringLiteral("insecurity proof failed")))
        return QStringLiteral("bogus");
    return QStringLiteral("unclear: ") + all.trimmed();
}

// Postfix's posttls-finger as a DANE-enforcing sender, with the lab resolver as the system's: run in a
// private mount namespace with the lab's resolv.conf (trust-ad) bind-mounted over /etc/resolv.conf.
inline Run postTlsFinger(const QString& destination) {
    const QString script = QStringLiteral("mount --bind '%1' /etc/resolv.conf && exec posttls-finger -c -l dane "
                                          "-t 5 -T 10 '%2'")
                               .arg(QDir(labDir()).filePath(QStringLiteral("resolv.conf")), destination);
    return run(QStringLiteral("unshare"), {QStringLiteral("-m"), QStringLiteral("sh"), QStringLiteral("-c"), script},
               60000);
}

inline bool verified(const Run& finger) {
    return (finger.out + finger.err).contains(QStringLiteral("Verified TLS connection established"));
}

} // namespace labtest
