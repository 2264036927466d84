// danewerk-cli rollover plan|check|export, run as a real process.
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run {
    int exitCode = -1;
    QByteArray out;
    QString err;
};

Run cli(const QStringList& arguments) {
    QProcess process;
    process.start(QStringLiteral(DANEWERK_CLI), arguments);
    Run run;
    if (!process.waitForFinished(60000))
        return run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

QString data(const QString& name) {
    return QStringLiteral(DANEWERK_TEST_DATA "/rollover/") + name;
}

QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& content) {
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

QJsonObject json(const QByteArray& bytes) {
    return QJsonDocument::fromJson(bytes).object();
}

} // namespace

class TestCliRollover : public QObject {
    Q_OBJECT

private slots:
    void planPrintsEarliestSafeTimes();
    void planPresetsAndParameters();
    void planAlgorithms();
    void planUsageErrors_data();
    void planUsageErrors();
    void checkSafePlan();
    void checkUnsafePlanJson();
    void checkUnsafePlanText();
    void checkProfiles();
    void planFileErrors_data();
    void planFileErrors();
    void exportWritesAtomicallyAndRefusesOverwrite();
    void exportFormats();
    void samplePlanIsSafe();
};

void TestCliRollover::planPrintsEarliestSafeTimes() {
    const Run run =
        cli({QStringLiteral("rollover"), QStringLiteral("plan"), QStringLiteral("--method"),
             QStringLiteral("zsk-prepublish"), QStringLiteral("--origin"), QStringLiteral("2027-01-01T00:00:00Z"),
             QStringLiteral("--zone"), QStringLiteral("Example.ORG")});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject plan = json(run.out);
    QCOMPARE(plan.value(QStringLiteral("zone")).toString(), QStringLiteral("example.org."));
    QCOMPARE(plan.value(QStringLiteral("origin")).toString(), QStringLiteral("2027-01-01T00:00:00Z"));
    const QJsonArray events = plan.value(QStringLiteral("events")).toArray();
    QCOMPARE(events.size(), 4);
    // 720h - (5m + 1h) = 718h55m = 2588100 s
    QCOMPARE(events[0].toObject().value(QStringLiteral("at")).toInteger(), 2588100);
    QCOMPARE(events[0].toObject().value(QStringLiteral("formula")).toString(),
             QStringLiteral("Ipub = DprpC + TTLkey = 5m + 1h = 1h5m; at = S - Ipub = 720h - 1h5m = 718h55m"));
    QCOMPARE(events[3].toObject().value(QStringLiteral("at")).toInteger(), 2678700); // 744h5m
}

void TestCliRollover::planPresetsAndParameters() {
    const Run run = cli({QStringLiteral("rollover"), QStringLiteral("plan"), QStringLiteral("--method=ksk-double-ksk"),
                         QStringLiteral("--preset"), QStringLiteral("teaching"), QStringLiteral("--param"),
                         QStringLiteral("TTLkey=10m"), QStringLiteral("--param"), QStringLiteral("Dreg=PT2M")});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject plan = json(run.out);
    const QJsonObject parameters = plan.value(QStringLiteral("parameters")).toObject();
    QCOMPARE(parameters.value(QStringLiteral("TTLkey")).toString(), QStringLiteral("10m"));
    QCOMPARE(parameters.value(QStringLiteral("Dreg")).toString(), QStringLiteral("2m"));
    QCOMPARE(parameters.value(QStringLiteral("Lksk")).toString(), QStringLiteral("2h"));
    QCOMPARE(plan.value(QStringLiteral("preset")).toString(), QStringLiteral("teaching"));
    // P = 2h - 2m - (1m + 10m) = 1h47m = 6420 s
    QCOMPARE(plan.value(QStringLiteral("events")).toArray()[0].toObject().value(QStringLiteral("at")).toInteger(),
             6420);
}

void TestCliRollover::planAlgorithms() {
    const Run run =
        cli({QStringLiteral("rollover"), QStringLiteral("plan"), QStringLiteral("--method"),
             QStringLiteral("algorithm-conservative"), QStringLiteral("--algorithm"), QStringLiteral("8:15")});
    QCOMPARE(run.exitCode, 0);
    const QJsonArray keys = json(run.out).value(QStringLiteral("keys")).toArray();
    QCOMPARE(keys[0].toObject().value(QStringLiteral("algorithm")).toInt(), 8);
    QCOMPARE(keys[3].toObject().value(QStringLiteral("algorithm")).toInt(), 15);
    const Run single = cli({QStringLiteral("rollover"), QStringLiteral("plan"), QStringLiteral("--method"),
                            QStringLiteral("csk"), QStringLiteral("--algorithm"), QStringLiteral("16")});
    QCOMPARE(single.exitCode, 0);
    QCOMPARE(json(single.out)
                 .value(QStringLiteral("keys"))
                 .toArray()[0]
                 .toObject()
                 .value(QStringLiteral("algorithm"))
                 .toInt(),
             16);
}

void TestCliRollover::planUsageErrors_data() {
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("no method") << QStringList{} << "--method is required";
    QTest::newRow("unknown method") << QStringList{QStringLiteral("--method"), QStringLiteral("zsk-magic")}
                                    << "unknown method zsk-magic";
    QTest::newRow("unknown preset") << QStringList{QStringLiteral("--method"), QStringLiteral("csk"),
                                                   QStringLiteral("--preset"), QStringLiteral("nsd")}
                                    << "unknown preset nsd";
    QTest::newRow("unknown parameter") << QStringList{QStringLiteral("--method"), QStringLiteral("csk"),
                                                      QStringLiteral("--param"), QStringLiteral("TTLx=1h")}
                                       << "unknown parameter TTLx";
    QTest::newRow("malformed duration") << QStringList{QStringLiteral("--method"), QStringLiteral("csk"),
                                                       QStringLiteral("--param"), QStringLiteral("TTLkey=soon")}
                                        << "malformed duration \"soon\" for TTLkey";
    QTest::newRow("two algorithms for a ZSK")
        << QStringList{QStringLiteral("--method"), QStringLiteral("zsk-prepublish"), QStringLiteral("--algorithm"),
                       QStringLiteral("8:13")}
        << "keeps one algorithm";
    QTest::newRow("bad origin") << QStringList{QStringLiteral("--method"), QStringLiteral("csk"),
                                               QStringLiteral("--origin"), QStringLiteral("tomorrow")}
                                << "--origin";
}

void TestCliRollover::planUsageErrors() {
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const Run run = cli(QStringList{QStringLiteral("rollover"), QStringLiteral("plan")} + arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QVERIFY(run.out.isEmpty());
}

void TestCliRollover::checkSafePlan() {
    const Run run = cli({QStringLiteral("--json"), QStringLiteral("rollover"), QStringLiteral("check"),
                         data(QStringLiteral("spec-example.json"))});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject report = json(run.out);
    QCOMPARE(report.value(QStringLiteral("safe")).toBool(false), true);
    QCOMPARE(report.value(QStringLiteral("windows")).toArray().size(), 0);
    QCOMPARE(report.value(QStringLiteral("events")).toArray()[0].toObject().value(QStringLiteral("at")).toInteger(),
             2581200);
    QVERIFY(report.value(QStringLiteral("warnings")).isArray());
}

void TestCliRollover::checkUnsafePlanJson() {
    // --json after the subcommand works as well (global options anywhere).
    const Run run = cli({QStringLiteral("rollover"), QStringLiteral("check"),
                         data(QStringLiteral("spec-example-718h.json")), QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 1);
    // Keys in the order of ROLLOVER.md.
    QVERIFY2(run.out.startsWith("{\n    \"safe\": false,\n    \"events\": ["), run.out.left(60).constData());
    QVERIFY(run.out.contains("\"from\": 2584800,\n            \"to\": 2588700,\n            \"status\": \"bogus\""));
    const QJsonObject report = json(run.out);
    QCOMPARE(report.value(QStringLiteral("safe")).toBool(true), false);
    const QJsonObject w = report.value(QStringLiteral("windows")).toArray()[0].toObject();
    QCOMPARE(w.value(QStringLiteral("from")).toInteger(), 2584800);
    QCOMPARE(w.value(QStringLiteral("to")).toInteger(), 2588700);
    QCOMPARE(w.value(QStringLiteral("status")).toString(), QStringLiteral("bogus"));
    QCOMPARE(w.value(QStringLiteral("profile")).toString(), QStringLiteral("liberal"));
    QCOMPARE(w.value(QStringLiteral("rrset")).toString(), QStringLiteral("DATA"));
    QCOMPARE(w.value(QStringLiteral("witness")).toArray().size(), 2);
    QVERIFY(
        w.value(QStringLiteral("fix")).toString().startsWith(QStringLiteral("move start_zsign ZSK2 to >= 2588700")));
}

void TestCliRollover::checkUnsafePlanText() {
    const Run run =
        cli({QStringLiteral("rollover"), QStringLiteral("check"), data(QStringLiteral("spec-example-718h.json"))});
    QCOMPARE(run.exitCode, 1);
    const QString text = QString::fromUtf8(run.out);
    QVERIFY(text.contains(QStringLiteral("UNSAFE")));
    QVERIFY(text.contains(QStringLiteral("2584800 (718h)")));
    QVERIFY(text.contains(QStringLiteral("2588700 (719h5m)")));
    QVERIFY(text.contains(QStringLiteral("fix: move start_zsign ZSK2 to >= 2588700 (719h5m)")));
    QVERIFY(text.contains(QStringLiteral("2027-01-30T23:05:00Z"))); // the origin makes calendar times
    QVERIFY(!text.contains(QLatin1Char('\x1b')));                   // no colour when not on a terminal
}

void TestCliRollover::checkProfiles() {
    QTemporaryDir dir;
    const Run plan = cli({QStringLiteral("rollover"), QStringLiteral("plan"), QStringLiteral("--method"),
                          QStringLiteral("algorithm-liberal")});
    const QString path = writeFile(dir, QStringLiteral("alg.json"), plan.out);
    QCOMPARE(cli({QStringLiteral("rollover"), QStringLiteral("check"), path}).exitCode, 0);
    const Run strict = cli({QStringLiteral("--json"), QStringLiteral("rollover"), QStringLiteral("check"), path,
                            QStringLiteral("--profile"), QStringLiteral("liberal"), QStringLiteral("--profile"),
                            QStringLiteral("strict-all")});
    QCOMPARE(strict.exitCode, 1);
    for (const QJsonValue& w : json(strict.out).value(QStringLiteral("windows")).toArray())
        QCOMPARE(w.toObject().value(QStringLiteral("profile")).toString(), QStringLiteral("strict-all"));
    const Run bad = cli({QStringLiteral("rollover"), QStringLiteral("check"), path, QStringLiteral("--profile"),
                         QStringLiteral("paranoid")});
    QCOMPARE(bad.exitCode, 2);
    QVERIFY(bad.err.contains(QStringLiteral("paranoid")));
}

void TestCliRollover::planFileErrors_data() {
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("expected");
    const QByteArray head = R"({"keys":[{"id":"K","role":"KSK"}],"events":[{"at":0,"op":"publish_dnskey","key":"K"},
        {"at":1,"op":"start_ksign","key":"K"},{"at":2,"op":"stop_ksign","key":"K"},)";
    QTest::newRow("negative time") << head + R"({"at":-3,"op":"stop_ksign","key":"K"}]})"
                                   << "events[3].at: negative time";
    QTest::newRow("malformed duration") << head + R"({"at":"3 days","op":"stop_ksign","key":"K"}]})"
                                        << "events[3].at: malformed duration";
    QTest::newRow("unknown op") << head + R"({"at":3,"op":"rotate","key":"K"}]})"
                                << "events[3].op: unknown operation";
    QTest::newRow("unknown key") << head + R"({"at":3,"op":"stop_ksign","key":"K","when":"now"}]})"
                                 << "events[3].when: unknown key";
    QTest::newRow("unknown parameter") << QByteArray(R"({"parameters":{"Dfoo":"1h"}})")
                                       << "parameters.Dfoo: unknown key";
    QTest::newRow("bad json") << QByteArray("{\"zone\": \"example.\",\n \"events\": [}\n") << "plan.json:2:";
}

void TestCliRollover::planFileErrors() {
    QFETCH(QByteArray, content);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    const QString path = writeFile(dir, QStringLiteral("plan.json"), content);
    for (const QStringList& command : {QStringList{QStringLiteral("rollover"), QStringLiteral("check"), path},
                                       QStringList{QStringLiteral("rollover"), QStringLiteral("export"), path,
                                                   QStringLiteral("--format"), QStringLiteral("runbook")}}) {
        const Run run = cli(command);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(expected), qPrintable(run.err));
        QVERIFY2(run.err.contains(QStringLiteral("plan.json")), qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
    }
    const Run missing =
        cli({QStringLiteral("rollover"), QStringLiteral("check"), dir.filePath(QStringLiteral("none.json"))});
    QCOMPARE(missing.exitCode, 2);
}

void TestCliRollover::exportWritesAtomicallyAndRefusesOverwrite() {
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("rollover.ics"));
    const QStringList command{QStringLiteral("rollover"),
                              QStringLiteral("export"),
                              data(QStringLiteral("spec-example.json")),
                              QStringLiteral("--format"),
                              QStringLiteral("ics"),
                              QStringLiteral("--out"),
                              out};
    QCOMPARE(cli(command).exitCode, 0);
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray first = file.readAll();
    file.close();
    QVERIFY(first.startsWith("BEGIN:VCALENDAR\r\n"));
    QVERIFY(first.contains("DTSTART:20270130T210000Z\r\n")); // 717h after 2027-01-01
    QVERIFY(writeFile(dir, QStringLiteral("rollover.ics"), "mine").size() > 0);
    const Run refused = cli(command);
    QCOMPARE(refused.exitCode, 2);
    QVERIFY(refused.err.contains(QStringLiteral("--force")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("mine"));
    file.close();
    QCOMPARE(cli(command + QStringList{QStringLiteral("--force")}).exitCode, 0);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), first);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files),
             QStringList{QStringLiteral("rollover.ics")}); // no temporaries left
}

void TestCliRollover::exportFormats() {
    const QString plan = data(QStringLiteral("spec-example.json"));
    const Run runbook = cli({QStringLiteral("rollover"), QStringLiteral("export"), plan, QStringLiteral("--format"),
                             QStringLiteral("runbook")});
    QCOMPARE(runbook.exitCode, 0);
    QVERIFY(runbook.out.contains("## Step 1: 2027-01-30 21:00:00 UTC (t = 717h)"));
    QVERIFY(runbook.out.contains("query the parent: the DS set must be {KSK1}"));
    const Run bind = cli({QStringLiteral("rollover"), QStringLiteral("export"), plan, QStringLiteral("--format=bind")});
    QCOMPARE(bind.exitCode, 0);
    QVERIFY(bind.out.contains("dnskey-ttl PT2H;"));
    const Run knot = cli({QStringLiteral("rollover"), QStringLiteral("export"), plan, QStringLiteral("--format=knot")});
    QCOMPARE(knot.exitCode, 0);
    QVERIFY(knot.out.contains("dnskey-ttl: 2h"));
    const Run bad = cli({QStringLiteral("rollover"), QStringLiteral("export"), plan, QStringLiteral("--format=pdf")});
    QCOMPARE(bad.exitCode, 2);
    // A plan without origin has no calendar dates: --origin supplies one.
    QTemporaryDir dir;
    const Run generated = cli({QStringLiteral("rollover"), QStringLiteral("plan"), QStringLiteral("--method=tlsa")});
    const QString path = writeFile(dir, QStringLiteral("tlsa.json"), generated.out);
    QCOMPARE(cli({QStringLiteral("rollover"), QStringLiteral("export"), path, QStringLiteral("--format=ics")}).exitCode,
             2);
    const Run withOrigin =
        cli({QStringLiteral("rollover"), QStringLiteral("export"), path, QStringLiteral("--format=ics"),
             QStringLiteral("--origin"), QStringLiteral("2027-05-01T08:00:00Z")});
    QCOMPARE(withOrigin.exitCode, 0);
    QVERIFY(withOrigin.out.contains("DTSTART:20270501T090500Z\r\n")); // deploy at 1h5m
}

void TestCliRollover::samplePlanIsSafe() {
    const QString sample = QStringLiteral(DANEWERK_TEST_DATA "/../../resources/sample/rollover-zsk.json");
    const Run run = cli({QStringLiteral("--json"), QStringLiteral("rollover"), QStringLiteral("check"), sample});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(json(run.out).value(QStringLiteral("safe")).toBool(false), true);
}

QTEST_GUILESS_MAIN(TestCliRollover)
#include "tst_clirollover.moc"
