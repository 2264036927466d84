#include "ui/MainWindow.h"

#include <QListWidget>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>

using danewerk::ui::MainWindow;

class TestMainWindow : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() {
        QCoreApplication::setOrganizationName(QStringLiteral("DanewerkTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
    }
    void hasFivePagesInOrder() {
        MainWindow window;
        QCOMPARE(MainWindow::pageIds(),
                 (QStringList{QStringLiteral("zones"), QStringLiteral("tlsa"), QStringLiteral("rollover"),
                              QStringLiteral("check"), QStringLiteral("lab")}));
        auto* sidebar = window.findChild<QListWidget*>(QStringLiteral("sidebar"));
        QVERIFY(sidebar);
        QCOMPARE(sidebar->count(), 5);
        for (const QString& id : MainWindow::pageIds())
            QVERIFY2(window.page(id), qPrintable(id));
    }
    void switchesPages() {
        MainWindow window;
        auto* stack = window.findChild<QStackedWidget*>();
        QVERIFY(stack);
        QVERIFY(window.showPage(QStringLiteral("lab")));
        QCOMPARE(window.currentPageId(), QStringLiteral("lab"));
        QCOMPARE(stack->currentWidget(), window.page(QStringLiteral("lab")));
        QVERIFY(!window.showPage(QStringLiteral("nonsense")));
        QCOMPARE(window.currentPageId(), QStringLiteral("lab"));
    }
    void screenshotHasTheRequestedSize() {
        MainWindow window;
        window.resize(1200, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QPixmap shot = window.grab();
        QCOMPARE(shot.size(), QSize(1200, 800));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
