// Versions of every RRset class built from a plan: master intervals, propagation, TTLs and cache ends.
#include "RolloverTestSupport.h"
#include "core/rollover/CacheModel.h"
#include "core/rollover/ZoneStateAt.h"

#include <QTest>

using namespace danewerk::core;
using namespace rollovertest;

class TestRolloverCacheModel : public QObject {
    Q_OBJECT

private slots:
    void prepublicationVersions();
    void submissionLandsDregLater();
    void ttlChangeMakesNewVersion();
    void emptyDnskeyIsNegativeAnswer();
    void keySigningChangesDnskeyVersion();
    void deploymentsAreNotCached();
    void boundariesAreSortedAndUnique();
    void publishedStateFollowsEffectiveTimes();
};

void TestRolloverCacheModel::prepublicationVersions() {
    // zsk-prepublish with defaults: publish 2588100, swap 2592000, remove 2678700.
    const CacheTimeline t = buildCacheTimeline(generate(QStringLiteral("zsk-prepublish")).plan);
    const auto& dnskey = t.of(RrsetClass::Dnskey);
    QCOMPARE(dnskey.size(), 3);
    QCOMPARE(dnskey[0].published, kUnboundedPast);
    QCOMPARE(dnskey[0].masterUntil, RolloverSeconds(2588100));
    QCOMPARE(dnskey[0].cachedUntil, RolloverSeconds(2588100 + 300 + 3600));
    QCOMPARE(dnskey[1].content, (QStringList{QStringLiteral("KSK1"), QStringLiteral("ZSK1"), QStringLiteral("ZSK2")}));
    QCOMPARE(dnskey[2].content, (QStringList{QStringLiteral("KSK1"), QStringLiteral("ZSK2")}));
    QCOMPARE(dnskey[2].cachedUntil, kUnboundedFuture);
    const auto& data = t.of(RrsetClass::Data);
    QCOMPARE(data.size(), 2);
    QCOMPARE(data[0].masterUntil, RolloverSeconds(2592000)); // Dsgn = 0
    QCOMPARE(data[0].cachedUntil, RolloverSeconds(2592000 + 300 + 86400));
    const auto& neg = t.of(RrsetClass::Neg);
    QCOMPARE(neg[0].cachedUntil, RolloverSeconds(2592000 + 300 + 3600));
    QCOMPARE(t.of(RrsetClass::Ds).size(), 1);
    QCOMPARE(t.liveAt(RrsetClass::Dnskey, 2591999).size(), 2);
    QCOMPARE(t.liveAt(RrsetClass::Dnskey, 2592000).size(), 1);
}

void TestRolloverCacheModel::submissionLandsDregLater() {
    // ksk-double-ksk: ds_submit at 31449600 lands at 31449600 + 86400 = 31536000; the parent's old DS is
    // served until + DprpP (3600) and cached until + TTLds (86400).
    const CacheTimeline t = buildCacheTimeline(generate(QStringLiteral("ksk-double-ksk")).plan);
    const auto& ds = t.of(RrsetClass::Ds);
    QCOMPARE(ds.size(), 2);
    QCOMPARE(ds[0].masterUntil, RolloverSeconds(31536000));
    QCOMPARE(ds[0].cachedUntil, RolloverSeconds(31536000 + 3600 + 86400));
    QCOMPARE(ds[1].published, RolloverSeconds(31536000));
    QCOMPARE(ds[1].content, QStringList{QStringLiteral("KSK2")});
}

void TestRolloverCacheModel::ttlChangeMakesNewVersion() {
    const RolloverPlan plan = planFromJson(R"({"parameters":{"TTLkey":"1d"},"keys":[{"id":"K","role":"KSK"}],
        "initial":{"dnskey":["K"],"ksign":["K"],"zsign":["K"],"ds":["K"]},
        "events":[{"at":"10h","op":"set_ttl","rrset":"DNSKEY","ttl":"1h"}]})");
    const auto& dnskey = buildCacheTimeline(plan).of(RrsetClass::Dnskey);
    QCOMPARE(dnskey.size(), 2);
    QCOMPARE(dnskey[0].ttl, kDay);
    QCOMPARE(dnskey[0].cachedUntil, 10 * kHour + 300 + kDay);
    QCOMPARE(dnskey[1].ttl, kHour);
    QCOMPARE(dnskey[1].content, dnskey[0].content);
}

void TestRolloverCacheModel::emptyDnskeyIsNegativeAnswer() {
    RolloverParameters p;
    p.TTLkey = 2 * kHour;
    p.TTLneg = 3 * kHour;
    const auto& dnskey = buildCacheTimeline(generate(QStringLiteral("go-secure"), p).plan).of(RrsetClass::Dnskey);
    // Before signing: NODATA, cached max(TTLkey, TTLneg) = 3h; afterwards the RRset with TTLkey.
    QCOMPARE(dnskey[0].content, QStringList{});
    QCOMPARE(dnskey[0].ttl, 3 * kHour);
    QCOMPARE(dnskey[1].ttl, 2 * kHour);
}

void TestRolloverCacheModel::keySigningChangesDnskeyVersion() {
    const RolloverPlan plan = planFromJson(R"({"keys":[{"id":"K1","role":"KSK"},{"id":"K2","role":"KSK"}],
        "initial":{"dnskey":["K1","K2"],"ksign":["K1"],"ds":["K1"]},
        "events":[{"at":100,"op":"start_ksign","key":"K2"},{"at":200,"op":"set_revoke","key":"K1"}]})");
    const auto& dnskey = buildCacheTimeline(plan).of(RrsetClass::Dnskey);
    QCOMPARE(dnskey.size(), 3);
    QCOMPARE(dnskey[1].signers, (QStringList{QStringLiteral("K1"), QStringLiteral("K2")}));
    QCOMPARE(dnskey[2].revoked, QStringList{QStringLiteral("K1")});
    QCOMPARE(dnskey[2].validKeys(), QStringList{QStringLiteral("K2")});
    QCOMPARE(dnskey[1].events, QList<int>{0});
}

void TestRolloverCacheModel::deploymentsAreNotCached() {
    const CacheTimeline t = buildCacheTimeline(generate(QStringLiteral("tlsa")).plan);
    QCOMPARE(t.deployments.size(), 2);
    QCOMPARE(t.deployments[0].key, QStringLiteral("CERT1"));
    QCOMPARE(t.deployments[0].until, RolloverSeconds(3900));
    QCOMPARE(t.deploymentAt(3899)->key, QStringLiteral("CERT1"));
    QCOMPARE(t.deploymentAt(3900)->key, QStringLiteral("CERT2"));
    const auto& tlsa = t.of(RrsetClass::Tlsa);
    QCOMPARE(tlsa.size(), 3);
    QCOMPARE(tlsa[0].cachedUntil, RolloverSeconds(0 + 300 + 3600));
}

void TestRolloverCacheModel::boundariesAreSortedAndUnique() {
    const CacheTimeline t = buildCacheTimeline(generate(QStringLiteral("csk")).plan);
    const QList<RolloverSeconds> b = t.boundaries();
    QVERIFY(!b.isEmpty());
    for (qsizetype i = 1; i < b.size(); ++i)
        QVERIFY(b[i - 1] < b[i]);
    for (RolloverSeconds value : b)
        QVERIFY(isBounded(value));
}

void TestRolloverCacheModel::publishedStateFollowsEffectiveTimes() {
    const RolloverPlan plan = generate(QStringLiteral("ksk-double-ksk")).plan;
    // The submission at 31449600 is published at 31536000.
    QCOMPARE(publishedStateAt(plan, 31535999).ds, QStringList{QStringLiteral("KSK1")});
    QCOMPARE(publishedStateAt(plan, 31536000).ds, QStringList{QStringLiteral("KSK2")});
    QCOMPARE(publishedStateAt(plan, 31445700).dnskey,
             (QStringList{QStringLiteral("KSK1"), QStringLiteral("KSK2"), QStringLiteral("ZSK1")}));
}

QTEST_GUILESS_MAIN(TestRolloverCacheModel)
#include "tst_rollovercachemodel.moc"
