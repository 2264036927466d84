#include "core/zone/ZoneLoader.h"
#include "core/zone/ZoneStructureChecks.h"

#include <QDateTime>
#include <QTest>

using namespace danewerk::core;

class TestZoneStructure : public QObject {
    Q_OBJECT

private slots:
    void findingPerCode_data();
    void findingPerCode();
    void certificateAgainstTlsa_data();
    void certificateAgainstTlsa();
    void cleanZoneHasNoFindings();
    void everyProblemIsReported();
};

static QString zonePath(const QString& name) {
    return QStringLiteral(DANEWERK_TEST_DATA "/zones/") + name;
}

void TestZoneStructure::findingPerCode_data() {
    QTest::addColumn<QString>("severity");
    QTest::addColumn<QString>("owner");
    QTest::addColumn<QString>("type");
    QTest::addColumn<int>("line");
    QTest::newRow("NO_SOA.basic") << "error"
                                  << "example."
                                  << "SOA" << 0;
    QTest::newRow("MULTIPLE_SOA.apex") << "error"
                                       << "example."
                                       << "SOA" << 7;
    QTest::newRow("MULTIPLE_SOA.below-apex") << "error"
                                             << "sub.example."
                                             << "SOA" << 7;
    QTest::newRow("NO_APEX_NS.basic") << "error"
                                      << "example."
                                      << "NS" << 4;
    QTest::newRow("OUT_OF_ZONE.basic") << "error"
                                       << "www.example.org."
                                       << "A" << 8;
    QTest::newRow("CNAME_AND_OTHER_DATA.basic") << "error"
                                                << "www.example."
                                                << "CNAME" << 8;
    QTest::newRow("CNAME_AND_OTHER_DATA.mx") << "error"
                                             << "mail.example."
                                             << "CNAME" << 7;
    QTest::newRow("CNAME_LOOP.three") << "error"
                                      << "a.example."
                                      << "CNAME" << 9;
    QTest::newRow("CNAME_LOOP.self") << "error"
                                     << "self.example."
                                     << "CNAME" << 7;
    QTest::newRow("TTL_MISMATCH_IN_RRSET.basic") << "warning"
                                                 << "www.example."
                                                 << "A" << 8;
    QTest::newRow("MISSING_GLUE.delegation") << "error"
                                             << "sub.example."
                                             << "NS" << 7;
    QTest::newRow("MISSING_GLUE.apex") << "error"
                                       << "example."
                                       << "NS" << 7;
    QTest::newRow("DUPLICATE_RECORD.basic") << "notice"
                                            << "www.example."
                                            << "A" << 8;
    QTest::newRow("TLSA_MALFORMED.digest-length") << "error"
                                                  << "_25._tcp.mail.example."
                                                  << "TLSA" << 7;
    QTest::newRow("TLSA_MALFORMED.unknown-usage") << "error"
                                                  << "_443._tcp.www.example."
                                                  << "TLSA" << 7;
    QTest::newRow("TLSA_USAGE_PKIX_FOR_SMTP.basic") << "warning"
                                                    << "_25._tcp.mail.example."
                                                    << "TLSA" << 7;
    QTest::newRow("TLSA_NO_ROLLOVER_RECORD.basic") << "notice"
                                                   << "_25._tcp.mail.example."
                                                   << "TLSA" << 7;
}

void TestZoneStructure::findingPerCode() {
    QFETCH(QString, severity);
    QFETCH(QString, owner);
    QFETCH(QString, type);
    QFETCH(int, line);
    const QString row = QString::fromLatin1(QTest::currentDataTag());
    const QString code = row.section(QLatin1Char('.'), 0, 0);
    const QString file = zonePath(row + QStringLiteral(".zone"));
    const Result<Zone> zone = ZoneLoader::loadFile(file);
    QVERIFY2(zone.ok(), qPrintable(zone.error().toString()));
    const Findings findings = checkZoneStructure(*zone);
    int matches = 0;
    for (const Finding& f : findings) {
        QVERIFY(!f.message.isEmpty());
        QVERIFY(!f.fix.isEmpty());
        QVERIFY(f.rfc.startsWith(QStringLiteral("RFC ")));
        if (f.code != code)
            continue;
        ++matches;
        QCOMPARE(severityName(f.severity), severity);
        QCOMPARE(f.owner, owner);
        QCOMPARE(f.type, type);
        QCOMPARE(f.line, line);
        QCOMPARE(f.file, file);
    }
    if (matches != 1) {
        for (const Finding& f : findings)
            qWarning() << f.code << f.owner << f.line << f.message;
    }
    QCOMPARE(matches, 1);
}

void TestZoneStructure::certificateAgainstTlsa_data() {
    QTest::addColumn<QString>("zoneFile");
    QTest::addColumn<QString>("certificate");
    QTest::addColumn<bool>("noMatch");
    QTest::addColumn<int>("line");
    const QString chain = QStringLiteral(DANEWERK_TEST_DATA "/tlsa/fullchain.pem");
    QTest::newRow("TLSA_NO_MATCH.wrong-key") << "TLSA_NO_MATCH.wrong-key.zone" << chain << true << 8;
    QTest::newRow("TLSA_NO_MATCH.no-records") << "TLSA_NO_MATCH.no-records.zone" << chain << true << 0;
    QTest::newRow("matching 3 1 1") << "tlsa-match.zone" << chain << false << 0;
    QTest::newRow("matching key file") << "tlsa-match.zone"
                                       << QStringLiteral(DANEWERK_TEST_DATA "/tlsa/le-fullchain.pem") << false << 0;
    QTest::newRow("unreadable certificate")
        << "tlsa-match.zone" << QStringLiteral(DANEWERK_TEST_DATA "/tlsa/garbage.bin") << true << 7;
}

void TestZoneStructure::certificateAgainstTlsa() {
    QFETCH(QString, zoneFile);
    QFETCH(QString, certificate);
    QFETCH(bool, noMatch);
    QFETCH(int, line);
    const Result<Zone> zone = ZoneLoader::loadFile(zonePath(zoneFile));
    QVERIFY2(zone.ok(), qPrintable(zone.error().toString()));
    StructureCheckOptions options;
    options.certificates.insert(QStringLiteral("mx.example.org."), certificate);
    options.now = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
    const Findings findings = checkZoneStructure(*zone, options);
    QList<Finding> matches;
    for (const Finding& f : findings) {
        if (f.code == QLatin1String("TLSA_NO_MATCH"))
            matches.append(f);
    }
    QCOMPARE(matches.size(), noMatch ? 1 : 0);
    if (noMatch) {
        QCOMPARE(matches.first().severity, Severity::Error);
        QCOMPARE(matches.first().owner, QStringLiteral("_25._tcp.mx.example.org."));
        QCOMPARE(matches.first().type, QStringLiteral("TLSA"));
        QCOMPARE(matches.first().line, line);
        QVERIFY(!matches.first().fix.isEmpty());
    }
}

void TestZoneStructure::cleanZoneHasNoFindings() {
    const Result<Zone> zone = ZoneLoader::loadFile(zonePath(QStringLiteral("clean.zone")));
    QVERIFY2(zone.ok(), qPrintable(zone.error().toString()));
    const Findings findings = checkZoneStructure(*zone);
    for (const Finding& f : findings)
        qWarning() << f.code << f.owner << f.line << f.message;
    QVERIFY(findings.isEmpty());
}

void TestZoneStructure::everyProblemIsReported() {
    const QByteArray text = "$ORIGIN example.\n$TTL 60\n"
                            "www A 192.0.2.1\n"
                            "www CNAME ns1\n"
                            "other.test. A 192.0.2.2\n"
                            "x 60 A 192.0.2.3\nx 70 A 192.0.2.4\n";
    const Result<Zone> zone = ZoneLoader::loadText(text, QStringLiteral("many.zone"));
    QVERIFY(zone.ok());
    QStringList codes;
    for (const Finding& f : checkZoneStructure(*zone))
        codes.append(f.code);
    codes.sort();
    QCOMPARE(codes,
             QStringList({"CNAME_AND_OTHER_DATA", "NO_APEX_NS", "NO_SOA", "OUT_OF_ZONE", "TTL_MISMATCH_IN_RRSET"}));
}

QTEST_GUILESS_MAIN(TestZoneStructure)
#include "tst_zonestructure.moc"
