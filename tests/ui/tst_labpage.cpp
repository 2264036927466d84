// The Lab page without a running lab: scenario cards, hints one at a time, the teacher's view, the signing
// proxy's two zone views, and a state read from a lab directory.
#include "core/lab/LabState.h"
#include "ui/pages/LabPage.h"
#include "ui/pages/LabScenarioPanel.h"

#include <QCheckBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace danewerk;

class tst_LabPage : public QObject {
    Q_OBJECT

private:
    static void saveShot(QWidget& widget, const QString& name) {
        // Screenshots for people, only when asked for.
        const QString dir = qEnvironmentVariable("DANEWERK_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            widget.grab().save(dir + u'/' + name);
    }

    static QGroupBox* box(QWidget& page, const QString& title) {
        for (QGroupBox* candidate : page.findChildren<QGroupBox*>())
            if (candidate->title() == title)
                return candidate;
        return nullptr;
    }

private slots:
    void listsEveryScenario() {
        QTemporaryDir dir;
        ui::LabPage page;
        page.setDirectory(dir.path());
        auto* list = page.findChild<QListWidget*>(QStringLiteral("labScenarioList"));
        QVERIFY(list);
        QCOMPARE(list->count(), 18);
        QCOMPARE(page.scenarios()->currentScenarioId(), QStringLiteral("dane-ee-valid"));
    }

    void hintsAreRevealedOneByOne() {
        QTemporaryDir dir;
        ui::LabPage page;
        page.setDirectory(dir.path());
        page.resize(1300, 850);
        page.show();
        auto* button = page.findChild<QPushButton*>(QStringLiteral("labHintButton"));
        QVERIFY(button);
        QCOMPARE(page.scenarios()->revealedHints(), 0);
        QVERIFY(button->isEnabled());
        button->click();
        QCOMPARE(page.scenarios()->revealedHints(), 1);
        button->click();
        QCOMPARE(page.scenarios()->revealedHints(), 2);
        QVERIFY(!button->isEnabled());
        // Another scenario starts with its hints hidden again.
        page.scenarios()->selectScenario(QStringLiteral("ds-mismatch"));
        QCOMPARE(page.scenarios()->revealedHints(), 0);
        QVERIFY(button->isEnabled());
    }

    void teacherViewShowsTheExpectedAnswer() {
        QTemporaryDir dir;
        ui::LabPage page;
        page.setDirectory(dir.path());
        page.resize(1300, 850);
        page.show();
        page.scenarios()->selectScenario(QStringLiteral("two-mx-one-bad"));
        QGroupBox* expected = box(page, QStringLiteral("Expected answer"));
        QVERIFY(expected);
        QVERIFY(!expected->isVisible());
        page.scenarios()->setTeacherView(true);
        QVERIFY(expected->isVisible());
        QStringList texts;
        for (const QLabel* label : expected->findChildren<QLabel*>())
            texts << label->text();
        const QString all = texts.join(u'\n');
        QVERIFY2(all.contains(QStringLiteral("dane-partial")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("mx2.partial.test. → <b>tlsa-mismatch</b>")), qPrintable(all));
        page.scenarios()->revealNextHint();
        saveShot(page, QStringLiteral("lab-teacher.png"));
    }

    void signingProxyShowsBothZones() {
        QTemporaryDir dir;
        ui::LabPage page;
        page.setDirectory(dir.path());
        page.resize(1300, 850);
        page.show();
        QGroupBox* zones = box(page, QStringLiteral("The zone before and after the signer"));
        QVERIFY(zones);
        QVERIFY(!zones->isVisible());
        page.scenarios()->selectScenario(QStringLiteral("signing-proxy"));
        QVERIFY(zones->isVisible());
        // With a running lab named by the environment, show its zones for a screenshot.
        if (const QString running = qEnvironmentVariable("DANEWERK_SCREENSHOT_LAB"); !running.isEmpty()) {
            page.setDirectory(running);
            QTest::qWait(1500);
            saveShot(page, QStringLiteral("lab-proxy.png"));
        }
        page.scenarios()->selectScenario(QStringLiteral("dane-ee-valid"));
        QVERIFY(!zones->isVisible());
    }

    void readsTheStateOfARunningLab() {
        // A state file whose one process is this test itself: the page must call the lab running.
        QTemporaryDir dir;
        core::LabState state;
        state.directory = dir.path();
        state.resolver = QStringLiteral("127.30.0.2");
        state.authoritative = QStringLiteral("127.30.0.1");
        state.trustAnchor = dir.filePath(QStringLiteral("trust-anchor.ds"));
        state.smtpPort = 10025;
        state.smtpServer = QStringLiteral("danewerk");
        state.signer = QStringLiteral("Danewerk engine");
        state.processes.append({QStringLiteral("self"), QCoreApplication::applicationPid(),
                                QFileInfo(QCoreApplication::applicationFilePath()).canonicalFilePath(), QString()});
        QVERIFY(state.write(dir.filePath(QStringLiteral("state.json"))).ok());
        ui::LabPage page;
        page.setDirectory(dir.path());
        QLineEdit* options = nullptr;
        for (QLineEdit* edit : page.findChildren<QLineEdit*>())
            if (edit->text().startsWith(QStringLiteral("--resolver")))
                options = edit;
        QVERIFY(options);
        QCOMPARE(options->text(), QStringLiteral("--resolver 127.30.0.2 --trust-anchor %1 --smtp-port 10025")
                                      .arg(dir.filePath(QStringLiteral("trust-anchor.ds"))));
        bool saysUnprivileged = false;
        for (const QLabel* label : page.findChildren<QLabel*>())
            saysUnprivileged = saysUnprivileged || label->text().contains(QStringLiteral("STARTTLS test server"));
        QVERIFY(saysUnprivileged);
    }
};

QTEST_MAIN(tst_LabPage)
#include "tst_labpage.moc"
