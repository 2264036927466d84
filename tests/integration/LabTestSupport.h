#pragma once

// Helpers for the integration tests: run the CLI and the independent tools against the running lab.

#include "core/lab/LabAddressPlan.h"
#include "core/lab/LabScenarioCatalog.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
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

// `danewerk-cli --json check` of every scenario domain at once, with the options `lab up` printed; the
// result per domain (JSON lines in the order given).
inline QMap<QString, QJsonObject> checkAll(const danewerk::core::LabScenarioCatalog& catalog,
                                           const QString& labDirectory, QString* diagnostics = nullptr) {
    const QJsonObject state =
        QJsonDocument::fromJson(cli({QStringLiteral("--json"), QStringLiteral("lab"), QStringLiteral("status"),
                                     QStringLiteral("--dir"), labDirectory})
                                    .out.toUtf8())
            .object();
    QStringList arguments{QStringLiteral("--json"), QStringLiteral("check")};
    arguments += state.value(u"check_options").toString().split(u' ', Qt::SkipEmptyParts);
    arguments << QStringLiteral("--timeout") << QStringLiteral("10");
    for (const danewerk::core::LabScenario& scenario : catalog.scenarios())
        arguments << scenario.domain;
    const Run check = cli(arguments, 120000);
    if (diagnostics)
        *diagnostics = QStringLiteral("exit %1, args %2\n%3").arg(check.exitCode).arg(arguments.join(u' '), check.err);
    QMap<QString, QJsonObject> results;
    for (const QString& line : check.out.split(u'\n', Qt::SkipEmptyParts)) {
        const QJsonObject result = QJsonDocument::fromJson(line.toUtf8()).object();
        results.insert(result.value(u"domain").toString(), result);
    }
    return results;
}

// Every finding code of a domain result, the domain's and its hosts' and addresses'.
inline QStringList findingCodes(const QJsonObject& result) {
    QStringList codes;
    const auto collect = [&codes](const QJsonArray& findings) {
        for (const QJsonValue& finding : findings)
            codes << finding.toObject().value(u"code").toString();
    };
    collect(result.value(u"findings").toArray());
    for (const QJsonValue& host : result.value(u"hosts").toArray()) {
        collect(host.toObject().value(u"findings").toArray());
        for (const QJsonValue& address : host.toObject().value(u"addresses").toArray())
            collect(address.toObject().value(u"findings").toArray());
    }
    return codes;
}

// Compares one domain's check result with the scenario's expectation; returns what differs (empty: same).
inline QString differences(const danewerk::core::LabScenario& scenario, const QJsonObject& result) {
    QStringList problems;
    if (result.isEmpty())
        return QStringLiteral("no result for ") + scenario.domain;
    if (result.value(u"verdict").toString() != scenario.expected.verdict)
        problems << QStringLiteral("verdict %1, expected %2")
                        .arg(result.value(u"verdict").toString(), scenario.expected.verdict);
    const QString mxState = result.value(u"mx").toObject().value(u"dnssec").toString();
    if (mxState != scenario.expected.mxDnssec)
        problems << QStringLiteral("MX %1, expected %2").arg(mxState, scenario.expected.mxDnssec);
    QMap<QString, QString> hosts;
    for (const QJsonValue& host : result.value(u"hosts").toArray())
        hosts.insert(host.toObject().value(u"name").toString(), host.toObject().value(u"status").toString());
    // Bogus domains stop before the hosts: only those the scenario names are compared.
    if (scenario.expected.verdict != u"dnssec-bogus" && hosts != scenario.expected.hosts)
        problems << QStringLiteral("hosts %1")
                        .arg(QString::fromUtf8(
                            QJsonDocument(result.value(u"hosts").toArray()).toJson(QJsonDocument::Compact)));
    const QStringList codes = findingCodes(result);
    for (const QString& code : scenario.expected.findings)
        if (!codes.contains(code))
            problems << QStringLiteral("finding %1 missing (have %2)").arg(code, codes.join(u','));
    return problems.join(QStringLiteral("; "));
}

inline bool verified(const Run& finger) {
    return (finger.out + finger.err).contains(QStringLiteral("Verified TLS connection established"));
}

} // namespace labtest
