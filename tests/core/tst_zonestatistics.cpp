#include "core/zone/ZoneLoader.h"
#include "core/zone/ZoneStatistics.h"

#include <QJsonArray>
#include <QTest>

using namespace danewerk::core;

class TestZoneStatistics : public QObject {
    Q_OBJECT

private slots:
    void counts();
    void histograms();
    void serialArithmetic();
};

static const QByteArray zoneText = "$ORIGIN example.\n$TTL 3600\n"
                                   "@ SOA ns1 hostmaster 1 7200 3600 1209600 300\n"
                                   "@ NS ns1\n"
                                   "ns1 30 A 192.0.2.1\n"
                                   "a.b.c 86400 A 192.0.2.2\n" // b.c and c are empty non-terminals
                                   "x.b.c 604800 A 192.0.2.3\n"
                                   "sub NS ns1\nsub DS 1 13 2 00112233\n"
                                   "insecure 700000 NS ns1\n"
                                   // expired, in 12 hours, in 5 days, in 100 days (now = 2024-01-10)
                                   "@ RRSIG SOA 13 1 3600 20240109000000 20240101000000 1 example. AQID\n"
                                   "@ RRSIG NS 13 1 3600 20240110120000 20240101000000 1 example. AQID\n"
                                   "ns1 RRSIG A 13 2 3600 20240115000000 20240111000000 1 example. AQID\n"
                                   "a.b.c RRSIG A 13 4 3600 20240419000000 20240101000000 1 example. AQID\n";

static const QDateTime now = QDateTime(QDate(2024, 1, 10), QTime(0, 0), Qt::UTC);

void TestZoneStatistics::counts() {
    const Result<Zone> zone = ZoneLoader::loadText(zoneText, QStringLiteral("stats.zone"));
    QVERIFY2(zone.ok(), qPrintable(zone.error().toString()));
    const ZoneStatistics s = computeZoneStatistics(*zone, now);
    QCOMPARE(s.origin, QStringLiteral("example."));
    QCOMPARE(s.records, 12);
    QCOMPARE(s.names, 6);
    QCOMPARE(s.emptyNonTerminals, 2);
    QCOMPARE(s.delegations, 2);
    QCOMPARE(s.secureDelegations, 1);
    QCOMPARE(s.signatures, 4);
    QCOMPARE(s.recordsPerType.value(QStringLiteral("A")), 3);
    QCOMPARE(s.recordsPerType.value(QStringLiteral("NS")), 3);
    QCOMPARE(s.recordsPerType.value(QStringLiteral("RRSIG")), 4);
    QCOMPARE(s.signaturesNotYetValid, 1);
    const QJsonObject json = s.toJson();
    QCOMPARE(json.value(QStringLiteral("records")).toInt(), 12);
    QCOMPARE(json.value(QStringLiteral("types")).toObject().value(QStringLiteral("DS")).toInt(), 1);
}

void TestZoneStatistics::histograms() {
    const Result<Zone> zone = ZoneLoader::loadText(zoneText, QStringLiteral("stats.zone"));
    QVERIFY(zone.ok());
    const ZoneStatistics s = computeZoneStatistics(*zone, now);
    QList<qsizetype> ttl;
    for (const ZoneHistogramBucket& b : s.ttlHistogram)
        ttl.append(b.count);
    // <=60: ns1 A; <=1h: SOA NS NS(sub) DS RRSIG*4 (8); <=1d: a.b.c; <=1w: x.b.c; above: insecure NS
    QCOMPARE(ttl, QList<qsizetype>({1, 0, 8, 1, 1, 1}));
    QList<qsizetype> expiry;
    for (const ZoneHistogramBucket& b : s.signatureExpiry)
        expiry.append(b.count);
    QCOMPARE(expiry, QList<qsizetype>({1, 1, 1, 0, 0, 1}));
    const QJsonArray buckets = s.toJson().value(QStringLiteral("signature_expiry")).toArray();
    QCOMPARE(buckets.size(), 6);
    QVERIFY(buckets.last().toObject().value(QStringLiteral("up_to")).isNull());
    QCOMPARE(buckets.first().toObject().value(QStringLiteral("up_to")).toInt(), 0);
}

void TestZoneStatistics::serialArithmetic() {
    // A 32-bit time just past the wrap in 2106 is read as the nearer future, not 1970.
    const qint64 nearWrap = 4294967295LL - 100;
    QCOMPARE(rrsigTimeNear(50, nearWrap), 4294967296LL + 50);
    QCOMPARE(rrsigTimeNear(1704844800u, 1704844800LL + 10), 1704844800LL);
}

QTEST_GUILESS_MAIN(TestZoneStatistics)
#include "tst_zonestatistics.moc"
