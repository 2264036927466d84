// Every method template of ROLLOVER.md: event times equal the formulas (computed here by hand, independently
// of the engine), the plans are safe for the liberal profile, and each critical step is exact: 1 s earlier
// opens a window of exactly 1 s just before it.
#include "RolloverTestSupport.h"

#include <QTest>

#include <algorithm>

using namespace danewerk::core;
using namespace rollovertest;

namespace {

// A slow parent, long DNSKEY TTL, gradual re-signing and TTLneg > TTLsig: every max() picks its other arm.
RolloverParameters slowParent() {
    RolloverParameters p;
    p.DprpC = 10 * kMinute;
    p.DprpP = 2 * kHour;
    p.TTLkey = 2 * kDay;
    p.TTLsig = kHour;
    p.TTLneg = 2 * kHour;
    p.TTLds = 12 * kHour;
    p.TTLtlsa = 10 * kMinute;
    p.Dsgn = 12 * kHour;
    p.Dreg = 3 * kDay;
    p.Lzsk = 60 * kDay;
    p.Lksk = 180 * kDay;
    return p;
}

// A lab without delays: zero propagation, minute TTLs, lifetimes of an hour or two.
RolloverParameters instantLab() {
    RolloverParameters p;
    p.DprpC = 0;
    p.DprpP = 0;
    p.TTLkey = 60;
    p.TTLsig = 120;
    p.TTLneg = 30;
    p.TTLds = 90;
    p.TTLtlsa = 45;
    p.Dsgn = 0;
    p.Dreg = 0;
    p.Lzsk = kHour;
    p.Lksk = 2 * kHour;
    return p;
}

// The formulas of ROLLOVER.md's table, one list entry per event in template order. "data" is the TTL of
// the old signatures: ROLLOVER.md writes TTLsig, the engine covers denial records too (max(TTLsig, TTLneg)),
// which is the same whenever TTLneg <= TTLsig.
QList<RolloverSeconds> formulaTimes(const QString& m, const RolloverParameters& p) {
    const RolloverSeconds data = std::max(p.TTLsig, p.TTLneg);
    const RolloverSeconds ps = p.publishSafety;
    const RolloverSeconds rs = p.retireSafety;
    if (m.startsWith(QLatin1String("zsk-"))) {
        const RolloverSeconds S = p.Lzsk;
        if (m == QLatin1String("zsk-prepublish")) {
            const RolloverSeconds pub = S - (p.DprpC + p.TTLkey + ps);
            return {pub, S, S, S + p.Dsgn + p.DprpC + std::max(p.TTLsig, p.TTLneg) + rs};
        }
        if (m == QLatin1String("zsk-double-signature")) {
            const RolloverSeconds I = std::max(p.DprpC + p.TTLkey, p.Dsgn + p.DprpC + data);
            return {S - I, S - I, S, S};
        }
        const RolloverSeconds R = S - (p.Dsgn + p.DprpC + data); // zsk-double-rrsig: swap at R + ... = S
        return {R, S, S, S + p.DprpC + p.TTLkey};
    }
    const RolloverSeconds S = p.Lksk;
    if (m == QLatin1String("ksk-double-ksk")) {
        const RolloverSeconds P = S - p.Dreg - (p.DprpC + p.TTLkey);
        const RolloverSeconds removal = S + p.DprpP + p.TTLds + rs;
        return {P, P, P + p.DprpC + p.TTLkey, removal, removal};
    }
    if (m == QLatin1String("ksk-double-ds")) {
        const RolloverSeconds visible = S - (p.DprpP + p.TTLds);
        return {visible - p.Dreg, S, S, S, S, S + p.DprpC + p.TTLkey};
    }
    if (m == QLatin1String("ksk-double-rrset")) {
        const RolloverSeconds P = S - std::max(p.Dreg + p.DprpP + p.TTLds, p.DprpC + p.TTLkey);
        return {P, P, P, S, S, S};
    }
    if (m == QLatin1String("csk")) {
        const RolloverSeconds A = S;
        const RolloverSeconds P = A - (p.DprpC + p.TTLkey + ps);
        const RolloverSeconds stopKsign = A + p.Dreg + p.DprpP + p.TTLds + rs; // swap visible at A + Dreg
        const RolloverSeconds removal = std::max(stopKsign, A + p.Dsgn + p.DprpC + data + rs);
        return {P, P, A, A, A, stopKsign, removal};
    }
    if (m == QLatin1String("csk-double-signature")) {
        const RolloverSeconds P = S - (p.DprpC + p.TTLkey); // DS swap visible at P + DprpC + TTLkey = S
        const RolloverSeconds removal = std::max(S + p.DprpP + p.TTLds, P + p.Dsgn + p.DprpC + data);
        return {P, P, P, S, removal, removal, removal};
    }
    if (m == QLatin1String("algorithm-conservative")) {
        const RolloverSeconds keys = S - (p.DprpC + p.TTLkey); // DS swap DprpC + TTLkey after the new keys
        const RolloverSeconds R = keys - (p.Dsgn + p.DprpC + data);
        const RolloverSeconds oldKeys = S + p.DprpP + p.TTLds;
        const RolloverSeconds oldSigs = oldKeys + p.DprpC + p.TTLkey;
        return {R, R, keys, keys, S, oldKeys, oldKeys, oldSigs, oldSigs};
    }
    if (m == QLatin1String("algorithm-liberal")) {
        const RolloverSeconds P = S - std::max(p.DprpC + p.TTLkey + ps, p.Dsgn + p.DprpC + data);
        const RolloverSeconds removal = S + p.DprpP + p.TTLds + rs;
        return {P, P, P, P, S, removal, removal, removal, removal};
    }
    if (m == QLatin1String("go-insecure")) {
        const RolloverSeconds unsign = S + p.DprpP + p.TTLds;
        return {S, unsign, unsign, unsign, unsign};
    }
    if (m == QLatin1String("go-secure")) {
        const RolloverSeconds ds =
            std::max(p.DprpC + std::max(p.TTLkey, p.TTLneg), p.Dsgn + p.DprpC + std::max(p.TTLsig, p.TTLneg));
        return {0, 0, 0, 0, ds};
    }
    // tlsa: publish {current, next} at P = 0, deploy next (and publish {next}) at P + DprpC + TTLtlsa
    return {0, p.DprpC + p.TTLtlsa, p.DprpC + p.TTLtlsa};
}

} // namespace

class TestRolloverTemplates : public QObject {
    Q_OBJECT

private slots:
    void defaultTimes_data();
    void defaultTimes();
    void formulas_data();
    void formulas();
    void safeAndExact_data();
    void safeAndExact();
    void zskDoubleSignatureAgainstRfc7583();
    void safetyMarginsMoveTheBound();
    void shortLifetimeMovesTheSwitch();
    void formulaText();
    void unknownMethod();
};

// Default parameters: DprpC 5m, DprpP 1h, TTLkey 1h, TTLsig 1d, TTLneg 1h, TTLds 1d, TTLtlsa 1h, Dsgn 0,
// Dreg 1d, safety 0, Lzsk 30d = 2592000 s, Lksk 365d = 31536000 s. Arithmetic by hand:
void TestRolloverTemplates::defaultTimes_data() {
    QTest::addColumn<QString>("method");
    QTest::addColumn<QList<RolloverSeconds>>("times");
    // publish at 2592000 - (300 + 3600) = 2588100; swap at S; remove at 2592000 + 0 + 300 + 86400 = 2678700
    QTest::newRow("zsk-prepublish") << "zsk-prepublish" << QList<RolloverSeconds>{2588100, 2592000, 2592000, 2678700};
    // I = max(300 + 3600, 0 + 300 + 86400) = 86700: publish+sign at 2505300, remove at S
    QTest::newRow("zsk-double-signature")
        << "zsk-double-signature" << QList<RolloverSeconds>{2505300, 2505300, 2592000, 2592000};
    // R = 2592000 - 86700 = 2505300; swap at S; stop old 300 + 3600 later: 2595900
    QTest::newRow("zsk-double-rrsig") << "zsk-double-rrsig"
                                      << QList<RolloverSeconds>{2505300, 2592000, 2592000, 2595900};
    // P = 31536000 - 86400 - 3900 = 31445700; submit at P + 3900 = 31449600 (visible at S);
    // remove at 31536000 + 3600 + 86400 = 31626000
    QTest::newRow("ksk-double-ksk") << "ksk-double-ksk"
                                    << QList<RolloverSeconds>{31445700, 31445700, 31449600, 31626000, 31626000};
    // visible at 31536000 - 90000 = 31446000, submitted Dreg earlier: 31359600; swap at S; old DS gone at
    // 31536000 + 3900 = 31539900
    QTest::newRow("ksk-double-ds") << "ksk-double-ds" << QList<RolloverSeconds>{31359600, 31536000, 31536000,
                                                                                31536000, 31536000, 31539900};
    // P = 31536000 - max(86400 + 3600 + 86400, 3900) = 31536000 - 176400 = 31359600
    QTest::newRow("ksk-double-rrset") << "ksk-double-rrset" << QList<RolloverSeconds>{31359600, 31359600, 31359600,
                                                                                      31536000, 31536000, 31536000};
    // A = S = 31536000, P = A - 3900 = 31532100; stop key-signing at A + 86400 + 3600 + 86400 = 31712400;
    // remove at max(31712400, A + 0 + 300 + 86400 = 31622700) = 31712400
    QTest::newRow("csk") << "csk" << QList<RolloverSeconds>{31532100, 31532100, 31536000, 31536000,
                                                            31536000, 31712400, 31712400};
    // P = S - 3900 = 31532100; DS swap at S; remove at max(S + 90000 = 31626000, P + 86700 = 31618800)
    QTest::newRow("csk-double-signature")
        << "csk-double-signature"
        << QList<RolloverSeconds>{31532100, 31532100, 31532100, 31536000, 31626000, 31626000, 31626000};
    // new keys at S - 3900 = 31532100, new signatures 86700 before: 31445400; DS swap at S; old keys at
    // S + 90000 = 31626000; old signatures 3900 later: 31629900
    QTest::newRow("algorithm-conservative")
        << "algorithm-conservative" << QList<RolloverSeconds>{31445400, 31445400, 31532100, 31532100, 31536000,
                                                              31626000, 31626000, 31629900, 31629900};
    // P = S - max(3900, 86700) = 31449300; DS swap at S; old removed at S + 90000 = 31626000
    QTest::newRow("algorithm-liberal") << "algorithm-liberal"
                                       << QList<RolloverSeconds>{31449300, 31449300, 31449300, 31449300, 31536000,
                                                                 31626000, 31626000, 31626000, 31626000};
    // DS removed at S; unsigned at S + 3600 + 86400 = 31626000
    QTest::newRow("go-insecure") << "go-insecure"
                                 << QList<RolloverSeconds>{31536000, 31626000, 31626000, 31626000, 31626000};
    // signed at 0; DS at max(300 + max(3600, 3600), 0 + 300 + max(86400, 3600)) = 86700
    QTest::newRow("go-secure") << "go-secure" << QList<RolloverSeconds>{0, 0, 0, 0, 86700};
    // {CERT1, CERT2} at 0; deploy CERT2 and publish {CERT2} at 300 + 3600 = 3900
    QTest::newRow("tlsa") << "tlsa" << QList<RolloverSeconds>{0, 3900, 3900};
}

void TestRolloverTemplates::defaultTimes() {
    QFETCH(QString, method);
    QFETCH(QList<RolloverSeconds>, times);
    const GeneratedPlan g = generate(method);
    QCOMPARE(eventTimes(g.plan), times);
    QCOMPARE(formulaTimes(method, RolloverParameters{}), times); // the two hand computations agree
}

void TestRolloverTemplates::formulas_data() {
    QTest::addColumn<QString>("method");
    QTest::addColumn<RolloverParameters>("parameters");
    for (const QString& m : MethodTemplates::ids()) {
        QTest::newRow(qPrintable(m + QStringLiteral("/slow-parent"))) << m << slowParent();
        QTest::newRow(qPrintable(m + QStringLiteral("/instant-lab"))) << m << instantLab();
        for (const QString& preset : {QStringLiteral("fast-cds-parent"), QStringLiteral("teaching")})
            QTest::newRow(qPrintable(m + QLatin1Char('/') + preset)) << m << *RolloverPresets::parameters(preset);
    }
}

void TestRolloverTemplates::formulas() {
    QFETCH(QString, method);
    QFETCH(RolloverParameters, parameters);
    const GeneratedPlan g = generate(method, parameters);
    QCOMPARE(eventTimes(g.plan), formulaTimes(method, parameters));
    for (const PlanEvent& e : g.plan.events)
        QVERIFY2(!e.formula.isEmpty(), qPrintable(e.label()));
}

void TestRolloverTemplates::safeAndExact_data() {
    QTest::addColumn<QString>("method");
    QTest::addColumn<RolloverParameters>("parameters");
    for (const QString& m : MethodTemplates::ids()) {
        QTest::newRow(qPrintable(m + QStringLiteral("/default"))) << m << RolloverParameters{};
        QTest::newRow(qPrintable(m + QStringLiteral("/slow-parent"))) << m << slowParent();
        QTest::newRow(qPrintable(m + QStringLiteral("/instant-lab"))) << m << instantLab();
        QTest::newRow(qPrintable(m + QStringLiteral("/teaching")))
            << m << *RolloverPresets::parameters(QStringLiteral("teaching"));
    }
}

void TestRolloverTemplates::safeAndExact() {
    QFETCH(QString, method);
    QFETCH(RolloverParameters, parameters);
    const GeneratedPlan g = generate(method, parameters);
    const SafetyReport report = SafetyChecker::check(g.plan);
    QVERIFY2(report.safe(), qPrintable(describe(report)));

    QVERIFY(g.criticalStep >= 0);
    const RolloverSeconds t = g.steps[g.criticalStep].at;
    const SafetyReport early = SafetyChecker::check(moveStep(g, g.criticalStep, -1));
    QVERIFY2(!early.safe(), qPrintable(QStringLiteral("critical step at %1 moved 1 s earlier stays safe").arg(t)));
    for (const SafetyWindow& w : early.windows) {
        QVERIFY2(w.from == t - 1 && w.to == t, qPrintable(describe(early)));
        QVERIFY(w.fix.sentence.contains(QString::number(t)));
    }
}

// TTLkey > TTLsig with Dsgn > 0: RFC 7583 3.2.2 waits Dsgn + DprpC + max(TTLkey, TTLsig); the exact bound
// is max(DprpC + TTLkey, Dsgn + DprpC + TTLsig).
void TestRolloverTemplates::zskDoubleSignatureAgainstRfc7583() {
    RolloverParameters p;
    p.TTLkey = 2 * kDay; // 172800
    p.TTLsig = kHour;    // 3600
    p.TTLneg = kHour;
    p.Dsgn = 12 * kHour; // 43200
    p.DprpC = 300;
    // ours: max(300 + 172800, 43200 + 300 + 3600) = max(173100, 47100) = 173100
    const RolloverSeconds ours = 173100;
    // RFC 7583: 43200 + 300 + max(172800, 3600) = 216300, 43200 s (= Dsgn) longer than needed
    const RolloverSeconds rfc = 216300;
    const GeneratedPlan g = generate(QStringLiteral("zsk-double-signature"), p);
    QCOMPARE(g.plan.events[0].at, p.Lzsk - ours);
    QVERIFY(g.plan.events[0].formula.contains(QStringLiteral("RFC 7583")));
    QVERIFY(g.plan.events[0].formula.contains(formatOffset(rfc)));
    QVERIFY(SafetyChecker::check(g.plan).safe());
    // Ours is exact: the removal 1 s earlier is bogus for exactly 1 s.
    const SafetyReport early = SafetyChecker::check(moveStep(g, 1, -1));
    QVERIFY(!early.safe());
    QCOMPARE(early.windows.first().length(), RolloverSeconds(1));
    // The RFC's timing is safe too, but has rfc - ours of slack: the removal can come that much earlier.
    const SafetyReport rfcTimed = SafetyChecker::check(moveStep(g, 0, -(rfc - ours)));
    QVERIFY(rfcTimed.safe());
}

// With publish_safety = 30m the swap of zsk-prepublish may come 30 min early without a window, not 30m1s.
void TestRolloverTemplates::safetyMarginsMoveTheBound() {
    RolloverParameters p;
    p.publishSafety = 30 * kMinute;
    p.retireSafety = 15 * kMinute;
    const GeneratedPlan g = generate(QStringLiteral("zsk-prepublish"), p);
    // publish at 2592000 - (300 + 3600 + 1800) = 2586300; remove at 2592000 + 300 + 86400 + 900 = 2679600
    QCOMPARE(eventTimes(g.plan), (QList<RolloverSeconds>{2586300, 2592000, 2592000, 2679600}));
    QVERIFY(SafetyChecker::check(moveStep(g, 1, -1800)).safe());
    const SafetyReport early = SafetyChecker::check(moveStep(g, 1, -1801));
    QCOMPARE(early.windows.size(), 2); // DATA and NEG
    QCOMPARE(early.windows[0].from, RolloverSeconds(2592000 - 1801));
    QCOMPARE(early.windows[0].to, RolloverSeconds(2592000 - 1800));
    QVERIFY(SafetyChecker::check(moveStep(g, 2, -900)).safe());
    QCOMPARE(SafetyChecker::check(moveStep(g, 2, -901)).windows.first().length(), RolloverSeconds(1));
}

// Lzsk = 1 min is shorter than Ipub = 1h5m: S moves to 3900 so that the plan starts at t = 0.
void TestRolloverTemplates::shortLifetimeMovesTheSwitch() {
    RolloverParameters p;
    p.Lzsk = kMinute;
    const GeneratedPlan g = generate(QStringLiteral("zsk-prepublish"), p);
    QCOMPARE(eventTimes(g.plan), (QList<RolloverSeconds>{0, 3900, 3900, 3900 + 86700}));
    QVERIFY(g.plan.events[1].formula.contains(QStringLiteral("shorter")));
    QVERIFY(SafetyChecker::check(g.plan).safe());
}

void TestRolloverTemplates::formulaText() {
    RolloverParameters p;
    p.TTLkey = 2 * kHour;
    p.DprpC = kHour;
    const GeneratedPlan g = generate(QStringLiteral("zsk-prepublish"), p);
    // ROLLOVER.md: "Ipub = DprpC + TTLkey = 1h + 2h"
    QCOMPARE(g.plan.events[0].formula,
             QStringLiteral("Ipub = DprpC + TTLkey = 1h + 2h = 3h; at = S - Ipub = 720h - 3h = 717h"));
    QCOMPARE(g.plan.events[1].formula, QStringLiteral("S = Lzsk = 720h"));
}

void TestRolloverTemplates::unknownMethod() {
    const auto generated = MethodTemplates::generate(QStringLiteral("zsk-yolo"), {});
    QVERIFY(!generated);
    QCOMPARE(generated.error().code, QStringLiteral("UNKNOWN_METHOD"));
}

QTEST_GUILESS_MAIN(TestRolloverTemplates)
#include "tst_rollovertemplates.moc"
