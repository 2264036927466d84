#include "core/findings/Finding.h"

#include <QJsonObject>
#include <QTest>

using namespace danewerk::core;

class TestFinding : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void jsonOmitsEmptyFields() {
        Finding f;
        f.severity = Severity::Warning;
        f.code = QStringLiteral("RRSIG_EXPIRES_SOON");
        f.message = QStringLiteral("The signature expires in 2 days.");
        f.owner = QStringLiteral("www.example.");
        f.type = QStringLiteral("A");
        f.line = 12;
        const QJsonObject o = f.toJson();
        QCOMPARE(o.value(QStringLiteral("severity")).toString(), QStringLiteral("warning"));
        QCOMPARE(o.value(QStringLiteral("code")).toString(), QStringLiteral("RRSIG_EXPIRES_SOON"));
        QCOMPARE(o.value(QStringLiteral("line")).toInt(), 12);
        QVERIFY(!o.contains(QStringLiteral("column")));
        QVERIFY(!o.contains(QStringLiteral("host")));
        QVERIFY(!o.contains(QStringLiteral("rfc")));
        QCOMPARE(o.keys().size(), 6);
    }
    void roundTrip() {
        Finding f;
        f.severity = Severity::Error;
        f.code = QStringLiteral("TLSA_NO_MATCH");
        f.message = QStringLiteral("m");
        f.rfc = QStringLiteral("RFC 7672 3.1");
        f.fix = QStringLiteral("publish the record");
        f.host = QStringLiteral("mx1.example.");
        f.address = QStringLiteral("192.0.2.1");
        const Finding back = Finding::fromJson(f.toJson());
        QCOMPARE(back.toJson(), f.toJson());
        QCOMPARE(back.severity, Severity::Error);
    }
    void errorsDecideExitCodes() {
        Finding warning;
        warning.severity = Severity::Warning;
        QVERIFY(!hasErrors({warning}));
        Finding error;
        error.severity = Severity::Error;
        QVERIFY(hasErrors({warning, error}));
    }
};

QTEST_GUILESS_MAIN(TestFinding)
#include "tst_finding.moc"
