// The Rollover page offscreen: a template plan on the timeline, edits that re-run the check, the cursor
// panel, the method comparison, and plan files.
#include "core/common/TimeFormat.h"
#include "core/rollover/PlanJson.h"
#include "ui/charts/RolloverTimelineChart.h"
#include "ui/pages/RolloverPage.h"
#include "ui/pages/RolloverQuizPanel.h"

#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace danewerk;
using namespace danewerk::core;

class TestRolloverPage : public QObject {
    Q_OBJECT

private slots:
    void startsWithSafePrepublication();
    void movingAnEventOpensAWindow();
    void cursorPanelShowsCachesAndVerdicts();
    void methodPresetAndParameters();
    void strictAllProfile();
    void comparisonListsEveryMethod();
    void planFilesRoundTrip();
    void sampleWorkspacePlan();
    void quizTab();
};

void TestRolloverPage::startsWithSafePrepublication() {
    ui::RolloverPage page;
    page.resize(1400, 900);
    QCOMPARE(page.plan().method, QStringLiteral("zsk-prepublish"));
    QCOMPARE(page.plan().zone, QStringLiteral("example.org."));
    // 720h - (5m + 1h) = 2588100
    QCOMPARE(page.plan().events.first().at, RolloverSeconds(2588100));
    QVERIFY(page.report().safe());
    QVERIFY(page.verdictText().contains(QStringLiteral("Safe for liberal")));
    // Lanes: DS, DNSKEY and signatures of KSK1, ZSK1, ZSK2.
    QCOMPARE(page.timeline()->laneNames().first(), QStringLiteral("DS (parent)"));
    QCOMPARE(page.timeline()->laneNames().size(), 7);
    QCOMPARE(page.timeline()->overlayCount(), 0);
}

void TestRolloverPage::movingAnEventOpensAWindow() {
    ui::RolloverPage page;
    // Swap 10 min early: the DNSKEY RRset without ZSK2 is cached until 2592000.
    page.setEventTime(1, 2592000 - 600);
    page.setEventTime(2, 2592000 - 600);
    QVERIFY(!page.report().safe());
    QCOMPARE(page.report().windows.size(), 2);
    QCOMPARE(page.report().windows.first().from, RolloverSeconds(2591400));
    QCOMPARE(page.report().windows.first().to, RolloverSeconds(2592000));
    QCOMPARE(page.timeline()->overlayCount(), 2);
    QVERIFY(page.verdictText().contains(QStringLiteral("move start_zsign ZSK2 to &gt;= 2592000")));
}

void TestRolloverPage::cursorPanelShowsCachesAndVerdicts() {
    ui::RolloverPage page;
    page.setEventTime(1, 2591400);
    page.setEventTime(2, 2591400);
    page.setCursorTime(2591700);
    const QString text = page.resolverPanelText();
    QVERIFY2(text.contains(QStringLiteral("{KSK1, ZSK1} signed by {KSK1} (cached only")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("{KSK1, ZSK1, ZSK2} signed by {KSK1}")));
    QVERIFY(text.contains(QStringLiteral("liberal: ✘ bogus DATA, bogus NEG")));
    page.setCursorTime(2592000);
    QVERIFY(page.resolverPanelText().contains(QStringLiteral("liberal: ✔ every combination validates")));
}

void TestRolloverPage::methodPresetAndParameters() {
    ui::RolloverPage page;
    page.setMethod(QStringLiteral("ksk-double-ds"));
    QCOMPARE(page.plan().method, QStringLiteral("ksk-double-ds"));
    QCOMPARE(page.plan().events.size(), 6);
    page.setPreset(QStringLiteral("teaching"));
    QCOMPARE(page.plan().parameters.Lksk, RolloverSeconds(7200));
    QVERIFY(page.report().safe());
    QVERIFY(page.setParameter(QStringLiteral("TTLds"), QStringLiteral("20m")));
    QCOMPARE(page.plan().parameters.TTLds, RolloverSeconds(1200));
    // visible at 2h - (1m + 20m) = 5940, submitted Dreg = 5m earlier: 5640
    QCOMPARE(page.plan().events.first().at, RolloverSeconds(5640));
    QVERIFY(!page.setParameter(QStringLiteral("TTLds"), QStringLiteral("twenty minutes")));
    QCOMPARE(page.plan().parameters.TTLds, RolloverSeconds(1200)); // unchanged
}

void TestRolloverPage::strictAllProfile() {
    ui::RolloverPage page;
    page.setMethod(QStringLiteral("algorithm-liberal"));
    QVERIFY(page.report().safe());
    page.setProfileEnabled(ValidationProfile::StrictAll, true);
    QVERIFY(!page.report().safe());
    for (const SafetyWindow& w : page.report().windows)
        QCOMPARE(w.profile, ValidationProfile::StrictAll);
}

void TestRolloverPage::comparisonListsEveryMethod() {
    ui::RolloverPage page;
    QCOMPARE(page.comparisonRows(), 13);
}

void TestRolloverPage::planFilesRoundTrip() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("plan.json"));
    {
        ui::RolloverPage page;
        page.setMethod(QStringLiteral("csk"));
        page.setEventTime(0, 1000);
        QVERIFY(page.savePlanFile(path));
    }
    QVERIFY(ui::RolloverPage::canOpen(path));
    ui::RolloverPage page;
    QVERIFY(page.openPlanFile(path));
    QCOMPARE(page.plan().method, QStringLiteral("csk"));
    QCOMPARE(page.plan().events.first().at, RolloverSeconds(1000));
    QVERIFY(!page.openPlanFile(dir.filePath(QStringLiteral("missing.json"))));
    QFile bad(dir.filePath(QStringLiteral("bad.json")));
    QVERIFY(bad.open(QIODevice::WriteOnly));
    bad.write(R"({"events":[{"at":-1,"op":"publish_dnskey","key":"X"}]})");
    bad.close();
    QVERIFY(!ui::RolloverPage::canOpen(bad.fileName()));
    QVERIFY(!page.openPlanFile(bad.fileName()));
    QCOMPARE(page.plan().method, QStringLiteral("csk")); // the open plan stays
}

void TestRolloverPage::sampleWorkspacePlan() {
    ui::RolloverPage page;
    QVERIFY(page.openSample());
    QCOMPARE(page.plan().zone, QStringLiteral("example.org."));
    QCOMPARE(page.plan().method, QStringLiteral("zsk-prepublish"));
    QVERIFY(page.plan().origin.has_value());
    QVERIFY(page.report().safe());
}

void TestRolloverPage::quizTab() {
    ui::RolloverPage page;
    page.resize(1360, 900);
    page.showQuizTab();
    ui::RolloverQuizPanel* quiz = page.quiz();
    QVERIFY(quiz);
    quiz->setSeed(1);
    const QuizQuestion& q = quiz->question();
    QVERIFY(q.eventIndex >= 0);
    QVERIFY2(quiz->questionText().contains(QStringLiteral("Earliest safe time for ") + q.event().label()),
             qPrintable(quiz->questionText()));
    QVERIFY(quiz->questionText().contains(q.plan().method));
    // Typed and checked through the widgets, as a participant would.
    auto* answer = quiz->findChild<QLineEdit*>(QStringLiteral("rolloverQuizAnswer"));
    auto* check = quiz->findChild<QPushButton*>(QStringLiteral("rolloverQuizCheck"));
    QVERIFY(answer && check);
    answer->setText(formatDuration(q.expected));
    QTest::mouseClick(check, Qt::LeftButton);
    QVERIFY2(quiz->resultText().contains(QStringLiteral("Correct")), qPrintable(quiz->resultText()));
    QVERIFY(quiz->resultText().contains(q.event().formula));

    answer->setText(QString::number(q.expected - 1));
    QTest::mouseClick(check, Qt::LeftButton);
    QVERIFY2(quiz->resultText().contains(QStringLiteral("Too early by 1s")), qPrintable(quiz->resultText()));
    QVERIFY(quiz->resultText().contains(QStringLiteral("Fix: ")));
    const QString screenshot = qEnvironmentVariable("ROLLOVER_QUIZ_SCREENSHOT");
    if (!screenshot.isEmpty()) {
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY(page.grab().save(screenshot));
    }

    answer->setText(QStringLiteral("not a time"));
    QTest::mouseClick(check, Qt::LeftButton);
    QVERIFY(quiz->resultText().contains(QStringLiteral("Enter a duration")));

    quiz->newQuestion();
    QCOMPARE(quiz->question().seed, quint32(2));
    QVERIFY(answer->text().isEmpty());
}

QTEST_MAIN(TestRolloverPage)
#include "tst_rolloverpage.moc"
