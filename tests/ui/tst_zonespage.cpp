#include "core/findings/Finding.h"
#include "ui/findings/FindingsModel.h"
#include "ui/findings/FindingsView.h"
#include "ui/pages/ZonesPage.h"
#include "ui/zones/ZoneNameTreeModel.h"
#include "ui/zones/ZoneRecordFilter.h"
#include "ui/zones/ZoneRecordModel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QLabel>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace danewerk::ui;

class TestZonesPage : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void loadsInBackground();
    void filtersByNameTypeAndSubtree();
    void sortsByColumns();
    void nameTreeHasEmptyNonTerminals();
    void dnssecFindingsAtAPinnedTime();
    void parseErrorBecomesFinding();
    void cancelStopsALongLoad();
    void screenshot();
};

static QString fixture(const QString& name) {
    return QStringLiteral(DANEWERK_TEST_DATA "/zones/") + name;
}

static bool load(ZonesPage& page, const QString& path) {
    QSignalSpy finished(&page, &ZonesPage::loadFinished);
    if (!page.openFile(path))
        return false;
    if (!finished.wait(30000))
        return false;
    return finished.first().first().toBool();
}

void TestZonesPage::initTestCase() {
    QCoreApplication::setOrganizationName(QStringLiteral("danewerk-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_zonespage"));
    QSettings().clear();
}

void TestZonesPage::loadsInBackground() {
    ZonesPage page;
    QAbstractItemModelTester recordTester(page.recordModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester filterTester(page.recordFilter(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester treeTester(page.nameTreeModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(load(page, fixture(QStringLiteral("parse/basic.zone"))));
    QVERIFY(!page.isLoading());
    QCOMPARE(page.recordModel()->rowCount(), 11);
    QCOMPARE(page.recordFilter()->rowCount(), 11);
    const QModelIndex first = page.recordModel()->index(0, ZoneRecordModel::NameColumn);
    QCOMPARE(first.data().toString(), QStringLiteral("example."));
    QCOMPARE(page.recordModel()->index(0, ZoneRecordModel::TypeColumn).data().toString(), QStringLiteral("NS"));
    QCOMPARE(page.recordModel()->index(0, ZoneRecordModel::DataColumn).data().toString(),
             QStringLiteral("ns1.example."));
    QVERIFY(page.recentFiles().first().endsWith(QStringLiteral("parse/basic.zone")));
    // basic.zone has no structural problem the checks report... except none: findings reflect the zone.
    QCOMPARE(page.findingsView()->model()->findings().size(), 0);
}

void TestZonesPage::filtersByNameTypeAndSubtree() {
    ZonesPage page;
    QVERIFY(load(page, fixture(QStringLiteral("parse/basic.zone"))));
    ZoneRecordFilter* filter = page.recordFilter();
    filter->setNameFilter(QStringLiteral("NS2"));
    QCOMPARE(filter->rowCount(), 2); // ns2 A and AAAA
    filter->setNameFilter(QString());
    filter->setTypeFilter(quint16(1));
    QCOMPARE(filter->rowCount(), 3); // ns1, ns2, host.sub
    filter->setTypeFilter(std::nullopt);
    filter->setSubtree(QStringLiteral("sub.example."));
    QCOMPARE(filter->rowCount(), 1);
    QCOMPARE(filter->index(0, ZoneRecordModel::NameColumn).data().toString(), QStringLiteral("host.sub.example."));
    filter->setSubtree(QString());
    QCOMPARE(filter->rowCount(), 11);
}

void TestZonesPage::sortsByColumns() {
    ZonesPage page;
    QVERIFY(load(page, fixture(QStringLiteral("parse/basic.zone"))));
    page.recordTable()->sortByColumn(ZoneRecordModel::TtlColumn, Qt::DescendingOrder);
    QCOMPARE(page.recordFilter()->index(0, ZoneRecordModel::TtlColumn).data().toUInt(), 172800u);
    page.recordTable()->sortByColumn(ZoneRecordModel::TtlColumn, Qt::AscendingOrder);
    QCOMPARE(page.recordFilter()->index(0, ZoneRecordModel::TtlColumn).data().toUInt(), 600u);
    page.recordTable()->sortByColumn(ZoneRecordModel::TypeColumn, Qt::AscendingOrder);
    QCOMPARE(page.recordFilter()->index(0, ZoneRecordModel::TypeColumn).data().toString(), QStringLiteral("A"));
    QCOMPARE(page.recordFilter()->index(10, ZoneRecordModel::TypeColumn).data().toString(), QStringLiteral("TXT"));
    page.recordTable()->sortByColumn(ZoneRecordModel::DataColumn, Qt::AscendingOrder);
    // By type first, then RDATA octets: 192.0.2.1 < 192.0.2.2 < 198.51.100.7 among the A records.
    QCOMPARE(page.recordFilter()->index(0, ZoneRecordModel::DataColumn).data().toString(), QStringLiteral("192.0.2.1"));
    QCOMPARE(page.recordFilter()->index(2, ZoneRecordModel::DataColumn).data().toString(),
             QStringLiteral("198.51.100.7"));
    page.recordTable()->sortByColumn(ZoneRecordModel::NameColumn, Qt::DescendingOrder);
    QCOMPARE(page.recordFilter()->index(0, ZoneRecordModel::NameColumn).data().toString(),
             QStringLiteral("www.example."));
}

void TestZonesPage::nameTreeHasEmptyNonTerminals() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("tree.zone"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("$ORIGIN example.\n$TTL 60\n@ SOA ns hm 1 2 3 4 5\n@ NS ns\nns A 192.0.2.1\n"
               "a.b.c A 192.0.2.2\nx.b.c A 192.0.2.3\nother.test. A 192.0.2.4\n");
    file.close();
    ZonesPage page;
    QAbstractItemModelTester treeTester(page.nameTreeModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(load(page, path));
    ZoneNameTreeModel* tree = page.nameTreeModel();
    QCOMPARE(tree->rowCount(), 2); // the apex and the out-of-zone name
    const QModelIndex apex = tree->index(0, 0);
    QCOMPARE(apex.data().toString(), QStringLiteral("example."));
    QCOMPARE(tree->rowCount(apex), 2); // c (empty) and ns
    const QModelIndex c = tree->index(0, 0, apex);
    QCOMPARE(c.data().toString(), QStringLiteral("c"));
    QCOMPARE(tree->index(0, ZoneNameTreeModel::RecordsColumn, apex).data().toUInt(), 0u);
    const QModelIndex b = tree->index(0, 0, c);
    QCOMPARE(b.data(ZoneNameTreeModel::FullNameRole).toString(), QStringLiteral("b.c.example."));
    QCOMPARE(tree->rowCount(b), 2);
    QCOMPARE(tree->index(1, 0, b).data().toString(), QStringLiteral("x"));
    QCOMPARE(tree->parent(tree->index(1, 0, b)), b);
    QCOMPARE(tree->index(1, 0).data().toString(), QStringLiteral("other.test."));
}

void TestZonesPage::dnssecFindingsAtAPinnedTime() {
    ZonesPage page;
    // The moment the DNSSEC fixtures are generated for (tests/data/zones/dnssec/make-fixtures.py).
    page.setClock(std::make_shared<danewerk::core::FixedClock>(QDateTime(QDate(2026, 11, 10), QTime(0, 0), Qt::UTC)));
    QVERIFY(load(page, fixture(QStringLiteral("dnssec/RRSIG_INVALID.tampered.zone"))));
    QStringList codes;
    for (const danewerk::core::Finding& f : page.findingsView()->model()->findings())
        codes.append(f.code);
    QCOMPARE(codes, QStringList{QStringLiteral("RRSIG_INVALID")});
    QVERIFY(page.findChild<QLabel*>(QStringLiteral("zoneSummary"))->text().contains(QStringLiteral("signed with")));

    QVERIFY(load(page, fixture(QStringLiteral("dnssec/clean.nsec3.zone"))));
    QVERIFY(page.findingsView()->model()->findings().isEmpty());
    QVERIFY(page.findChild<QLabel*>(QStringLiteral("zoneSummary"))->text().contains(QStringLiteral("NSEC3")));
}

void TestZonesPage::parseErrorBecomesFinding() {
    ZonesPage page;
    QSignalSpy finished(&page, &ZonesPage::loadFinished);
    QVERIFY(page.openFile(fixture(QStringLiteral("parse/errors/bad-ipv4.zone"))));
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.first().first().toBool(), false);
    const danewerk::core::Findings findings = page.findingsView()->model()->findings();
    QCOMPARE(findings.size(), 1);
    QCOMPARE(findings.first().code, QStringLiteral("PARSE_ERROR"));
    QCOMPARE(findings.first().line, 3);
    QCOMPARE(findings.first().column, 7);
}

void TestZonesPage::cancelStopsALongLoad() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("big.zone"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("$ORIGIN example.\n$TTL 60\n@ SOA ns hm 1 2 3 4 5\n");
    for (int i = 0; i < 400000; ++i)
        file.write("host" + QByteArray::number(i) + " A 192.0.2.1\n");
    file.close();
    ZonesPage page;
    QSignalSpy finished(&page, &ZonesPage::loadFinished);
    QVERIFY(page.openFile(path));
    QVERIFY(page.isLoading());
    page.cancelLoad();
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.first().first().toBool(), false);
    QVERIFY2(finished.first().at(1).toString().contains(QStringLiteral("cancelled")),
             qPrintable(finished.first().at(1).toString()));
    QCOMPARE(page.recordModel()->rowCount(), 0);

    // Opening another file while one loads replaces the load without waiting for it.
    QSignalSpy second(&page, &ZonesPage::loadFinished);
    QVERIFY(page.openFile(path));
    QVERIFY(page.openFile(fixture(QStringLiteral("parse/basic.zone"))));
    QVERIFY(second.wait(30000));
    QTRY_COMPARE(page.recordModel()->rowCount(), 11);
    QCOMPARE(page.currentFile(), fixture(QStringLiteral("parse/basic.zone")));
    QCOMPARE(second.size(), 1); // the replaced load reports nothing
}

void TestZonesPage::screenshot() {
    ZonesPage page;
    page.resize(1200, 760);
    QVERIFY(load(page, fixture(QStringLiteral("DUPLICATE_RECORD.basic.zone"))));
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    const QString target = qEnvironmentVariable("ZONES_SCREENSHOT");
    const QPixmap pixmap = page.grab();
    QVERIFY(!pixmap.isNull());
    if (!target.isEmpty())
        QVERIFY(pixmap.save(target));
}

QTEST_MAIN(TestZonesPage)
#include "tst_zonespage.moc"
