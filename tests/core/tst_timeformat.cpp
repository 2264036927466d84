#include "core/common/TimeFormat.h"

#include <QTest>

using namespace danewerk::core;

class TestTimeFormat : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void parseDuration_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("seconds"); // -1: invalid
        QTest::newRow("plain seconds") << "3600" << qint64(3600);
        QTest::newRow("seconds unit") << "3600s" << qint64(3600);
        QTest::newRow("minutes") << "90m" << qint64(5400);
        QTest::newRow("hours") << "2h" << qint64(7200);
        QTest::newRow("days") << "7d" << qint64(604800);
        QTest::newRow("weeks") << "1w" << qint64(604800);
        QTest::newRow("combined") << "1d12h" << qint64(129600);
        QTest::newRow("rollover style") << "717h" << qint64(2581200);
        QTest::newRow("iso days and hours") << "P1DT2H" << qint64(93600);
        QTest::newRow("iso day") << "P1D" << qint64(86400);
        QTest::newRow("iso minutes") << "PT30M" << qint64(1800);
        QTest::newRow("zero") << "0" << qint64(0);
        QTest::newRow("empty") << "" << qint64(-1);
        QTest::newRow("negative") << "-5m" << qint64(-1);
        QTest::newRow("unknown unit") << "5y" << qint64(-1);
        QTest::newRow("dangling number") << "1h30" << qint64(-1);
        QTest::newRow("iso without parts") << "P" << qint64(-1);
        QTest::newRow("iso bare T") << "P1DT" << qint64(-1);
        QTest::newRow("garbage") << "soon" << qint64(-1);
        QTest::newRow("overflow") << "99999999999999999999d" << qint64(-1);
    }
    void parseDuration() {
        QFETCH(QString, text);
        QFETCH(qint64, seconds);
        const auto parsed = danewerk::core::parseDuration(text);
        if (seconds < 0)
            QVERIFY2(!parsed, qPrintable(text));
        else {
            QVERIFY2(parsed, qPrintable(text));
            QCOMPARE(*parsed, seconds);
        }
    }
    void formatDuration() {
        QCOMPARE(danewerk::core::formatDuration(0), QStringLiteral("0s"));
        QCOMPARE(danewerk::core::formatDuration(5400), QStringLiteral("1h30m"));
        QCOMPARE(danewerk::core::formatDuration(2581200), QStringLiteral("29d21h"));
        QCOMPARE(danewerk::core::formatDuration(86401), QStringLiteral("1d1s"));
        QCOMPARE(danewerk::core::formatDuration(-60), QStringLiteral("-1m"));
    }
    void parseInstant_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("epoch"); // -1: invalid
        QTest::newRow("iso utc") << "2026-11-29T06:00:00Z" << qint64(1795932000);
        QTest::newRow("iso without seconds") << "2026-11-29T06:00Z" << qint64(1795932000);
        QTest::newRow("date only") << "2026-11-29" << qint64(1795910400);
        QTest::newRow("unix seconds") << "1795932000" << qint64(1795932000);
        QTest::newRow("offset converted") << "2026-11-29T07:00:00+01:00" << qint64(1795932000);
        QTest::newRow("garbage") << "yesterday" << qint64(-1);
        QTest::newRow("bad month") << "2026-13-01T00:00:00Z" << qint64(-1);
    }
    void parseInstant() {
        QFETCH(QString, text);
        QFETCH(qint64, epoch);
        const auto parsed = danewerk::core::parseInstant(text);
        if (epoch < 0) {
            QVERIFY2(!parsed, qPrintable(text));
            return;
        }
        QVERIFY2(parsed, qPrintable(text));
        QCOMPARE(parsed->toSecsSinceEpoch(), epoch);
        QCOMPARE(parsed->timeSpec(), Qt::UTC);
    }
    void formatInstant() {
        const QDateTime moment = QDateTime::fromSecsSinceEpoch(1795932000, Qt::UTC);
        QCOMPARE(danewerk::core::formatInstant(moment), QStringLiteral("2026-11-29T06:00:00Z"));
    }
};

QTEST_GUILESS_MAIN(TestTimeFormat)
#include "tst_timeformat.moc"
