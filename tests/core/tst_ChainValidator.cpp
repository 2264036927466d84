// DNSSEC validation from the trust anchor against a signed fixture hierarchy served by an in-process
// resolver on 127.0.0.1: secure data, NSEC and NSEC3 denials, insecure delegations, bogus signatures and
// DS records, unresolved answers, a resolver that strips DNSSEC, and replay of the recorded answers.

#include "FakeDnsResolver.h"
#include "core/check/ChainValidator.h"
#include "core/dns/DnsClient.h"
#include "core/dns/DnsObservationLog.h"
#include "core/dns/ReplayDnsSource.h"

#include <QTest>

using namespace danewerk::core;
using namespace danewerk::tests;

Q_DECLARE_METATYPE(danewerk::core::DnssecState)

class tst_ChainValidator : public QObject {
    Q_OBJECT

private:
    const QDateTime m_now = QDateTime(QDate(2026, 11, 29), QTime(6, 0), Qt::UTC);
    std::unique_ptr<SignedHierarchy> m_hierarchy;
    std::unique_ptr<FakeDnsResolver> m_resolver;
    ValidationTrustAnchors m_anchors;

    DnsClientOptions clientOptions() const {
        DnsClientOptions o;
        o.servers = {parseDnsServerAddress(m_resolver->address()).value()};
        o.timeoutMs = 2000;
        o.retries = 0;
        return o;
    }

private slots:
    void initTestCase() {
        m_hierarchy = std::make_unique<SignedHierarchy>(m_now);
        m_hierarchy->addZone({".", "", true});
        m_hierarchy->addZone({"test.", "", true});
        m_hierarchy->addZone(
            {"good.test.",
             "@ MX 10 mx1\nmx1 A 127.0.0.2\nmx1 AAAA ::1\n"
             "_25._tcp.mx1 TLSA 3 1 1 0102030405060708091011121314151617181920212223242526272829303132\n"
             "alias CNAME mx1\nmx2 A 127.0.0.3\nloop1 CNAME loop2\nloop2 CNAME loop1\n"
             "c0 CNAME c1\nc1 CNAME c2\nc2 CNAME c3\nc3 CNAME c4\nc4 CNAME c5\nc5 CNAME c6\nc6 CNAME c7\nc7 CNAME "
             "c8\nc8 CNAME c9\nc9 CNAME c10\nc10 CNAME c11\nc11 CNAME c12\nc12 A 127.0.0.2\n",
             true});
        m_hierarchy->addZone({"wild.test.", "*.hosts A 127.0.0.2\n", true});
        m_hierarchy->addZone({"wild3.test.", "*.hosts A 127.0.0.2\n", true, true, 0});
        m_hierarchy->addZone({"nsec3.test.", "@ MX 10 mx\nmx A 127.0.0.2\n", true, true, 0});
        m_hierarchy->addZone({"costly.test.", "@ MX 10 mx\nmx A 127.0.0.2\n", true, true, 200});
        m_hierarchy->addZone({"unsigned.test.", "@ MX 10 mx\nmx A 127.0.0.2\n", false});
        m_hierarchy->addZone({"expired.test.", "@ MX 10 mx\nmx A 127.0.0.2\n", true, false, 0, true});
        m_hierarchy->addZone({"wrongds.test.", "@ MX 10 mx\nmx A 127.0.0.2\n", true, false, 0, false, true});
        const QString error = m_hierarchy->build();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        m_resolver = std::make_unique<FakeDnsResolver>(m_hierarchy->zones());
        QVERIFY(m_resolver->start());
        m_resolver->servfail("broken.good.test.");
        m_resolver->drop("slow.good.test.");
        m_resolver->omitWildcardProof("unproven.hosts.wild.test.");
        m_resolver->omitWildcardProof("unproven.hosts.wild3.test.");
        const auto anchors = ValidationTrustAnchors::fromText(m_hierarchy->trustAnchorText());
        QVERIFY2(anchors.ok(), qPrintable(anchors.error().message));
        m_anchors = *anchors;
    }

    void lookup_data() {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("type");
        QTest::addColumn<DnssecState>("state");
        QTest::addColumn<bool>("exists");
        QTest::addColumn<QString>("finding");
        using S = DnssecState;
        QTest::newRow("secure MX") << "good.test."
                                   << "MX" << S::Secure << true << "";
        QTest::newRow("secure A") << "mx1.good.test."
                                  << "A" << S::Secure << true << "";
        QTest::newRow("secure AAAA") << "mx1.good.test."
                                     << "AAAA" << S::Secure << true << "";
        QTest::newRow("secure TLSA below empty non-terminal") << "_25._tcp.mx1.good.test."
                                                              << "TLSA" << S::Secure << true << "";
        QTest::newRow("NSEC nodata") << "mx2.good.test."
                                     << "AAAA" << S::Secure << false << "";
        QTest::newRow("NSEC nxdomain TLSA") << "_25._tcp.mx2.good.test."
                                            << "TLSA" << S::Secure << false << "";
        QTest::newRow("NSEC3 nodata") << "mx.nsec3.test."
                                      << "AAAA" << S::Secure << false << "";
        QTest::newRow("NSEC3 nxdomain TLSA") << "_25._tcp.mx.nsec3.test."
                                             << "TLSA" << S::Secure << false << "";
        QTest::newRow("NSEC3 secure MX") << "nsec3.test."
                                         << "MX" << S::Secure << true << "";
        QTest::newRow("NSEC3 over 150 iterations") << "_25._tcp.mx.costly.test."
                                                   << "TLSA" << S::Insecure << false << "";
        QTest::newRow("insecure delegation") << "unsigned.test."
                                             << "MX" << S::Insecure << true << "";
        QTest::newRow("insecure below delegation") << "_25._tcp.mx.unsigned.test."
                                                   << "TLSA" << S::Insecure << false << "";
        QTest::newRow("expired signatures") << "expired.test."
                                            << "MX" << S::Bogus << true << "RRSIG_EXPIRED";
        QTest::newRow("DS matches no key") << "wrongds.test."
                                           << "MX" << S::Bogus << true << "DS_NO_MATCHING_DNSKEY";
        QTest::newRow("SERVFAIL") << "broken.good.test."
                                  << "A" << S::Unresolved << false << "";
        QTest::newRow("timeout") << "slow.good.test."
                                 << "A" << S::Unresolved << false << "";
        QTest::newRow("wildcard with NSEC proof") << "a.hosts.wild.test."
                                                  << "A" << S::Secure << true << "";
        QTest::newRow("wildcard with NSEC3 proof") << "a.hosts.wild3.test."
                                                   << "A" << S::Secure << true << "";
        QTest::newRow("wildcard without NSEC proof") << "unproven.hosts.wild.test."
                                                     << "A" << S::Bogus << true << "WILDCARD_PROOF_MISSING";
        QTest::newRow("wildcard without NSEC3 proof") << "unproven.hosts.wild3.test."
                                                      << "A" << S::Bogus << true << "WILDCARD_PROOF_MISSING";
        QTest::newRow("CNAME loop") << "loop1.good.test."
                                    << "A" << S::Unresolved << false << "";
        QTest::newRow("CNAME chain too long") << "c0.good.test."
                                              << "A" << S::Unresolved << false << "";
        QTest::newRow("CNAME chain within bounds") << "c5.good.test."
                                                   << "A" << S::Secure << true << "";
        QTest::newRow("CNAME followed") << "alias.good.test."
                                        << "A" << S::Secure << true << "";
    }

    void lookup() {
        QFETCH(QString, name);
        QFETCH(QString, type);
        QFETCH(DnssecState, state);
        QFETCH(bool, exists);
        QFETCH(QString, finding);
        DnsClient client(clientOptions());
        ChainGraph graph;
        ChainValidator validator(client, m_anchors, {m_now, 7 * 86400}, &graph);
        const ValidatedRrset r = validator.lookup(name, ldns_get_rr_type_by_name(type.toLatin1().constData()));
        QVERIFY2(r.state == state, qPrintable(dnssecStateName(r.state) + ": " + r.reason));
        QCOMPARE(r.exists, exists);
        if (!finding.isEmpty()) {
            QStringList codes;
            for (const Finding& f : validator.findings())
                codes << f.code;
            QVERIFY2(codes.contains(finding), qPrintable(codes.join(',')));
        }
        QVERIFY(!graph.nodes().isEmpty());
        QVERIFY(!validator.dnssecStripped());
    }

    void cnameChainRecorded() {
        DnsClient client(clientOptions());
        ChainValidator validator(client, m_anchors, {m_now, 7 * 86400}, nullptr);
        const ValidatedRrset r = validator.lookup("alias.good.test", LDNS_RR_TYPE_A);
        QCOMPARE(r.cnameChain, QStringList{"alias.good.test."});
        QCOMPARE(r.finalName, QStringLiteral("mx1.good.test."));
        QCOMPARE(r.records.size(), 1);
        QCOMPARE(r.records.first().rdataText, QStringLiteral("127.0.0.2"));
        QCOMPARE(r.firstHopState, DnssecState::Secure);
    }

    void expiryWarning() {
        DnsClient client(clientOptions());
        ChainValidator validator(client, m_anchors, {m_now.addDays(25), 7 * 86400}, nullptr);
        const ValidatedRrset r = validator.lookup("good.test", LDNS_RR_TYPE_MX);
        QCOMPARE(r.state, DnssecState::Secure);
        QStringList codes;
        for (const Finding& f : validator.findings())
            codes << f.code;
        QVERIFY(codes.contains("RRSIG_EXPIRES_SOON"));
    }

    void noAnchorIsIndeterminate() {
        DnsClient client(clientOptions());
        const auto anchors = ValidationTrustAnchors::fromText(". 3600 IN DS 1 8 2 " + QString(64, 'a'));
        ChainValidator validator(
            client, ValidationTrustAnchors::fromText("other. 3600 IN DS 1 8 2 " + QString(64, 'a')).value(), {m_now, 0},
            nullptr);
        QCOMPARE(validator.lookup("good.test", LDNS_RR_TYPE_MX).state, DnssecState::Indeterminate);
        // A root anchor that matches no root key makes everything bogus.
        ChainValidator wrong(client, anchors.value(), {m_now, 0}, nullptr);
        QCOMPARE(wrong.lookup("good.test", LDNS_RR_TYPE_MX).state, DnssecState::Bogus);
    }

    void dnskeyTrustAnchor() {
        // The root.key form: the root's DNSKEY itself as the anchor.
        QString anchorText;
        for (const BuiltZone& zone : m_hierarchy->zones()) {
            if (zone.apex != QLatin1String("."))
                continue;
            for (size_t i = 0; i < ldns_rr_list_rr_count(zone.rrs.get()); ++i) {
                const ldns_rr* rr = ldns_rr_list_rr(zone.rrs.get(), i);
                if (ldns_rr_get_type(rr) != LDNS_RR_TYPE_DNSKEY)
                    continue;
                char* text = ldns_rr2str(rr);
                anchorText += QString::fromLatin1(text);
                free(text);
            }
        }
        const auto anchors = ValidationTrustAnchors::fromText(anchorText);
        QVERIFY2(anchors.ok(), qPrintable(anchorText));
        DnsClient client(clientOptions());
        ChainValidator validator(client, *anchors, {m_now, 0}, nullptr);
        QCOMPARE(validator.lookup("good.test", LDNS_RR_TYPE_MX).state, DnssecState::Secure);
    }

    void dnskeyNodesTakeTheStateOfTheirRrset_data() {
        QTest::addColumn<QString>("anchor"); // empty: the hierarchy's own
        QTest::addColumn<QString>("zone");
        QTest::addColumn<QString>("status");
        QTest::addColumn<int>("dsEdges"); // DS -> DNSKEY edges into the zone's keys: none, or at least this many
        const QString wrongRoot = ". 3600 IN DS 1 8 2 " + QString(64, 'a');
        QTest::newRow("secure zone") << QString() << "good.test."
                                     << "secure" << 1;
        QTest::newRow("parent of a bogus zone stays secure") << QString() << "test."
                                                             << "secure" << 1;
        QTest::newRow("expired DNSKEY signatures") << QString() << "expired.test."
                                                   << "bogus" << 1;
        QTest::newRow("DS matches no key") << QString() << "wrongds.test."
                                           << "bogus" << 0;
        QTest::newRow("anchor matches no root key") << wrongRoot << "."
                                                    << "bogus" << 0;
    }

    void dnskeyNodesTakeTheStateOfTheirRrset() {
        QFETCH(QString, anchor);
        QFETCH(QString, zone);
        QFETCH(QString, status);
        QFETCH(int, dsEdges);
        DnsClient client(clientOptions());
        ChainGraph graph;
        const ValidationTrustAnchors anchors =
            anchor.isEmpty() ? m_anchors : ValidationTrustAnchors::fromText(anchor).value();
        ChainValidator validator(client, anchors, {m_now, 0}, &graph);
        const QString mailDomain =
            zone == QLatin1String(".") || zone == QLatin1String("test.") ? "expired.test." : zone;
        (void)validator.lookup(mailDomain, LDNS_RR_TYPE_MX);
        QStringList keys;
        for (const ChainGraph::Node& n : graph.nodes()) {
            if (n.kind != QLatin1String("dnskey") || !n.id.startsWith(QStringLiteral("dnskey:%1/").arg(zone)))
                continue;
            keys << n.id;
            QVERIFY2(n.status == status, qPrintable(n.label + ": " + n.status));
        }
        QVERIFY(!keys.isEmpty()); // the fixture zones have one CSK each
        int intoKeys = 0;
        for (const ChainGraph::Edge& e : graph.edges()) {
            if (!keys.contains(e.to))
                continue;
            if (e.kind == QLatin1String("ds-dnskey")) {
                ++intoKeys;
                QCOMPARE(e.status, status);
            }
            // A key signing the other keys is only drawn for a DNSKEY RRset that verified.
            if (e.kind == QLatin1String("rrsig"))
                QCOMPARE(status, QStringLiteral("secure"));
        }
        if (dsEdges == 0)
            QCOMPARE(intoKeys, 0);
        else
            QVERIFY2(intoKeys >= dsEdges, qPrintable(QString::number(intoKeys)));
    }

    void strippingResolverDetected() {
        m_resolver->stripDnssec(true);
        DnsClient client(clientOptions());
        ChainValidator validator(client, m_anchors, {m_now, 0}, nullptr);
        (void)validator.lookup("good.test", LDNS_RR_TYPE_MX);
        m_resolver->stripDnssec(false);
        QVERIFY(validator.dnssecStripped());
    }

    void replayGivesSameResult() {
        DnsObservationLog log;
        DnsClient client(clientOptions(), &log);
        ChainValidator live(client, m_anchors, {m_now, 0}, nullptr);
        const ValidatedRrset a = live.lookup("_25._tcp.mx1.good.test", LDNS_RR_TYPE_TLSA);
        QVERIFY(!log.responses().isEmpty());
        QList<DnsResponse> saved;
        for (const QJsonValue& v : log.toJson())
            saved.append(DnsResponse::fromJson(v.toObject()));
        ReplayDnsSource replay(saved);
        ChainValidator offline(replay, m_anchors, {m_now, 0}, nullptr);
        const ValidatedRrset b = offline.lookup("_25._tcp.mx1.good.test", LDNS_RR_TYPE_TLSA);
        QCOMPARE(b.state, a.state);
        QCOMPARE(b.records.size(), a.records.size());
        QCOMPARE(b.records.first().rdata, a.records.first().rdata);
    }

    void trustAnchorFileForms() {
        const auto dnskey =
            ValidationTrustAnchors::fromText("; root.key form\n. 172800 IN DNSKEY 257 3 8 (\n "
                                             "AwEAAaz/tAm8yTn4Mfeh5eyI96WSVexTBAvkMgJzkKTOiW1vkIbzxeF3 )\n");
        QVERIFY2(dnskey.ok(), qPrintable(dnskey.error().message));
        QCOMPARE(dnskey->owners(), QStringList{"."});
        const auto bad = ValidationTrustAnchors::fromText("example. IN A 192.0.2.1\n");
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error().code, QStringLiteral("NO_TRUST_ANCHOR"));
        QCOMPARE(ValidationTrustAnchors::ianaRoot().owners(), QStringList{"."});
    }
};

QTEST_GUILESS_MAIN(tst_ChainValidator)
#include "tst_ChainValidator.moc"
