// The Lab page starts the lab as a job (progress in its log, the check options shown when it is up) and
// stops it again; the page's state follows the lab's.
#include "LabTestSupport.h"
#include "core/lab/WorkshopLab.h"
#include "ui/pages/LabPage.h"

#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>

using namespace danewerk;

class tst_LabPageStart : public QObject {
    Q_OBJECT

private:
    static QString shownOptions(ui::LabPage& page) {
        for (QLineEdit* edit : page.findChildren<QLineEdit*>())
            if (edit->isReadOnly() && edit->text().startsWith(QStringLiteral("--resolver")))
                return edit->text();
        return {};
    }

private slots:
    void cleanupTestCase() {
        // Whatever happened above, leave no server running.
        (void)core::WorkshopLab(QStringLiteral(DANEWERK_LAB_PAGE_DIR)).down();
    }

    void startsAndStopsTheLab() {
        ui::LabPage page;
        page.setDirectory(QStringLiteral(DANEWERK_LAB_PAGE_DIR));
        page.setBase(QStringLiteral(DANEWERK_LAB_PAGE_BASE));
        page.show();
        QVERIFY(shownOptions(page).isEmpty());
        QSignalSpy finished(&page, &ui::LabPage::finished);

        page.start();
        QVERIFY(page.busy());
        QVERIFY(finished.wait(90000));
        QVERIFY2(finished.last().first().toBool(), qPrintable(page.logText()));
        QVERIFY2(page.logText().contains(QStringLiteral("Started unbound (PID ")), qPrintable(page.logText()));
        QVERIFY2(page.logText().contains(QStringLiteral("The lab is up (")), qPrintable(page.logText()));
        const QString resolver =
            core::LabAddressPlan::create(QStringLiteral(DANEWERK_LAB_PAGE_BASE), false)->resolver();
        QVERIFY2(shownOptions(page).startsWith(QStringLiteral("--resolver ") + resolver),
                 qPrintable(shownOptions(page)));
        auto state = core::WorkshopLab(QStringLiteral(DANEWERK_LAB_PAGE_DIR)).status();
        QVERIFY(state && core::WorkshopLab::isRunning(state.value()));

        page.stop();
        QVERIFY(finished.wait(60000));
        QVERIFY2(page.logText().contains(QStringLiteral("The lab is down.")), qPrintable(page.logText()));
        QVERIFY(shownOptions(page).isEmpty());
        state = core::WorkshopLab(QStringLiteral(DANEWERK_LAB_PAGE_DIR)).status();
        QVERIFY(state && !core::WorkshopLab::isRunning(state.value()));
    }
};

QTEST_MAIN(tst_LabPageStart)
#include "tst_LabPageStart.moc"
