// Zone text and addresses of the lab: placeholders, delegations, DS and trust anchor formats.
#include "core/lab/LabAddressPlan.h"
#include "core/lab/LabDnssecRecords.h"
#include "core/lab/LabScenarioCatalog.h"
#include "core/lab/LabZoneBuilder.h"

#include <QCryptographicHash>
#include <QTest>

using namespace danewerk::core;

class tst_LabZoneBuilder : public QObject {
    Q_OBJECT

private:
    static LabCertificate fakeCertificate() {
        LabCertificate certificate;
        certificate.id = QStringLiteral("mx1");
        certificate.leafDer = QByteArray("leaf certificate");
        certificate.leafSpki = QByteArray("leaf key");
        certificate.caDer = QByteArray("ca certificate");
        certificate.caSpki = QByteArray("ca key");
        return certificate;
    }

private slots:
    void addressPlan_data() {
        QTest::addColumn<bool>("unprivileged");
        QTest::addColumn<QString>("resolverOption");
        QTest::newRow("root") << false << "127.30.0.2";
        QTest::newRow("unprivileged") << true << "127.30.0.2#10053";
    }
    void addressPlan() {
        QFETCH(bool, unprivileged);
        QFETCH(QString, resolverOption);
        auto plan = LabAddressPlan::create(QStringLiteral("127.30.0.0"), unprivileged);
        QVERIFY(plan.ok());
        QCOMPARE(plan->authoritative(), QStringLiteral("127.30.0.1"));
        QCOMPARE(plan->resolver(), QStringLiteral("127.30.0.2"));
        QCOMPARE(plan->hiddenPrimary(), QStringLiteral("127.30.0.3"));
        QCOMPARE(plan->signer(), QStringLiteral("127.30.0.4"));
        QCOMPARE(plan->smtpServer(18), QStringLiteral("127.30.1.18"));
        QCOMPARE(plan->resolverOption(), resolverOption);
        QCOMPARE(plan->smtpPort(), unprivileged ? quint16(10025) : quint16(25));
    }

    void baseMustBeLoopback_data() {
        QTest::addColumn<QString>("base");
        QTest::newRow("public") << "192.0.2.0";
        QTest::newRow("not aligned") << "127.30.0.5";
        QTest::newRow("ipv6") << "::1";
        QTest::newRow("garbage") << "lab";
    }
    void baseMustBeLoopback() {
        QFETCH(QString, base);
        auto plan = LabAddressPlan::create(base, false);
        QVERIFY(!plan.ok());
        QCOMPARE(plan.error().code, QStringLiteral("LAB_BASE_INVALID"));
    }

    void placeholdersAreFilledIn() {
        auto catalog = LabScenarioCatalog::load();
        QVERIFY(catalog.ok());
        const LabScenario* scenario = catalog->find(QStringLiteral("dane-ta-private-ca"));
        QVERIFY(scenario);
        const LabZoneBuilder builder(*LabAddressPlan::create(QStringLiteral("127.40.0.0"), false), 2026112900);
        auto text =
            builder.scenarioZone(*scenario, scenario->zones.first(), {{QStringLiteral("mx1"), fakeCertificate()}});
        QVERIFY2(text.ok(), qPrintable(text.error().message));
        QVERIFY2(text->contains(QStringLiteral("$ORIGIN privateca.test.\n")), qPrintable(text.value()));
        QVERIFY(text->contains(QStringLiteral("@ IN SOA ns.nic.test. hostmaster.privateca.test. 2026112900 ")));
        QVERIFY(text->contains(QStringLiteral("mx1 A 127.40.1.8\n")));
        // Usage 2 pins the CA's key: SHA-256 of its SPKI.
        const QString caHash =
            QString::fromLatin1(QCryptographicHash::hash("ca key", QCryptographicHash::Sha256).toHex());
        QVERIFY2(text->contains(QStringLiteral("_25._tcp.mx1 TLSA 2 1 1 ") + caHash + u'\n'), qPrintable(text.value()));
    }

    void associationDataFollowsUsageSelectorAndMatchingType_data() {
        QTest::addColumn<int>("usage");
        QTest::addColumn<int>("selector");
        QTest::addColumn<int>("mtype");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("3 1 1") << 3 << 1 << 1 << QCryptographicHash::hash("leaf key", QCryptographicHash::Sha256);
        QTest::newRow("3 1 2") << 3 << 1 << 2 << QCryptographicHash::hash("leaf key", QCryptographicHash::Sha512);
        QTest::newRow("3 0 1") << 3 << 0 << 1
                               << QCryptographicHash::hash("leaf certificate", QCryptographicHash::Sha256);
        QTest::newRow("2 0 0") << 2 << 0 << 0 << QByteArray("ca certificate");
        QTest::newRow("1 1 1") << 1 << 1 << 1 << QCryptographicHash::hash("leaf key", QCryptographicHash::Sha256);
        QTest::newRow("bad mtype") << 3 << 1 << 7 << QByteArray();
    }
    void associationDataFollowsUsageSelectorAndMatchingType() {
        QFETCH(int, usage);
        QFETCH(int, selector);
        QFETCH(int, mtype);
        QFETCH(QByteArray, expected);
        QCOMPARE(LabCertificateFactory::associationData(fakeCertificate(), usage, selector, mtype), expected);
    }

    void unknownPlaceholderIsAnError() {
        LabScenario scenario;
        scenario.id = QStringLiteral("x");
        LabZoneSpec zone;
        zone.name = QStringLiteral("x.test.");
        zone.records = {QStringLiteral("mx1 A {addr:nowhere}")};
        const LabZoneBuilder builder(*LabAddressPlan::create(QStringLiteral("127.40.0.0"), false), 1);
        auto text = builder.scenarioZone(scenario, zone, {});
        QVERIFY(!text.ok());
        QVERIFY(text.error().message.contains(QStringLiteral("{addr:nowhere}")));
    }

    void parentsDelegateToTheLabServer() {
        const LabZoneBuilder builder(*LabAddressPlan::create(QStringLiteral("127.40.0.0"), false), 7);
        const QString tld =
            builder.tldZone({{QStringLiteral("good.test."), {QStringLiteral("good.test. 300 IN DS 1 13 2 aa")}},
                             {QStringLiteral("unsigned.test."), {}}});
        QVERIFY(tld.contains(QStringLiteral("ns.nic.test. IN A 127.40.0.1\n")));
        QVERIFY(tld.contains(QStringLiteral("good.test. IN NS ns.nic.test.\ngood.test. 300 IN DS 1 13 2 aa\n")));
        QVERIFY(tld.contains(QStringLiteral("unsigned.test. IN NS ns.nic.test.\n")));
        const QString root = builder.rootZone({QStringLiteral("test. 300 IN DS 2 13 2 bb")});
        QVERIFY(root.contains(QStringLiteral("$ORIGIN .\n")));
        QVERIFY(root.contains(QStringLiteral("test. IN NS ns.nic.test.\nns.nic.test. IN A 127.40.0.1\n")));
    }

    void dsMatchesBind() {
        // Vector made with BIND's dnssec-dsfromkey -2 (an implementation independent of ldns).
        const QString dnskey =
            QStringLiteral("example.test. IN DNSKEY 257 3 13 5Z3RPGjVvzMBQ3d67l5UDbSwT6dtNCvR765hL0JIm6WaVfLCt8iBJ+EK "
                           "RWBXfLfE4UkwClS+zYHyHV8V7vVe9w==");
        auto ds = LabDnssecRecords::dsFromDnskey(dnskey, 300);
        QVERIFY(ds.ok());
        QCOMPARE(ds->simplified().toLower(),
                 QStringLiteral("example.test. 300 in ds 14511 13 2 "
                                "4bf69b51f89954035f62d5048e3f251fcbc1d460bfbfc707f228210138c07127"));
        auto anchor = LabDnssecRecords::bindTrustAnchor(ds.value());
        QVERIFY(anchor.ok());
        QCOMPARE(anchor.value(),
                 QStringLiteral("trust-anchors {\n    \"example.test.\" static-ds 14511 13 2 "
                                "\"4bf69b51f89954035f62d5048e3f251fcbc1d460bfbfc707f228210138c07127\";\n};\n"));
    }
};

QTEST_GUILESS_MAIN(tst_LabZoneBuilder)
#include "tst_LabZoneBuilder.moc"
