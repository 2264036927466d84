// Parse-only benchmark of our zone loader: loads a zone file, reports records, parse time and the model's
// memory, and exits. run-bench.sh measures it from outside with /usr/bin/time like every other tool.

#include "core/zone/ZoneLoader.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>

#include <cstdio>

using namespace danewerk::core;

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: zone-parse-bench ZONEFILE [ORIGIN [THREADS]]\n");
        return 2;
    }
    ZoneLoadOptions options;
    if (args.size() > 2)
        options.origin = args.at(2);
    if (args.size() > 3)
        options.threads = args.at(3).toInt(); // 1: the sequential loader, for comparison
    ZoneLoadCounters counters;
    options.counters = &counters;
    QElapsedTimer timer;
    timer.start();
    const Result<Zone> zone = ZoneLoader::loadFile(args.at(1), options);
    const qint64 elapsed = timer.elapsed();
    if (!zone) {
        std::fprintf(stderr, "%s\n", qPrintable(zone.error().toString()));
        return 1;
    }
    const double perRecord = zone->recordCount() ? double(zone->memoryUsage()) / double(zone->recordCount()) : 0;
    std::printf("records=%lld names=%lld rrsets=%zu ms=%lld model_bytes=%lld bytes_per_record=%.1f fast=%lld "
                "ldns=%lld generic=%lld chunks=%lld\n",
                static_cast<long long>(zone->recordCount()), static_cast<long long>(zone->nameCount()),
                zone->rrsets().size(), static_cast<long long>(elapsed), static_cast<long long>(zone->memoryUsage()),
                perRecord, static_cast<long long>(counters.fastPath), static_cast<long long>(counters.ldnsPath),
                static_cast<long long>(counters.generic), static_cast<long long>(counters.chunks));
    // Resident now and at the peak, from the kernel's view of this process.
    QFile status(QStringLiteral("/proc/self/status"));
    if (status.open(QIODevice::ReadOnly)) {
        for (const QByteArray& line : status.readAll().split('\n')) {
            if (line.startsWith("VmRSS") || line.startsWith("VmHWM"))
                std::printf("%s\n", line.simplified().constData());
        }
    }
    return 0;
}
