// Sorting benchmark of the Zones page's record table: loads a zone file and times sorting by the Data column
// the old way (every comparison on the GUI thread) and the new way (ranks computed by a background job, the
// proxy then sorting by integers), including the longest stall of the event loop while the job runs.
//
//   zone-sort-bench bench.zone

#include "core/zone/ZoneLoader.h"
#include "ui/zones/ZoneRecordFilter.h"
#include "ui/zones/ZoneRecordModel.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTimer>

#include <cstdio>
#include <limits>

using namespace danewerk;

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: zone-sort-bench ZONEFILE\n");
        return 2;
    }
    QElapsedTimer timer;
    timer.start();
    core::Result<core::Zone> loaded = core::ZoneLoader::loadFile(args.at(1));
    if (!loaded) {
        std::fprintf(stderr, "%s\n", qPrintable(loaded.error().toString()));
        return 1;
    }
    auto zone = std::make_shared<const core::Zone>(std::move(loaded).value());
    std::printf("records: %lld, loaded in %lld ms\n", qlonglong(zone->recordCount()), timer.elapsed());

    ui::ZoneRecordModel model;
    ui::ZoneRecordFilter filter;
    filter.setSourceModel(&model);
    model.setZone(zone);

    // Before: the proxy compares RDATA on the calling (GUI) thread.
    filter.setBackgroundSortThreshold(std::numeric_limits<qsizetype>::max());
    timer.restart();
    filter.sort(ui::ZoneRecordModel::DataColumn);
    (void)filter.index(0, 0).data();
    std::printf("direct sort on the GUI thread: %lld ms\n", timer.elapsed());

    // After: the same sort with ranks from a background job.
    filter.sort(-1);
    filter.setBackgroundSortThreshold(20000);
    model.setZone(zone); // forgets the ranks
    timer.restart();
    const std::vector<quint32> ranks = ui::ZoneRecordFilter::rankRecords(*zone, ui::ZoneRecordModel::DataColumn);
    std::printf("ranking alone (the background job): %lld ms\n", timer.elapsed());

    QElapsedTimer gap;
    qint64 longestStall = 0;
    QTimer ticker;
    ticker.setInterval(0);
    QObject::connect(&ticker, &QTimer::timeout, [&] { longestStall = std::max(longestStall, gap.restart()); });
    // The proxy sorts by the ranks between these two signals, on the GUI thread.
    QElapsedTimer apply;
    QObject::connect(&filter, &QAbstractItemModel::layoutAboutToBeChanged, [&] { apply.start(); });
    QObject::connect(&filter, &QAbstractItemModel::layoutChanged,
                     [&] { std::printf("applying the ranks on the GUI thread: %lld ms\n", apply.elapsed()); });
    QObject::connect(&filter, &ui::ZoneRecordFilter::sortingChanged, [&](bool sorting) {
        if (sorting)
            return;
        std::printf("header click to sorted rows: %lld ms; longest event-loop stall meanwhile: %lld ms\n",
                    timer.elapsed(), longestStall);
        app.quit();
    });
    timer.restart();
    filter.sort(ui::ZoneRecordModel::DataColumn);
    std::printf("sort() returned after %lld ms\n", timer.elapsed());
    gap.start();
    ticker.start();
    return app.exec();
}
