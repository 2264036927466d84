// How long the Zones page blocks the GUI thread: a heartbeat timer measures the gaps of the event loop while
// the page loads a zone, sorts it by every column in both directions, filters it by name (typed key by key),
// type and subtree, and shows the details of a Chain node. Prints, per step, the wall time until the table shows
// the result and the longest gap. A measuring tool, not a test: run it on a large zone from zonegen.
//
//   QT_QPA_PLATFORM=offscreen zones-page-stalls bench.zone [--now 2026-11-29T08:00:00Z] [--verbose]

#include "core/common/Clock.h"
#include "ui/diagram/ChainNodeItem.h"
#include "ui/diagram/ChainScene.h"
#include "ui/pages/ZonesPage.h"
#include "ui/zones/ZoneChainPanel.h"
#include "ui/zones/ZoneNameTreeModel.h"
#include "ui/zones/ZoneRecordModel.h"

#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QTreeView>

#include <cstdio>
#include <functional>

using namespace danewerk;

namespace {

// Ticks every few milliseconds; the longest gap between two ticks is the longest stall of the event loop
// (plus at most the interval). An interval of 0 would keep one core busy and slow the background jobs down.
class Heartbeat {
public:
    static constexpr int IntervalMs = 4;
    Heartbeat() {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(IntervalMs);
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            const qint64 gap = m_gap.restart();
            m_longest = std::max(m_longest, gap);
            if (m_verbose && gap >= 50)
                std::printf("  gap of %lld ms ending %lld ms into the step\n", gap, m_step.elapsed());
        });
    }
    void setVerbose(bool verbose) { m_verbose = verbose; }
    void start() {
        m_step.start();
        m_longest = 0;
        m_gap.start();
        m_timer.start();
    }
    qint64 stop() {
        m_timer.stop();
        return std::max(m_longest, m_gap.elapsed());
    }

private:
    QTimer m_timer;
    QElapsedTimer m_gap;
    QElapsedTimer m_step;
    qint64 m_longest = 0;
    bool m_verbose = false;
};

// Runs the event loop until the condition holds (checked after every event batch, and on a short timer).
bool waitUntil(const std::function<bool()>& done, int timeoutMs = 600000) {
    QElapsedTimer timer;
    timer.start();
    QEventLoop loop;
    QTimer poll;
    poll.setInterval(1);
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (done() || timer.elapsed() > timeoutMs)
            loop.quit();
    });
    poll.start();
    if (!done())
        loop.exec();
    return done();
}

struct Step {
    Heartbeat& heart;
    void run(const char* name, const std::function<void()>& action, const std::function<bool()>& done) {
        QElapsedTimer wall;
        heart.start();
        wall.start();
        action();
        const qint64 returned = wall.elapsed();
        waitUntil(done);
        const qint64 total = wall.elapsed();
        const qint64 stall = heart.stop();
        std::printf("%-44s %8lld ms %8lld ms %8lld ms\n", name, total, returned, stall);
        std::fflush(stdout);
    }
};

} // namespace

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    QStringList args = app.arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: zones-page-stalls ZONEFILE [--now ISO-8601] [--verbose]\n");
        return 2;
    }
    ui::ZonesPage page;
    const qsizetype nowAt = args.indexOf(QStringLiteral("--now"));
    if (nowAt > 0 && nowAt + 1 < args.size())
        page.setClock(std::make_shared<core::FixedClock>(QDateTime::fromString(args.at(nowAt + 1), Qt::ISODate)));
    page.resize(1360, 860);
    page.show();
    ui::ZoneRecordModel* records = page.recordModel();
    QTableView* table = page.recordTable();
    Heartbeat heart;
    heart.setVerbose(args.contains(QStringLiteral("--verbose"))); // every gap of 50 ms or more
    Step step{heart};
    std::printf("%-44s %11s %11s %11s\n", "step", "until shown", "call took", "longest stall");

    bool loaded = false;
    QObject::connect(&page, &ui::ZonesPage::loadFinished, [&](bool ok, const QString& message) {
        loaded = true;
        if (!ok)
            std::fprintf(stderr, "load failed: %s\n", qPrintable(message));
    });
    step.run(
        "load (preview, full load, findings, chain)", [&] { page.openFile(args.at(1)); },
        [&] { return loaded && !page.chainPanel()->isBuilding(); });
    if (!records->zone())
        return 1;
    std::printf("records: %lld\n", qlonglong(records->zone()->recordCount()));

    // A selected row in the middle of the zone, to see it survive every sort.
    const qsizetype selectedRecord = records->zone()->recordCount() / 2;
    table->setCurrentIndex(records->index(records->rowOfRecord(selectedRecord), 0));
    const auto idle = [&] { return !records->isBusy(); };
    const char* columnNames[] = {"name", "TTL", "class", "type", "data"};
    for (int column = 0; column < ui::ZoneRecordModel::ColumnCount; ++column) {
        for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            const QByteArray name = QByteArray("sort by ") + columnNames[column] +
                                    (order == Qt::AscendingOrder ? " ascending" : " descending");
            step.run(
                name.constData(), [&] { table->sortByColumn(column, order); }, idle);
            if (records->recordAt(table->currentIndex().row()) != selectedRecord)
                std::printf("  the selection was lost\n");
        }
    }
    step.run(
        "sort by data again (index kept)",
        [&] { table->sortByColumn(ui::ZoneRecordModel::DataColumn, Qt::AscendingOrder); }, idle);

    auto* nameFilter = page.findChild<QLineEdit*>(QStringLiteral("nameFilter"));
    step.run(
        "name filter typed \"alpha12\" (40 ms a key)",
        [&] {
            const QString text = QStringLiteral("alpha12");
            for (int i = 1; i <= text.size(); ++i) {
                nameFilter->setText(text.left(i));
                QEventLoop pause;
                QTimer::singleShot(40, &pause, &QEventLoop::quit);
                pause.exec();
            }
        },
        idle);
    std::printf("  rows: %d\n", records->rowCount());
    step.run(
        "name filter cleared", [&] { nameFilter->clear(); }, idle);

    auto* typeFilter = page.findChild<QComboBox*>(QStringLiteral("typeFilter"));
    const int aaaa = typeFilter->findText(QStringLiteral("AAAA"), Qt::MatchStartsWith);
    step.run(
        "type filter AAAA", [&] { typeFilter->setCurrentIndex(std::max(aaaa, 0)); }, idle);
    std::printf("  rows: %d\n", records->rowCount());
    step.run(
        "type filter cleared", [&] { typeFilter->setCurrentIndex(0); }, idle);

    auto* tree = page.findChild<QTreeView*>(QStringLiteral("nameTree"));
    const QModelIndex apex = page.nameTreeModel()->index(0, 0);
    const QModelIndex child = page.nameTreeModel()->index(page.nameTreeModel()->rowCount(apex) / 2, 0, apex);
    step.run(
        "subtree of one name (tree click)", [&] { tree->setCurrentIndex(child); }, idle);
    std::printf("  rows: %d\n", records->rowCount());
    step.run(
        "whole zone again (tree click on the apex)", [&] { tree->setCurrentIndex(apex); }, idle);
    step.run(
        "canonical order", [&] { table->sortByColumn(-1, Qt::AscendingOrder); }, idle);

    page.detailTabs()->setCurrentWidget(page.chainPanel());
    ui::ChainScene* scene = page.chainPanel()->scene();
    for (const QString& prefix : {QStringLiteral("dnskey:"), QStringLiteral("rrset:")}) {
        QString id;
        for (const ui::ChainNodeItem* item : scene->nodeItems())
            if (item->node().id.startsWith(prefix) && (id.isEmpty() || item->node().id < id))
                id = item->node().id;
        if (id.isEmpty())
            continue;
        step.run(
            qPrintable(QStringLiteral("chain node %1").arg(id.left(30))), [&] { scene->selectNode(id); },
            [&] { return !page.chainPanel()->isDescribing(); });
    }
    return 0;
}
