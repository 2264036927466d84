// The lab's scenario set is the contract of LAB.md: exactly these ids, domains and expected verdicts.
#include "core/lab/LabScenarioCatalog.h"

#include <QSet>
#include <QTest>

using namespace danewerk::core;

class tst_LabScenarioCatalog : public QObject {
    Q_OBJECT

private:
    LabScenarioCatalog m_catalog;

private slots:
    void initTestCase() {
        auto catalog = LabScenarioCatalog::load();
        QVERIFY2(catalog.ok(), qPrintable(catalog.error().message));
        m_catalog = catalog.value();
    }

    void scenarioHasTheVerdictLabMdGives_data() {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("verdict");
        QTest::newRow("1") << "dane-ee-valid"
                           << "dane-authenticated";
        QTest::newRow("2") << "two-mx-one-bad"
                           << "dane-partial";
        QTest::newRow("3") << "tlsa-mismatch"
                           << "dane-failed";
        QTest::newRow("4") << "unsigned-with-tlsa"
                           << "not-applicable";
        QTest::newRow("5") << "expired-signatures"
                           << "dnssec-bogus";
        QTest::newRow("6") << "starttls-missing"
                           << "dane-failed";
        QTest::newRow("7") << "dane-ta-private-ca"
                           << "dane-authenticated";
        QTest::newRow("8") << "dane-ta-name-mismatch"
                           << "dane-failed";
        QTest::newRow("9") << "mx-in-provider-zone"
                           << "dane-authenticated";
        QTest::newRow("10") << "rollover-current-next"
                            << "dane-authenticated";
        QTest::newRow("11") << "ds-mismatch"
                            << "dnssec-bogus";
        QTest::newRow("12") << "nsec3-no-tlsa"
                            << "not-applicable";
        QTest::newRow("13") << "cname-mx"
                            << "dane-authenticated";
        QTest::newRow("14") << "ipv6-mx"
                            << "dane-authenticated";
        QTest::newRow("15") << "pkix-usage-only"
                            << "not-applicable";
        QTest::newRow("16") << "digest-agility-trap"
                            << "dane-failed";
        QTest::newRow("17") << "signatures-expiring"
                            << "dane-authenticated";
        QTest::newRow("18") << "signing-proxy"
                            << "dane-authenticated";
    }
    void scenarioHasTheVerdictLabMdGives() {
        QFETCH(QString, id);
        QFETCH(QString, verdict);
        const LabScenario* scenario = m_catalog.find(id);
        QVERIFY2(scenario, qPrintable(id));
        QCOMPARE(scenario->expected.verdict, verdict);
        QCOMPARE(scenario->order, QTest::currentDataTag() ? QString::fromLatin1(QTest::currentDataTag()).toInt() : 0);
    }

    void thereAreExactlyEighteen() { QCOMPARE(m_catalog.scenarios().size(), 18); }

    void everyScenarioIsComplete() {
        QSet<QString> domains;
        for (const LabScenario& scenario : m_catalog.scenarios()) {
            QVERIFY2(!scenario.title.de.isEmpty() && !scenario.task.de.isEmpty() && !scenario.explanation.de.isEmpty(),
                     qPrintable(scenario.id));
            QVERIFY2(scenario.hints.size() >= 2, qPrintable(scenario.id));
            for (const LabText& hint : scenario.hints)
                QVERIFY2(!hint.en.isEmpty() && !hint.de.isEmpty(), qPrintable(scenario.id));
            QVERIFY2(scenario.zone(scenario.domain), qPrintable(scenario.id));
            QVERIFY(!domains.contains(scenario.domain));
            domains.insert(scenario.domain);
            // Bogus domains stop before the hosts; everything else names the status of every MX host.
            QCOMPARE(scenario.expected.hosts.isEmpty(), scenario.expected.verdict == u"dnssec-bogus");
            QCOMPARE(scenario.expected.mxDnssec == u"bogus", scenario.expected.verdict == u"dnssec-bogus");
            for (const QString& host : scenario.expected.hosts.keys())
                QVERIFY2(host.endsWith(u".test."), qPrintable(host));
        }
    }

    void scenariosSpeakTheRequestedLanguage() {
        const LabScenario* scenario = m_catalog.find(QStringLiteral("dane-ee-valid"));
        QVERIFY(scenario);
        QCOMPARE(scenario->toJson(QStringLiteral("de")).value(u"title").toString(),
                 QStringLiteral("DANE-EE, das funktioniert"));
        const QJsonObject json = scenario->toJson(QStringLiteral("en"));
        QCOMPARE(json.value(u"id").toString(), QStringLiteral("dane-ee-valid"));
        QCOMPARE(json.value(u"domain").toString(), QStringLiteral("good.test."));
        QCOMPARE(json.value(u"expected").toObject().value(u"verdict").toString(), QStringLiteral("dane-authenticated"));
        QCOMPARE(json.value(u"expected").toObject().value(u"hosts").toObject().value(u"mx1.good.test.").toString(),
                 QStringLiteral("authenticated"));
    }

    void brokenDefinitionsAreRefused_data() {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("cause");
        const QByteArray head =
            R"("id":"x","domain":"x.test.","title":{"en":"t","de":"t"},"task":{"en":"t","de":"t"},)";
        const QByteArray expected = R"("expected":{"verdict":"dane-failed","mx_dnssec":"secure"})";
        QTest::newRow("not json") << QByteArray("{") << "";
        QTest::newRow("bad id") << QByteArray(R"({"id":"Bad Id"})") << "\"id\"";
        QTest::newRow("no zones") << "{" + head + expected + "}"
                                  << "at least one zone";
        QTest::newRow("zone outside test.") << "{" + head + R"("zones":[{"name":"example.org."}],)" + expected + "}"
                                            << "below test.";
        QTest::newRow("unsigned with ds")
            << "{" + head + R"("zones":[{"name":"x.test.","signing":"unsigned","ds":"match"}],)" + expected + "}"
            << "unsigned zone";
        QTest::newRow("server without certificate")
            << "{" + head +
                   R"("servers":[{"id":"mx1","address":3,"certificate":"none"}],"zones":[{"name":"x.test."}],)" +
                   expected + "}"
            << "unknown certificate";
        QTest::newRow("address out of range")
            << "{" + head +
                   R"("certificates":[{"id":"c","names":["mx1.x.test"]}],"servers":[{"id":"mx1","address":300,"certificate":"c"}],"zones":[{"name":"x.test."}],)" +
                   expected + "}"
            << "1-254";
        QTest::newRow("no verdict") << "{" + head + R"("zones":[{"name":"x.test."}]})"
                                    << "verdict";
    }
    void brokenDefinitionsAreRefused() {
        QFETCH(QByteArray, json);
        QFETCH(QString, cause);
        auto scenario = parseLabScenario(json, QStringLiteral("broken.json"));
        QVERIFY(!scenario.ok());
        QCOMPARE(scenario.error().code, QStringLiteral("LAB_SCENARIO_INVALID"));
        QVERIFY2(scenario.error().message.contains(u"broken.json"), qPrintable(scenario.error().message));
        QVERIFY2(scenario.error().message.contains(cause), qPrintable(scenario.error().message));
    }
};

QTEST_GUILESS_MAIN(tst_LabScenarioCatalog)
#include "tst_LabScenarioCatalog.moc"
