// The CLI's general contract: --version, --help on every level, global options anywhere, exit codes.
#include "CliRun.h"

#include <QTest>

class TestCliGlobal : public QObject {
    Q_OBJECT

    using Run = CliRun;
    static Run run(const QStringList& args) { return runCli(args); }

private Q_SLOTS:
    void version() {
        const Run r = run({QStringLiteral("--version")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith(QStringLiteral("danewerk-cli ")));
    }
    void helpListsCommands() {
        const Run r = run({QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QStringLiteral("--json")));
        QVERIFY(r.out.contains(QStringLiteral("Exit codes")));
    }
    void noCommandIsAUsageError() { QCOMPARE(run({}).exitCode, 2); }
    void unknownCommand() {
        const Run r = run({QStringLiteral("frobnicate")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QStringLiteral("frobnicate")));
        QVERIFY(r.out.isEmpty());
    }
    void badNow() {
        const Run r = run({QStringLiteral("--now"), QStringLiteral("tomorrow"), QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QStringLiteral("tomorrow")));
    }
    void germanHelp() {
        const Run r = run({QStringLiteral("--lang"), QStringLiteral("de"), QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("Befehle")), qPrintable(r.out));
    }
};

QTEST_GUILESS_MAIN(TestCliGlobal)
#include "tst_cliglobal.moc"
