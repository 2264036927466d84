// The whole live check against loopback fakes: a signed hierarchy behind an in-process resolver and SMTP
// test servers. Every status and verdict of CLI.md, CNAME'd MX, null MX, IPv6, the digest agility trap,
// RSA+ECDSA, save/replay giving identical JSON. Time pinned.

#include "LiveCheckFixture.h"
#include "core/check/CheckObservations.h"
#include "core/check/MailDomainCheck.h"
#include "core/check/SmtpProber.h"
#include "core/dns/DnsClient.h"
#include "core/dns/DnsObservationLog.h"
#include "core/dns/ReplayDnsSource.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace danewerk::core;
using namespace danewerk::tests;

class tst_MailDomainCheck : public QObject {
    Q_OBJECT

private:
    const QDateTime m_now = QDateTime(QDate(2026, 11, 29), QTime(6, 0), Qt::UTC);
    std::unique_ptr<LiveCheckFixture> m_fixture;

    static QStringList codes(const Findings& findings) {
        QStringList out;
        for (const Finding& f : findings)
            out << f.code;
        return out;
    }

private slots:
    void initTestCase() {
        m_fixture = std::make_unique<LiveCheckFixture>(m_now);
        const QString error = m_fixture->setUp();
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void scenario_data() {
        QTest::addColumn<LiveScenario>("scenario");
        for (const LiveScenario& s : LiveCheckFixture::scenarios())
            QTest::newRow(qPrintable(s.domain)) << s;
    }

    void scenario() {
        QFETCH(LiveScenario, scenario);
        DnsClient dns(m_fixture->dnsOptions());
        LiveSmtpProber smtp;
        MailDomainCheck check(m_fixture->checkOptions(), dns, smtp);
        const MailDomainResult r = check.run(scenario.domain);
        const QByteArray json = QJsonDocument(r.toJson()).toJson(QJsonDocument::Compact);
        QVERIFY2(r.verdict == scenario.verdict, json.constData());
        for (auto it = scenario.hosts.cbegin(); it != scenario.hosts.cend(); ++it) {
            bool found = false;
            for (const HostResult& h : r.hosts) {
                if (h.name != it.key())
                    continue;
                found = true;
                QVERIFY2(addressStatusName(h.status) == it.value(), json.constData());
            }
            QVERIFY2(found, qPrintable("host missing: " + it.key()));
        }
        if (!scenario.finding.isEmpty())
            QVERIFY2(codes(r.allFindings()).contains(scenario.finding), json.constData());
        QVERIFY(r.resolverAnswered);
        QVERIFY(!r.dnssecStripped);
        QVERIFY(!r.chain.nodes().isEmpty());
    }

    void matchedRecordsAndJsonShape() {
        DnsClient dns(m_fixture->dnsOptions());
        LiveSmtpProber smtp;
        MailDomainCheck check(m_fixture->checkOptions(), dns, smtp);
        const MailDomainResult r = check.run("ta.test");
        const QJsonObject o = r.toJson();
        QCOMPARE(o.value("domain").toString(), QStringLiteral("ta.test."));
        QCOMPARE(o.value("mx").toObject().value("dnssec").toString(), QStringLiteral("secure"));
        const QJsonObject host = o.value("hosts").toArray().first().toObject();
        QCOMPARE(host.value("tlsa_base").toString(), QStringLiteral("mx.ta.test."));
        QCOMPARE(host.value("tlsa_dnssec").toString(), QStringLiteral("secure"));
        QCOMPARE(host.value("tlsa").toArray().size(), 2);
        const QJsonObject address = host.value("addresses").toArray().first().toObject();
        QCOMPARE(address.value("address").toString(), QStringLiteral("127.0.0.2"));
        QVERIFY(address.value("starttls").toBool());
        QVERIFY(address.value("tls_version").toString().startsWith("TLSv1."));
        QCOMPARE(address.value("chain").toArray().size(), 2);
        QCOMPARE(address.value("chain").toArray().first().toObject().value("subject").toString(),
                 QStringLiteral("CN=mx.ee.test"));
        QSet<QString> matched;
        for (const QJsonValue& m : address.value("matched").toArray()) {
            const QJsonObject mo = m.toObject();
            matched.insert(QStringLiteral("%1 %2 %3 @%4")
                               .arg(mo.value("usage").toInt())
                               .arg(mo.value("selector").toInt())
                               .arg(mo.value("mtype").toInt())
                               .arg(mo.value("depth").toInt()));
        }
        QCOMPARE(matched, (QSet<QString>{"2 1 1 @1", "3 1 1 @0"}));
        QStringList kinds;
        for (const QJsonValue& n : o.value("chain").toObject().value("nodes").toArray())
            kinds << n.toObject().value("kind").toString();
        for (const char* kind : {"zone", "dnskey", "ds", "rrset", "host", "address", "certificate", "tlsa", "verdict"})
            QVERIFY2(kinds.contains(kind), kind);
        QStringList edgeKinds;
        for (const QJsonValue& e : o.value("chain").toObject().value("edges").toArray())
            edgeKinds << e.toObject().value("kind").toString();
        for (const char* kind : {"delegation", "ds-dnskey", "rrsig", "address", "tls", "chain", "tlsa-match"})
            QVERIFY2(edgeKinds.contains(kind), kind);
    }

    void cnameTlsaBase_data() {
        QTest::addColumn<QString>("domain");
        QTest::addColumn<QString>("base");
        QTest::newRow("secure chain: expanded name") << "cname.test."
                                                     << "mx.ee.test.";
        QTest::newRow("secure chain, no TLSA there: original name") << "cnamefallback.test."
                                                                    << "mx.cnamefallback.test.";
        QTest::newRow("insecure chain, secure first CNAME: original name") << "cnameinsecure.test."
                                                                           << "mx.cnameinsecure.test.";
    }

    void cnameTlsaBase() {
        QFETCH(QString, domain);
        QFETCH(QString, base);
        DnsClient dns(m_fixture->dnsOptions());
        LiveSmtpProber smtp;
        MailDomainCheck check(m_fixture->checkOptions(), dns, smtp);
        const MailDomainResult r = check.run(domain);
        QCOMPARE(r.hosts.first().tlsaBase, base);
    }

    void hostileDataIsBounded() {
        DnsClient dns(m_fixture->dnsOptions());
        LiveSmtpProber smtp;
        MailDomainCheck check(m_fixture->checkOptions(), dns, smtp);
        const MailDomainResult r = check.run("manymx.test");
        QCOMPARE(r.mxRecords.size(), 16);
        QCOMPARE(r.hosts.size(), 16);
        QCOMPARE(r.hosts.first().name, QStringLiteral("m0.manymx.test."));
        // A TLSA CNAME is followed; the base domain stays the MX host.
        const MailDomainResult c = check.run("tlsacname.test");
        QCOMPARE(c.hosts.first().tlsaBase, QStringLiteral("mx.tlsacname.test."));
        QCOMPARE(c.hosts.first().tlsa.size(), 1);
    }

    void nonExistentDomain_data() {
        QTest::addColumn<QString>("domain");
        QTest::addColumn<QString>("mxState");
        QTest::addColumn<QString>("proof"); // how the message names the denial
        QTest::newRow("NXDOMAIN proven by NSEC") << "nosuch.test."
                                                 << "secure"
                                                 << "proven by a validated NSEC/NSEC3 denial";
        QTest::newRow("NXDOMAIN in an unsigned zone") << "nosuch.insecure.test."
                                                      << "insecure"
                                                      << "not proven by DNSSEC: insecure";
    }

    void nonExistentDomain() {
        QFETCH(QString, domain);
        QFETCH(QString, mxState);
        QFETCH(QString, proof);
        DnsClient dns(m_fixture->dnsOptions());
        LiveSmtpProber smtp;
        const MailDomainResult r = MailDomainCheck(m_fixture->checkOptions(), dns, smtp).run(domain);
        const QByteArray json = QJsonDocument(r.toJson()).toJson(QJsonDocument::Compact);
        // No implicit MX for a name that does not exist: no hosts, nothing to reach, one clear error.
        QCOMPARE(r.verdict, QStringLiteral("unreachable"));
        QCOMPARE(dnssecStateName(r.mxDnssec), mxState);
        QVERIFY2(r.hosts.isEmpty(), json.constData());
        const QStringList all = codes(r.allFindings());
        QVERIFY2(!all.contains("MX_IMPLICIT") && !all.contains("HOST_NO_ADDRESS"), json.constData());
        bool found = false;
        for (const Finding& f : r.allFindings()) {
            if (f.code != QLatin1String("DOMAIN_NXDOMAIN"))
                continue;
            found = true;
            QCOMPARE(f.severity, Severity::Error);
            QVERIFY2(f.message.contains(proof), qPrintable(f.message));
            QCOMPARE(f.owner, domain);
        }
        QVERIFY2(found, json.constData());
        QVERIFY(smtp.toJson().isEmpty());
    }

    void noSmtp() {
        MailCheckOptions o = m_fixture->checkOptions();
        o.smtp = false;
        DnsClient dns(m_fixture->dnsOptions());
        LiveSmtpProber smtp;
        MailDomainCheck check(o, dns, smtp);
        const MailDomainResult r = check.run("ee.test");
        QCOMPARE(addressStatusName(r.hosts.first().status), QStringLiteral("not-checked"));
        QVERIFY(smtp.toJson().isEmpty());
        const MailDomainResult n = check.run("notlsa.test");
        QCOMPARE(addressStatusName(n.hosts.first().status), QStringLiteral("no-tlsa"));
    }

    void ipv4Only() {
        MailCheckOptions o = m_fixture->checkOptions();
        o.ipv6 = false;
        DnsClient dns(m_fixture->dnsOptions());
        LiveSmtpProber smtp;
        MailDomainCheck check(o, dns, smtp);
        const MailDomainResult r = check.run("v6.test");
        QVERIFY(r.hosts.first().addresses.isEmpty());
        QCOMPARE(r.verdict, QStringLiteral("unreachable"));
    }

    void saveAndReplayGiveIdenticalJson_data() {
        QTest::addColumn<QString>("domain");
        for (const char* d : {"ee.test.", "ta.test.", "agility.test.", "notlsa3.test.", "timeout.test.", "dual.test.",
                              "expired.test.", "cname.test.", "partial.test.", "dualok.test."})
            QTest::newRow(d) << QString::fromLatin1(d);
    }

    void saveAndReplayGiveIdenticalJson() {
        QFETCH(QString, domain);
        DnsObservationLog log;
        DnsClient dns(m_fixture->dnsOptions(), &log);
        LiveSmtpProber smtp;
        MailDomainCheck live(m_fixture->checkOptions(), dns, smtp);
        MailDomainResult first = live.run(domain);
        CheckObservations saved;
        saved.domain = first.domain;
        saved.recordedAt = m_now;
        saved.elapsedMs = first.elapsedMs;
        saved.smtpPort = m_fixture->smtpPort();
        saved.dns = log.toJson();
        saved.smtp = smtp.toJson();
        const QByteArray file = QJsonDocument(saved.toJson()).toJson();

        const auto loaded = CheckObservations::fromJson(QJsonDocument::fromJson(file).object());
        QVERIFY(loaded.ok());
        QList<DnsResponse> responses;
        for (const QJsonValue& v : loaded->dns)
            responses << DnsResponse::fromJson(v.toObject());
        ReplayDnsSource replayDns(responses);
        ReplaySmtpProber replaySmtp(loaded->smtp);
        MailDomainCheck offline(m_fixture->checkOptions(), replayDns, replaySmtp);
        MailDomainResult second = offline.run(domain);
        second.elapsedMs = loaded->elapsedMs;
        QCOMPARE(QJsonDocument(second.toJson()).toJson(), QJsonDocument(first.toJson()).toJson());
    }

    void verdictRules_data() {
        QTest::addColumn<QStringList>("statuses");
        QTest::addColumn<QString>("verdict");
        QTest::newRow("all authenticated") << QStringList{"authenticated", "authenticated"} << "dane-authenticated";
        QTest::newRow("authenticated and unreachable")
            << QStringList{"authenticated", "unreachable"} << "dane-authenticated";
        QTest::newRow("authenticated and failure") << QStringList{"authenticated", "tlsa-mismatch"} << "dane-partial";
        QTest::newRow("authenticated and no-tlsa") << QStringList{"authenticated", "no-tlsa"} << "dane-partial";
        QTest::newRow("only failures") << QStringList{"no-tlsa", "bogus"} << "dane-failed";
        QTest::newRow("nothing reachable") << QStringList{"unreachable", "unreachable"} << "unreachable";
        QTest::newRow("no dane") << QStringList{"insecure", "no-tlsa"} << "not-applicable";
        QTest::newRow("unusable") << QStringList{"tlsa-unusable"} << "not-applicable";
    }

    void verdictRules() {
        QFETCH(QStringList, statuses);
        QFETCH(QString, verdict);
        QList<HostResult> hosts;
        for (const QString& s : statuses) {
            HostResult h;
            for (int v = 0; v <= int(AddressStatus::NotChecked); ++v)
                if (addressStatusName(AddressStatus(v)) == s)
                    h.status = AddressStatus(v);
            hosts << h;
        }
        QCOMPARE(MailDomainResult::decideVerdict(false, DnssecState::Secure, hosts), verdict);
        QCOMPARE(MailDomainResult::decideVerdict(true, DnssecState::Secure, hosts), QStringLiteral("no-mx"));
        QCOMPARE(MailDomainResult::decideVerdict(false, DnssecState::Bogus, hosts), QStringLiteral("dnssec-bogus"));
        QCOMPARE(MailDomainResult::decideVerdict(false, DnssecState::Unresolved, hosts), QStringLiteral("unresolved"));
    }

    void statusOrder() {
        const QStringList expected{"bogus",         "lookup-failed", "starttls-missing", "smtp-failed", "tls-failed",
                                   "name-mismatch", "cert-expired",  "tlsa-mismatch",    "unreachable", "tlsa-unusable",
                                   "no-tlsa",       "insecure",      "authenticated",    "not-checked"};
        QStringList actual;
        for (int v = 0; v <= int(AddressStatus::NotChecked); ++v)
            actual << addressStatusName(AddressStatus(v));
        QCOMPARE(actual, expected);
        QCOMPARE(worseStatus(AddressStatus::Authenticated, AddressStatus::TlsaMismatch), AddressStatus::TlsaMismatch);
    }
};

QTEST_GUILESS_MAIN(tst_MailDomainCheck)
#include "tst_MailDomainCheck.moc"
