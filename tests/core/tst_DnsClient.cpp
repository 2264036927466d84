// The DNS client against the in-process resolver on 127.0.0.1: resolver addresses, resolv.conf, answers
// recorded as wire bytes, TCP after truncation, failover to the next resolver, timeouts that hold.

#include "FakeDnsResolver.h"
#include "core/dns/DnsClient.h"
#include "core/dns/DnsObservationLog.h"
#include "core/dns/DnsServerAddress.h"
#include "core/dns/ReplayDnsSource.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

using namespace danewerk::core;
using namespace danewerk::tests;

class tst_DnsClient : public QObject {
    Q_OBJECT

private:
    const QDateTime m_now = QDateTime(QDate(2026, 11, 29), QTime(6, 0), Qt::UTC);
    std::unique_ptr<SignedHierarchy> m_hierarchy;
    std::unique_ptr<FakeDnsResolver> m_resolver;

    static int rcodeOf(const DnsResponse& r) { return r.wire.size() >= 4 ? (quint8(r.wire[3]) & 0x0f) : -1; }
    static int answerCount(const DnsResponse& r) {
        return r.wire.size() >= 8 ? (quint8(r.wire[6]) << 8 | quint8(r.wire[7])) : -1;
    }

private slots:
    void initTestCase() {
        m_hierarchy = std::make_unique<SignedHierarchy>(m_now);
        m_hierarchy->addRootAndTest();
        QVERIFY(m_hierarchy->build().isEmpty());
        m_resolver = std::make_unique<FakeDnsResolver>(m_hierarchy->zones());
        QVERIFY(m_resolver->start());
        m_resolver->drop("slow.test.");
    }

    void serverAddresses_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("canonical");
        QTest::newRow("ipv4") << "127.0.0.1" << true << "127.0.0.1#53";
        QTest::newRow("ipv4 with port") << "127.0.0.1#5353" << true << "127.0.0.1#5353";
        QTest::newRow("ipv6") << "::1" << true << "::1#53";
        QTest::newRow("ipv6 with port") << "::1#8053" << true << "::1#8053";
        QTest::newRow("ipv6 bracketed") << "[::1]#53" << true << "::1#53";
        QTest::newRow("ipv6 long form") << "0:0:0:0:0:0:0:1" << true << "::1#53";
        QTest::newRow("name") << "dns.example" << false << "";
        QTest::newRow("port zero") << "127.0.0.1#0" << false << "";
        QTest::newRow("port too big") << "127.0.0.1#65536" << false << "";
        QTest::newRow("empty") << "" << false << "";
    }

    void serverAddresses() {
        QFETCH(QString, text);
        QFETCH(bool, ok);
        QFETCH(QString, canonical);
        const auto parsed = parseDnsServerAddress(text);
        QCOMPARE(parsed.ok(), ok);
        if (ok)
            QCOMPARE(parsed->toString(), canonical);
        else
            QCOMPARE(parsed.error().code, QStringLiteral("RESOLVER_INVALID"));
    }

    void resolvConf() {
        QTemporaryDir dir;
        const QString path = dir.filePath("resolv.conf");
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("# comment\nsearch example\nnameserver 127.0.0.53\nnameserver fe80::1%eth0\nnameserver   ::1\n"
                "nameserver bogus\noptions edns0\n");
        f.close();
        const QList<DnsServerAddress> servers = dnsServersFromResolvConf(path);
        QCOMPARE(servers.size(), 3);
        QCOMPARE(servers[0].toString(), QStringLiteral("127.0.0.53#53"));
        QCOMPARE(servers[1].toString(), QStringLiteral("fe80::1#53"));
        QCOMPARE(servers[2].toString(), QStringLiteral("::1#53"));
        QVERIFY(dnsServersFromResolvConf(dir.filePath("missing")).isEmpty());
    }

    void answerRecorded() {
        DnsObservationLog log;
        DnsClientOptions o;
        o.servers = {parseDnsServerAddress(m_resolver->address()).value()};
        o.timeoutMs = 1000;
        DnsClient client(o, &log);
        const DnsResponse r = client.query("WWW.Test", 1);
        QCOMPARE(r.outcome, DnsResponse::Outcome::Answer);
        QCOMPARE(r.name, QStringLiteral("www.test."));
        QCOMPARE(rcodeOf(r), 0);
        QCOMPARE(answerCount(r), 2); // A + RRSIG
        QVERIFY(r.receivedAt.isValid());
        QCOMPARE(log.responses().size(), 1);
        QCOMPARE(DnsResponse::fromJson(r.toJson()).wire, r.wire);
    }

    void truncatedAnswerRetriedOverTcp() {
        DnsClientOptions o;
        o.servers = {parseDnsServerAddress(m_resolver->address()).value()};
        o.timeoutMs = 1000;
        DnsClient client(o);
        const DnsResponse r = client.query("many.test.", 16);
        QCOMPARE(r.outcome, DnsResponse::Outcome::Answer);
        QVERIFY2(r.wire.size() > 1232, "the full answer comes over TCP");
        QCOMPARE(answerCount(r), 61);
    }

    void failoverToNextResolver() {
        DnsClientOptions o;
        o.servers = {parseDnsServerAddress("127.0.0.1#9").value(),
                     parseDnsServerAddress(m_resolver->address()).value()};
        o.timeoutMs = 500;
        o.retries = 0;
        DnsObservationLog log;
        DnsClient client(o, &log);
        const DnsResponse r = client.query("www.test", 1);
        QCOMPARE(r.outcome, DnsResponse::Outcome::Answer);
        QCOMPARE(r.server, m_resolver->address());
        QCOMPARE(log.responses().size(), 2);
        QVERIFY(log.responses().first().outcome != DnsResponse::Outcome::Answer);
    }

    void timeoutBoundsTheQuery() {
        DnsClientOptions o;
        o.servers = {parseDnsServerAddress(m_resolver->address()).value()};
        o.timeoutMs = 600;
        o.retries = 2;
        DnsClient client(o);
        QElapsedTimer clock;
        clock.start();
        const DnsResponse r = client.query("slow.test", 1);
        QVERIFY(clock.elapsed() < 1500);
        QCOMPARE(r.outcome, DnsResponse::Outcome::Timeout);
    }

    void queryLimit() {
        DnsClientOptions o;
        o.servers = {parseDnsServerAddress(m_resolver->address()).value()};
        o.maxQueries = 2;
        DnsClient client(o);
        QCOMPARE(client.query("www.test", 1).outcome, DnsResponse::Outcome::Answer);
        QCOMPARE(client.query("www.test", 1).outcome, DnsResponse::Outcome::Answer);
        QCOMPARE(client.query("www.test", 1).outcome, DnsResponse::Outcome::NetworkError);
    }

    void replayAnswersWhatWasRecorded() {
        DnsObservationLog log;
        DnsClientOptions o;
        o.servers = {parseDnsServerAddress(m_resolver->address()).value()};
        DnsClient client(o, &log);
        const DnsResponse live = client.query("www.test", 1);
        ReplayDnsSource replay(log.responses());
        QCOMPARE(replay.query("WWW.test", 1).wire, live.wire);
        QCOMPARE(replay.query("www.test.", 28).outcome, DnsResponse::Outcome::Timeout);
    }
};

QTEST_GUILESS_MAIN(tst_DnsClient)
#include "tst_DnsClient.moc"
