// Every lab scenario, judged by tools that are not ours: delv (BIND's validator) for the DNSSEC state of the
// MX and TLSA RRsets, Postfix's posttls-finger for the DANE outcome a real MTA reaches.
#include "LabTestSupport.h"

#include <QTest>

using namespace danewerk::core;

class tst_LabScenarios : public QObject {
    Q_OBJECT

private:
    LabScenarioCatalog m_catalog;

    static bool authenticatedVerdict(const QString& verdict) {
        // posttls-finger stops at the first MX that works; with dane-partial that is the good one.
        return verdict == u"dane-authenticated" || verdict == u"dane-partial";
    }

private slots:
    void initTestCase() {
        auto catalog = LabScenarioCatalog::load();
        QVERIFY2(catalog.ok(), qPrintable(catalog.error().message));
        m_catalog = catalog.value();
        const labtest::Run status =
            labtest::cli({QStringLiteral("lab"), QStringLiteral("status"), QStringLiteral("--dir"), labtest::labDir()});
        QVERIFY2(status.exitCode == 0, qPrintable(status.out + status.err));
    }

    void mxDnssec_data() {
        QTest::addColumn<QString>("domain");
        QTest::addColumn<QString>("expected");
        for (const LabScenario& scenario : m_catalog.scenarios())
            QTest::newRow(qPrintable(scenario.id)) << scenario.domain << scenario.expected.mxDnssec;
    }
    void mxDnssec() {
        QFETCH(QString, domain);
        QFETCH(QString, expected);
        QCOMPARE(labtest::delvState(domain, QStringLiteral("MX")), expected);
    }

    void tlsaDnssec_data() {
        QTest::addColumn<QString>("owner");
        QTest::addColumn<QString>("expected");
        for (const LabScenario& scenario : m_catalog.scenarios())
            for (auto it = scenario.expected.tlsaDnssec.cbegin(); it != scenario.expected.tlsaDnssec.cend(); ++it)
                QTest::newRow(qPrintable(scenario.id + u' ' + it.key()))
                    << QStringLiteral("_25._tcp.") + it.key() << it.value();
    }
    void tlsaDnssec() {
        QFETCH(QString, owner);
        QFETCH(QString, expected);
        QCOMPARE(labtest::delvState(owner, QStringLiteral("TLSA")), expected);
    }

    void posttlsFingerDomain_data() {
        QTest::addColumn<QString>("domain");
        QTest::addColumn<bool>("authenticated");
        for (const LabScenario& scenario : m_catalog.scenarios())
            QTest::newRow(qPrintable(scenario.id))
                << scenario.domain.chopped(1) << authenticatedVerdict(scenario.expected.verdict);
    }
    void posttlsFingerDomain() {
        QFETCH(QString, domain);
        QFETCH(bool, authenticated);
        const labtest::Run finger = labtest::postTlsFinger(domain);
        QVERIFY2(labtest::verified(finger) == authenticated, qPrintable(finger.out + finger.err));
    }

    void posttlsFingerHost_data() {
        QTest::addColumn<QString>("host");
        QTest::addColumn<bool>("authenticated");
        for (const LabScenario& scenario : m_catalog.scenarios())
            for (auto it = scenario.expected.hosts.cbegin(); it != scenario.expected.hosts.cend(); ++it)
                QTest::newRow(qPrintable(scenario.id + u' ' + it.key()))
                    << QStringLiteral("[%1]").arg(it.key().chopped(1)) << (it.value() == u"authenticated");
    }
    void posttlsFingerHost() {
        QFETCH(QString, host);
        QFETCH(bool, authenticated);
        const labtest::Run finger = labtest::postTlsFinger(host);
        QVERIFY2(labtest::verified(finger) == authenticated, qPrintable(finger.out + finger.err));
    }
};

QTEST_GUILESS_MAIN(tst_LabScenarios)
#include "tst_LabScenarios.moc"
