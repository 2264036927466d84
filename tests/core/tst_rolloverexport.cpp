// Exports of a plan: RFC 5545 calendar, operator runbook, BIND dnssec-policy and Knot policy (checked by
// named-checkconf and, where installed, knotc).
#include "RolloverTestSupport.h"
#include "core/common/TimeFormat.h"
#include "core/rollover/Exporters.h"

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace danewerk::core;
using namespace rollovertest;

namespace {

GeneratedPlan zskPlan(const QString& preset = {}) {
    TemplateOptions options;
    options.zone = QStringLiteral("example.org.");
    options.origin = *parseInstant(QStringLiteral("2027-01-01T00:00:00Z"));
    options.preset = preset;
    const RolloverParameters p = preset.isEmpty() ? RolloverParameters{} : *RolloverPresets::parameters(preset);
    return *MethodTemplates::generate(QStringLiteral("zsk-prepublish"), p, options);
}

// RFC 5545 3.1: unfold by removing CRLF followed by one space.
QStringList unfoldedLines(const QByteArray& ics) {
    QByteArray unfolded = ics;
    unfolded.replace("\r\n ", "");
    QStringList lines = QString::fromUtf8(unfolded).split(QStringLiteral("\r\n"));
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines;
}

int runTool(const QString& program, const QStringList& arguments, QString* output) {
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    if (!process.waitForFinished(30000))
        return -1;
    *output = QString::fromUtf8(process.readAll());
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

} // namespace

class TestRolloverExport : public QObject {
    Q_OBJECT

private slots:
    void icsIsValidCalendar();
    void icsFoldsLongLinesOnUtf8Boundaries();
    void icsNeedsOrigin();
    void runbookSaysWhatToDoAndVerify();
    void runbookOfUnsafePlanWarns();
    void bindPolicyMatchesParameters();
    void bindPolicyPassesNamedCheckconf_data();
    void bindPolicyPassesNamedCheckconf();
    void knotPolicyMatchesParameters();
    void isoDurations();
};

void TestRolloverExport::icsIsValidCalendar() {
    const GeneratedPlan g = zskPlan();
    const auto ics = RolloverExporters::ics(g.plan);
    QVERIFY(ics.ok());
    const QByteArray bytes = *ics;
    // CRLF line ends only, every physical line at most 75 octets.
    for (qsizetype i = 0; i < bytes.size(); ++i)
        if (bytes.at(i) == '\n')
            QVERIFY2(i > 0 && bytes.at(i - 1) == '\r', "bare LF");
    for (const QByteArray& line : bytes.split('\n'))
        QVERIFY2(line.size() <= 76, line.constData()); // 75 octets + the CR
    const QStringList lines = unfoldedLines(bytes);
    QCOMPARE(lines.first(), QStringLiteral("BEGIN:VCALENDAR"));
    QCOMPARE(lines.last(), QStringLiteral("END:VCALENDAR"));
    QVERIFY(lines.contains(QStringLiteral("VERSION:2.0")));
    QVERIFY(lines.filter(QRegularExpression(QStringLiteral("^PRODID:."))).size() == 1);
    // One VEVENT per operator step: 2588100 (publish), 2592000 (swap), 2678700 (removal); 2678700 s is
    // 31 d 5 min after 2027-01-01T00:00:00Z.
    QCOMPARE(lines.count(QStringLiteral("BEGIN:VEVENT")), 3);
    QCOMPARE(lines.count(QStringLiteral("END:VEVENT")), 3);
    const QStringList starts = lines.filter(QRegularExpression(QStringLiteral("^DTSTART:")));
    // 2588100 s = 29d 22h 55m after 2027-01-01T00:00:00Z
    QCOMPARE(starts,
             (QStringList{QStringLiteral("DTSTART:20270130T225500Z"), QStringLiteral("DTSTART:20270131T000000Z"),
                          QStringLiteral("DTSTART:20270201T000500Z")}));
    QCOMPARE(lines.filter(QRegularExpression(QStringLiteral("^DTSTAMP:\\d{8}T\\d{6}Z$"))).size(), 3);
    const QStringList uids = lines.filter(QRegularExpression(QStringLiteral("^UID:")));
    QCOMPARE(uids.size(), 3);
    QCOMPARE(QSet<QString>(uids.begin(), uids.end()).size(), 3);
    const QString summary = lines.filter(QRegularExpression(QStringLiteral("^SUMMARY:"))).at(1);
    QCOMPARE(summary, QStringLiteral("SUMMARY:example.org. zsk-prepublish: start_zsign ZSK2\\; stop_zsign ZSK1"));
    const QString description = lines.filter(QRegularExpression(QStringLiteral("^DESCRIPTION:"))).first();
    QVERIFY(description.contains(QStringLiteral("Ipub = DprpC + TTLkey = 5m + 1h = 1h5m\\;")));
    QVERIFY(description.contains(QStringLiteral("\\n- add ZSK2 to the DNSKEY RRset")));
    // Same plan, same calendar (pure function, stable UIDs).
    QCOMPARE(*RolloverExporters::ics(g.plan), bytes);
}

void TestRolloverExport::icsFoldsLongLinesOnUtf8Boundaries() {
    GeneratedPlan g = zskPlan();
    g.plan.events[0].formula = QString(40, QChar(0x00e4)); // 80 octets of "ä"
    const QByteArray bytes = *RolloverExporters::ics(g.plan);
    for (const QByteArray& line : bytes.split('\n')) {
        QVERIFY(line.size() <= 76);
        QVERIFY(QString::fromUtf8(line).toUtf8() == line); // no sequence cut in two
    }
    QVERIFY(unfoldedLines(bytes).filter(QStringLiteral("DESCRIPTION:")).first().contains(QString(40, QChar(0x00e4))));
}

void TestRolloverExport::icsNeedsOrigin() {
    GeneratedPlan g = zskPlan();
    g.plan.origin.reset();
    const auto ics = RolloverExporters::ics(g.plan);
    QVERIFY(!ics.ok());
    QCOMPARE(ics.error().code, QStringLiteral("ORIGIN_REQUIRED"));
}

void TestRolloverExport::runbookSaysWhatToDoAndVerify() {
    const GeneratedPlan g = zskPlan();
    const QString text = QString::fromUtf8(RolloverExporters::runbook(g.plan, SafetyChecker::check(g.plan)));
    QVERIFY(text.startsWith(QStringLiteral("# Rollover runbook: example.org. (zsk-prepublish)")));
    QVERIFY(text.contains(QStringLiteral("## Step 1: 2027-01-30 22:55:00 UTC (t = 718h55m)")));
    QVERIFY(text.contains(QStringLiteral("- add ZSK2 to the DNSKEY RRset (`publish_dnskey ZSK2`)")));
    QVERIFY(
        text.contains(QStringLiteral("Before the next step (not before 2027-01-31 00:00:00 UTC), verify:\n"
                                     "- query the zone: the DNSKEY set must be {KSK1, ZSK1, ZSK2}, signed by {KSK1}")));
    QVERIFY(text.contains(QStringLiteral("- query the parent: the DS set must be {KSK1}")));
    QVERIFY(text.contains(QStringLiteral("## Step 3: 2027-02-01 00:05:00 UTC (t = 744h5m)")));
    QVERIFY(text.contains(QStringLiteral("Safety check: no resolver can see a bogus answer")));

    // The DS submission of a double-KSK plan says when the parent should have it and what to query.
    const GeneratedPlan ksk = generate(QStringLiteral("ksk-double-ksk"));
    const QString kskText = QString::fromUtf8(RolloverExporters::runbook(ksk.plan, SafetyChecker::check(ksk.plan)));
    // 31449600 + 86400 = 31536000 = 8760h
    QVERIFY(kskText.contains(QStringLiteral("submit DS records for exactly {KSK2} to the parent (expected at the "
                                            "parent by t = 8760h)")));
    QVERIFY(kskText.contains(QStringLiteral("- query the parent: the DS set must be {KSK2}")));
}

void TestRolloverExport::runbookOfUnsafePlanWarns() {
    const GeneratedPlan g = zskPlan();
    const RolloverPlan unsafePlan = moveStep(g, 1, -600);
    const QString text = QString::fromUtf8(RolloverExporters::runbook(unsafePlan, SafetyChecker::check(unsafePlan)));
    QVERIFY(text.contains(QStringLiteral("NOT safe")));
    QVERIFY(text.contains(QStringLiteral("move start_zsign ZSK2 to >= 2592000 (720h)")));
}

void TestRolloverExport::bindPolicyMatchesParameters() {
    const GeneratedPlan g = zskPlan(QStringLiteral("bind-default"));
    const QString text = QString::fromUtf8(RolloverExporters::bindPolicy(g.plan));
    QVERIFY(text.contains(QStringLiteral("dnssec-policy \"danewerk-zsk-prepublish\" {")));
    QVERIFY(text.contains(QStringLiteral("    dnskey-ttl PT1H;")));
    QVERIFY(text.contains(QStringLiteral("    publish-safety PT1H;")));
    QVERIFY(text.contains(QStringLiteral("    retire-safety PT1H;")));
    QVERIFY(text.contains(QStringLiteral("    zone-propagation-delay PT5M;")));
    QVERIFY(text.contains(QStringLiteral("    parent-ds-ttl P1D;")));
    QVERIFY(text.contains(QStringLiteral("    parent-propagation-delay PT1H;")));
    QVERIFY(text.contains(QStringLiteral("    max-zone-ttl P1D;")));
    // Dsgn = 9d = signatures-validity 14d - signatures-refresh 5d
    QVERIFY(text.contains(QStringLiteral("    signatures-validity P14D;")));
    QVERIFY(text.contains(QStringLiteral("    signatures-refresh P5D;")));
    QVERIFY(text.contains(QStringLiteral("        ksk lifetime P365D algorithm ecdsap256sha256;")));
    QVERIFY(text.contains(QStringLiteral("        zsk lifetime P30D algorithm ecdsap256sha256;")));
    const QString csk = QString::fromUtf8(RolloverExporters::bindPolicy(generate(QStringLiteral("csk")).plan));
    QVERIFY(csk.contains(QStringLiteral("        csk lifetime P365D algorithm ecdsap256sha256;")));
    const QString algorithm =
        QString::fromUtf8(RolloverExporters::bindPolicy(generate(QStringLiteral("algorithm-liberal")).plan));
    QVERIFY(algorithm.contains(QStringLiteral("from 8 to 13")));
}

void TestRolloverExport::bindPolicyPassesNamedCheckconf_data() {
    QTest::addColumn<QString>("method");
    QTest::addColumn<QString>("preset");
    for (const QString& m :
         {QStringLiteral("zsk-prepublish"), QStringLiteral("csk"), QStringLiteral("algorithm-liberal")})
        for (const QString& p : RolloverPresets::names())
            QTest::newRow(qPrintable(m + QLatin1Char('/') + p)) << m << p;
}

void TestRolloverExport::bindPolicyPassesNamedCheckconf() {
    QFETCH(QString, method);
    QFETCH(QString, preset);
    const QString checkconf = QStandardPaths::findExecutable(QStringLiteral("named-checkconf"));
    QVERIFY2(!checkconf.isEmpty(), "named-checkconf (bind9-utils) is required");
    const GeneratedPlan g = generate(method, *RolloverPresets::parameters(preset));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("named.conf"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(RolloverExporters::bindPolicy(g.plan));
    file.close();
    QString output;
    QCOMPARE(runTool(checkconf, {path}, &output), 0);
}

void TestRolloverExport::knotPolicyMatchesParameters() {
    const GeneratedPlan g = zskPlan(QStringLiteral("knot-default"));
    const QString text = QString::fromUtf8(RolloverExporters::knotPolicy(g.plan));
    QVERIFY(text.contains(QStringLiteral("policy:\n  - id: danewerk-zsk-prepublish\n")));
    QVERIFY(text.contains(QStringLiteral("    algorithm: ecdsap256sha256\n")));
    QVERIFY(text.contains(QStringLiteral("    dnskey-ttl: 1h")));
    QVERIFY(text.contains(QStringLiteral("    zone-max-ttl: 1d")));
    QVERIFY(text.contains(QStringLiteral("    propagation-delay: 1h")));
    QVERIFY(text.contains(QStringLiteral("    zsk-lifetime: 30d\n")));
    QVERIFY(text.contains(QStringLiteral("    ksk-lifetime: 365d\n")));
    QVERIFY(text.contains(QStringLiteral("    ksk-submission: danewerk-zsk-prepublish-parent\n")));
    QVERIFY(text.contains(QStringLiteral("    parent-delay: 25h")));
    QVERIFY(text.contains(QStringLiteral("  - domain: example.org.\n")));
    // knotc validates the whole file where Knot is installed (the lab may use NSD instead).
    const QString knotc = QStandardPaths::findExecutable(QStringLiteral("knotc"),
                                                         {QStringLiteral("/usr/sbin"), QStringLiteral("/usr/bin")});
    if (!knotc.isEmpty()) {
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("knot.conf")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("server:\n  rundir: \"" + dir.path().toUtf8() + "\"\n");
        file.write(RolloverExporters::knotPolicy(g.plan));
        file.close();
        QString output;
        QVERIFY2(runTool(knotc, {QStringLiteral("-c"), file.fileName(), QStringLiteral("conf-check")}, &output) == 0,
                 qPrintable(output));
    }
}

void TestRolloverExport::isoDurations() {
    QCOMPARE(RolloverExporters::isoDuration(0), QStringLiteral("PT0S"));
    QCOMPARE(RolloverExporters::isoDuration(300), QStringLiteral("PT5M"));
    QCOMPARE(RolloverExporters::isoDuration(2592000), QStringLiteral("P30D"));
    QCOMPARE(RolloverExporters::isoDuration(95405), QStringLiteral("P1DT2H30M5S"));
    QCOMPARE(RolloverExporters::algorithmMnemonic(8), QStringLiteral("rsasha256"));
    QCOMPARE(RolloverExporters::algorithmMnemonic(15), QStringLiteral("ed25519"));
}

QTEST_GUILESS_MAIN(TestRolloverExport)
#include "tst_rolloverexport.moc"
