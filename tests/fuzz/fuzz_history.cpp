// Check-history files (core/history): saved runs as CheckHistory::load reads them from disk, and pairs of
// runs as CheckRunDiff compares them. The input is one run, or two runs separated by a line "----" (older
// first); a single run is also compared with itself and with an empty run.
#include "FuzzInput.h"
#include "core/history/CheckHistory.h"
#include "core/history/CheckRunDiff.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>

#include <cstdlib>
#include <unistd.h>

using namespace danewerk::core;

namespace {

// One scratch file per process: load() reads from a path, as the GUI does.
QString scratchFile() {
    static const QString path = [] {
        char name[] = "/tmp/danewerk-fuzz-history-XXXXXX";
        const int fd = ::mkstemp(name);
        if (fd >= 0)
            ::close(fd);
        std::atexit([] { QFile::remove(scratchFile()); });
        return QString::fromLocal8Bit(name);
    }();
    return path;
}

QJsonObject loaded(const QByteArray& bytes) {
    QFile file(scratchFile());
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return {};
    file.write(bytes);
    file.close();
    const auto run = CheckHistory::load(scratchFile());
    return run.ok() ? run.value() : QJsonObject();
}

void describeAll(const QList<CheckRunDiff::Change>& changes) {
    for (const CheckRunDiff::Change& change : changes) {
        (void)change.describe();
        (void)CheckRunDiff::kindName(change.kind);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    if (size > 1024 * 1024)
        return 0;
    const QByteArray input = danewerk::fuzz::inputBytes(data, size);
    const qsizetype separator = input.indexOf("\n----\n");
    if (separator < 0) {
        const QJsonObject run = loaded(input);
        describeAll(CheckRunDiff::compare(run, run));
        describeAll(CheckRunDiff::compare(QJsonObject(), run));
        describeAll(CheckRunDiff::compare(run, QJsonObject()));
        return 0;
    }
    const QJsonObject older = loaded(input.left(separator));
    const QJsonObject newer = loaded(input.mid(separator + 6));
    describeAll(CheckRunDiff::compare(older, newer));
    describeAll(CheckRunDiff::compare(newer, older));
    return 0;
}
