// Check-history files (core/history): saved runs as CheckHistory::load reads them from disk, and pairs of
// runs as CheckRunDiff compares them. The input is one run, or two runs separated by a line "----" (older
// first); a single run is also compared with itself and with an empty run.
#include "FuzzInput.h"
#include "core/history/CheckHistory.h"
#include "core/history/CheckRunDiff.h"

#include <QFile>
#include <QJsonDocument>

#include <cstdlib>
#include <fcntl.h>
#include <unistd.h>

using namespace danewerk::core;

namespace {

// One scratch file per process: load() reads from a path, as the GUI does. A plain char array, so the exit
// handler that removes it never touches a destroyed object.
char scratchPath[] = "/tmp/danewerk-fuzz-history-XXXXXX";

const QString& scratchFile() {
    static const QString path = [] {
        const int fd = ::mkstemp(scratchPath);
        if (fd >= 0)
            ::close(fd);
        std::atexit([] { ::unlink(scratchPath); });
        return QString::fromLocal8Bit(scratchPath);
    }();
    return path;
}

QJsonObject loaded(const QByteArray& bytes) {
    const int fd = ::open(QFile::encodeName(scratchFile()).constData(), O_WRONLY | O_TRUNC | O_CLOEXEC);
    if (fd < 0)
        return {};
    const bool written = ::write(fd, bytes.constData(), size_t(bytes.size())) == bytes.size();
    ::close(fd);
    if (!written)
        return {};
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
