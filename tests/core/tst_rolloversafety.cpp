// The safety check on classic mistakes (exact windows, witnesses and fixes), on the example of ROLLOVER.md,
// and its properties: shifting a plan shifts its windows, moving an unsafe event later never enlarges its
// window, strict-all flags the liberal algorithm rollover while liberal does not.
#include "RolloverTestSupport.h"
#include "core/rollover/CacheModel.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace danewerk::core;
using namespace rollovertest;

namespace {

// Default parameters unless said otherwise: DprpC 300, DprpP 3600, TTLkey 3600, TTLsig 86400, TTLneg 3600,
// TTLds 86400, TTLtlsa 3600, Dsgn 0, Dreg 86400.
RolloverPlan zskUsedTooEarly() {
    // Pre-publication: ZSK2 published at 2588100 (717h55m), but used only 30 min later, at 2589900.
    GeneratedPlan g = generate(QStringLiteral("zsk-prepublish"));
    return moveStep(g, 1, -2100);
}

QJsonObject witnessJson(const SafetyWindow& w, int i) {
    return w.witness.at(i).toJson();
}

} // namespace

class TestRolloverSafety : public QObject {
    Q_OBJECT

private slots:
    void zskUsedBeforePrepublicationCompletes();
    void oldKskRemovedBeforeDsTtl();
    void doubleDsSwitchBeforeDsTtl();
    void unsignedTooSoonAfterDsRemoval();
    void ttlLoweredJustBeforeRollover();
    void tlsaDeployedBeforeRecordCached();
    void specExampleAsGiven();
    void specExampleStartedAt718h();
    void jsonShape();
    void shiftingPlanShiftsWindows_data();
    void shiftingPlanShiftsWindows();
    void movingLaterNeverEnlarges_data();
    void movingLaterNeverEnlarges();
    void strictAllFlagsLiberalAlgorithmRollover();
    void strictDsNeedsEveryDsAlgorithm();
    void revokedKeyDoesNotMatchDs();
    void spreadKeepsOldSignaturesAlive();
    void unboundedWindowWhenKeyNeverPublished();
    void resolverCapShortensTails();
};

void TestRolloverSafety::zskUsedBeforePrepublicationCompletes() {
    const SafetyReport r = SafetyChecker::check(zskUsedTooEarly());
    // The DNSKEY RRset without ZSK2 ends at 2588100 and is cached until 2588100 + 300 + 3600 = 2592000.
    QCOMPARE(r.windows.size(), 2);
    for (const SafetyWindow& w : r.windows) {
        QCOMPARE(w.from, RolloverSeconds(2589900));
        QCOMPARE(w.to, RolloverSeconds(2592000));
        QCOMPARE(w.status, QStringLiteral("bogus"));
        QCOMPARE(w.fix.sentence, QStringLiteral("move start_zsign ZSK2 to >= 2592000 (720h): the DNSKEY RRset "
                                                "without ZSK2 may be cached until then"));
        QCOMPARE(w.fix.earliest, RolloverSeconds(2592000));
    }
    QCOMPARE(r.windows[0].rrset, RrsetClass::Data);
    QCOMPARE(r.windows[1].rrset, RrsetClass::Neg);
    const QJsonObject dnskey = witnessJson(r.windows[0], 0);
    QCOMPARE(dnskey.value(QStringLiteral("rrset")).toString(), QStringLiteral("DNSKEY"));
    QVERIFY(dnskey.value(QStringLiteral("published")).isNull());
    QCOMPARE(dnskey.value(QStringLiteral("master_until")).toInteger(), 2588100);
    QCOMPARE(dnskey.value(QStringLiteral("cached_until")).toInteger(), 2592000);
    const QJsonObject data = witnessJson(r.windows[0], 1);
    QCOMPARE(data.value(QStringLiteral("content")).toArray(), QJsonArray{QStringLiteral("ZSK2")});
    QCOMPARE(data.value(QStringLiteral("published")).toInteger(), 2589900);
    QVERIFY(data.value(QStringLiteral("master_until")).isNull());
}

void TestRolloverSafety::oldKskRemovedBeforeDsTtl() {
    // Double-KSK; the DS swap is visible at S = 31536000, but KSK1 goes 1 h later instead of DprpP + TTLds.
    GeneratedPlan g = generate(QStringLiteral("ksk-double-ksk"));
    const RolloverPlan plan = moveStep(g, 2, -(86400)); // 31626000 -> 31539600
    const SafetyReport r = SafetyChecker::check(plan);
    // DS {KSK1}: master until 31536000, cached until 31536000 + 3600 + 86400 = 31626000.
    QCOMPARE(r.windows.size(), 1);
    const SafetyWindow& w = r.windows.first();
    QCOMPARE(w.from, RolloverSeconds(31539600));
    QCOMPARE(w.to, RolloverSeconds(31626000));
    QCOMPARE(w.rrset, RrsetClass::Dnskey);
    QCOMPARE(w.witness[0].rrset, QStringLiteral("DS"));
    QCOMPARE(w.witness[0].content, QStringList{QStringLiteral("KSK1")});
    QCOMPARE(w.witness[0].masterUntil, RolloverSeconds(31536000));
    QCOMPARE(w.witness[1].rrset, QStringLiteral("DNSKEY"));
    QCOMPARE(w.witness[1].content, (QStringList{QStringLiteral("KSK2"), QStringLiteral("ZSK1")}));
    QCOMPARE(w.witness[1].signers, QStringList{QStringLiteral("KSK2")});
    QCOMPARE(w.fix.sentence, QStringLiteral("move unpublish_dnskey KSK1 to >= 31626000 (8785h): the DS RRset for "
                                            "KSK1 may be cached until then"));
}

void TestRolloverSafety::doubleDsSwitchBeforeDsTtl() {
    // Double-DS: {KSK1, KSK2} visible at 31446000; the DNSKEY swap 1 h later instead of at S = 31536000.
    GeneratedPlan g = generate(QStringLiteral("ksk-double-ds"));
    const RolloverPlan plan = moveStep(g, 1, -(86400 + 3600 - 3600)); // swap at 31449600
    const SafetyReport r = SafetyChecker::check(plan);
    // DS {KSK1}: master until 31446000, cached until 31446000 + 3600 + 86400 = 31536000.
    QCOMPARE(r.windows.size(), 1);
    QCOMPARE(r.windows[0].from, RolloverSeconds(31449600));
    QCOMPARE(r.windows[0].to, RolloverSeconds(31536000));
    QCOMPARE(r.windows[0].rrset, RrsetClass::Dnskey);
    QCOMPARE(r.windows[0].witness[0].cachedUntil, RolloverSeconds(31536000));
    QCOMPARE(r.windows[0].fix.sentence, QStringLiteral("move unpublish_dnskey KSK1 to >= 31536000 (8760h): the DS "
                                                       "RRset for KSK1 may be cached until then"));
}

void TestRolloverSafety::unsignedTooSoonAfterDsRemoval() {
    // DS removed (visible) at S = 31536000; the zone unsigned 1 h later instead of DprpP + TTLds = 25 h.
    GeneratedPlan g = generate(QStringLiteral("go-insecure"));
    const RolloverPlan plan = moveStep(g, 1, -86400); // unsign at 31539600
    const SafetyReport r = SafetyChecker::check(plan);
    QCOMPARE(r.windows.size(), 3);
    // DS {KSK1} cached until 31536000 + 3600 + 86400 = 31626000 meets the empty DNSKEY RRset: chain broken.
    QCOMPARE(r.windows[0].rrset, RrsetClass::Dnskey);
    QCOMPARE(r.windows[0].from, RolloverSeconds(31539600));
    QCOMPARE(r.windows[0].to, RolloverSeconds(31626000));
    QCOMPARE(r.windows[0].fix.sentence, QStringLiteral("move unpublish_dnskey KSK1 to >= 31626000 (8785h): the DS "
                                                       "RRset for KSK1 may be cached until then"));
    // While the old DNSKEY RRset is cached (31539600 + 300 + 3600 = 31543500) unsigned data is bogus too.
    QCOMPARE(r.windows[1].rrset, RrsetClass::Data);
    QCOMPARE(r.windows[1].from, RolloverSeconds(31539600));
    QCOMPARE(r.windows[1].to, RolloverSeconds(31543500));
    QCOMPARE(r.windows[1].fix.sentence, QStringLiteral("move stop_zsign ZSK1 to >= 31626000 (8785h): the DS RRset "
                                                       "for KSK1 may be cached until then"));
    QCOMPARE(r.windows[2].rrset, RrsetClass::Neg);
}

void TestRolloverSafety::ttlLoweredJustBeforeRollover() {
    // TTLkey was 1d; the operator lowers it to 1h at 2580000 and then runs a pre-publication planned with
    // 1h: publish at 2588100, swap at 2592000. The DNSKEY RRset fetched before 2580000 + 300 keeps its 1d.
    const RolloverPlan plan = planFromJson(R"({"zone":"example.org","parameters":{"TTLkey":"1d"},
        "keys":[{"id":"KSK1","role":"KSK"},{"id":"ZSK1","role":"ZSK"},{"id":"ZSK2","role":"ZSK"}],
        "initial":{"dnskey":["KSK1","ZSK1"],"ksign":["KSK1"],"zsign":["ZSK1"],"ds":["KSK1"]},
        "events":[{"at":2580000,"op":"set_ttl","rrset":"DNSKEY","ttl":"1h"},
                  {"at":2588100,"op":"publish_dnskey","key":"ZSK2"},
                  {"at":"720h","op":"start_zsign","key":"ZSK2"},{"at":"720h","op":"stop_zsign","key":"ZSK1"},
                  {"at":2678700,"op":"unpublish_dnskey","key":"ZSK1"}]})");
    const SafetyReport r = SafetyChecker::check(plan);
    // Old version: master until 2580000, cached until 2580000 + 300 + 86400 = 2666700 (740h45m).
    QCOMPARE(r.windows.size(), 2);
    QCOMPARE(r.windows[0].from, RolloverSeconds(2592000));
    QCOMPARE(r.windows[0].to, RolloverSeconds(2666700));
    QCOMPARE(r.windows[0].witness[0].masterUntil, RolloverSeconds(2580000));
    QCOMPARE(r.windows[0].fix.sentence, QStringLiteral("move start_zsign ZSK2 to >= 2666700 (740h45m): the DNSKEY "
                                                       "RRset without ZSK2 may be cached until then"));
    // Lowered one full old TTL (plus DprpC) before publishing, the same rollover is safe.
    RolloverPlan early = plan;
    early.events[0].at = 2588100 - 86400 - 300;
    QVERIFY(SafetyChecker::check(early).safe());
}

void TestRolloverSafety::tlsaDeployedBeforeRecordCached() {
    // {CERT1, CERT2} published at 0; CERT2 deployed (and {CERT2} published) after 30 min instead of 1h5m.
    GeneratedPlan g = generate(QStringLiteral("tlsa"));
    const SafetyReport r = SafetyChecker::check(moveStep(g, 1, -2100)); // at 1800
    // {CERT1} is cached until 0 + 300 + 3600 = 3900: senders that hold it defer mail.
    QCOMPARE(r.windows.size(), 1);
    QCOMPARE(r.windows[0].status, QStringLiteral("deferred"));
    QCOMPARE(r.windows[0].rrset, RrsetClass::Tlsa);
    QCOMPARE(r.windows[0].from, RolloverSeconds(1800));
    QCOMPARE(r.windows[0].to, RolloverSeconds(3900));
    QCOMPARE(r.windows[0].witness[1].rrset, QStringLiteral("deployed"));
    QCOMPARE(r.windows[0].fix.sentence, QStringLiteral("move deploy CERT2 to >= 3900 (1h5m): the TLSA RRset without "
                                                       "CERT2 may be cached until then"));
    // RFC 7671 8.1: less than 2 x TTLtlsa = 7200 after publication.
    QCOMPARE(r.warnings.size(), 1);
    QCOMPARE(r.warnings[0].code, QStringLiteral("TLSA_DEPLOY_TOO_SOON"));
    QCOMPARE(r.warnings[0].severity, Severity::Warning);
    QVERIFY(r.warnings[0].fix.contains(QStringLiteral("7200")));
    // The template itself (deploy at the exact bound 3900) is safe but still warned about; at 7200 not.
    const SafetyReport exact = SafetyChecker::check(g.plan);
    QVERIFY(exact.safe());
    QCOMPARE(exact.warnings.size(), 1);
    QVERIFY(SafetyChecker::check(moveStep(g, 1, 7200 - 3900)).warnings.isEmpty());
    // Removing CERT1's record while CERT1 is still deployed defers mail too, until the deployment ends.
    RolloverPlan removedFirst = g.plan;
    removedFirst.events[2].at = 1000; // tlsa_set {CERT2} before deploy CERT2 at 3900
    const SafetyReport r2 = SafetyChecker::check(removedFirst);
    QCOMPARE(r2.windows.size(), 1);
    QCOMPARE(r2.windows[0].from, RolloverSeconds(1000));
    QCOMPARE(r2.windows[0].to, RolloverSeconds(3900));
    QCOMPARE(r2.windows[0].fix.sentence,
             QStringLiteral("move tlsa_set CERT2 to >= 3900 (1h5m): the server presents CERT1 until then"));
}

void TestRolloverSafety::specExampleAsGiven() {
    // ROLLOVER.md's plan (TTLkey 2h, Dsgn 12h): ZSK2 at 717h, swap at 720h, ZSK1 gone at 757h. Safe:
    // DNSKEY without ZSK2 cached until 717h + 5m + 2h = 719h5m <= 720h; ZSK1 signatures until
    // 720h + 12h + 5m + 24h = 756h5m <= 757h.
    QVERIFY(SafetyChecker::check(planFromFile(QStringLiteral("spec-example.json"))).safe());
}

void TestRolloverSafety::specExampleStartedAt718h() {
    // The JSON of ROLLOVER.md shows start_zsign at 2584800 (718h) and the window [2584800, 2592000): that
    // end needs DprpC + TTLkey = 3h. With the default DprpC = 5m and the plan's TTLkey = 2h the DNSKEY RRset
    // without ZSK2 (master until 717h = 2581200) is cached until 2581200 + 300 + 7200 = 2588700 (719h5m).
    const RolloverPlan plan = planFromFile(QStringLiteral("spec-example-718h.json"));
    const SafetyReport r = SafetyChecker::check(plan);
    QCOMPARE(r.windows.size(), 2); // DATA, and the denial records signed the same way
    const QJsonObject w = r.windows[0].toJson();
    const QJsonObject expected = QJsonDocument::fromJson(R"({"from": 2584800, "to": 2588700, "status": "bogus",
        "profile": "liberal", "rrset": "DATA",
        "witness": [{"rrset": "DNSKEY", "content": ["KSK1", "ZSK1"], "published": null, "master_until": 2581200,
                     "cached_until": 2588700},
                    {"rrset": "DATA", "content": ["ZSK2"], "published": 2584800, "master_until": null,
                     "cached_until": null}],
        "fix": "move start_zsign ZSK2 to >= 2588700 (719h5m): the DNSKEY RRset without ZSK2 may be cached until then"})")
                                     .object();
    QCOMPARE(w, expected);
    QCOMPARE(r.windows[1].rrset, RrsetClass::Neg);
    // With DprpC = 1h the numbers of ROLLOVER.md come out: cached until 717h + 1h + 2h = 720h = 2592000.
    RolloverPlan slower = plan;
    slower.parameters.DprpC = kHour;
    const SafetyReport r2 = SafetyChecker::check(slower);
    QCOMPARE(r2.windows[0].to, RolloverSeconds(2592000));
    QCOMPARE(r2.windows[0].fix.sentence, QStringLiteral("move start_zsign ZSK2 to >= 2592000 (720h): the DNSKEY "
                                                        "RRset without ZSK2 may be cached until then"));
}

void TestRolloverSafety::jsonShape() {
    const SafetyReport r = SafetyChecker::check(zskUsedTooEarly());
    const QJsonObject o = r.toJson();
    QCOMPARE(o.value(QStringLiteral("safe")).toBool(true), false);
    QCOMPARE(o.value(QStringLiteral("events")).toArray().size(), 4);
    const QJsonObject first = o.value(QStringLiteral("events")).toArray().first().toObject();
    QCOMPARE(first, (QJsonObject{{QStringLiteral("at"), 2588100},
                                 {QStringLiteral("op"), QStringLiteral("publish_dnskey")},
                                 {QStringLiteral("key"), QStringLiteral("ZSK2")}}));
    QVERIFY(o.value(QStringLiteral("warnings")).isArray());
    QCOMPARE(o.value(QStringLiteral("windows")).toArray().size(), 2);
}

void TestRolloverSafety::shiftingPlanShiftsWindows_data() {
    QTest::addColumn<RolloverSeconds>("delta");
    QTest::newRow("1 s") << RolloverSeconds(1);
    QTest::newRow("1 h") << kHour;
    QTest::newRow("9 d") << 9 * kDay;
}

void TestRolloverSafety::shiftingPlanShiftsWindows() {
    QFETCH(RolloverSeconds, delta);
    for (const RolloverPlan& plan : {zskUsedTooEarly(), moveStep(generate(QStringLiteral("ksk-double-ksk")), 2, -5000),
                                     moveStep(generate(QStringLiteral("tlsa")), 1, -100)}) {
        const SafetyReport base = SafetyChecker::check(plan);
        const SafetyReport shifted = SafetyChecker::check(plan.shifted(delta));
        QVERIFY(!base.safe());
        QCOMPARE(shifted.windows.size(), base.windows.size());
        for (qsizetype i = 0; i < base.windows.size(); ++i) {
            QCOMPARE(shifted.windows[i].from, base.windows[i].from + delta);
            QCOMPARE(shifted.windows[i].to, base.windows[i].to + delta);
            QCOMPARE(shifted.windows[i].rrset, base.windows[i].rrset);
            QCOMPARE(shifted.windows[i].fix.earliest, base.windows[i].fix.earliest + delta);
        }
    }
}

void TestRolloverSafety::movingLaterNeverEnlarges_data() {
    QTest::addColumn<QString>("method");
    QTest::addColumn<int>("step");
    QTest::addColumn<RolloverSeconds>("early");
    QTest::newRow("zsk swap") << "zsk-prepublish" << 1 << RolloverSeconds(5000);
    QTest::newRow("zsk removal") << "zsk-prepublish" << 2 << RolloverSeconds(50000);
    QTest::newRow("ksk removal") << "ksk-double-ksk" << 2 << RolloverSeconds(100000);
    QTest::newRow("double-ds swap") << "ksk-double-ds" << 1 << RolloverSeconds(80000);
    QTest::newRow("go-secure ds") << "go-secure" << 1 << RolloverSeconds(86000);
    QTest::newRow("tlsa deploy") << "tlsa" << 1 << RolloverSeconds(3800);
}

void TestRolloverSafety::movingLaterNeverEnlarges() {
    QFETCH(QString, method);
    QFETCH(int, step);
    QFETCH(RolloverSeconds, early);
    const GeneratedPlan g = generate(method);
    RolloverSeconds previous = std::numeric_limits<RolloverSeconds>::max();
    // From `early` seconds too soon to the exact bound, in uneven strides (later than the bound, other
    // steps that were placed relative to this one may become too early: that is their window, not its).
    QList<RolloverSeconds> delays;
    for (RolloverSeconds delay = early; delay > 0; delay -= 1 + delay / 7)
        delays << delay;
    delays << 1 << 0;
    for (RolloverSeconds delay : delays) {
        const RolloverSeconds length = totalLength(SafetyChecker::check(moveStep(g, step, -delay)));
        QVERIFY2(length <= previous,
                 qPrintable(QStringLiteral("%1 s early: %2 > %3").arg(delay).arg(length).arg(previous)));
        QVERIFY2(delay == 0 || length > 0, qPrintable(QStringLiteral("%1 s early is safe").arg(delay)));
        previous = length;
    }
    QCOMPARE(previous, RolloverSeconds(0));
}

void TestRolloverSafety::strictAllFlagsLiberalAlgorithmRollover() {
    // algorithm-liberal with defaults: all new records at P = 31449300, DS swap at S = 31536000, old
    // removed at 31626000. RSASHA256 (8) -> ECDSAP256SHA256 (13).
    const GeneratedPlan g = generate(QStringLiteral("algorithm-liberal"));
    const auto profiles =
        QList<ValidationProfile>{ValidationProfile::Liberal, ValidationProfile::StrictDs, ValidationProfile::StrictAll};
    const SafetyReport r = SafetyChecker::check(g.plan, profiles);
    for (const SafetyWindow& w : r.windows)
        QCOMPARE(w.profile, ValidationProfile::StrictAll);
    // Algorithm 13 keys published at P while data signed by 8 alone is cached until P + 0 + 300 + 86400 =
    // 31536000 (denial records until P + 300 + 3600 = 31453200); then the DNSKEY RRset with the 8 keys
    // (master until 31626000) is cached until 31626000 + 300 + 3600 = 31629900 beside data signed by 13 only.
    QCOMPARE(describe(r), QStringLiteral("[31449300,31536000) bogus strict-all DATA; [31449300,31453200) bogus "
                                         "strict-all NEG; [31626000,31629900) bogus strict-all DATA; "
                                         "[31626000,31629900) bogus strict-all NEG"));
    QCOMPARE(r.windows[0].fix.sentence, QStringLiteral("move publish_dnskey KSK2 to >= 31536000 (8760h): data "
                                                       "without a signature of algorithm 13 may be cached until then"));
    // The conservative method of RFC 6781 4.1.4 is safe for all three.
    QVERIFY(SafetyChecker::check(generate(QStringLiteral("algorithm-conservative")).plan, profiles).safe());
}

void TestRolloverSafety::strictDsNeedsEveryDsAlgorithm() {
    // DS for an algorithm-8 and an algorithm-13 KSK, but only the 13 KSK signs: liberal accepts the 13 path,
    // strict-ds (unbound's harden-algo-downgrade) wants a path for 8 as well.
    const RolloverPlan plan = planFromJson(R"({"keys":[{"id":"K8","role":"KSK","algorithm":8},
        {"id":"K13","role":"KSK","algorithm":13},{"id":"Z13","role":"ZSK","algorithm":13}],
        "initial":{"dnskey":["K8","K13","Z13"],"ksign":["K13"],"zsign":["Z13"],"ds":["K8","K13"]}})");
    QVERIFY(SafetyChecker::check(plan, {ValidationProfile::Liberal}).safe());
    const SafetyReport r = SafetyChecker::check(plan, {ValidationProfile::StrictDs});
    QCOMPARE(r.windows.size(), 1);
    QVERIFY(!isBounded(r.windows[0].from));
    QVERIFY(!isBounded(r.windows[0].to));
    QCOMPARE(r.windows[0].toJson().value(QStringLiteral("from")).type(), QJsonValue::Null);
}

void TestRolloverSafety::revokedKeyDoesNotMatchDs() {
    // RFC 5011: the REVOKE flag changes the key tag, so DS {KSK1} no longer matches once revoked.
    const RolloverPlan plan = planFromJson(R"({"keys":[{"id":"KSK1","role":"KSK"},{"id":"ZSK1","role":"ZSK"}],
        "initial":{"dnskey":["KSK1","ZSK1"],"ksign":["KSK1"],"zsign":["ZSK1"],"ds":["KSK1"]},
        "events":[{"at":"1h","op":"set_revoke","key":"KSK1"}]})");
    const SafetyReport r = SafetyChecker::check(plan);
    QCOMPARE(r.windows.size(), 1);
    QCOMPARE(r.windows[0].from, kHour);
    QVERIFY(!isBounded(r.windows[0].to));
    QCOMPARE(r.windows[0].witness[1].revoked, QStringList{QStringLiteral("KSK1")});
    QVERIFY(r.windows[0].fix.sentence.startsWith(QStringLiteral("set_revoke KSK1 needs another change first")));
}

void TestRolloverSafety::spreadKeepsOldSignaturesAlive() {
    // Dsgn = 12h (or an explicit spread): old signatures stay in some RRsets until swap + spread.
    const RolloverPlan plan = planFromJson(R"({"parameters":{"Dsgn":"12h"},
        "keys":[{"id":"KSK1","role":"KSK"},{"id":"ZSK1","role":"ZSK"},{"id":"ZSK2","role":"ZSK"}],
        "initial":{"dnskey":["KSK1","ZSK1"],"ksign":["KSK1"],"zsign":["ZSK1"],"ds":["KSK1"]},
        "events":[{"at":"0s","op":"publish_dnskey","key":"ZSK2"},
                  {"at":"2h","op":"start_zsign","key":"ZSK2"},{"at":"2h","op":"stop_zsign","key":"ZSK1","spread":"6h"},
                  {"at":"30h","op":"unpublish_dnskey","key":"ZSK1"}]})");
    const CacheTimeline timeline = buildCacheTimeline(plan);
    // The larger spread of the two events wins: 12h (Dsgn) > 6h.
    QCOMPARE(timeline.of(RrsetClass::Data).first().masterUntil, RolloverSeconds(2 * kHour + 12 * kHour));
    // Removal at 30h while {ZSK1} data is cached until 14h + 300 + 86400 = 137100.
    const SafetyReport r = SafetyChecker::check(plan);
    QCOMPARE(r.windows.size(), 1);
    QCOMPARE(r.windows[0].from, 30 * kHour);
    QCOMPARE(r.windows[0].to, RolloverSeconds(137100));
    QCOMPARE(r.windows[0].fix.sentence, QStringLiteral("move unpublish_dnskey ZSK1 to >= 137100 (38h5m): data signed "
                                                       "only by ZSK1 may be cached until then"));
}

void TestRolloverSafety::unboundedWindowWhenKeyNeverPublished() {
    const RolloverPlan plan = planFromJson(R"({"keys":[{"id":"KSK1","role":"KSK"},{"id":"ZSK1","role":"ZSK"},
        {"id":"ZSK2","role":"ZSK"}],
        "initial":{"dnskey":["KSK1","ZSK1"],"ksign":["KSK1"],"zsign":["ZSK1"],"ds":["KSK1"]},
        "events":[{"at":"1h","op":"start_zsign","key":"ZSK2"},{"at":"1h","op":"stop_zsign","key":"ZSK1"}]})");
    const SafetyReport r = SafetyChecker::check(plan);
    QCOMPARE(r.windows.size(), 2);
    QCOMPARE(r.windows[0].from, kHour);
    QVERIFY(!isBounded(r.windows[0].to));
    QCOMPARE(r.windows[0].toJson().value(QStringLiteral("to")).type(), QJsonValue::Null);
    QCOMPARE(r.windows[0].fix.sentence, QStringLiteral("start_zsign ZSK2 needs another change first: the DNSKEY "
                                                       "RRset without ZSK2 is never replaced in this plan"));
}

void TestRolloverSafety::resolverCapShortensTails() {
    // unbound caps cached TTLs at 1d (cache-max-ttl), BIND at 1w (max-cache-ttl). With a DS TTL of 2d the
    // KSK removal of a double-KSK plan at S + 1h + 1d is safe only if every resolver caps at 1d.
    RolloverParameters p;
    p.TTLds = 2 * kDay;
    const GeneratedPlan g = generate(QStringLiteral("ksk-double-ksk"), p);
    RolloverPlan plan = moveStep(g, 2, -kDay); // removal at S + 3600 + 86400
    QVERIFY(!SafetyChecker::check(plan).safe());
    plan.parameters.maxCacheTtl = *RolloverParameters::namedResolverCap(QStringLiteral("unbound"));
    const SafetyReport capped = SafetyChecker::check(plan);
    QVERIFY(capped.safe());
    QCOMPARE(capped.warnings.first().code, QStringLiteral("ROLLOVER_TTL_CAP_ASSUMED"));
    plan.parameters.maxCacheTtl = *RolloverParameters::namedResolverCap(QStringLiteral("bind"));
    QVERIFY(!SafetyChecker::check(plan).safe());
}

QTEST_GUILESS_MAIN(TestRolloverSafety)
#include "tst_rolloversafety.moc"
