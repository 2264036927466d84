#include "core/dns/DnsName.h"
#include "core/dnssec/DnssecKey.h"
#include "core/dnssec/ZoneSigner.h"
#include "core/zone/ZoneLoader.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace danewerk::core;

namespace {

// Pinned times: the signatures are valid from `inception` to `expiration`; the tools check at `checkTime`.
const QDateTime kInception = QDateTime(QDate(2026, 11, 1), QTime(0, 0), QTimeZone::utc());
const QDateTime kExpiration = QDateTime(QDate(2026, 11, 29), QTime(0, 0), QTimeZone::utc());
const QDateTime kCheckTime = QDateTime(QDate(2026, 11, 10), QTime(12, 0), QTimeZone::utc());

QString inputPath() {
    return QStringLiteral(DANEWERK_TEST_DATA "/zones/signing-input.example.zone");
}

struct ToolRun {
    int exitCode = -1;
    QString output;
};

ToolRun runTool(const QString& program, const QStringList& arguments) {
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    if (!process.waitForFinished(120000))
        return {-1, QStringLiteral("%1 did not finish: %2").arg(program, process.errorString())};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromLocal8Bit(process.readAll())};
}

} // namespace

class TestZoneSigner : public QObject {
    Q_OBJECT
private slots:
    void signedZoneVerifiesWithLdnsAndKnot_data();
    void signedZoneVerifiesWithLdnsAndKnot();
    void refusesBadInput();
};

void TestZoneSigner::signedZoneVerifiesWithLdnsAndKnot_data() {
    QTest::addColumn<int>("algorithm");
    QTest::addColumn<bool>("nsec3");
    QTest::addColumn<bool>("split");
    QTest::newRow("RSASHA256 NSEC CSK") << 8 << false << false;
    QTest::newRow("RSASHA256 NSEC3 KSK+ZSK") << 8 << true << true;
    QTest::newRow("ECDSAP256 NSEC CSK") << 13 << false << false;
    QTest::newRow("ECDSAP256 NSEC3 CSK") << 13 << true << false;
    QTest::newRow("ECDSAP256 NSEC KSK+ZSK") << 13 << false << true;
    QTest::newRow("ECDSAP384 NSEC3 KSK+ZSK") << 14 << true << true;
    QTest::newRow("ED25519 NSEC CSK") << 15 << false << false;
    QTest::newRow("ED25519 NSEC3 CSK") << 15 << true << false;
}

void TestZoneSigner::signedZoneVerifiesWithLdnsAndKnot() {
    QFETCH(int, algorithm);
    QFETCH(bool, nsec3);
    QFETCH(bool, split);
    auto zone = ZoneLoader::loadFile(inputPath());
    QVERIFY2(zone.ok(), qPrintable(zone.error().toString()));
    QList<DnssecKey> keys;
    auto ksk = DnssecKey::generate(zone->origin(), algorithm, 257, kInception);
    QVERIFY2(ksk.ok(), qPrintable(ksk.error().message));
    keys << *ksk;
    if (split) {
        auto zsk = DnssecKey::generate(zone->origin(), algorithm, 256, kInception);
        QVERIFY(zsk.ok());
        keys << *zsk;
    }
    SigningOptions options;
    options.inception = kInception;
    options.expiration = kExpiration;
    options.nsec3 = nsec3;
    auto signedZone = ZoneSigner::sign(*zone, keys, options);
    QVERIFY2(signedZone.ok(), qPrintable(signedZone.error().message));
    QVERIFY(signedZone->recordCount() > zone->recordCount() * 2);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("example.zone"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(ZoneSigner::zoneText(*signedZone));
    file.close();

    const ToolRun ldns = runTool(QStringLiteral("ldns-verify-zone"),
                                 {QStringLiteral("-t"), kCheckTime.toString(QStringLiteral("yyyyMMddHHmmss")), path});
    QVERIFY2(ldns.exitCode == 0, qPrintable(ldns.output));
    const ToolRun knot =
        runTool(QStringLiteral("kzonecheck"),
                {QStringLiteral("-d"), QStringLiteral("on"), QStringLiteral("-o"), QStringLiteral("example."),
                 QStringLiteral("-t"), QString::number(kCheckTime.toSecsSinceEpoch()), path});
    QVERIFY2(knot.exitCode == 0, qPrintable(knot.output));

    // The tools do judge: after the expiration both refuse the zone.
    const QDateTime late = kExpiration.addDays(1);
    QVERIFY(runTool(QStringLiteral("ldns-verify-zone"),
                    {QStringLiteral("-t"), late.toString(QStringLiteral("yyyyMMddHHmmss")), path})
                .exitCode != 0);
    QVERIFY(runTool(QStringLiteral("kzonecheck"),
                    {QStringLiteral("-d"), QStringLiteral("on"), QStringLiteral("-o"), QStringLiteral("example."),
                     QStringLiteral("-t"), QString::number(late.toSecsSinceEpoch()), path})
                .exitCode != 0);
}

void TestZoneSigner::refusesBadInput() {
    auto zone = ZoneLoader::loadFile(inputPath());
    QVERIFY(zone.ok());
    auto key = DnssecKey::generate(zone->origin(), 13, 257, kInception);
    QVERIFY(key.ok());
    SigningOptions options;
    options.inception = kExpiration;
    options.expiration = kInception;
    auto reversed = ZoneSigner::sign(*zone, {*key}, options);
    QVERIFY(!reversed.ok());
    QCOMPARE(reversed.error().code, QStringLiteral("VALIDITY_INVALID"));

    auto foreign = DnssecKey::generate(dnsNameFromText(u"example.net.").value(), 13, 257, kInception);
    QVERIFY(foreign.ok());
    options.inception = kInception;
    options.expiration = kExpiration;
    auto wrongZone = ZoneSigner::sign(*zone, {*foreign}, options);
    QVERIFY(!wrongZone.ok());
    QCOMPARE(wrongZone.error().code, QStringLiteral("KEY_WRONG_ZONE"));
    QVERIFY(!ZoneSigner::sign(*zone, {}, options).ok());
}

QTEST_GUILESS_MAIN(TestZoneSigner)
#include "tst_zonesigner.moc"
