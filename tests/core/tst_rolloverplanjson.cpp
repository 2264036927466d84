// Plan files: every time format of the contract, parameters and presets, round trips, and errors that name
// the JSON path of the offending value.
#include "RolloverTestSupport.h"
#include "core/common/TimeFormat.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace danewerk::core;
using namespace rollovertest;

class TestRolloverPlanJson : public QObject {
    Q_OBJECT

private slots:
    void timeFormats_data();
    void timeFormats();
    void specPlanReads();
    void roundTrip_data();
    void roundTrip();
    void errors_data();
    void errors();
    void badJsonHasLineAndColumn();
    void presetThenParameters();
    void namedResolverCaps();
    void effectiveTimeOfSubmission();
};

void TestRolloverPlanJson::timeFormats_data() {
    QTest::addColumn<QString>("at");
    QTest::addColumn<RolloverSeconds>("seconds");
    QTest::newRow("hours") << R"("717h")" << RolloverSeconds(2581200);
    QTest::newRow("iso day") << R"("P1D")" << RolloverSeconds(86400);
    QTest::newRow("iso mixed") << R"("P1DT2H30M")" << RolloverSeconds(95400);
    QTest::newRow("integer") << "2581200" << RolloverSeconds(2581200);
    QTest::newRow("digit string") << R"("3600")" << RolloverSeconds(3600);
    QTest::newRow("compound") << R"("719h5m")" << RolloverSeconds(2588700);
    QTest::newRow("zero") << "0" << RolloverSeconds(0);
}

void TestRolloverPlanJson::timeFormats() {
    QFETCH(QString, at);
    QFETCH(RolloverSeconds, seconds);
    const QByteArray json = QStringLiteral(R"({"keys":[{"id":"K","role":"KSK"}],
        "events":[{"at":%1,"op":"publish_dnskey","key":"K"}]})")
                                .arg(at)
                                .toUtf8();
    const auto plan = PlanJson::read(json);
    QVERIFY2(plan.ok(), qPrintable(plan.error().toString()));
    QCOMPARE(plan->events.first().at, seconds);
}

void TestRolloverPlanJson::specPlanReads() {
    const RolloverPlan plan = planFromFile(QStringLiteral("spec-example.json"));
    QCOMPARE(plan.zone, QStringLiteral("example."));
    QCOMPARE(formatInstant(*plan.origin), QStringLiteral("2027-01-01T00:00:00Z"));
    QCOMPARE(plan.parameters.TTLkey, 2 * kHour);
    QCOMPARE(plan.parameters.Dsgn, 12 * kHour);
    QCOMPARE(plan.parameters.DprpC, RolloverSeconds(300)); // default
    QCOMPARE(plan.keys.size(), 3);
    QCOMPARE(plan.initial.dnskey, (QStringList{QStringLiteral("KSK1"), QStringLiteral("ZSK1")}));
    QCOMPARE(eventTimes(plan), (QList<RolloverSeconds>{2581200, 2592000, 2592000, 2725200}));
    QCOMPARE(plan.events[1].op, EventOp::StartZsign);
}

void TestRolloverPlanJson::roundTrip_data() {
    QTest::addColumn<QString>("method");
    for (const QString& m : MethodTemplates::ids())
        QTest::newRow(qPrintable(m)) << m;
}

void TestRolloverPlanJson::roundTrip() {
    QFETCH(QString, method);
    RolloverParameters p;
    p.publishSafety = 90;
    p.maxCacheTtl = 86400;
    TemplateOptions options;
    options.zone = QStringLiteral("example.org.");
    options.origin = *parseInstant(QStringLiteral("2027-03-01T12:00:00Z"));
    const auto generated = MethodTemplates::generate(method, p, options);
    QVERIFY(generated.ok());
    const QByteArray written = PlanJson::write(generated->plan);
    const auto reread = PlanJson::read(written);
    QVERIFY2(reread.ok(), qPrintable(reread.error().toString()));
    QCOMPARE(reread->parameters, p);
    QCOMPARE(eventTimes(*reread), eventTimes(generated->plan));
    QCOMPARE(reread->zone, QStringLiteral("example.org."));
    QCOMPARE(PlanJson::write(*reread), written);
    // The event carries the formula that placed it.
    QVERIFY(QJsonDocument::fromJson(written)
                .object()
                .value(QStringLiteral("events"))
                .toArray()
                .first()
                .toObject()
                .contains(QStringLiteral("formula")));
}

void TestRolloverPlanJson::errors_data() {
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("message");
    const QByteArray keys = R"("keys":[{"id":"K","role":"KSK"},{"id":"C","role":"TLSA"}])";
    auto withEvents = [&](const char* events) { return "{" + keys + R"(,"events":[)" + QByteArray(events) + "]}"; };
    QTest::newRow("negative integer time")
        << withEvents(R"({"at":0,"op":"publish_dnskey","key":"K"},{"at":-5,"op":"stop_ksign","key":"K"})")
        << "events[1].at: negative time -5";
    QTest::newRow("negative duration") << withEvents(R"({"at":"-1h","op":"publish_dnskey","key":"K"})")
                                       << "events[0].at: negative time \"-1h\"";
    QTest::newRow("malformed duration") << withEvents(R"({"at":"7x","op":"publish_dnskey","key":"K"})")
                                        << "events[0].at: malformed duration \"7x\"";
    QTest::newRow("fractional seconds") << withEvents(R"({"at":1.5,"op":"publish_dnskey","key":"K"})")
                                        << "events[0].at: 1.5 is not a whole number of seconds";
    QTest::newRow("too far") << withEvents(R"({"at":"99999999999999","op":"publish_dnskey","key":"K"})")
                             << "events[0].at: 99999999999999 is too far in the future";
    QTest::newRow("unknown op") << withEvents(
                                       R"({"at":0,"op":"publish_dnskey","key":"K"},{"at":0,"op":"explode","key":"K"})")
                                << "events[1].op: unknown operation \"explode\"";
    QTest::newRow("unknown event key") << withEvents(R"({"at":0,"op":"publish_dnskey","key":"K","colour":"red"})")
                                       << "events[0].colour: unknown key \"colour\"";
    QTest::newRow("unknown top-level key")
        << QByteArray(R"({"zone":"example.","eventz":[]})") << "eventz: unknown key \"eventz\"";
    QTest::newRow("unknown parameter") << QByteArray(R"({"parameters":{"TTLkey":"1h","TTLfoo":"1h"}})")
                                       << "parameters.TTLfoo: unknown key \"TTLfoo\"";
    QTest::newRow("malformed parameter") << QByteArray(R"({"parameters":{"TTLkey":"1hour"}})")
                                         << "parameters.TTLkey: malformed duration \"1hour\"";
    QTest::newRow("unknown key id") << withEvents(R"({"at":0,"op":"publish_dnskey","key":"ZSK9"})")
                                    << "events[0].key: unknown key \"ZSK9\"";
    QTest::newRow("unknown key in list") << withEvents(R"({"at":0,"op":"ds_set","keys":["K","X"]})")
                                         << "events[0].keys[1]: unknown key \"X\"";
    QTest::newRow("missing at") << withEvents(R"({"op":"publish_dnskey","key":"K"})") << "events[0].at: missing time";
    QTest::newRow("tlsa key in dnskey op")
        << withEvents(R"({"at":0,"op":"publish_dnskey","key":"C"})") << "events[0].key: C has role TLSA";
    QTest::newRow("dnssec key deployed") << withEvents(R"({"at":0,"op":"deploy","key":"K"})")
                                         << "events[0].key: K is a DNSSEC key";
    QTest::newRow("bad rrset") << withEvents(R"({"at":0,"op":"set_ttl","rrset":"MX","ttl":"1h"})")
                               << "events[0].rrset: expected DS, DNSKEY, DATA, NEG or TLSA";
    QTest::newRow("bad role") << QByteArray(R"({"keys":[{"id":"K","role":"XSK"}]})")
                              << "keys[0].role: expected KSK, ZSK, CSK or TLSA";
    QTest::newRow("duplicate key") << QByteArray(R"({"keys":[{"id":"K","role":"KSK"},{"id":"K","role":"ZSK"}]})")
                                   << "keys[1].id: duplicate key id \"K\"";
    QTest::newRow("bad algorithm") << QByteArray(R"({"keys":[{"id":"K","role":"KSK","algorithm":300}]})")
                                   << "keys[0].algorithm: expected an algorithm number from 1 to 255";
    QTest::newRow("initial unknown key") << "{" + keys + R"(,"initial":{"dnskey":["K","Q"]}})"
                                         << "initial.dnskey[1]: unknown key \"Q\"";
    QTest::newRow("bad origin") << QByteArray(R"({"origin":"next tuesday"})") << "origin: expected an ISO 8601";
    QTest::newRow("unknown preset") << QByteArray(R"({"preset":"powerdns-default"})")
                                    << "preset: unknown preset powerdns-default";
    QTest::newRow("not an object") << QByteArray("[1,2]") << "the plan must be a JSON object";
}

void TestRolloverPlanJson::errors() {
    QFETCH(QByteArray, json);
    QFETCH(QString, message);
    const auto plan = PlanJson::read(json, QStringLiteral("plan.json"));
    QVERIFY(!plan.ok());
    QVERIFY2(plan.error().message.startsWith(message), qPrintable(plan.error().message));
    QCOMPARE(plan.error().file, QStringLiteral("plan.json"));
    QCOMPARE(plan.error().code, QStringLiteral("PLAN_INVALID"));
}

void TestRolloverPlanJson::badJsonHasLineAndColumn() {
    const auto plan = PlanJson::read("{\n  \"zone\": \"example.\",\n  \"events\": [,]\n}", QStringLiteral("p.json"));
    QVERIFY(!plan.ok());
    QCOMPARE(plan.error().code, QStringLiteral("JSON_INVALID"));
    QCOMPARE(plan.error().line, 3);
    QVERIFY(plan.error().toString().startsWith(QStringLiteral("p.json:3:")));
}

void TestRolloverPlanJson::presetThenParameters() {
    const RolloverPlan plan = planFromJson(R"({"preset":"fast-cds-parent","parameters":{"TTLds":"2h"}})");
    QCOMPARE(plan.parameters.Dreg, kHour);
    QCOMPARE(plan.parameters.DprpP, 5 * kMinute);
    QCOMPARE(plan.parameters.TTLds, 2 * kHour); // the plan's own value wins over the preset
    for (const QString& name : RolloverPresets::names())
        QVERIFY2(RolloverPresets::parameters(name).ok(), qPrintable(name));
    QCOMPARE(RolloverPresets::parameters(QStringLiteral("manual-registrar"))->Dreg, kDay);
    QCOMPARE(RolloverPresets::parameters(QStringLiteral("teaching"))->Lzsk, kHour);
    QCOMPARE(RolloverPresets::parameters(QStringLiteral("bind-default"))->Dsgn, 9 * kDay);
    QCOMPARE(RolloverPresets::parameters(QStringLiteral("knot-default"))->DprpC, kHour);
}

void TestRolloverPlanJson::namedResolverCaps() {
    QCOMPARE(planFromJson(R"({"parameters":{"max_cache_ttl":"unbound"}})").parameters.maxCacheTtl, 86400);
    QCOMPARE(planFromJson(R"({"parameters":{"max_cache_ttl":"bind"}})").parameters.maxCacheTtl, 604800);
    QCOMPARE(planFromJson(R"({"parameters":{"max_cache_ttl":"6h"}})").parameters.maxCacheTtl, 21600);
    RolloverParameters p;
    QVERIFY(p.setFromText(QStringLiteral("max_cache_ttl"), QStringLiteral("unbound")));
    QCOMPARE(p.cached(2 * kDay), kDay);
    QCOMPARE(p.cached(kHour), kHour);
    QString error;
    QVERIFY(!p.setFromText(QStringLiteral("TTLfoo"), QStringLiteral("1h"), &error));
    QVERIFY(error.contains(QStringLiteral("TTLfoo")));
}

void TestRolloverPlanJson::effectiveTimeOfSubmission() {
    const RolloverPlan plan = planFromJson(R"({"parameters":{"Dreg":"2h"},"keys":[{"id":"K","role":"KSK"}],
        "events":[{"at":"1h","op":"ds_submit","keys":["K"]},{"at":"1h","op":"ds_set","keys":[]}]})");
    QCOMPARE(plan.events[0].effectiveAt(plan.parameters), 3 * kHour);
    QCOMPARE(plan.events[1].effectiveAt(plan.parameters), kHour);
    QCOMPARE(plan.events[0].label(), QStringLiteral("ds_submit K"));
    QCOMPARE(plan.events[1].label(), QStringLiteral("ds_set {}"));
}

QTEST_GUILESS_MAIN(TestRolloverPlanJson)
#include "tst_rolloverplanjson.moc"
