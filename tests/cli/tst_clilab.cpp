// `danewerk-cli lab` without starting servers: the scenario list, status of a directory without a lab, and
// the usage and environment errors the contract names.
#include "CliRun.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

class TestCliLab : public QObject {
    Q_OBJECT

    using Run = CliRun;
    static Run run(const QStringList& args) { return runCli(args); }

private Q_SLOTS:
    void scenariosAsJson() {
        const Run r = run({QStringLiteral("lab"), QStringLiteral("scenarios"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray scenarios = QJsonDocument::fromJson(r.out.toUtf8()).object().value(u"scenarios").toArray();
        QCOMPARE(scenarios.size(), 18);
        const QJsonObject first = scenarios.first().toObject();
        QCOMPARE(first.value(u"id").toString(), QStringLiteral("dane-ee-valid"));
        QCOMPARE(first.value(u"domain").toString(), QStringLiteral("good.test."));
        QVERIFY(!first.value(u"title").toString().isEmpty());
        const QJsonObject expected = first.value(u"expected").toObject();
        QCOMPARE(expected.value(u"verdict").toString(), QStringLiteral("dane-authenticated"));
        QCOMPARE(expected.value(u"hosts").toObject().value(u"mx1.good.test.").toString(),
                 QStringLiteral("authenticated"));
    }

    void scenariosInGerman() {
        const Run r =
            run({QStringLiteral("--lang"), QStringLiteral("de"), QStringLiteral("lab"), QStringLiteral("scenarios")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("DANE-EE, das funktioniert")), qPrintable(r.out));
    }

    void statusOfAnEmptyDirectory() {
        QTemporaryDir dir;
        const Run r = run({QStringLiteral("--json"), QStringLiteral("lab"), QStringLiteral("status"),
                           QStringLiteral("--dir"), dir.path()});
        QCOMPARE(r.exitCode, 1);
        const QJsonObject state = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(state.value(u"running").toBool(true), false);
        QCOMPARE(state.value(u"directory").toString(), dir.path());
    }

    void downWithoutALabIsFine() {
        QTemporaryDir dir;
        const Run r = run({QStringLiteral("lab"), QStringLiteral("down"), QStringLiteral("--dir"), dir.path()});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QStringLiteral("No lab was running")));
    }

    void errors_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown subcommand")
            << QStringList{QStringLiteral("lab"), QStringLiteral("explode")} << 2 << "explode";
        QTest::newRow("base outside loopback") << QStringList{QStringLiteral("lab"), QStringLiteral("up"),
                                                              QStringLiteral("--base"), QStringLiteral("192.0.2.0")}
                                               << 2 << "127.X.0.0";
        QTest::newRow("reset without scenario")
            << QStringList{QStringLiteral("lab"), QStringLiteral("reset")} << 2 << "one scenario id";
        QTest::newRow("up with an argument")
            << QStringList{QStringLiteral("lab"), QStringLiteral("up"), QStringLiteral("now")} << 2 << "no arguments";
    }
    void errors() {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const Run r = run(args + QStringList{QStringLiteral("--dir"), dir.path()});
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
    }

    void reloadAndResetNeedARunningLab() {
        QTemporaryDir dir;
        for (const QStringList& args :
             {QStringList{QStringLiteral("lab"), QStringLiteral("reload")},
              QStringList{QStringLiteral("lab"), QStringLiteral("reset"), QStringLiteral("dane-ee-valid")}}) {
            const Run r = run(args + QStringList{QStringLiteral("--dir"), dir.path()});
            QCOMPARE(r.exitCode, 3);
            QVERIFY2(r.err.contains(QStringLiteral("No lab is running")), qPrintable(r.err));
        }
    }
};

QTEST_GUILESS_MAIN(TestCliLab)
#include "tst_clilab.moc"
