#include "core/zone/ZoneLoader.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace danewerk::core;

// The parallel loader must give exactly what the sequential one gives: the same records in the same order
// with the same names, lines and files, and the same first error. Every zone here is larger than the
// threshold, and the tests check that it really was cut into chunks.
class TestParallelZoneLoader : public QObject {
    Q_OBJECT

private slots:
    void equalsSequential_data();
    void equalsSequential();
    void firstErrorInFileOrder_data();
    void firstErrorInFileOrder();
    void includeLoadsSequentially();
    void progressAndCancel();
};

namespace {

// A deterministic zone of about `names` owners: SOA and NS at the apex, then A, AAAA, MX, TXT, and RRSIG-like
// records with 256-octet base64 signatures. Some owners have records on lines that begin with white space
// (inheriting the owner) and some without TTL (inheriting the default TTL).
QByteArray generatedZone(int names, bool withTtlDirective = true) {
    QByteArray text = "$ORIGIN example.\n";
    if (withTtlDirective)
        text += "$TTL 300\n";
    text += "@ 3600 IN SOA ns1 hostmaster 2024010101 7200 1800 604800 120\n"
            "@ 3600 IN NS ns1\n"
            "ns1 3600 IN A 192.0.2.53\n";
    QByteArray signature;
    for (int i = 0; i < 256; ++i)
        signature += char('A' + i % 26);
    signature = signature.toBase64();
    for (int i = 0; i < names; ++i) {
        const QByteArray n = QByteArray::number(i);
        text += "host" + n + " A 192.0.2." + QByteArray::number(i % 250 + 1) + "\n";
        text += "\tAAAA 2001:db8::" + QByteArray::number(i % 65535, 16) + "\n";
        if (i % 3 == 0)
            text += "  60 MX 10 mail" + n + ".example.\n";
        if (i % 5 == 0)
            text += "txt" + n + ".Example. 120 IN TXT \"record " + n + "\" ; a comment\n";
        if (i % 7 == 0)
            text += "sig" + n + " 300 RRSIG A 8 2 300 20300101000000 20240101000000 12345 example. " + signature + "\n";
        if (i % 11 == 0)
            text += "; a comment line\n\n";
    }
    return text;
}

// Lines between which a change of state ($ORIGIN, $TTL) or a special entry is inserted, spread over the file.
QByteArray withInsertions(const QByteArray& text, const QList<QByteArray>& insertions) {
    QList<QByteArray> lines = text.split('\n');
    for (int k = 0; k < insertions.size(); ++k) {
        qsizetype at = lines.size() * (k + 1) / (insertions.size() + 1);
        while (at < lines.size() && (lines[at].isEmpty() || lines[at].startsWith('\t') || lines[at].startsWith(' ') ||
                                     lines[at].startsWith(';')))
            ++at; // keep continuation lines with their owner
        lines.insert(at, insertions[k]);
    }
    return lines.join('\n');
}

Result<Zone> load(const QByteArray& text, int threads, ZoneLoadCounters* counters = nullptr) {
    ZoneLoadOptions options;
    options.threads = threads;
    options.counters = counters;
    return ZoneLoader::loadText(text, QStringLiteral("big.zone"), options);
}

void compareZones(const Zone& sequential, const Zone& parallel) {
    QCOMPARE(parallel.origin(), sequential.origin());
    QCOMPARE(parallel.files(), sequential.files());
    QCOMPARE(parallel.nameCount(), sequential.nameCount());
    for (qsizetype i = 0; i < sequential.nameCount(); ++i) {
        QCOMPARE(parallel.name(quint32(i)), sequential.name(quint32(i)));
        // The name table (reserved ahead, lent from chunk to chunk) finds every name under its index.
        QCOMPARE(parallel.findName(parallel.name(quint32(i))), std::optional<quint32>(quint32(i)));
    }
    QCOMPARE(parallel.findName(QByteArrayView("\x07missing\x07example\x00", 17)), std::nullopt);
    QCOMPARE(parallel.recordCount(), sequential.recordCount());
    for (qsizetype i = 0; i < sequential.recordCount(); ++i) {
        const ZoneRecord& a = sequential.record(i);
        const ZoneRecord& b = parallel.record(i);
        if (a.owner != b.owner || a.ttl != b.ttl || a.type != b.type || a.rclass != b.rclass || a.file != b.file ||
            a.line != b.line || sequential.rdata(a) != parallel.rdata(b))
            QFAIL(qPrintable(QStringLiteral("record %1 differs: %2 (line %3) against %4 (line %5)")
                                 .arg(i)
                                 .arg(sequential.recordText(i))
                                 .arg(a.line)
                                 .arg(parallel.recordText(i))
                                 .arg(b.line)));
    }
    QCOMPARE(parallel.rrsets().size(), sequential.rrsets().size());
    QCOMPARE(parallel.rdataBytes(), sequential.rdataBytes());
}

} // namespace

void TestParallelZoneLoader::equalsSequential_data() {
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("chunked"); // false: the loader must notice it cannot cut the file and go sequential

    const QByteArray zone = generatedZone(20000);
    QTest::newRow("generated zone") << zone << true;
    QTest::newRow("no $TTL: the SOA minimum is the default in every chunk") << generatedZone(20000, false) << true;
    QTest::newRow("$ORIGIN in the middle")
        << withInsertions(zone, {"$ORIGIN sub.example.", "$ORIGIN Other.Example.", "$ORIGIN example."}) << true;
    QTest::newRow("$TTL in the middle") << withInsertions(zone, {"$TTL 1h", "$TTL 99", "$TTL 2d"}) << true;
    QTest::newRow("multi-line entries with indented continuation lines")
        << withInsertions(zone, {"multi1 TXT ( \"a\"\n\t\"b\" ; inside\n\t)", "multi2 MX (\n  10\n  mx.example. )"})
        << true;
    // A parenthesised entry whose continuation line begins like an owner name, at every possible boundary:
    // some chunk boundary falls inside it, and the loader falls back to the sequential one.
    QByteArray unindented = "$ORIGIN example.\n$TTL 60\n@ SOA ns1 hm 1 2 3 4 5\n";
    for (int i = 0; i < 60000; ++i)
        unindented += "h" + QByteArray::number(i) + " MX (\n10\nmx.example. )\n";
    QTest::newRow("continuation lines that look like owners") << unindented << false;
}

void TestParallelZoneLoader::equalsSequential() {
    QFETCH(QByteArray, text);
    QFETCH(bool, chunked);
    QVERIFY(text.size() > 1024 * 1024);
    ZoneLoadCounters sequentialCounters;
    const Result<Zone> sequential = load(text, 1, &sequentialCounters);
    QVERIFY2(sequential.ok(), qPrintable(sequential.error().toString()));
    QCOMPARE(sequentialCounters.chunks, 0);
    ZoneLoadCounters counters;
    const Result<Zone> parallel = load(text, 2, &counters);
    QVERIFY2(parallel.ok(), qPrintable(parallel.error().toString()));
    if (chunked)
        QVERIFY2(counters.chunks >= 4, qPrintable(QString::number(counters.chunks)));
    else
        QCOMPARE(counters.chunks, 0);
    QCOMPARE(counters.fastPath, sequentialCounters.fastPath);
    QCOMPARE(counters.ldnsPath, sequentialCounters.ldnsPath);
    compareZones(*sequential, *parallel);
}

void TestParallelZoneLoader::firstErrorInFileOrder_data() {
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("message"); // a part of the message

    const QByteArray zone = generatedZone(20000);
    // The error's line is the one holding `entry`, its column where `token` begins in that line.
    const auto row = [&](const char* name, const QList<QByteArray>& insertions, const QByteArray& entry,
                         const QByteArray& token, const QString& message) {
        const QByteArray text = withInsertions(zone, insertions);
        const qsizetype at = text.indexOf("\n" + entry) + 1;
        const int line = int(text.left(at).count('\n')) + 1;
        const qsizetype lineEnd = text.indexOf('\n', at);
        const int column = int(text.mid(at, lineEnd - at).indexOf(token)) + 1;
        QTest::newRow(name) << text << line << column << message;
    };
    row("bad address in a later chunk", {"", "bad1 3600 IN A 192.0.2.300"}, "bad1 ", "192.0.2.300",
        QStringLiteral("192.0.2.300"));
    row("unknown type in the last chunk", {"", "", "bad2 3600 IN WRONGTYPE 1"}, "bad2 ", "WRONGTYPE",
        QStringLiteral("unknown type 'WRONGTYPE'"));
    row("two errors: the first one counts", {"", "bad3 1x A 192.0.2.1", "bad4 3600 IN A 1.2.3"}, "bad3 ", "1x",
        QStringLiteral("bad TTL '1x'"));
    row("error in a chunk parsed again after $ORIGIN", {"$ORIGIN sub.example.", "", "bad5 A 192.0.2.999"}, "bad5 ",
        "192.0.2.999", QStringLiteral("192.0.2.999"));
    row("bad base64 in a later chunk",
        {"", "sigbad 300 RRSIG A 8 2 300 20300101000000 20240101000000 1 example. AAA*AAAA"}, "sigbad ", "AAA*AAAA",
        QStringLiteral("AAA*AAAA"));
    row("unterminated parenthesis", {"", "open TXT ( \"never closed\""}, "open ", "(",
        QStringLiteral("unterminated parenthesis"));
}

void TestParallelZoneLoader::firstErrorInFileOrder() {
    QFETCH(QByteArray, text);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, message);
    const Result<Zone> sequential = load(text, 1);
    QVERIFY(!sequential.ok());
    ZoneLoadCounters counters;
    const Result<Zone> parallel = load(text, 2, &counters);
    QVERIFY(!parallel.ok());
    QCOMPARE(parallel.error().toString(), sequential.error().toString());
    QCOMPARE(parallel.error().code, QStringLiteral("PARSE_ERROR"));
    QCOMPARE(parallel.error().file, QStringLiteral("big.zone"));
    QCOMPARE(parallel.error().line, line);
    QCOMPARE(parallel.error().column, column);
    QVERIFY2(parallel.error().message.contains(message), qPrintable(parallel.error().message));
    QVERIFY(line > 1000);
    QVERIFY2(counters.chunks >= 4, qPrintable(QString::number(counters.chunks)));
}

void TestParallelZoneLoader::includeLoadsSequentially() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile included(dir.filePath(QStringLiteral("part.zone")));
    QVERIFY(included.open(QIODevice::WriteOnly));
    included.write("inc1 A 192.0.2.7\n\tTXT \"included\"\n");
    included.close();
    const QByteArray text = withInsertions(generatedZone(20000), {"$INCLUDE part.zone sub.example."});
    QFile top(dir.filePath(QStringLiteral("top.zone")));
    QVERIFY(top.open(QIODevice::WriteOnly));
    top.write(text);
    top.close();
    ZoneLoadOptions sequentialOptions;
    sequentialOptions.threads = 1;
    const Result<Zone> sequential = ZoneLoader::loadFile(top.fileName(), sequentialOptions);
    QVERIFY2(sequential.ok(), qPrintable(sequential.error().toString()));
    ZoneLoadCounters counters;
    ZoneLoadOptions options;
    options.threads = 2;
    options.counters = &counters;
    const Result<Zone> parallel = ZoneLoader::loadFile(top.fileName(), options);
    QVERIFY2(parallel.ok(), qPrintable(parallel.error().toString()));
    QCOMPARE(counters.chunks, 0);
    QCOMPARE(parallel->files().size(), 2);
    compareZones(*sequential, *parallel);
}

void TestParallelZoneLoader::progressAndCancel() {
    const QByteArray text = generatedZone(20000);
    ZoneLoadOptions options;
    options.threads = 2;
    qint64 lastDone = -1;
    qint64 lastTotal = -1;
    int calls = 0;
    options.progress = [&](qint64 done, qint64 total) {
        QVERIFY(done >= lastDone);
        QVERIFY(done <= total);
        lastDone = done;
        lastTotal = total;
        ++calls;
    };
    ZoneLoadCounters counters;
    options.counters = &counters;
    const Result<Zone> zone = ZoneLoader::loadText(text, QStringLiteral("big.zone"), options);
    QVERIFY(zone.ok());
    QVERIFY(counters.chunks >= 4);
    QVERIFY(calls >= 2);
    QCOMPARE(lastDone, qint64(text.size()));
    QCOMPARE(lastTotal, qint64(text.size()));

    std::atomic_bool cancel{true};
    ZoneLoadOptions cancelling;
    cancelling.threads = 2;
    cancelling.cancel = &cancel;
    const Result<Zone> cancelled = ZoneLoader::loadText(text, QStringLiteral("big.zone"), cancelling);
    QVERIFY(!cancelled.ok());
    QCOMPARE(cancelled.error().code, QStringLiteral("LOAD_CANCELLED"));
}

QTEST_GUILESS_MAIN(TestParallelZoneLoader)

#include "tst_parallelzoneloader.moc"
