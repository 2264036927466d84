// The DNS client, the validator and the live check against a hostile DNS server on 127.0.9.x (real UDP and
// TCP sockets): truncated answers with a working, refused or closed TCP fallback; wrong IDs; answers to
// another question; oversize or endless TCP answers; CNAME loops and a 1,000-hop CNAME chain; a delegation
// as deep as a name allows (127 labels, every one a signed zone cut); a resolver whose zone cuts would need
// more queries than the client allows; slow answers. Every case must end within its timeout (plus a
// generous margin for a loaded machine) with the right status. Time pinned for the signatures.

#include "FakeDnsResolver.h"
#include "HostileDnsServer.h"
#include "LiveCheckFixture.h"
#include "core/check/ChainValidator.h"
#include "core/check/DnsAnswer.h"
#include "core/check/MailDomainCheck.h"
#include "core/check/SmtpProber.h"
#include "core/dns/DnsClient.h"
#include "core/dns/DnsExchange.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QTest>

using namespace danewerk::core;
using namespace danewerk::tests;

namespace {

// Generous: the machine running the tests may be loaded; what matters is that nothing waits unbounded.
constexpr qint64 MarginMs = 2000;
// For the cases about limits rather than time: long enough that a loaded machine never times out.
constexpr int ValidationTimeoutMs = 5000;

QString repeatedLabels(const QString& label, int count) {
    QString name;
    for (int i = 0; i < count; ++i)
        name += label + QLatin1Char('.');
    return name;
}

} // namespace

class tst_hostiledns : public QObject {
    Q_OBJECT

private:
    const QDateTime m_now = QDateTime(QDate(2026, 11, 29), QTime(6, 0), Qt::UTC);
    std::unique_ptr<SignedHierarchy> m_hierarchy;
    std::unique_ptr<FakeDnsResolver> m_upstream;
    QString m_deepName; // 127 labels, every one a zone cut

    static int rcodeOf(const DnsResponse& r) { return r.wire.size() >= 4 ? (quint8(r.wire[3]) & 0x0f) : -1; }
    static int answerCount(const DnsResponse& r) {
        return r.wire.size() >= 8 ? (quint8(r.wire[6]) << 8 | quint8(r.wire[7])) : -1;
    }

    std::unique_ptr<HostileDnsServer> hostile(HostileDnsServer::Udp udp, HostileDnsServer::Tcp tcp,
                                              bool listenTcp = true) const {
        auto server = std::make_unique<HostileDnsServer>(QStringLiteral("127.0.9.1"), m_upstream->port());
        server->setUdp(udp);
        server->setTcp(tcp);
        if (!server->start(listenTcp))
            return nullptr;
        return server;
    }

    static DnsClientOptions clientOptions(const HostileDnsServer& server, int timeoutMs, int retries) {
        DnsClientOptions o;
        o.servers = {parseDnsServerAddress(server.address()).value()};
        o.timeoutMs = timeoutMs;
        o.retries = retries;
        return o;
    }

    ChainValidator validator(DnsSource& source) const {
        ChainValidator::Options options;
        options.now = m_now;
        return ChainValidator(source, ValidationTrustAnchors::fromText(m_hierarchy->trustAnchorText()).value(), options,
                              nullptr);
    }

private slots:
    void initTestCase() {
        m_hierarchy = std::make_unique<SignedHierarchy>(m_now);
        m_hierarchy->addRootAndTest();
        // CNAME loops and a chain of 1,000 CNAMEs that ends at www.test. (every name of chain.test. has a
        // CNAME: the fake resolver's denials carry every NSEC of the zone, too many for one message here).
        QString chain = QStringLiteral("loop1 CNAME loop2\nloop2 CNAME loop3\nloop3 CNAME loop1\nself CNAME self\n");
        for (int i = 0; i < 999; ++i)
            chain += QStringLiteral("c%1 CNAME c%2\n").arg(i).arg(i + 1);
        chain += QStringLiteral("c999 CNAME www.test.\n");
        m_hierarchy->addZone({"chain.test.", chain});
        // The deepest delegation a name allows: 127 labels of one octet (255 octets on the wire), every
        // label a signed zone with a DS in its parent.
        for (int labels = 1; labels <= 127; ++labels) {
            const QString apex = repeatedLabels(QStringLiteral("x"), labels - 1) + QStringLiteral("d.");
            m_hierarchy->addZone({apex, labels == 127 ? QStringLiteral("@ A 192.0.2.127\n") : QString()});
            m_deepName = apex;
        }
        QVERIFY2(m_hierarchy->build().isEmpty(), "the signed hierarchy builds");
        QCOMPARE(m_deepName.count(QLatin1Char('.')), 127);
        m_upstream = std::make_unique<FakeDnsResolver>(m_hierarchy->zones());
        QVERIFY(m_upstream->start());
    }

    // One lookup of a large answer (61 TXT records, about 4 KB) through the hostile server.
    void transport_data() {
        using Udp = HostileDnsServer::Udp;
        using Tcp = HostileDnsServer::Tcp;
        QTest::addColumn<int>("udp");
        QTest::addColumn<int>("tcp");
        QTest::addColumn<bool>("listenTcp");
        QTest::addColumn<int>("wrongIds");
        QTest::addColumn<int>("delayMs");
        QTest::addColumn<int>("timeoutMs");
        QTest::addColumn<int>("retries");
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("outcome");
        QTest::addColumn<QString>("errorContains");
        const int answer = int(DnsResponse::Outcome::Answer);
        const int timeout = int(DnsResponse::Outcome::Timeout);
        const int network = int(DnsResponse::Outcome::NetworkError);
        const auto row = [](const char* name) -> QTestData& { return QTest::newRow(name); };
        row("honest answer") << int(Udp::Forward) << int(Tcp::Forward) << true << 0 << 0 << 4000 << 1 << "www.test."
                             << answer << "";
        row("TC=1, TCP answers") << int(Udp::Truncate) << int(Tcp::Forward) << true << 0 << 0 << 4000 << 1
                                 << "many.test." << answer << "";
        row("TC=1, TCP refused") << int(Udp::Truncate) << int(Tcp::Forward) << false << 0 << 0 << 1500 << 1
                                 << "many.test." << network << "truncated";
        row("TC=1, TCP closed at once") << int(Udp::Truncate) << int(Tcp::CloseAtOnce) << true << 0 << 0 << 1500 << 1
                                        << "many.test." << network << "TCP:";
        row("TC=1, TCP length prefix longer than what follows")
            << int(Udp::Truncate) << int(Tcp::ShortAfterPrefix) << true << 0 << 0 << 1500 << 1 << "many.test."
            << timeout << "incomplete";
        row("TC=1, TCP 64 KiB of garbage") << int(Udp::Truncate) << int(Tcp::Garbage64k) << true << 0 << 0 << 1500 << 1
                                           << "many.test." << network << "does not match";
        row("TC=1, TCP stream that never ends (trickle)") << int(Udp::Truncate) << int(Tcp::EndlessStream) << true << 0
                                                          << 0 << 1500 << 1 << "many.test." << timeout << "incomplete";
        row("TC=1, TCP stream that never ends (flood)") << int(Udp::Truncate) << int(Tcp::Flood) << true << 0 << 0
                                                        << 1500 << 1 << "many.test." << network << "does not match";
        row("3 wrong IDs, then the answer") << int(Udp::WrongIdsThenAnswer) << int(Tcp::Forward) << true << 3 << 0
                                            << 4000 << 1 << "www.test." << answer << "";
        row("50 wrong IDs, then the answer") << int(Udp::WrongIdsThenAnswer) << int(Tcp::Forward) << true << 50 << 0
                                             << 4000 << 0 << "www.test." << answer << "";
        row("only wrong IDs") << int(Udp::OnlyWrongIds) << int(Tcp::Forward) << true << 5 << 0 << 1500 << 1
                              << "www.test." << timeout << "ignored";
        row("another question, then the answer") << int(Udp::OtherQuestionThenAnswer) << int(Tcp::Forward) << true << 0
                                                 << 0 << 4000 << 1 << "www.test." << answer << "";
        row("only answers to another question") << int(Udp::OnlyOtherQuestion) << int(Tcp::Forward) << true << 0 << 0
                                                << 1500 << 1 << "www.test." << timeout << "ignored";
        row("no answer at all") << int(Udp::Silent) << int(Tcp::Forward) << true << 0 << 0 << 1500 << 2 << "www.test."
                                << timeout << "timeout";
        row("slow, beyond the timeout") << int(Udp::Slow) << int(Tcp::Forward) << true << 0 << 2500 << 1500 << 0
                                        << "www.test." << timeout << "timeout";
        row("slow, beyond the timeout, 2 retries") << int(Udp::Slow) << int(Tcp::Forward) << true << 0 << 2500 << 1500
                                                   << 2 << "www.test." << timeout << "timeout";
        row("slow, under the timeout") << int(Udp::Slow) << int(Tcp::Forward) << true << 0 << 1000 << 3000 << 0
                                       << "www.test." << answer << "";
    }

    void transport() {
        QFETCH(int, udp);
        QFETCH(int, tcp);
        QFETCH(bool, listenTcp);
        QFETCH(int, wrongIds);
        QFETCH(int, delayMs);
        QFETCH(int, timeoutMs);
        QFETCH(int, retries);
        QFETCH(QString, name);
        QFETCH(int, outcome);
        QFETCH(QString, errorContains);
        auto server = hostile(HostileDnsServer::Udp(udp), HostileDnsServer::Tcp(tcp), listenTcp);
        QVERIFY(server);
        server->setWrongIds(wrongIds);
        server->setDelayMs(delayMs);
        DnsClient client(clientOptions(*server, timeoutMs, retries));
        QElapsedTimer clock;
        clock.start();
        const quint16 type = name.startsWith(QLatin1String("many")) ? 16 : 1;
        const DnsResponse r = client.query(name, type);
        const qint64 elapsed = clock.elapsed();
        QVERIFY2(elapsed < timeoutMs + MarginMs, qPrintable(QStringLiteral("took %1 ms").arg(elapsed)));
        QVERIFY2(int(r.outcome) == outcome,
                 qPrintable(QStringLiteral("outcome %1: %2").arg(int(r.outcome)).arg(r.error)));
        if (outcome == int(DnsResponse::Outcome::Answer)) {
            QCOMPARE(rcodeOf(r), 0);
            QCOMPARE(answerCount(r), type == 16 ? 61 : 2);
            // The recorded answer is the one to our question.
            const DnsAnswer packet = DnsAnswer::parse(r);
            QVERIFY(packet.answered());
            QCOMPARE(ldns_rr_list_rr_count(packet.records(0, name, type).get()), size_t(type == 16 ? 60 : 1));
        } else {
            QVERIFY(r.wire.isEmpty());
            QVERIFY2(r.error.contains(errorContains, Qt::CaseInsensitive), qPrintable(r.error));
        }
    }

    void answerMatching() {
        QVERIFY(!DnsExchange::answers({}, {})); // nothing to compare: no match, no crash
        QVERIFY(!DnsExchange::answers(QByteArray(5, 0), QByteArray(12, 0)));
        // A query for a.example/A and variants of its answer.
        const QByteArray query = QByteArray::fromHex("1234010000010000000000000161076578616d706c650000010001");
        QVERIFY(!DnsExchange::answers(query, query)); // QR not set: not a response
        QByteArray answer = query;
        answer[2] = char(0x81);
        QVERIFY(DnsExchange::answers(query, answer));
        QByteArray upper = answer;
        upper[13] = 'A';
        QVERIFY2(DnsExchange::answers(query, upper), "names compare case-insensitively");
        QByteArray otherId = answer;
        otherId[1] = 0x35;
        QVERIFY(!DnsExchange::answers(query, otherId));
        QByteArray otherType = answer;
        otherType[otherType.size() - 3] = 28;
        QVERIFY(!DnsExchange::answers(query, otherType));
        QByteArray noQuestion = answer.left(12);
        noQuestion[5] = 0;
        QVERIFY(!DnsExchange::answers(query, noQuestion));
        QByteArray compressed = answer.left(12) + QByteArray::fromHex("c00c00010001");
        QVERIFY(!DnsExchange::answers(query, compressed));
        QVERIFY(!DnsExchange::answers(query, answer.left(answer.size() - 2)));
    }

    // Validation through the hostile server, which answers everything correctly but only after wrong IDs.
    void cnameLimits_data() {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("reason");
        QTest::newRow("loop of three") << "loop1.chain.test."
                                       << "CNAME loop at loop1.chain.test.";
        QTest::newRow("CNAME to itself") << "self.chain.test."
                                         << "CNAME loop at self.chain.test.";
        QTest::newRow("1,000-hop chain") << "c0.chain.test."
                                         << "CNAME chain longer than 8";
        QTest::newRow("chain of 8 hops ends in data") << "c992.chain.test."
                                                      << "";
    }

    void cnameLimits() {
        QFETCH(QString, name);
        QFETCH(QString, reason);
        auto server = hostile(HostileDnsServer::Udp::WrongIdsThenAnswer, HostileDnsServer::Tcp::Forward);
        QVERIFY(server);
        DnsClient client(clientOptions(*server, ValidationTimeoutMs, 1));
        ChainValidator v = validator(client);
        QElapsedTimer clock;
        clock.start();
        const ValidatedRrset r = v.lookup(name, 1);
        QVERIFY2(clock.elapsed() < 20000, "bounded by the number of hops, not by the chain");
        QVERIFY2(client.queriesSent() <= 30, qPrintable(QString::number(client.queriesSent())));
        if (reason.isEmpty()) {
            QVERIFY2(r.state == DnssecState::Secure, qPrintable(r.reason));
            QVERIFY(r.exists);
            QCOMPARE(r.cnameChain.size(), 8);
            QCOMPARE(r.finalName, QStringLiteral("www.test."));
        } else {
            QCOMPARE(r.state, DnssecState::Unresolved);
            QCOMPARE(r.reason, reason);
            QVERIFY(!r.exists);
        }
    }

    // 127 labels, each a zone cut with DS and DNSKEY: followed all the way down, securely, through a server
    // that only answers over TCP.
    void deepestDelegation() {
        auto server = hostile(HostileDnsServer::Udp::Truncate, HostileDnsServer::Tcp::Forward);
        QVERIFY(server);
        DnsClient client(clientOptions(*server, ValidationTimeoutMs, 1));
        ChainValidator v = validator(client);
        const ValidatedRrset r = v.lookup(m_deepName, 1);
        QVERIFY2(r.state == DnssecState::Secure, qPrintable(r.reason));
        QVERIFY(r.exists);
        QCOMPARE(r.records.size(), 1);
        QCOMPARE(r.records.first().rdataText, QStringLiteral("192.0.2.127"));
        // The root's DNSKEY, then DS and DNSKEY for every one of the 127 cuts, then the address.
        QCOMPARE(client.queriesSent(), 1 + 2 * 127 + 1);
    }

    // A resolver whose delegations would take more queries than the client allows: the lookup stops at the
    // limit with a clear reason instead of running on.
    void queryLimitStopsEndlessCuts() {
        auto server = hostile(HostileDnsServer::Udp::Forward, HostileDnsServer::Tcp::Forward);
        QVERIFY(server);
        DnsClientOptions o = clientOptions(*server, ValidationTimeoutMs, 1);
        o.maxQueries = 100;
        DnsClient client(o);
        ChainValidator v = validator(client);
        const ValidatedRrset r = v.lookup(m_deepName, 1);
        QCOMPARE(r.state, DnssecState::Unresolved);
        QVERIFY2(r.reason.contains(QLatin1String("query limit reached")), qPrintable(r.reason));
        QVERIFY(client.queriesSent() <= 102);
        QVERIFY(server->udpQueries() >= 100); // more only if an attempt was repeated after a timeout
    }

    // A resolver that claims a signed zone cut at every label of nine 126-label names joined by CNAMEs:
    // 1,125 zone cuts. The default limit of 2,000 queries ends the lookup cleanly.
    void thousandZoneCuts() {
        // Chain k: c<k>.t. and 124 more labels below it, every label a zone; the deepest name of each chain
        // is a CNAME to the deepest name of the next, the last one has the address.
        const auto deepestOf = [](int chain) {
            return repeatedLabels(QStringLiteral("a"), 124) + QStringLiteral("c%1.t.").arg(chain);
        };
        SignedHierarchy resolved(m_now);
        resolved.addZone({".", ""});
        resolved.addZone({"t.", ""});
        for (int chain = 0; chain < 9; ++chain) {
            for (int below = 0; below <= 124; ++below) {
                QString records;
                if (below == 124)
                    records = chain < 8 ? QStringLiteral("@ CNAME %1\n").arg(deepestOf(chain + 1))
                                        : QStringLiteral("@ A 192.0.2.9\n");
                resolved.addZone(
                    {repeatedLabels(QStringLiteral("a"), below) + QStringLiteral("c%1.t.").arg(chain), records});
            }
        }
        QCOMPARE(deepestOf(0).count(QLatin1Char('.')), 126);
        QElapsedTimer build;
        build.start();
        QVERIFY(resolved.build().isEmpty());
        qInfo("signed %d zones in %lld ms", int(resolved.zones().size()), build.elapsed());
        FakeDnsResolver upstream(resolved.zones());
        QVERIFY(upstream.start());
        HostileDnsServer server(QStringLiteral("127.0.9.2"), upstream.port());
        QVERIFY(server.start());
        DnsClientOptions o = clientOptions(server, ValidationTimeoutMs, 1);
        QCOMPARE(o.maxQueries, 2000);
        DnsClient client(o);
        ChainValidator::Options options;
        options.now = m_now;
        ChainValidator v(client, ValidationTrustAnchors::fromText(resolved.trustAnchorText()).value(), options,
                         nullptr);
        QElapsedTimer clock;
        clock.start();
        const ValidatedRrset r = v.lookup(deepestOf(0), 1);
        qInfo("stopped after %d queries in %lld ms", client.queriesSent(), clock.elapsed());
        QCOMPARE(r.state, DnssecState::Unresolved);
        QVERIFY2(r.reason.contains(QLatin1String("query limit reached")), qPrintable(r.reason));
        QVERIFY(r.cnameChain.size() >= 7);
        QVERIFY(server.udpQueries() >= 2000);
    }

    // The whole live check with the hostile server as the resolver.
    void liveCheck_data() {
        QTest::addColumn<int>("udp");
        QTest::addColumn<QString>("verdict");
        QTest::newRow("wrong IDs before every answer")
            << int(HostileDnsServer::Udp::WrongIdsThenAnswer) << "dane-authenticated";
        QTest::newRow("every answer truncated, TCP works")
            << int(HostileDnsServer::Udp::Truncate) << "dane-authenticated";
        QTest::newRow("answers to other questions only")
            << int(HostileDnsServer::Udp::OnlyOtherQuestion) << "unresolved";
        QTest::newRow("silent") << int(HostileDnsServer::Udp::Silent) << "unresolved";
    }

    void liveCheck() {
        QFETCH(int, udp);
        QFETCH(QString, verdict);
        LiveCheckFixture fixture(m_now);
        const QString error = fixture.setUp();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        HostileDnsServer server(QStringLiteral("127.0.9.3"), fixture.dns().port());
        server.setUdp(HostileDnsServer::Udp(udp));
        QVERIFY(server.start());
        DnsClientOptions dnsOptions;
        dnsOptions.servers = {parseDnsServerAddress(server.address()).value()};
        // Generous where answers come: a loaded machine must not turn them into timeouts.
        dnsOptions.timeoutMs = verdict == QLatin1String("unresolved") ? 1500 : ValidationTimeoutMs;
        dnsOptions.retries = 1;
        DnsClient dns(dnsOptions);
        MailCheckOptions options;
        options.now = m_now;
        options.anchors = ValidationTrustAnchors::fromText(fixture.anchorText()).value();
        options.smtpPort = fixture.smtpPort();
        options.ehloName = QStringLiteral("checker.test");
        options.timeoutMs = 4000;
        LiveSmtpProber smtp;
        QElapsedTimer clock;
        clock.start();
        const MailDomainResult r = MailDomainCheck(options, dns, smtp).run(QStringLiteral("ee.test."));
        const QByteArray json = QJsonDocument(r.toJson()).toJson(QJsonDocument::Compact);
        QVERIFY2(r.verdict == verdict, json.constData());
        // Nothing answers usefully: the check gives up after the first timeout instead of multiplying them.
        if (verdict == QLatin1String("unresolved"))
            QVERIFY2(clock.elapsed() < dnsOptions.timeoutMs + MarginMs, qPrintable(QString::number(clock.elapsed())));
    }
};

QTEST_GUILESS_MAIN(tst_hostiledns)
#include "tst_hostiledns.moc"
