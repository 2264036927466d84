// The NSEC3 chain findings pinned word for word on broken chains: fixtures in tests/data/zones/nsec3 (unknown
// hash algorithm, bitmaps in other encodings or malformed, an empty non-terminal with types, two NSEC3 at one
// owner, mixed parameters, opt-out) and the NSEC3 fixtures of tests/data/zones/dnssec. The expected files were
// written by make-fixtures.py with the check as it was before it was made faster; they must not change.

#include "core/dnssec/ZoneValidator.h"
#include "core/zone/ZoneLoader.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace danewerk::core;

namespace {
const QString kDir = QStringLiteral(DANEWERK_TEST_DATA "/zones/nsec3");

QStringList chainFindings(const QString& zonePath, int threads) {
    const auto zone = ZoneLoader::loadFile(zonePath);
    if (!zone)
        return {QStringLiteral("load failed: ") + zone.error().message};
    ValidationOptions options;
    options.now = QDateTime(QDate(2026, 11, 10), QTime(0, 0), Qt::UTC);
    options.threads = threads;
    QStringList lines;
    for (const Finding& finding : ZoneValidator::validateZone(*zone, options).findings)
        if (finding.code.startsWith(QLatin1String("NSEC3_")) || finding.code == QLatin1String("NSEC_BITMAP_MISMATCH"))
            lines << QStringList{finding.code, finding.owner, QString::number(finding.line), finding.message}.join(
                QLatin1Char('\t'));
    return lines;
}

QStringList readExpected(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {QStringLiteral("cannot read ") + path};
    QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    lines.removeAll(QString());
    return lines;
}
} // namespace

class TestNsec3Checks : public QObject {
    Q_OBJECT
private slots:
    void findingsStayTheSame_data();
    void findingsStayTheSame();
};

void TestNsec3Checks::findingsStayTheSame_data() {
    QTest::addColumn<QString>("zonePath");
    QTest::addColumn<QString>("expectedPath");
    QTest::addColumn<int>("threads");
    const QStringList expectedFiles = QDir(kDir).entryList({QStringLiteral("*.expected")}, QDir::Files, QDir::Name);
    QVERIFY(expectedFiles.size() >= 18);
    for (const QString& expected : expectedFiles) {
        QString base = expected.chopped(int(qstrlen(".expected")));
        const QString zonePath = base.startsWith(QLatin1String("dnssec."))
                                     ? kDir + QStringLiteral("/../dnssec/") + base.mid(7) + QStringLiteral(".zone")
                                     : kDir + QLatin1Char('/') + base + QStringLiteral(".zone");
        for (int threads : {1, 2})
            QTest::addRow("%s, %d thread(s)", qPrintable(base), threads)
                << zonePath << kDir + QLatin1Char('/') + expected << threads;
    }
}

void TestNsec3Checks::findingsStayTheSame() {
    QFETCH(QString, zonePath);
    QFETCH(QString, expectedPath);
    QFETCH(int, threads);
    QVERIFY2(QFile::exists(zonePath), qPrintable(zonePath));
    QCOMPARE(chainFindings(zonePath, threads), readExpected(expectedPath));
}

QTEST_GUILESS_MAIN(TestNsec3Checks)
#include "tst_nsec3checks.moc"
