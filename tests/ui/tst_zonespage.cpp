#include "core/dns/DnsName.h"
#include "core/dnssec/DnskeyRdata.h"
#include "core/dnssec/DsRecord.h"
#include "core/dnssec/ZoneValidator.h"
#include "core/findings/Finding.h"
#include "core/zone/CanonicalRdata.h"
#include "core/zone/ZoneLoader.h"
#include "ui/charts/SignatureValidityChart.h"
#include "ui/diagram/ChainClusterItem.h"
#include "ui/diagram/ChainNodeItem.h"
#include "ui/diagram/ChainScene.h"
#include "ui/diagram/ChainView.h"
#include "ui/findings/FindingsModel.h"
#include "ui/findings/FindingsView.h"
#include "ui/pages/ZonesPage.h"
#include "ui/zones/DsRecordsDialog.h"
#include "ui/zones/SignZoneDialog.h"
#include "ui/zones/ZoneChainPanel.h"
#include "ui/zones/ZoneKeysPanel.h"
#include "ui/zones/ZoneNameTreeModel.h"
#include "ui/zones/ZoneRecordModel.h"
#include "ui/zones/ZoneRecordSearch.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <future>
#include <limits>
#include <numeric>

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
    void largeZoneShowsAPreviewBeforeTheLoadEnds();
    void sortsByEveryColumn_data();
    void sortsByEveryColumn();
    void sortsDataByCanonicalRdata_data();
    void sortsDataByCanonicalRdata();
    void selectionSurvivesASort_data();
    void selectionSurvivesASort();
    void sortRunsOffTheGuiThread();
    void filterRunsOffTheGuiThread();
    void newestRequestWins_data();
    void newestRequestWins();
    void keysPanelShowsTheSampleCsk();
    void validityChartHasPoints();
    void chainTabDrawsTheSample();
    void chainNodeShowsItsRecordsAndFindings();
    void chainNodeDetailsNameTheFindings_data();
    void chainNodeDetailsNameTheFindings();
    void dsDialogMatchesCore_data();
    void dsDialogMatchesCore();
    void signWorkerWritesAValidZone_data();
    void signWorkerWritesAValidZone();
    void signWorkerNeverOverwrites();
    void signDialogSignsOffTheGuiThread();
    void findingSelectsItsRecord();
    void screenshot();
};

static const QString kSampleZone = QStringLiteral(":/sample/example.org.signed.zone");
// Inside the sample's signature window (2026-11-20 to 2027-05-15).
static const QDateTime kSampleNow(QDate(2026, 11, 29), QTime(8, 0), Qt::UTC);

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
    QAbstractItemModelTester filterTester(page.recordModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester treeTester(page.nameTreeModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(load(page, fixture(QStringLiteral("parse/basic.zone"))));
    QVERIFY(!page.isLoading());
    QCOMPARE(page.recordModel()->rowCount(), 11);
    QCOMPARE(page.recordModel()->rowCount(), 11);
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
    ZoneRecordModel* filter = page.recordModel();
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
    QCOMPARE(page.recordModel()->index(0, ZoneRecordModel::TtlColumn).data().toUInt(), 172800u);
    page.recordTable()->sortByColumn(ZoneRecordModel::TtlColumn, Qt::AscendingOrder);
    QCOMPARE(page.recordModel()->index(0, ZoneRecordModel::TtlColumn).data().toUInt(), 600u);
    page.recordTable()->sortByColumn(ZoneRecordModel::TypeColumn, Qt::AscendingOrder);
    QCOMPARE(page.recordModel()->index(0, ZoneRecordModel::TypeColumn).data().toString(), QStringLiteral("A"));
    QCOMPARE(page.recordModel()->index(10, ZoneRecordModel::TypeColumn).data().toString(), QStringLiteral("TXT"));
    page.recordTable()->sortByColumn(ZoneRecordModel::DataColumn, Qt::AscendingOrder);
    // By type first, then RDATA octets: 192.0.2.1 < 192.0.2.2 < 198.51.100.7 among the A records.
    QCOMPARE(page.recordModel()->index(0, ZoneRecordModel::DataColumn).data().toString(), QStringLiteral("192.0.2.1"));
    QCOMPARE(page.recordModel()->index(2, ZoneRecordModel::DataColumn).data().toString(),
             QStringLiteral("198.51.100.7"));
    page.recordTable()->sortByColumn(ZoneRecordModel::NameColumn, Qt::DescendingOrder);
    QCOMPARE(page.recordModel()->index(0, ZoneRecordModel::NameColumn).data().toString(),
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

// A zone of about 200,000 records: A and TXT records under many names, addresses in no particular order.
static QString writeLargeZone(const QTemporaryDir& dir, int names) {
    const QString path = dir.filePath(QStringLiteral("large.zone"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    QByteArray text("$ORIGIN large.example.\n$TTL 300\n@ SOA ns hostmaster 1 7200 3600 1209600 300\n@ NS ns\n"
                    "ns A 192.0.2.53\n");
    for (int i = 0; i < names; ++i) {
        const QByteArray name = "h" + QByteArray::number(i);
        const int scrambled = int((quint32(i) * 2654435761u) % 16777216u);
        text += name + " A 10." + QByteArray::number(scrambled >> 16) + '.' +
                QByteArray::number((scrambled >> 8) & 255) + '.' + QByteArray::number(scrambled & 255) + '\n';
        text += name + " TXT \"v=" + QByteArray::number(scrambled % 9973) + "\"\n";
        if (text.size() > 1 << 20) {
            file.write(text);
            text.clear();
        }
    }
    file.write(text);
    return path;
}

void TestZonesPage::largeZoneShowsAPreviewBeforeTheLoadEnds() {
    QTemporaryDir dir;
    const QString path = writeLargeZone(dir, 100000); // 200,003 records
    QVERIFY(!path.isEmpty());
    ZonesPage page;
    QSignalSpy preview(&page, &ZonesPage::previewShown);
    QSignalSpy finished(&page, &ZonesPage::loadFinished);
    // What the table holds at the moment the preview appears.
    bool loadingAtPreview = false;
    bool previewState = false;
    int previewRows = 0;
    QString firstName;
    connect(&page, &ZonesPage::previewShown, &page, [&] {
        loadingAtPreview = page.isLoading();
        previewState = page.isShowingPreview();
        previewRows = page.recordModel()->rowCount();
        firstName = page.recordModel()->index(0, ZoneRecordModel::NameColumn).data().toString();
    });
    std::promise<void> firstGate;
    page.setLoadGate(firstGate.get_future().share()); // the full load waits until the preview was seen
    QVERIFY(page.openFile(path));
    QTRY_COMPARE_WITH_TIMEOUT(preview.size(), 1, 30000);
    firstGate.set_value();
    QVERIFY(loadingAtPreview);
    QVERIFY(previewState);
    QVERIFY(previewRows > 0);
    QVERIFY(previewRows < 200003);
    QCOMPARE(preview.first().first().toInt(), previewRows);
    QCOMPARE(firstName, QStringLiteral("large.example.")); // the apex comes first, as in the full zone
    QVERIFY(page.findChild<QLabel*>(QStringLiteral("zoneBanner"))->text().contains(QStringLiteral("preview")));

    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
    QCOMPARE(finished.first().first().toBool(), true);
    QVERIFY(!page.isShowingPreview());
    QCOMPARE(page.recordModel()->rowCount(), 200003);
    QVERIFY(page.findChild<QLabel*>(QStringLiteral("zoneBanner"))->isHidden());

    // A cancelled load after a preview puts the previous zone back.
    QSignalSpy second(&page, &ZonesPage::previewShown);
    QSignalSpy secondFinished(&page, &ZonesPage::loadFinished);
    std::promise<void> secondGate;
    page.setLoadGate(secondGate.get_future().share());
    QVERIFY(page.openFile(path));
    QTRY_COMPARE_WITH_TIMEOUT(second.size(), 1, 30000);
    page.cancelLoad();
    secondGate.set_value();
    QTRY_COMPARE_WITH_TIMEOUT(secondFinished.size(), 1, 60000);
    QCOMPARE(secondFinished.first().first().toBool(), false);
    QVERIFY(!page.isShowingPreview());
    QCOMPARE(page.recordModel()->rowCount(), 200003);
}

// The order a column's sort must give, computed independently of the model: a stable sort of the canonical
// order by the column's value (so ties stay canonical in both directions).
static std::vector<qsizetype> expectedOrder(const danewerk::core::Zone& zone, int column, Qt::SortOrder order) {
    using danewerk::core::ZoneRecord;
    const auto compare = [&](qsizetype left, qsizetype right) -> int {
        const ZoneRecord& a = zone.record(left);
        const ZoneRecord& b = zone.record(right);
        switch (column) {
        case ZoneRecordModel::NameColumn:
            return danewerk::core::dnsNameCanonicalCompare(zone.ownerOf(a), zone.ownerOf(b));
        case ZoneRecordModel::TtlColumn:
            return a.ttl < b.ttl ? -1 : a.ttl > b.ttl ? 1 : 0;
        case ZoneRecordModel::ClassColumn:
            return a.rclass < b.rclass ? -1 : a.rclass > b.rclass ? 1 : 0;
        case ZoneRecordModel::TypeColumn:
            return danewerk::core::rrTypeName(a.type).compare(danewerk::core::rrTypeName(b.type));
        default:
            if (a.type != b.type)
                return a.type < b.type ? -1 : 1;
            return danewerk::core::canonicalRdataCompare(a.type, zone.rdata(a), zone.rdata(b));
        }
    };
    std::vector<qsizetype> rows(size_t(zone.recordCount()));
    std::iota(rows.begin(), rows.end(), qsizetype(0));
    std::stable_sort(rows.begin(), rows.end(), [&](qsizetype a, qsizetype b) {
        const int c = compare(a, b);
        return order == Qt::AscendingOrder ? c < 0 : c > 0;
    });
    return rows;
}

static bool rowsAre(const ZoneRecordModel& model, const std::vector<qsizetype>& expected, QString* firstDifference) {
    if (model.rowCount() != int(expected.size())) {
        *firstDifference = QStringLiteral("%1 rows, expected %2").arg(model.rowCount()).arg(expected.size());
        return false;
    }
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.recordAt(row) != expected[size_t(row)]) {
            *firstDifference = QStringLiteral("row %1: record %2, expected %3")
                                   .arg(row)
                                   .arg(model.recordAt(row))
                                   .arg(expected[size_t(row)]);
            return false;
        }
    }
    return true;
}

void TestZonesPage::sortsByEveryColumn_data() {
    QTest::addColumn<int>("column");
    QTest::addColumn<Qt::SortOrder>("order");
    QTest::addColumn<bool>("background");
    const char* names[] = {"name", "ttl", "class", "type", "data"};
    for (int column = 0; column < ZoneRecordModel::ColumnCount; ++column)
        for (const bool background : {false, true})
            for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder})
                QTest::addRow("%s %s %s", names[column], order == Qt::AscendingOrder ? "ascending" : "descending",
                              background ? "background" : "direct")
                    << column << order << background;
}

// The signed sample has ties in every column (one TTL for most records, one class, RRSIGs of equal type).
void TestZonesPage::sortsByEveryColumn() {
    QFETCH(int, column);
    QFETCH(Qt::SortOrder, order);
    QFETCH(bool, background);
    ZonesPage page;
    ZoneRecordModel* model = page.recordModel();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    page.setClock(std::make_shared<danewerk::core::FixedClock>(kSampleNow));
    QVERIFY(load(page, kSampleZone));
    model->setBackgroundThreshold(background ? 0 : std::numeric_limits<qsizetype>::max());
    QSignalSpy busy(model, &ZoneRecordModel::busyChanged);
    page.recordTable()->sortByColumn(column, order);
    QCOMPARE(model->isBusy(), background);
    QTRY_VERIFY(!model->isBusy());
    QCOMPARE(busy.size(), background ? 2 : 0);
    QCOMPARE(model->sortColumn(), column);
    QCOMPARE(model->sortOrder(), order);
    const std::vector<qsizetype> expected = expectedOrder(*model->zone(), column, order);
    QString difference;
    QVERIFY2(rowsAre(*model, expected, &difference), qPrintable(difference));

    // With a filter on top: the same order, fewer rows.
    model->setTypeFilter(quint16(46)); // RRSIG
    QTRY_VERIFY(!model->isBusy());
    std::vector<qsizetype> signatures;
    std::copy_if(expected.cbegin(), expected.cend(), std::back_inserter(signatures),
                 [&](qsizetype record) { return model->zone()->record(record).type == 46; });
    QCOMPARE(signatures.size(), size_t(31));
    QVERIFY2(rowsAre(*model, signatures, &difference), qPrintable(difference));
}

void TestZonesPage::sortsDataByCanonicalRdata_data() {
    QTest::addColumn<bool>("background");
    QTest::newRow("direct") << false;
    QTest::newRow("background") << true;
}

// Names inside RDATA compare lower-cased (RFC 4034 6.2): "Alfa" < "beta" < "Zeta", not by their raw octets.
void TestZonesPage::sortsDataByCanonicalRdata() {
    QFETCH(bool, background);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("case.zone"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("$ORIGIN example.\n$TTL 60\n@ SOA ns hm 1 2 3 4 5\n@ NS ns\nns A 192.0.2.1\n"
               "a CNAME Zeta.example.\nb CNAME beta.example.\nc CNAME Alfa.example.\n");
    file.close();
    ZonesPage page;
    QVERIFY(load(page, path));
    ZoneRecordModel* model = page.recordModel();
    model->setBackgroundThreshold(background ? 0 : std::numeric_limits<qsizetype>::max());
    model->setTypeFilter(quint16(5));
    page.recordTable()->sortByColumn(ZoneRecordModel::DataColumn, Qt::AscendingOrder);
    QTRY_VERIFY(!model->isBusy());
    QStringList data;
    for (int row = 0; row < model->rowCount(); ++row)
        data << model->index(row, ZoneRecordModel::DataColumn).data().toString();
    QCOMPARE(data, (QStringList{QStringLiteral("Alfa.example."), QStringLiteral("beta.example."),
                                QStringLiteral("Zeta.example.")}));
}

void TestZonesPage::selectionSurvivesASort_data() {
    QTest::addColumn<bool>("background");
    QTest::newRow("direct") << false;
    QTest::newRow("background") << true;
}

void TestZonesPage::selectionSurvivesASort() {
    QFETCH(bool, background);
    ZonesPage page;
    ZoneRecordModel* model = page.recordModel();
    page.setClock(std::make_shared<danewerk::core::FixedClock>(kSampleNow));
    QVERIFY(load(page, kSampleZone));
    model->setBackgroundThreshold(background ? 0 : std::numeric_limits<qsizetype>::max());
    QTableView* table = page.recordTable();
    // Two selected rows, the current one among them: the sample's DNSKEY and its SOA.
    const auto& zone = *model->zone();
    const qsizetype dnskey = firstRecordOf(zone, zone.origin(), quint16(48));
    const qsizetype soa = firstRecordOf(zone, zone.origin(), quint16(6));
    QVERIFY(dnskey >= 0 && soa >= 0);
    table->setCurrentIndex(model->index(model->rowOfRecord(dnskey), ZoneRecordModel::TypeColumn));
    table->selectionModel()->select(model->index(model->rowOfRecord(soa), 0),
                                    QItemSelectionModel::Select | QItemSelectionModel::Rows);
    const auto selectedRecords = [&] {
        QList<qsizetype> records;
        for (const QModelIndex& index : table->selectionModel()->selectedRows())
            records << model->recordAt(index.row());
        std::sort(records.begin(), records.end());
        return records;
    };
    const QList<qsizetype> before = selectedRecords();
    QCOMPARE(before.size(), 2);
    for (const int column : {int(ZoneRecordModel::DataColumn), int(ZoneRecordModel::TtlColumn)}) {
        table->sortByColumn(column, Qt::DescendingOrder);
        QTRY_VERIFY(!model->isBusy());
        QString difference;
        QVERIFY2(rowsAre(*model, expectedOrder(zone, column, Qt::DescendingOrder), &difference),
                 qPrintable(difference));
        QCOMPARE(selectedRecords(), before);
        QCOMPARE(model->recordAt(table->currentIndex().row()), dnskey);
        QCOMPARE(table->currentIndex().column(), int(ZoneRecordModel::TypeColumn));
    }
    // A filter that hides the SOA keeps the DNSKEY selected.
    model->setTypeFilter(quint16(48));
    QTRY_VERIFY(!model->isBusy());
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(selectedRecords(), QList<qsizetype>{dnskey});
    QCOMPARE(model->recordAt(table->currentIndex().row()), dnskey);
}

// A zone of about 200,000 records is arranged in the background (the default threshold is 20,000).
void TestZonesPage::sortRunsOffTheGuiThread() {
    QTemporaryDir dir;
    const QString path = writeLargeZone(dir, 100000);
    ZonesPage page;
    QVERIFY(load(page, path));
    ZoneRecordModel* model = page.recordModel();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy busy(model, &ZoneRecordModel::busyChanged);
    QSignalSpy layouts(model, &QAbstractItemModel::layoutChanged);
    // The event loop keeps running while the records are sorted: this timer ticks meanwhile.
    int ticksWhileBusy = 0;
    QTimer ticker;
    ticker.setInterval(1);
    connect(&ticker, &QTimer::timeout, &page, [&] {
        if (model->isBusy())
            ++ticksWhileBusy;
    });
    ticker.start();
    page.recordTable()->sortByColumn(ZoneRecordModel::DataColumn, Qt::AscendingOrder);
    // The header click returned without sorting: the job runs, the rows are still in canonical order.
    QVERIFY(model->isBusy());
    QCOMPARE(model->recordAt(0), 0);
    QCOMPARE(model->recordAt(1000), 1000);
    auto* banner = page.findChild<QLabel*>(QStringLiteral("zoneBanner"));
    QVERIFY(!banner->isHidden());
    QCOMPARE(banner->text(), QStringLiteral("Sorting %1 records by Data…").arg(page.locale().toString(200003)));
    QVERIFY(!page.findChild<QProgressBar*>(QStringLiteral("arrangingIndicator"))->isHidden());
    QTRY_VERIFY_WITH_TIMEOUT(!model->isBusy(), 60000);
    ticker.stop();
    QVERIFY(ticksWhileBusy > 0);
    QCOMPARE(busy.size(), 2);
    QCOMPARE(busy.at(0).first().toBool(), true);
    QCOMPARE(busy.at(1).first().toBool(), false);
    QCOMPARE(layouts.size(), 1);
    QVERIFY(banner->isHidden());
    QVERIFY(page.findChild<QProgressBar*>(QStringLiteral("arrangingIndicator"))->isHidden());
    QString difference;
    QVERIFY2(
        rowsAre(*model, expectedOrder(*model->zone(), ZoneRecordModel::DataColumn, Qt::AscendingOrder), &difference),
        qPrintable(difference));
    QCOMPARE(model->index(0, ZoneRecordModel::DataColumn).data().toString(), QStringLiteral("10.0.0.0"));

    // The other direction reuses the sort index: a job still, but a short one, and the same records reversed
    // run by run.
    page.recordTable()->sortByColumn(ZoneRecordModel::DataColumn, Qt::DescendingOrder);
    QTRY_VERIFY_WITH_TIMEOUT(!model->isBusy(), 60000);
    QCOMPARE(model->index(model->rowCount() - 1, ZoneRecordModel::DataColumn).data().toString(),
             QStringLiteral("10.0.0.0"));
    QCOMPARE(model->index(0, ZoneRecordModel::TypeColumn).data().toString(), QStringLiteral("TXT"));
}

void TestZonesPage::filterRunsOffTheGuiThread() {
    QTemporaryDir dir;
    const QString path = writeLargeZone(dir, 100000);
    ZonesPage page;
    QVERIFY(load(page, path));
    ZoneRecordModel* model = page.recordModel();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    auto* nameFilter = page.findChild<QLineEdit*>(QStringLiteral("nameFilter"));
    nameFilter->setText(QStringLiteral("H9999")); // h9999, h99990 ... h99999
    QVERIFY(model->isBusy());
    QCOMPARE(model->rowCount(), 200003); // until the filtered rows are there
    QCOMPARE(page.findChild<QLabel*>(QStringLiteral("zoneBanner"))->text(),
             QStringLiteral("Filtering %1 records…").arg(page.locale().toString(200003)));
    QTRY_VERIFY_WITH_TIMEOUT(!model->isBusy(), 60000);
    QCOMPARE(model->rowCount(), 22); // 11 names, A and TXT each
    QCOMPARE(model->index(0, ZoneRecordModel::NameColumn).data().toString(), QStringLiteral("h9999.large.example."));

    // A record elsewhere: the filters go, and it is selected once the rows are there.
    const danewerk::core::Zone& zone = *model->zone();
    const qsizetype record = firstRecordOf(zone, *danewerk::core::dnsNameFromText(u"h123.large.example."), 16);
    QVERIFY(record > 0);
    page.showRecord(record);
    QVERIFY(nameFilter->text().isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(!model->isBusy(), 60000);
    QCOMPARE(model->rowCount(), 200003);
    QCOMPARE(model->recordAt(page.recordTable()->currentIndex().row()), record);
}

// Requests supersede each other: only the newest one's rows are ever applied.
void TestZonesPage::newestRequestWins_data() {
    QTest::addColumn<QString>("then");
    QTest::newRow("sort superseded by a filter") << QStringLiteral("filter");
    QTest::newRow("sort superseded by another sort") << QStringLiteral("sort");
    QTest::newRow("filter superseded by a sort") << QStringLiteral("filter first");
}

void TestZonesPage::newestRequestWins() {
    QFETCH(QString, then);
    QTemporaryDir dir;
    const QString path = writeLargeZone(dir, 100000);
    ZonesPage page;
    QVERIFY(load(page, path));
    ZoneRecordModel* model = page.recordModel();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy layouts(model, &QAbstractItemModel::layoutChanged);
    QSignalSpy busy(model, &ZoneRecordModel::busyChanged);
    ZoneRecordQuery wanted;
    if (then == QLatin1String("filter first")) {
        model->setTypeFilter(quint16(16));
        page.recordTable()->sortByColumn(ZoneRecordModel::DataColumn, Qt::DescendingOrder);
        wanted.type = quint16(16);
        wanted.column = ZoneRecordModel::DataColumn;
        wanted.descending = true;
    } else {
        page.recordTable()->sortByColumn(ZoneRecordModel::DataColumn, Qt::AscendingOrder);
        wanted.column = ZoneRecordModel::DataColumn;
        if (then == QLatin1String("filter")) {
            model->setTypeFilter(quint16(16));
            model->setNameFilter(QStringLiteral("h7"));
            wanted.type = quint16(16);
            wanted.nameFilter = QStringLiteral("h7");
        } else {
            page.recordTable()->sortByColumn(ZoneRecordModel::TtlColumn, Qt::DescendingOrder);
            wanted.column = ZoneRecordModel::TtlColumn;
            wanted.descending = true;
        }
    }
    QCOMPARE(model->query(), wanted);
    QTRY_VERIFY_WITH_TIMEOUT(!model->isBusy(), 60000);
    QCOMPARE(layouts.size(), 1); // nothing of the superseded request was ever shown
    QCOMPARE(busy.size(), 2);
    QCOMPARE(model->shownQuery(), wanted);
    std::vector<qsizetype> expected =
        expectedOrder(*model->zone(), wanted.column, wanted.descending ? Qt::DescendingOrder : Qt::AscendingOrder);
    const danewerk::core::Zone& zone = *model->zone();
    std::erase_if(expected, [&](qsizetype record) {
        const danewerk::core::ZoneRecord& r = zone.record(record);
        return (wanted.type && r.type != *wanted.type) ||
               !danewerk::core::dnsNameToText(zone.ownerOf(r)).contains(wanted.nameFilter);
    });
    QString difference;
    QVERIFY2(rowsAre(*model, expected, &difference), qPrintable(difference));
}

void TestZonesPage::keysPanelShowsTheSampleCsk() {
    ZonesPage page;
    page.setClock(std::make_shared<danewerk::core::FixedClock>(kSampleNow));
    QVERIFY(load(page, kSampleZone));
    QTableWidget* table = page.keysPanel()->table();
    QCOMPARE(table->rowCount(), 1);
    QCOMPARE(table->item(0, ZoneKeysPanel::TagColumn)->text(), QStringLiteral("23137"));
    QCOMPARE(table->item(0, ZoneKeysPanel::AlgorithmColumn)->text(), QStringLiteral("ECDSAP256SHA256 (13)"));
    QCOMPARE(table->item(0, ZoneKeysPanel::RoleColumn)->text(), QStringLiteral("CSK"));
    QCOMPARE(table->item(0, ZoneKeysPanel::FlagsColumn)->text(), QStringLiteral("257"));
    const QString ds = table->item(0, ZoneKeysPanel::DsColumn)->text();
    QVERIFY2(ds.startsWith(QStringLiteral("example.org. 3600 IN DS 23137 13 2 ")), qPrintable(ds));
    QCOMPARE(ds.size(), QStringLiteral("example.org. 3600 IN DS 23137 13 2 ").size() + 64);
    QCOMPARE(page.keysPanel()->dsTextToCopy(), ds);

    // An unsigned zone has no keys.
    QVERIFY(load(page, fixture(QStringLiteral("parse/basic.zone"))));
    QCOMPARE(page.keysPanel()->table()->rowCount(), 0);
    QVERIFY(page.keysPanel()->dsTextToCopy().isEmpty());
}

void TestZonesPage::chainTabDrawsTheSample() {
    ZonesPage page;
    page.setClock(std::make_shared<danewerk::core::FixedClock>(kSampleNow));
    QVERIFY(load(page, kSampleZone));
    ZoneChainPanel* chain = page.chainPanel();
    QCOMPARE(page.detailTabs()->indexOf(chain), 3);
    QTRY_VERIFY(!chain->isBuilding() && !chain->scene()->nodeItems().isEmpty());
    // zone, DS, the CSK, the DNSKEY RRset and ten data groups; the CSK signs all eleven RRset nodes.
    QCOMPARE(chain->scene()->nodeItems().size(), 14);
    QCOMPARE(chain->scene()->edgeItems().size(), 12);
    QVERIFY(chain->scene()->nodeItem(QStringLiteral("dnskey:example.org./23137")));
    QVERIFY(chain->scene()->nodeItem(QStringLiteral("ds:example.org./23137")));
}

// Clicking a DNSKEY node of the sample's chain shows the key's record, role, DS and signatures; a double-click
// selects its record in the table.
void TestZonesPage::chainNodeShowsItsRecordsAndFindings() {
    ZonesPage page;
    page.resize(1200, 800);
    page.setClock(std::make_shared<danewerk::core::FixedClock>(kSampleNow));
    QVERIFY(load(page, kSampleZone));
    ZoneChainPanel* chain = page.chainPanel();
    QTRY_VERIFY(!chain->isBuilding() && !chain->scene()->nodeItems().isEmpty());
    page.detailTabs()->setCurrentWidget(chain);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QTest::qWait(20); // the tab fits its diagram once shown
    const ChainNodeItem* key = chain->scene()->nodeItem(QStringLiteral("dnskey:example.org./23137"));
    QVERIFY(key);
    const QPoint at = chain->view()->mapFromScene(key->sceneBox().center());
    QVERIFY(chain->view()->viewport()->rect().contains(at));
    QSignalSpy described(chain, &ZoneChainPanel::nodeDescribed);
    QTest::mouseClick(chain->view()->viewport(), Qt::LeftButton, {}, at);
    QTRY_COMPARE(described.size(), 1);
    QCOMPARE(described.first().first().toString(), QStringLiteral("dnskey:example.org./23137"));
    const QString text = chain->detailsText();
    if (qEnvironmentVariableIsSet("ZONES_SHOW_DETAILS"))
        qInfo().noquote() << text;
    const QStringList lines = text.split(QLatin1Char('\n'));
    QCOMPARE(lines.value(0), QStringLiteral("DNSKEY  DNSKEY 23137 alg 13 SEP"));
    QCOMPARE(lines.value(1), QStringLiteral("status: secure"));
    QVERIFY2(lines.contains(QStringLiteral("  \u2190 ds:example.org./23137 (ds-dnskey, secure)")), qPrintable(text));
    QVERIFY2(lines.contains(QStringLiteral("  \u2192 rrset:example.org./DNSKEY (rrsig, secure)")), qPrintable(text));
    QVERIFY2(lines.contains(QStringLiteral("Key 23137: algorithm ECDSAP256SHA256 (13), role CSK, flags 257")),
             qPrintable(text));
    const auto& zone = *page.recordModel()->zone();
    const qsizetype dnskey = firstRecordOf(zone, zone.origin(), quint16(48));
    QVERIFY(lines.contains(QStringLiteral("  ") + zone.recordText(dnskey)));
    QVERIFY(lines.contains(QStringLiteral("DS for the parent zone:")));
    const QString ds = page.keysPanel()->table()->item(0, ZoneKeysPanel::DsColumn)->text(); // SHA-256
    QVERIFY2(lines.contains(QStringLiteral("  ") + ds), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral(" 3600 IN DS 23137 13 4 "))); // and SHA-384
    // All 31 signatures of the sample are the CSK's, current from 2026-11-20 to 2027-05-15.
    QVERIFY2(
        lines.contains(QStringLiteral("Signatures made with this key: 31 (31 current, 0 expired, 0 not yet valid)")),
        qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("example.org. RRSIG SOA (key 23137)  2026-11-20T00:00:00Z \u2013 "
                                          "2027-05-15T00:00:00Z  current")),
             qPrintable(text));
    QVERIFY(lines.contains(QStringLiteral("  \u2026 and 19 more")));
    QVERIFY(lines.contains(QStringLiteral("No findings concern this node.")));
    // The records come before the edges.
    QVERIFY(lines.indexOf(QStringLiteral("DS for the parent zone:")) < lines.indexOf(QStringLiteral("from:")));
    QCOMPARE(lines.last(), QStringLiteral("  \u2192 rrset:example.org./TXT (rrsig, secure)"));

    // A double-click shows the key's record in the table, wherever the table was.
    page.recordModel()->setTypeFilter(quint16(1));
    QSignalSpy requested(chain, &ZoneChainPanel::recordRequested);
    QTest::mouseDClick(chain->view()->viewport(), Qt::LeftButton, {}, at);
    QCOMPARE(requested.size(), 1);
    QCOMPARE(requested.first().first().value<qsizetype>(), dnskey);
    QVERIFY(!page.recordModel()->typeFilter());
    QCOMPARE(page.recordModel()->recordAt(page.recordTable()->currentIndex().row()), dnskey);
}

void TestZonesPage::chainNodeDetailsNameTheFindings_data() {
    QTest::addColumn<QString>("node");
    QTest::addColumn<QString>("expected");
    // The tampered fixture: one invalid RRSIG over www.example. A, made by the CSK 23980.
    QTest::newRow("the key that made the signature")
        << QStringLiteral("dnskey:example./23980") << QStringLiteral("Findings (1):");
    QTest::newRow("the signed group") << QStringLiteral("rrset:example./A+AAAA") << QStringLiteral("Findings (1):");
    QTest::newRow("another group") << QStringLiteral("rrset:example./MX")
                                   << QStringLiteral("No findings concern this node.");
    QTest::newRow("the zone") << QStringLiteral("zone:example.") << QStringLiteral("Findings (1):");
}

void TestZonesPage::chainNodeDetailsNameTheFindings() {
    QFETCH(QString, node);
    QFETCH(QString, expected);
    ZonesPage page;
    page.setClock(std::make_shared<danewerk::core::FixedClock>(QDateTime(QDate(2026, 11, 10), QTime(0, 0), Qt::UTC)));
    QVERIFY(load(page, fixture(QStringLiteral("dnssec/RRSIG_INVALID.tampered.zone"))));
    ZoneChainPanel* chain = page.chainPanel();
    QTRY_VERIFY(!chain->isBuilding() && !chain->scene()->nodeItems().isEmpty());
    QSignalSpy described(chain, &ZoneChainPanel::nodeDescribed);
    if (node.startsWith(QLatin1String("zone:"))) { // the zone is its cluster
        const QList<QGraphicsItem*> items = chain->scene()->items();
        const auto cluster = std::find_if(items.cbegin(), items.cend(), [](const QGraphicsItem* item) {
            return item->type() == ChainClusterItem::Type;
        });
        QVERIFY(cluster != items.cend());
        (*cluster)->setSelected(true);
    } else {
        chain->showNode(node);
    }
    QTRY_COMPARE(described.size(), 1);
    const QString text = chain->detailsText();
    QVERIFY2(text.split(QLatin1Char('\n')).contains(expected), qPrintable(text));
    QCOMPARE(text.contains(QStringLiteral("RRSIG_INVALID: RRSIG over A (key 23980, algorithm 13) is invalid")),
             expected != QLatin1String("No findings concern this node."));
}

void TestZonesPage::validityChartHasPoints() {
    ZonesPage page;
    page.setClock(std::make_shared<danewerk::core::FixedClock>(kSampleNow));
    QVERIFY(load(page, kSampleZone));
    SignatureValidityChart* chart = page.validityChart();
    QVERIFY(chart->pointCount() >= 3);
    const QList<QPointF> points = chart->validSeries()->points();
    // All 31 signatures of the sample are valid now and expire together on 2027-05-15.
    QCOMPARE(points.first().y(), 31.0);
    QCOMPARE(points.first().x(), qreal(kSampleNow.toMSecsSinceEpoch()));
    QCOMPARE(points.last().y(), 0.0);
    const qreal expiry = qreal(QDateTime(QDate(2027, 5, 15), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch());
    QVERIFY(
        std::any_of(points.cbegin(), points.cend(), [&](const QPointF& p) { return p.x() == expiry && p.y() == 0; }));
    QCOMPARE(chart->nowLine()->at(0).x(), qreal(kSampleNow.toMSecsSinceEpoch()));
    QCOMPARE(chart->warningLine()->at(0).x(), qreal(kSampleNow.addDays(7).toMSecsSinceEpoch()));

    // After the expiration nothing is valid any more: a flat line at zero.
    page.setClock(std::make_shared<danewerk::core::FixedClock>(QDateTime(QDate(2027, 6, 1), QTime(0, 0), Qt::UTC)));
    QVERIFY(load(page, kSampleZone));
    QCOMPARE(chart->validSeries()->points().first().y(), 0.0);
}

void TestZonesPage::dsDialogMatchesCore_data() {
    QTest::addColumn<int>("digestType");
    QTest::newRow("sha256") << 2;
    QTest::newRow("sha384") << 4;
}

void TestZonesPage::dsDialogMatchesCore() {
    QFETCH(int, digestType);
    auto zone = danewerk::core::ZoneLoader::loadFile(kSampleZone);
    QVERIFY(zone);
    auto shared = std::make_shared<const danewerk::core::Zone>(std::move(zone).value());
    // What the engine computes for the apex DNSKEY with the SEP flag.
    QStringList expected;
    for (const danewerk::core::ZoneRecord& record : shared->records()) {
        if (record.type != 48)
            continue;
        const auto key = danewerk::core::DnskeyRdata::parse(shared->rdata(record));
        QVERIFY(key);
        const auto ds = danewerk::core::DsRecord::fromDnskey(shared->origin(), *key, digestType);
        QVERIFY(ds);
        expected << QStringLiteral("example.org. 3600 IN DS ") + ds->rdataText();
    }
    QCOMPARE(expected.size(), 1);
    DsRecordsDialog dialog(shared);
    dialog.setDigestType(digestType);
    QCOMPARE(dialog.digestType(), digestType);
    QCOMPARE(dialog.text(), expected.join(QLatin1Char('\n')));
    QVERIFY(dialog.text().contains(QStringLiteral(" 23137 13 %1 ").arg(digestType)));
}

void TestZonesPage::signWorkerWritesAValidZone_data() {
    QTest::addColumn<int>("algorithm");
    QTest::addColumn<bool>("split");
    QTest::addColumn<bool>("nsec3");
    QTest::addColumn<QStringList>("roles");
    QTest::newRow("csk ecdsa nsec") << 13 << false << false << QStringList{QStringLiteral("CSK")};
    QTest::newRow("ksk+zsk ed25519 nsec3")
        << 15 << true << true << QStringList{QStringLiteral("KSK"), QStringLiteral("ZSK")};
}

void TestZonesPage::signWorkerWritesAValidZone() {
    QFETCH(int, algorithm);
    QFETCH(bool, split);
    QFETCH(bool, nsec3);
    QFETCH(QStringList, roles);
    auto zone = danewerk::core::ZoneLoader::loadFile(fixture(QStringLiteral("parse/basic.zone")));
    QVERIFY(zone);
    QTemporaryDir dir;
    SignZoneRequest request;
    request.outputPath = dir.filePath(QStringLiteral("example.zone.signed"));
    request.algorithm = algorithm;
    request.split = split;
    request.nsec3 = nsec3;
    request.validitySeconds = 30 * 86400;
    request.now = kSampleNow;
    const auto result = SignZoneDialog::signZone(*zone, request);
    QVERIFY2(result, qPrintable(result ? QString() : result.error().toString()));
    QCOMPARE(result->outputPath, request.outputPath);
    QCOMPARE(result->keyFiles.size(), roles.size());
    QVERIFY(result->signatures > 0);
    for (const QString& keyFile : result->keyFiles) {
        QCOMPARE(QFileInfo(keyFile).absolutePath(), QFileInfo(request.outputPath).absolutePath());
        QVERIFY(keyFile.endsWith(QStringLiteral(".key")));
        const QString privateFile = keyFile.chopped(4) + QStringLiteral(".private");
        QVERIFY(QFileInfo::exists(privateFile));
        const QFileDevice::Permissions others =
            QFile::ReadGroup | QFile::WriteGroup | QFile::ReadOther | QFile::WriteOther;
        QVERIFY(!(QFileInfo(privateFile).permissions() & others));
    }

    auto written = danewerk::core::ZoneLoader::loadFile(request.outputPath);
    QVERIFY(written);
    danewerk::core::ValidationOptions options;
    options.now = kSampleNow;
    const danewerk::core::ZoneReport report = danewerk::core::ZoneValidator::validateZone(*written, options);
    QVERIFY(report.isSigned);
    QCOMPARE(report.nsec, nsec3 ? QStringLiteral("nsec3") : QStringLiteral("nsec"));
    QVERIFY2(!danewerk::core::hasErrors(report.findings),
             qPrintable(report.findings.isEmpty() ? QString() : report.findings.first().code));
    QCOMPARE(report.signatures.valid, report.signatures.total);
    QStringList reportRoles;
    for (const danewerk::core::ZoneKeyInfo& key : report.keys)
        reportRoles << key.role;
    reportRoles.sort();
    QCOMPARE(reportRoles, roles);
}

void TestZonesPage::signWorkerNeverOverwrites() {
    auto zone = danewerk::core::ZoneLoader::loadFile(fixture(QStringLiteral("parse/basic.zone")));
    QVERIFY(zone);
    QTemporaryDir dir;
    SignZoneRequest request;
    request.outputPath = dir.filePath(QStringLiteral("taken.zone"));
    request.now = kSampleNow;
    QFile existing(request.outputPath);
    QVERIFY(existing.open(QIODevice::WriteOnly));
    existing.write("keep me\n");
    existing.close();
    const auto refused = SignZoneDialog::signZone(*zone, request);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, QStringLiteral("FILE_EXISTS"));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("taken.zone")});
    request.overwrite = true; // what the dialog sets once the user said "Replace"
    QVERIFY(SignZoneDialog::signZone(*zone, request));
    QFile replaced(request.outputPath);
    QVERIFY(replaced.open(QIODevice::ReadOnly));
    QVERIFY(replaced.readAll().contains("RRSIG"));
}

void TestZonesPage::signDialogSignsOffTheGuiThread() {
    auto zone = danewerk::core::ZoneLoader::loadFile(fixture(QStringLiteral("parse/basic.zone")));
    QVERIFY(zone);
    QTemporaryDir dir;
    const QString output = dir.filePath(QStringLiteral("basic.zone.signed"));
    SignZoneDialog dialog(std::make_shared<const danewerk::core::Zone>(std::move(zone).value()), output, kSampleNow);
    QCOMPARE(dialog.request().outputPath, output);
    QCOMPARE(dialog.request().algorithm, 13);
    QVERIFY(!dialog.request().split);
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    dialog.show();
    QPushButton* sign = nullptr;
    for (QPushButton* button : dialog.findChildren<QPushButton*>()) {
        if (button->text() == QStringLiteral("Sign"))
            sign = button;
    }
    QVERIFY(sign);
    sign->click();
    QVERIFY(accepted.wait(30000));
    QCOMPARE(dialog.result().outputPath, output);
    QCOMPARE(dialog.result().keyFiles.size(), 1);
    QVERIFY(QFileInfo::exists(output));
}

void TestZonesPage::findingSelectsItsRecord() {
    ZonesPage page;
    QVERIFY(load(page, fixture(QStringLiteral("DUPLICATE_RECORD.basic.zone"))));
    const danewerk::core::Findings findings = page.findingsView()->model()->findings();
    QVERIFY(!findings.isEmpty());
    const danewerk::core::Finding finding = findings.first();
    QVERIFY(!finding.owner.isEmpty());
    Q_EMIT page.findingsView()->findingActivated(finding);
    const QModelIndex current = page.recordTable()->currentIndex();
    QVERIFY(current.isValid());
    QCOMPARE(current.siblingAtColumn(ZoneRecordModel::NameColumn).data().toString().toLower(), finding.owner);
    if (!finding.type.isEmpty())
        QCOMPARE(current.siblingAtColumn(ZoneRecordModel::TypeColumn).data().toString(), finding.type);

    // A single click on the finding does the same, after the table was moved elsewhere.
    page.recordModel()->setSubtree(QString());
    page.recordTable()->setCurrentIndex(page.recordModel()->index(0, 0));
    QTableView* findingsTable = page.findingsView()->table();
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    const QRect cell = findingsTable->visualRect(findingsTable->model()->index(0, 2));
    QTest::mouseClick(findingsTable->viewport(), Qt::LeftButton, {}, cell.center());
    QCOMPARE(
        page.recordTable()->currentIndex().siblingAtColumn(ZoneRecordModel::NameColumn).data().toString().toLower(),
        finding.owner);
    QCOMPARE(page.recordModel()->subtree(), finding.owner);
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

    // The sample at the window size of the README screenshots, once per detail tab.
    page.resize(1360 - 170, 860 - 50);
    page.setClock(std::make_shared<danewerk::core::FixedClock>(kSampleNow));
    QVERIFY(load(page, kSampleZone));
    QTRY_VERIFY(!page.chainPanel()->isBuilding());
    for (int tab = 0; tab < page.detailTabs()->count(); ++tab) {
        page.detailTabs()->setCurrentIndex(tab);
        QTest::qWait(20);                                              // the Chain tab fits its diagram once shown
        if (page.detailTabs()->currentWidget() == page.chainPanel()) { // with the key's details
            QSignalSpy described(page.chainPanel(), &ZoneChainPanel::nodeDescribed);
            page.chainPanel()->showNode(QStringLiteral("dnskey:example.org./23137"));
            QTRY_COMPARE(described.size(), 1);
        }
        const QPixmap shot = page.grab();
        QVERIFY(!shot.isNull());
        if (!target.isEmpty())
            QVERIFY(shot.save(QString(target).replace(QStringLiteral(".png"), QStringLiteral("-tab%1.png").arg(tab))));
    }

    // The two dialogs of the top bar, as they open for the sample.
    SignZoneDialog sign(page.recordModel()->zone(), QStringLiteral("/srv/zones/example.org.zone.signed"), kSampleNow);
    DsRecordsDialog ds(page.recordModel()->zone());
    for (QDialog* dialog : {static_cast<QDialog*>(&sign), static_cast<QDialog*>(&ds)}) {
        dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        const QPixmap shot = dialog->grab();
        QVERIFY(!shot.isNull());
        if (!target.isEmpty())
            QVERIFY(shot.save(QString(target).replace(
                QStringLiteral(".png"), dialog == &sign ? QStringLiteral("-sign.png") : QStringLiteral("-ds.png"))));
    }
}

QTEST_MAIN(TestZonesPage)
#include "tst_zonespage.moc"
