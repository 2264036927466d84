#include "core/diagram/ZoneChainGraph.h"
#include "core/dnssec/DnssecKey.h"
#include "core/dnssec/ZoneSigner.h"
#include "core/dnssec/ZoneValidator.h"
#include "core/zone/ZoneLoader.h"

#include <QTest>
#include <QTimeZone>

using namespace danewerk::core;

namespace {

const QDateTime kNow = QDateTime(QDate(2026, 12, 1), QTime(0, 0), QTimeZone::utc());
const QDateTime kAfterExpiry = QDateTime(QDate(2027, 5, 16), QTime(0, 0), QTimeZone::utc());

QString samplePath() {
    return QStringLiteral(DANEWERK_TEST_DATA "/../../resources/sample/example.org.signed.zone");
}

ChainGraph graphAt(const Zone& zone, const QDateTime& now) {
    ValidationOptions options;
    options.now = now;
    return zoneChainGraph(zone, ZoneValidator::validateZone(zone, options), now);
}

const ChainGraph::Node* findNode(const QList<ChainGraph::Node>& nodes, const QString& id) {
    for (const ChainGraph::Node& n : nodes)
        if (n.id == id)
            return &n;
    return nullptr;
}

QString edgeStatus(const ChainGraph& graph, const QString& from, const QString& to, const QString& kind) {
    for (const ChainGraph::Edge& e : graph.edges())
        if (e.from == from && e.to == to && e.kind == kind)
            return e.status;
    return QStringLiteral("<none>");
}

int countKind(const QList<ChainGraph::Node>& nodes, const QString& kind) {
    int n = 0;
    for (const ChainGraph::Node& node : nodes)
        n += node.kind == kind ? 1 : 0;
    return n;
}

} // namespace

class TestZoneChainGraph : public QObject {
    Q_OBJECT
private slots:
    void sampleZoneIsSecure();
    void sampleZoneExpires();
    void splitKeysSignTheirOwnParts();
};

void TestZoneChainGraph::sampleZoneIsSecure() {
    auto zone = ZoneLoader::loadFile(samplePath());
    QVERIFY2(zone.ok(), qPrintable(zone.error().toString()));
    const ChainGraph graph = graphAt(*zone, kNow);
    const QList<ChainGraph::Node> nodes = graph.nodes();
    QCOMPARE(countKind(nodes, QStringLiteral("zone")), 1);
    QCOMPARE(countKind(nodes, QStringLiteral("ds")), 1);
    QCOMPARE(countKind(nodes, QStringLiteral("dnskey")), 1);
    // DNSKEY, SOA, NS, MX, TXT, A/AAAA, CNAME, TLSA, NSEC3PARAM, NSEC3 chain, DS for the child.
    const QStringList groups = {QStringLiteral("DNSKEY"), QStringLiteral("SOA"),  QStringLiteral("NS"),
                                QStringLiteral("MX"),     QStringLiteral("TXT"),  QStringLiteral("A+AAAA"),
                                QStringLiteral("CNAME"),  QStringLiteral("TLSA"), QStringLiteral("NSEC3PARAM"),
                                QStringLiteral("NSEC3"),  QStringLiteral("DS")};
    QCOMPARE(countKind(nodes, QStringLiteral("rrset")), groups.size());
    QCOMPARE(nodes.size(), 3 + groups.size());
    // One ds-dnskey edge and one rrsig edge per group (the CSK signs everything).
    QCOMPARE(graph.edges().size(), 1 + groups.size());

    const QString key = QStringLiteral("dnskey:example.org./23137");
    const ChainGraph::Node* keyNode = findNode(nodes, key);
    QVERIFY(keyNode);
    QCOMPARE(keyNode->label, QStringLiteral("DNSKEY 23137 alg 13 SEP"));
    QCOMPARE(keyNode->status, QStringLiteral("secure"));
    const ChainGraph::Node* ds = findNode(nodes, QStringLiteral("ds:example.org./23137"));
    QVERIFY(ds);
    QCOMPARE(ds->label, QStringLiteral("DS 23137 13 2"));
    QCOMPARE(edgeStatus(graph, ds->id, key, QStringLiteral("ds-dnskey")), QStringLiteral("secure"));
    for (const QString& group : groups) {
        const QString id = QStringLiteral("rrset:example.org./") + group;
        QVERIFY2(findNode(nodes, id), qPrintable(id));
        QCOMPARE(edgeStatus(graph, key, id, QStringLiteral("rrsig")), QStringLiteral("secure"));
    }
    QCOMPARE(findNode(nodes, QStringLiteral("rrset:example.org./A+AAAA"))->label, QStringLiteral("A/AAAA"));
    QCOMPARE(findNode(nodes, QStringLiteral("rrset:example.org./DS"))->label, QStringLiteral("DS for 1 child zone(s)"));
    for (const ChainGraph::Node& n : nodes)
        QVERIFY2(n.status == QLatin1String("secure"), qPrintable(n.id + QLatin1Char(' ') + n.status));
}

void TestZoneChainGraph::sampleZoneExpires() {
    auto zone = ZoneLoader::loadFile(samplePath());
    QVERIFY2(zone.ok(), qPrintable(zone.error().toString()));
    const ChainGraph graph = graphAt(*zone, kAfterExpiry);
    const QList<ChainGraph::Node> nodes = graph.nodes();
    QCOMPARE(findNode(nodes, QStringLiteral("rrset:example.org./SOA"))->status, QStringLiteral("expired"));
    QCOMPARE(findNode(nodes, QStringLiteral("rrset:example.org./DNSKEY"))->status, QStringLiteral("expired"));
    QCOMPARE(findNode(nodes, QStringLiteral("ds:example.org./23137"))->status, QStringLiteral("expired"));
    QCOMPARE(findNode(nodes, QStringLiteral("zone:example.org."))->status, QStringLiteral("expired"));
    QCOMPARE(edgeStatus(graph, QStringLiteral("dnskey:example.org./23137"), QStringLiteral("rrset:example.org./MX"),
                        QStringLiteral("rrsig")),
             QStringLiteral("expired"));
}

void TestZoneChainGraph::splitKeysSignTheirOwnParts() {
    auto zone = ZoneLoader::loadFile(QStringLiteral(DANEWERK_TEST_DATA "/zones/signing-input.example.zone"));
    QVERIFY2(zone.ok(), qPrintable(zone.error().toString()));
    const QDateTime inception(QDate(2026, 11, 1), QTime(0, 0), QTimeZone::utc());
    auto ksk = DnssecKey::generate(zone->origin(), 13, 257, inception);
    auto zsk = DnssecKey::generate(zone->origin(), 13, 256, inception);
    QVERIFY(ksk.ok() && zsk.ok());
    SigningOptions options;
    options.inception = inception;
    options.expiration = inception.addDays(60);
    auto signedZone = ZoneSigner::sign(*zone, {*ksk, *zsk}, options);
    QVERIFY2(signedZone.ok(), qPrintable(signedZone.error().message));
    const ChainGraph graph = graphAt(*signedZone, kNow);
    const QList<ChainGraph::Node> nodes = graph.nodes();
    QCOMPARE(countKind(nodes, QStringLiteral("dnskey")), 2);
    QCOMPARE(countKind(nodes, QStringLiteral("ds")), 1); // only the KSK needs a DS
    QString kskId;
    QString zskId;
    for (const ChainGraph::Node& n : nodes)
        if (n.kind == QLatin1String("dnskey"))
            (n.label.endsWith(QLatin1String(" SEP")) ? kskId : zskId) = n.id;
    QVERIFY(!kskId.isEmpty() && !zskId.isEmpty());
    QCOMPARE(findNode(nodes, zskId)->label.endsWith(QLatin1String(" ZSK")), true);
    int kskEdges = 0;
    int zskEdges = 0;
    for (const ChainGraph::Edge& e : graph.edges()) {
        if (e.kind != QLatin1String("rrsig"))
            continue;
        QCOMPARE(e.status, QStringLiteral("secure"));
        if (e.from == kskId) {
            ++kskEdges;
            QCOMPARE(e.to, QStringLiteral("rrset:example./DNSKEY"));
        } else {
            QCOMPARE(e.from, zskId);
            QVERIFY2(e.to != QLatin1String("rrset:example./DNSKEY"), "the ZSK signs the DNSKEY RRset");
            ++zskEdges;
        }
    }
    QCOMPARE(kskEdges, 1);
    QVERIFY(zskEdges >= 8); // SOA NS MX TXT A/AAAA TLSA CNAME SRV NSEC DS
    QCOMPARE(edgeStatus(graph, zskId, QStringLiteral("rrset:example./SOA"), QStringLiteral("rrsig")),
             QStringLiteral("secure"));
    QCOMPARE(edgeStatus(graph, QStringLiteral("ds:example./%1").arg(kskId.section(QLatin1Char('/'), -1)), kskId,
                        QStringLiteral("ds-dnskey")),
             QStringLiteral("secure"));
    for (const ChainGraph::Node& n : nodes)
        QVERIFY2(n.status == QLatin1String("secure"), qPrintable(n.id + QLatin1Char(' ') + n.status));
}

QTEST_GUILESS_MAIN(TestZoneChainGraph)
#include "tst_zonechaingraph.moc"
