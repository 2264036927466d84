// The interval sweep of the safety check against brute force: for pseudo-random small plans (fixed seeds),
// every second of the time line is evaluated on its own and must be covered by exactly the windows the
// checker reports: exact to the second, merged without gaps or overlaps.
#include "RolloverTestSupport.h"
#include "core/rollover/CacheModel.h"
#include "core/rollover/ValidationPredicate.h"

#include <QRandomGenerator>
#include <QTest>

#include <set>

using namespace danewerk::core;
using namespace rollovertest;

namespace {

using Cause = std::tuple<ValidationProfile, QString, RrsetClass>;

RolloverPlan randomPlan(QRandomGenerator& random) {
    RolloverPlan plan;
    plan.parameters.DprpC = random.bounded(0, 5);
    plan.parameters.DprpP = random.bounded(0, 5);
    plan.parameters.TTLkey = random.bounded(1, 40);
    plan.parameters.TTLsig = random.bounded(1, 40);
    plan.parameters.TTLneg = random.bounded(1, 40);
    plan.parameters.TTLds = random.bounded(1, 40);
    plan.parameters.TTLtlsa = random.bounded(1, 40);
    plan.parameters.Dsgn = random.bounded(0, 10);
    plan.parameters.Dreg = random.bounded(0, 20);
    plan.keys = {{QStringLiteral("K1"), KeyRole::Ksk, 8},  {QStringLiteral("K2"), KeyRole::Ksk, 13},
                 {QStringLiteral("Z1"), KeyRole::Zsk, 8},  {QStringLiteral("Z2"), KeyRole::Zsk, 13},
                 {QStringLiteral("C1"), KeyRole::Tlsa, 0}, {QStringLiteral("C2"), KeyRole::Tlsa, 0}};
    plan.initial.dnskey = {QStringLiteral("K1"), QStringLiteral("Z1")};
    plan.initial.ksign = {QStringLiteral("K1")};
    plan.initial.zsign = {QStringLiteral("Z1")};
    plan.initial.ds = {QStringLiteral("K1")};
    plan.initial.tlsa = {QStringLiteral("C1")};
    plan.initial.deployed = QStringLiteral("C1");
    const QStringList dnssec{QStringLiteral("K1"), QStringLiteral("K2"), QStringLiteral("Z1"), QStringLiteral("Z2")};
    const QStringList certs{QStringLiteral("C1"), QStringLiteral("C2")};
    const int count = random.bounded(1, 9);
    for (int i = 0; i < count; ++i) {
        PlanEvent e;
        e.at = random.bounded(0, 120);
        const QList<EventOp> ops = allEventOps();
        e.op = ops[random.bounded(int(ops.size()))];
        const auto subset = [&](const QStringList& from) {
            QStringList out;
            for (const QString& k : from)
                if (random.bounded(2))
                    out << k;
            return out;
        };
        switch (eventShape(e.op)) {
        case EventShape::SingleKey:
            e.key = e.op == EventOp::Deploy ? certs[random.bounded(2)] : dnssec[random.bounded(4)];
            if (isZoneSigningOp(e.op) && random.bounded(3) == 0)
                e.spread = random.bounded(0, 15);
            break;
        case EventShape::KeyList:
            e.keys = e.op == EventOp::TlsaSet ? subset(certs) : subset(dnssec);
            break;
        case EventShape::TtlChange:
            e.rrset = RrsetClass(random.bounded(kRrsetClassCount));
            e.ttl = random.bounded(1, 50);
            break;
        }
        plan.events << e;
    }
    return plan;
}

// Every failing cause at one second, by trying every combination of live versions.
std::set<Cause> bruteForce(const RolloverPlan& plan, const CacheTimeline& timeline, RolloverSeconds t) {
    std::set<Cause> out;
    for (ValidationProfile profile :
         {ValidationProfile::Liberal, ValidationProfile::StrictDs, ValidationProfile::StrictAll}) {
        const ValidationPredicate predicate(plan, profile);
        bool dane = false;
        for (const RrsetVersion* ds : timeline.liveAt(RrsetClass::Ds, t)) {
            dane = dane || !ds->content.isEmpty();
            for (const RrsetVersion* dnskey : timeline.liveAt(RrsetClass::Dnskey, t)) {
                if (const auto f = predicate.chain(*ds, *dnskey)) {
                    out.insert({profile, QStringLiteral("bogus"), f->rrset});
                    continue;
                }
                for (RrsetClass c : {RrsetClass::Data, RrsetClass::Neg})
                    for (const RrsetVersion* data : timeline.liveAt(c, t))
                        if (const auto f = predicate.data(*ds, *dnskey, *data))
                            out.insert({profile, QStringLiteral("bogus"), f->rrset});
            }
        }
        if (dane)
            for (const RrsetVersion* tlsa : timeline.liveAt(RrsetClass::Tlsa, t))
                if (predicate.dane(*tlsa, timeline.deploymentAt(t)))
                    out.insert({profile, QStringLiteral("deferred"), RrsetClass::Tlsa});
    }
    return out;
}

} // namespace

class TestRolloverExhaustive : public QObject {
    Q_OBJECT

private slots:
    void sweepEqualsBruteForce_data();
    void sweepEqualsBruteForce();
};

void TestRolloverExhaustive::sweepEqualsBruteForce_data() {
    QTest::addColumn<quint32>("seed");
    for (quint32 seed = 1; seed <= 40; ++seed)
        QTest::newRow(qPrintable(QStringLiteral("seed %1").arg(seed))) << seed;
}

void TestRolloverExhaustive::sweepEqualsBruteForce() {
    QFETCH(quint32, seed);
    QRandomGenerator random(seed);
    int windowsSeen = 0;
    for (int round = 0; round < 15; ++round) {
        const RolloverPlan plan = randomPlan(random);
        const CacheTimeline timeline = buildCacheTimeline(plan);
        const SafetyReport report = SafetyChecker::check(
            plan, {ValidationProfile::Liberal, ValidationProfile::StrictDs, ValidationProfile::StrictAll});
        windowsSeen += int(report.windows.size());
        // Windows of one cause never overlap or touch (touching ones are merged).
        for (qsizetype i = 0; i < report.windows.size(); ++i) {
            const SafetyWindow& a = report.windows[i];
            QVERIFY(a.from < a.to);
            QVERIFY(!a.fix.sentence.isEmpty());
            QVERIFY(!a.witness.isEmpty());
            for (qsizetype j = i + 1; j < report.windows.size(); ++j) {
                const SafetyWindow& b = report.windows[j];
                if (a.profile == b.profile && a.status == b.status && a.rrset == b.rrset)
                    QVERIFY2(a.to < b.from || b.to < a.from, qPrintable(describe(report)));
            }
        }
        // Every second from before the first event to after the last cache end.
        for (RolloverSeconds t = -3; t < 400; ++t) {
            std::set<Cause> reported;
            for (const SafetyWindow& w : report.windows)
                if (w.from <= t && t < w.to)
                    reported.insert({w.profile, w.status, w.rrset});
            const std::set<Cause> expected = bruteForce(plan, timeline, t);
            QVERIFY2(
                reported == expected,
                qPrintable(
                    QStringLiteral("seed %1 round %2 t %3: %4").arg(seed).arg(round).arg(t).arg(describe(report))));
        }
    }
    QVERIFY(windowsSeen > 0); // the random plans do break things
}

QTEST_GUILESS_MAIN(TestRolloverExhaustive)
#include "tst_rolloverexhaustive.moc"
