// The lab's life cycle on the running lab: idempotent `up`, `status`, `reload` after an edit, `reset` after
// a participant broke a zone, and the address check that names the process holding a port.
#include "LabTestSupport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QRegularExpression>
#include <QTest>

using namespace danewerk::core;

class tst_LabCommands : public QObject {
    Q_OBJECT

private:
    static QString zoneFile(const QString& base, const QString& suffix) {
        return QDir(labtest::labDir()).filePath(QStringLiteral("zones/") + base + suffix);
    }

    static void append(const QString& path, const QByteArray& text) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::Append));
        file.write(text);
    }

    static QString txt(const QString& name) {
        const labtest::Run dig =
            labtest::run(QStringLiteral("dig"), {QStringLiteral("@") + labtest::resolver(), QStringLiteral("+short"),
                                                 name, QStringLiteral("TXT")});
        return dig.out.trimmed();
    }

private slots:
    void upAgainReportsTheRunningLab() {
        QElapsedTimer timer;
        timer.start();
        const labtest::Run up = labtest::cli({QStringLiteral("--json"), QStringLiteral("lab"), QStringLiteral("up"),
                                              QStringLiteral("--dir"), labtest::labDir(), QStringLiteral("--base"),
                                              QStringLiteral(DANEWERK_LAB_BASE)});
        QCOMPARE(up.exitCode, 0);
        QVERIFY(timer.elapsed() < 5000);
        const QJsonObject state = QJsonDocument::fromJson(up.out.toUtf8()).object();
        QCOMPARE(state.value(u"already_running").toBool(), true);
        QCOMPARE(state.value(u"resolver").toString(), labtest::resolver());
        QVERIFY(
            state.value(u"check_options")
                .toString()
                .startsWith(QStringLiteral("--resolver ") + labtest::resolver() + QStringLiteral(" --trust-anchor ")));
    }

    void statusListsTheProcesses() {
        const labtest::Run status =
            labtest::cli({QStringLiteral("--json"), QStringLiteral("lab"), QStringLiteral("status"),
                          QStringLiteral("--dir"), labtest::labDir()});
        QCOMPARE(status.exitCode, 0);
        const QJsonObject state = QJsonDocument::fromJson(status.out.toUtf8()).object();
        QCOMPARE(state.value(u"running").toBool(), true);
        QStringList names;
        for (const QJsonValue& process : state.value(u"processes").toArray()) {
            names << process.toObject().value(u"name").toString();
            QVERIFY(process.toObject().value(u"running").toBool());
        }
        names.sort();
        QCOMPARE(names, QStringList({QStringLiteral("knot"), QStringLiteral("nsd"), QStringLiteral("nsd-hidden"),
                                     QStringLiteral("postfix"), QStringLiteral("unbound")}));
    }

    void secondLabOnTheSameAddressesNamesTheHolder() {
        const QString other = QDir(labtest::labDir()).filePath(QStringLiteral("../lab-conflict"));
        const labtest::Run up = labtest::cli({QStringLiteral("lab"), QStringLiteral("up"), QStringLiteral("--dir"),
                                              other, QStringLiteral("--base"), QStringLiteral(DANEWERK_LAB_BASE)});
        QCOMPARE(up.exitCode, 3);
        QVERIFY2(up.err.contains(QRegularExpression(QStringLiteral("by nsd[^(]* \\(PID [0-9]+\\)"))),
                 qPrintable(up.err));
        QVERIFY2(up.err.contains(QRegularExpression(QStringLiteral("by master \\(PID [0-9]+\\)"))), qPrintable(up.err));
        QVERIFY2(up.err.contains(labtest::resolver() + QStringLiteral(":53")), qPrintable(up.err));
    }

    void reloadPublishesAnEditedUnsignedZone() {
        // unsigned.test. is served as written: an edit shows after `lab reload`.
        append(zoneFile(QStringLiteral("unsigned.test"), QStringLiteral(".signed")),
               "reload-check 60 IN TXT \"edited\"\n");
        const labtest::Run reload =
            labtest::cli({QStringLiteral("lab"), QStringLiteral("reload"), QStringLiteral("--dir"), labtest::labDir()});
        QCOMPARE(reload.exitCode, 0);
        QTRY_COMPARE_WITH_TIMEOUT(txt(QStringLiteral("reload-check.unsigned.test")), QStringLiteral("\"edited\""),
                                  10000);
    }

    void resetRepairsABrokenScenario() {
        // A participant adds a record to the signed zone without re-signing: the TXT RRset has no RRSIG.
        append(zoneFile(QStringLiteral("good.test"), QStringLiteral(".signed")), "unsigned-edit 60 IN TXT \"x\"\n");
        QCOMPARE(
            labtest::cli({QStringLiteral("lab"), QStringLiteral("reload"), QStringLiteral("--dir"), labtest::labDir()})
                .exitCode,
            0);
        QTRY_COMPARE_WITH_TIMEOUT(labtest::delvState(QStringLiteral("unsigned-edit.good.test"), QStringLiteral("TXT")),
                                  QStringLiteral("bogus"), 10000);
        const labtest::Run reset =
            labtest::cli({QStringLiteral("lab"), QStringLiteral("reset"), QStringLiteral("dane-ee-valid"),
                          QStringLiteral("--dir"), labtest::labDir()});
        QVERIFY2(reset.exitCode == 0, qPrintable(reset.err));
        QTRY_COMPARE_WITH_TIMEOUT(labtest::delvState(QStringLiteral("unsigned-edit.good.test"), QStringLiteral("TXT")),
                                  QStringLiteral("absent"), 10000);
        QCOMPARE(labtest::delvState(QStringLiteral("good.test"), QStringLiteral("MX")), QStringLiteral("secure"));
    }

    void resetRefusesAnUnknownScenario() {
        const labtest::Run reset =
            labtest::cli({QStringLiteral("lab"), QStringLiteral("reset"), QStringLiteral("no-such-scenario"),
                          QStringLiteral("--dir"), labtest::labDir()});
        QCOMPARE(reset.exitCode, 2);
    }

    void anEditOnTheHiddenPrimaryReachesTheResolverSigned() {
        // The workshop exercise: change the unsigned zone, raise the serial, reload; the hidden primary
        // notifies Knot, Knot signs and notifies the public NSD, and the new record validates.
        const QString path = QDir(labtest::labDir()).filePath(QStringLiteral("hidden/proxy.test.zone"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QString text = QString::fromUtf8(file.readAll());
        file.close();
        const QRegularExpression soa(QStringLiteral("(@ IN SOA \\S+ \\S+ )(\\d+)"));
        const QRegularExpressionMatch match = soa.match(text);
        QVERIFY2(match.hasMatch(), qPrintable(text));
        text.replace(match.capturedStart(2), match.capturedLength(2),
                     QString::number(match.captured(2).toLongLong() + 1));
        text += QStringLiteral("proxy-edit 60 IN TXT \"from the hidden primary\"\n");
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(text.toUtf8());
        file.close();
        QCOMPARE(
            labtest::cli({QStringLiteral("lab"), QStringLiteral("reload"), QStringLiteral("--dir"), labtest::labDir()})
                .exitCode,
            0);
        QTRY_COMPARE_WITH_TIMEOUT(labtest::delvState(QStringLiteral("proxy-edit.proxy.test"), QStringLiteral("TXT")),
                                  QStringLiteral("secure"), 30000);
    }

    void theSigningProxyServesWhatTheHiddenPrimaryHas() {
        // The hidden primary's zone has no signatures; the public server's copy, via Knot, has.
        const labtest::Run hidden = labtest::run(
            QStringLiteral("dig"),
            {QStringLiteral("@") + LabAddressPlan::create(QStringLiteral(DANEWERK_LAB_BASE), false)->hiddenPrimary(),
             QStringLiteral("+dnssec"), QStringLiteral("+norec"), QStringLiteral("proxy.test"), QStringLiteral("MX")});
        QVERIFY2(hidden.out.contains(QStringLiteral("MX\t10 mx1.proxy.test.")), qPrintable(hidden.out));
        QVERIFY(!hidden.out.contains(QStringLiteral("RRSIG")));
        const labtest::Run published = labtest::run(
            QStringLiteral("dig"),
            {QStringLiteral("@") + LabAddressPlan::create(QStringLiteral(DANEWERK_LAB_BASE), false)->authoritative(),
             QStringLiteral("+dnssec"), QStringLiteral("+norec"), QStringLiteral("proxy.test"), QStringLiteral("MX")});
        QVERIFY2(published.out.contains(QStringLiteral("RRSIG\tMX 13 2")), qPrintable(published.out));
    }
};

QTEST_GUILESS_MAIN(tst_LabCommands)
#include "tst_LabCommands.moc"
