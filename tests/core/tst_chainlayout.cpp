// The chain diagram's layout, computed from real checks against the loopback fakes (signed hierarchy,
// in-process resolver, SMTP test servers): node and edge counts, clusters, statuses, certificate depths and
// the TLSA-match edges for DANE-EE, DANE-TA, mismatch, bogus and insecure domains. Time pinned.

#include "LiveCheckFixture.h"
#include "core/check/MailDomainCheck.h"
#include "core/check/SmtpProber.h"
#include "core/diagram/ChainLayout.h"
#include "core/dns/DnsClient.h"

#include <QJsonDocument>
#include <QTest>

using namespace danewerk::core;
using namespace danewerk::tests;

class tst_ChainLayout : public QObject {
    Q_OBJECT

private:
    const QDateTime m_now = QDateTime(QDate(2026, 11, 29), QTime(6, 0), Qt::UTC);
    std::unique_ptr<LiveCheckFixture> m_fixture;
    QHash<QString, MailDomainResult> m_results;

    MailDomainResult check(const QString& domain) {
        if (m_results.contains(domain))
            return m_results.value(domain);
        MailCheckOptions o;
        o.now = m_now;
        o.anchors = ValidationTrustAnchors::fromText(m_fixture->anchorText()).value();
        o.smtpPort = m_fixture->smtpPort();
        o.ehloName = QStringLiteral("checker.test");
        o.timeoutMs = 1500;
        DnsClientOptions d;
        d.servers = {parseDnsServerAddress(m_fixture->resolver()).value()};
        d.timeoutMs = 700;
        d.retries = 0;
        DnsClient dns(d);
        LiveSmtpProber smtp;
        const MailDomainResult r = MailDomainCheck(o, dns, smtp).run(domain);
        m_results.insert(domain, r);
        return r;
    }

    static QStringList matches(const ChainLayout& layout) {
        QStringList out;
        for (const DiagramEdge& e : layout.edges()) {
            if (e.kind != QLatin1String("tlsa-match"))
                continue;
            const DiagramNode* tlsa = layout.node(e.from);
            const DiagramNode* cert = layout.node(e.to);
            if (!tlsa || !cert)
                return {QStringLiteral("dangling")};
            out << QStringLiteral("%1@%2").arg(tlsa->label.section(QLatin1Char(' '), 0, 0)).arg(cert->depth);
        }
        out.sort();
        return out;
    }

private slots:
    void initTestCase() {
        m_fixture = std::make_unique<LiveCheckFixture>(m_now);
        const QString error = m_fixture->setUp();
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void layoutOfRealChecks_data() {
        QTest::addColumn<QString>("domain");
        QTest::addColumn<QString>("verdictClass");
        QTest::addColumn<QString>("domainZoneClass");
        QTest::addColumn<QStringList>("matched"); // TLSA usage @ certificate depth
        QTest::addColumn<int>("certificates");
        QTest::newRow("dane-ee") << "ee.test."
                                 << "secure"
                                 << "secure" << QStringList{"3@0"} << 2;
        QTest::newRow("dane-ta") << "ta.test."
                                 << "secure"
                                 << "secure" << QStringList{"2@1", "3@0"} << 2;
        QTest::newRow("mismatch") << "mismatch.test."
                                  << "bogus"
                                  << "secure" << QStringList{} << 2;
        QTest::newRow("bogus-expired") << "expired.test."
                                       << "bogus"
                                       << "bogus" << QStringList{} << 0;
        QTest::newRow("bogus-wrong-ds") << "wrongds.test."
                                        << "bogus"
                                        << "bogus" << QStringList{} << 0;
        QTest::newRow("insecure") << "insecure.test."
                                  << "insecure"
                                  << "insecure" << QStringList{} << 2;
    }

    void layoutOfRealChecks() {
        QFETCH(QString, domain);
        QFETCH(QString, verdictClass);
        QFETCH(QString, domainZoneClass);
        QFETCH(QStringList, matched);
        QFETCH(int, certificates);
        const MailDomainResult r = check(domain);
        const QByteArray json = QJsonDocument(r.toJson()).toJson(QJsonDocument::Compact);
        const ChainLayout layout = ChainLayout::compute(r.chain);

        // Every node and edge of the graph is drawn; dangling edge ends become explicit "missing" nodes.
        int synthetic = 0;
        for (const DiagramNode& n : layout.nodes())
            synthetic += n.synthetic ? 1 : 0;
        QCOMPARE(layout.nodes().size() - synthetic, r.chain.nodes().size());
        QCOMPARE(layout.edges().size(), r.chain.edges().size());
        for (const DiagramNode& n : layout.nodes())
            if (n.synthetic)
                QCOMPARE(n.statusClass(), DiagramStatus::Missing);

        // Clusters: root above the TLD above the domain.
        QRectF root, tld, zone;
        for (const DiagramCluster& c : layout.clusters()) {
            if (c.zone == QLatin1String("."))
                root = c.rect;
            else if (c.zone == QLatin1String("test."))
                tld = c.rect;
            else if (c.zone == domain) {
                zone = c.rect;
                QVERIFY2(diagramStatusName(c.statusClass()) == domainZoneClass, json.constData());
            }
        }
        QVERIFY(!root.isNull() && !tld.isNull() && !zone.isNull());
        QVERIFY(root.bottom() < tld.top());
        QVERIFY(tld.bottom() < zone.top());

        // No two boxes overlap; every zone's DS, keys and RRsets sit inside its cluster.
        const QList<DiagramNode>& nodes = layout.nodes();
        for (qsizetype i = 0; i < nodes.size(); ++i) {
            if (nodes[i].kind == QLatin1String("zone"))
                continue;
            QVERIFY2(nodes[i].rect.width() >= 90 && nodes[i].rect.height() > 0, qPrintable(nodes[i].id));
            for (qsizetype j = i + 1; j < nodes.size(); ++j)
                if (nodes[j].kind != QLatin1String("zone"))
                    QVERIFY2(!nodes[i].rect.intersects(nodes[j].rect), qPrintable(nodes[i].id + " / " + nodes[j].id));
            if (!nodes[i].zone.isEmpty()) {
                bool inside = false;
                for (const DiagramCluster& c : layout.clusters())
                    inside = inside || (c.zone == nodes[i].zone && c.rect.contains(nodes[i].rect));
                QVERIFY2(inside, qPrintable(nodes[i].id));
            }
            QVERIFY(layout.bounds().contains(nodes[i].rect));
        }
        QVERIFY(layout.bounds().contains(layout.legendRect()));

        // Edges run from their source's box to their target's box.
        for (const DiagramEdge& e : layout.edges()) {
            QVERIFY(e.route.size() == 4 || e.route.size() == 10);
            const DiagramNode* fromNode = layout.node(e.from);
            const DiagramNode* toNode = layout.node(e.to);
            QRectF from = fromNode->rect.adjusted(-0.5, -0.5, 0.5, 0.5);
            if (fromNode->kind == QLatin1String("zone") && e.kind == QLatin1String("delegation"))
                for (const DiagramCluster& c : layout.clusters())
                    if (c.zone == fromNode->zone)
                        from = c.rect.adjusted(-0.5, -0.5, 0.5, 0.5);
            const QRectF to = toNode->rect.adjusted(-0.5, -0.5, 0.5, 0.5);
            QVERIFY2(from.contains(e.route.first()), qPrintable(e.from + " -> " + e.to));
            QVERIFY2(to.contains(e.route.last()), qPrintable(e.from + " -> " + e.to));
            // No edge runs through a box it does not connect.
            for (qsizetype first = 0; first + 3 < e.route.size(); first += 3)
                for (int i = 1; i < 24; ++i) {
                    const qreal t = i / 24.0;
                    const qreal u = 1 - t;
                    const QPointF p = u * u * u * e.route[first] + 3 * u * u * t * e.route[first + 1] +
                                      3 * u * t * t * e.route[first + 2] + t * t * t * e.route[first + 3];
                    for (const DiagramNode& n : layout.nodes())
                        if (&n != fromNode && &n != toNode && n.kind != QLatin1String("zone"))
                            QVERIFY2(!n.rect.adjusted(2, 2, -2, -2).contains(p),
                                     qPrintable(e.from + " -> " + e.to + " crosses " + n.id));
                }
        }

        const DiagramNode* verdict = layout.node(QStringLiteral("verdict:") + domain);
        QVERIFY(verdict);
        QVERIFY2(diagramStatusName(verdict->statusClass()) == verdictClass, json.constData());
        for (const DiagramNode& n : nodes) // the verdict is the last layer
            if (&n != verdict && n.kind != QLatin1String("zone"))
                QVERIFY(n.rect.bottom() < verdict->rect.top());
        QCOMPARE(matches(layout), matched);
        int certs = 0;
        for (const DiagramNode& n : nodes)
            if (n.kind == QLatin1String("certificate")) {
                ++certs;
                QVERIFY(n.depth >= 0);
            }
        QCOMPARE(certs, certificates);
        // Keys carry their markings: the root's key is the trust anchor and a SEP key.
        bool anchor = false;
        for (const DiagramNode& n : nodes)
            anchor =
                anchor || (n.kind == QLatin1String("dnskey") && n.zone == QLatin1String(".") && n.trustAnchor && n.sep);
        QVERIFY(anchor);
    }

    void bogusShowsBogusRrset() {
        const ChainLayout layout = ChainLayout::compute(check(QStringLiteral("expired.test.")).chain);
        bool bogus = false;
        for (const DiagramNode& n : layout.nodes())
            bogus = bogus || (n.kind == QLatin1String("rrset") && n.zone == QLatin1String("expired.test.") &&
                              n.statusClass() == DiagramStatus::Bogus);
        QVERIFY(bogus);
    }

    void keysFollowTheirDnskeyRrset_data() {
        QTest::addColumn<QString>("domain");
        QTest::addColumn<int>("status");
        QTest::newRow("secure") << "ee.test." << int(DiagramStatus::Secure);
        QTest::newRow("bogus: expired signatures") << "expired.test." << int(DiagramStatus::Bogus);
        QTest::newRow("bogus: DS matches no key") << "wrongds.test." << int(DiagramStatus::Bogus);
    }

    void keysFollowTheirDnskeyRrset() {
        QFETCH(QString, domain);
        QFETCH(int, status);
        const ChainLayout layout = ChainLayout::compute(check(domain).chain);
        int keys = 0;
        for (const DiagramNode& n : layout.nodes()) {
            if (n.kind != QLatin1String("dnskey") || !n.id.startsWith(QStringLiteral("dnskey:%1/").arg(domain)))
                continue;
            ++keys;
            QVERIFY2(int(n.statusClass()) == status, qPrintable(n.label + ": " + n.status));
        }
        QVERIFY(keys >= 1);
    }

    void insecureDelegationHasProofInParent() {
        const ChainLayout layout = ChainLayout::compute(check(QStringLiteral("insecure.test.")).chain);
        const DiagramNode* proof = layout.node(QStringLiteral("proof:insecure.test./DS"));
        QVERIFY(proof);
        QCOMPARE(proof->zone, QStringLiteral("test."));
        QCOMPARE(proof->statusClass(), DiagramStatus::Insecure);
    }

    void jsonAndGraphGiveTheSamePicture() {
        const MailDomainResult r = check(QStringLiteral("ta.test."));
        const ChainLayout a = ChainLayout::compute(r.chain);
        const ChainLayout b = ChainLayout::fromJson(r.toJson().value(QStringLiteral("chain")).toObject());
        QCOMPARE(a.nodes().size(), b.nodes().size());
        for (qsizetype i = 0; i < a.nodes().size(); ++i) {
            QCOMPARE(a.nodes()[i].id, b.nodes()[i].id);
            QCOMPARE(a.nodes()[i].rect, b.nodes()[i].rect);
        }
        QCOMPARE(a.bounds(), b.bounds());
    }

    void textWidthDecidesNodeWidth() {
        const MailDomainResult r = check(QStringLiteral("ee.test."));
        const ChainLayout narrow = ChainLayout::compute(r.chain, [](const QString& t) { return 5.0 * t.size(); });
        const ChainLayout wide = ChainLayout::compute(r.chain, [](const QString& t) { return 9.0 * t.size(); });
        const QString id = QStringLiteral("host:mx.ee.test.");
        QVERIFY(narrow.node(id) && wide.node(id));
        QVERIFY(wide.node(id)->rect.width() > narrow.node(id)->rect.width());
    }

    void statusClasses_data() {
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("expected");
        const QList<QPair<const char*, const char*>> rows{{"secure", "secure"},
                                                          {"authenticated", "secure"},
                                                          {"dane-authenticated", "secure"},
                                                          {"insecure", "insecure"},
                                                          {"no-tlsa", "insecure"},
                                                          {"bogus", "bogus"},
                                                          {"tlsa-mismatch", "bogus"},
                                                          {"dnssec-bogus", "bogus"},
                                                          {"cert-expired", "expired"},
                                                          {"indeterminate", "indeterminate"},
                                                          {"lookup-failed", "indeterminate"},
                                                          {"missing", "missing"},
                                                          {"absent", "missing"},
                                                          {"presented", "neutral"}};
        for (const auto& [status, expected] : rows)
            QTest::newRow(status) << QString::fromLatin1(status) << QString::fromLatin1(expected);
    }

    void statusClasses() {
        QFETCH(QString, status);
        QFETCH(QString, expected);
        QCOMPARE(diagramStatusName(diagramStatusOf(status)), expected);
    }

    void danglingEdgeBecomesMissingNode() {
        ChainGraph g;
        g.addNode(QStringLiteral("zone:."), QStringLiteral("zone"), QStringLiteral("."), QStringLiteral("secure"));
        g.addEdge(QStringLiteral("zone:."), QStringLiteral("rrset:gone.example./A"), QStringLiteral("rrsig"),
                  QStringLiteral("secure"));
        const ChainLayout layout = ChainLayout::compute(g);
        const DiagramNode* missing = layout.node(QStringLiteral("rrset:gone.example./A"));
        QVERIFY(missing);
        QVERIFY(missing->synthetic);
        QCOMPARE(missing->statusClass(), DiagramStatus::Missing);
        QCOMPARE(missing->zone, QStringLiteral("."));
    }
};

QTEST_GUILESS_MAIN(tst_ChainLayout)
#include "tst_chainlayout.moc"
