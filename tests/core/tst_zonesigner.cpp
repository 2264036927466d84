#include "core/dns/DnsName.h"
#include "core/dnssec/DnssecKey.h"
#include "core/dnssec/ZoneSigner.h"
#include "core/dnssec/ZoneValidator.h"
#include "core/zone/ZoneLoader.h"

#include <QFile>
#include <QJsonDocument>
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
    void optOutSkipsInsecureDelegations();
    void validationIsTheSameOnOneAndTwoThreads();
    void signsZoneText();
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

void TestZoneSigner::optOutSkipsInsecureDelegations() {
    auto zone = ZoneLoader::loadFile(inputPath());
    QVERIFY(zone.ok());
    auto key = DnssecKey::generate(zone->origin(), 13, 257, kInception);
    QVERIFY(key.ok());
    SigningOptions options;
    options.inception = kInception;
    options.expiration = kExpiration;
    options.nsec3 = true;
    options.nsec3OptOut = true;
    auto optedOut = ZoneSigner::sign(*zone, {*key}, options);
    QVERIFY(optedOut.ok());
    options.nsec3OptOut = false;
    auto full = ZoneSigner::sign(*zone, {*key}, options);
    QVERIFY(full.ok());
    const auto countNsec3 = [](const Zone& z) {
        return std::count_if(z.records().begin(), z.records().end(), [](const ZoneRecord& r) { return r.type == 50; });
    };
    // Two insecure delegations (insecure.deep, other) and the empty non-terminal deep.example. above one of them.
    QCOMPARE(countNsec3(*full) - countNsec3(*optedOut), 3);

    ValidationOptions validation;
    validation.now = kCheckTime;
    const ZoneReport report = ZoneValidator::validateZone(*optedOut, validation);
    QVERIFY2(!hasErrors(report.findings),
             qPrintable(report.findings.value(0).code + QLatin1Char(' ') + report.findings.value(0).message));
    QCOMPARE(report.nsec, QStringLiteral("nsec3"));

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("example.zone"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(ZoneSigner::zoneText(*optedOut));
    file.close();
    const ToolRun knot =
        runTool(QStringLiteral("kzonecheck"),
                {QStringLiteral("-d"), QStringLiteral("on"), QStringLiteral("-o"), QStringLiteral("example."),
                 QStringLiteral("-t"), QString::number(kCheckTime.toSecsSinceEpoch()), path});
    QVERIFY2(knot.exitCode == 0, qPrintable(knot.output));
}

void TestZoneSigner::validationIsTheSameOnOneAndTwoThreads() {
    auto zone = ZoneLoader::loadFile(inputPath());
    QVERIFY(zone.ok());
    auto key = DnssecKey::generate(zone->origin(), 15, 257, kInception);
    QVERIFY(key.ok());
    SigningOptions options;
    options.inception = kInception;
    options.expiration = kExpiration;
    auto signedZone = ZoneSigner::sign(*zone, {*key}, options);
    QVERIFY(signedZone.ok());
    ValidationOptions validation;
    validation.now = kExpiration.addDays(1);
    validation.threads = 1;
    const ZoneReport one = ZoneValidator::validateZone(*signedZone, validation);
    validation.threads = 2;
    const ZoneReport two = ZoneValidator::validateZone(*signedZone, validation);
    QCOMPARE(QJsonDocument(one.toJson()).toJson(), QJsonDocument(two.toJson()).toJson());
    const qint64 rrsigs = std::count_if(signedZone->records().begin(), signedZone->records().end(),
                                        [](const ZoneRecord& r) { return r.type == 46; });
    QCOMPARE(one.signatures.total, rrsigs);
    QCOMPARE(one.signatures.expired, rrsigs);
}

void TestZoneSigner::signsZoneText() {
    // The lab's path: zone text in, signed zone text out.
    const QByteArray text = "$TTL 300\n"
                            "@ IN SOA ns hostmaster 1 3600 900 604800 300\n"
                            "@ IN NS ns\n"
                            "ns IN A 127.0.0.1\n"
                            "_25._tcp.mx IN TLSA 3 1 1 "
                            "8cb0fc6c527506a053f4f14c8464bebbd6dede2738d11468dd953d7d6a3021f1\n"
                            "mx IN A 127.0.0.2\n";
    auto key = DnssecKey::generate(dnsNameFromText(u"good.test.").value(), 13, 257, kInception);
    QVERIFY(key.ok());
    SigningOptions options;
    options.inception = kInception;
    options.expiration = kExpiration;
    auto signedText = ZoneSigner::signText(text, QStringLiteral("good.test."), {*key}, options);
    QVERIFY2(signedText.ok(), qPrintable(signedText.error().toString()));
    QVERIFY(signedText->startsWith("good.test. 300 IN SOA "));
    QVERIFY(signedText->contains("_25._tcp.mx.good.test. 300 IN RRSIG TLSA 13 5 300 20261129000000 20261101000000 " +
                                 QByteArray::number(key->keyTag()) + " good.test. "));
    auto reloaded = ZoneLoader::loadText(*signedText, QStringLiteral("good.test.zone"));
    QVERIFY(reloaded.ok());
    ValidationOptions validation;
    validation.now = kCheckTime;
    const ZoneReport report = ZoneValidator::validateZone(*reloaded, validation);
    QVERIFY(!hasErrors(report.findings));
    QCOMPARE(report.signatures.valid, report.signatures.total);
    QVERIFY(report.signatures.total >= 8);
}

QTEST_GUILESS_MAIN(TestZoneSigner)
#include "tst_zonesigner.moc"
