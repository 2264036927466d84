// The TLSA pre-flight against RFC 7672 / RFC 7671 rules: DANE-EE without name or date checks, DANE-TA with
// an in-date path and name checks (wildcards only as the whole leftmost label), PKIX usages unusable for
// SMTP, digest agility and malformed records. Record data comes from the test's own OpenSSL computation.
#include "TlsaTestSupport.h"
#include "core/tlsa/CertificateMaterial.h"
#include "core/tlsa/TlsaMatcher.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QtTest/QtTest>

using namespace danewerk::core;
using namespace tlsatest;

namespace {

const QDateTime kNow(QDate(2026, 6, 1), QTime(12, 0), Qt::UTC);

QList<CertificateInfo> chainOf(const QString& name) {
    auto material = CertificateLoader::loadFile(fixture(name));
    if (!material)
        qFatal("cannot load %s", qPrintable(name));
    return material->chain;
}

// "U S M @depth" takes the data from that certificate of `file`; "U S M zero" is a well-formed digest
// that matches nothing; "U S M short" is two bytes (a wrong length for SHA2-*).
TlsaRecord recordFor(const QString& file, const QString& spec) {
    const QStringList f = spec.split(QLatin1Char(' '));
    TlsaRecord r;
    r.usage = f[0].toInt();
    r.selector = f[1].toInt();
    r.mtype = f[2].toInt();
    const QString what = f[3];
    if (what.startsWith(QLatin1Char('@')))
        r.data = expectedData(file, what.mid(1).toInt(), r.selector > 1 ? 1 : r.selector, r.mtype > 2 ? 1 : r.mtype);
    else if (what == QLatin1String("zero"))
        r.data = QByteArray(r.mtype == 2 ? 64 : 32, '\0');
    else
        r.data = QByteArray::fromHex("abcd");
    return r;
}

} // namespace

class TestTlsaMatcher : public QObject {
    Q_OBJECT

private slots:
    void preflight_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("records");
        QTest::addColumn<QString>("host");
        QTest::addColumn<QStringList>("extraNames");
        QTest::addColumn<int>("port");
        QTest::addColumn<QDateTime>("now");
        QTest::addColumn<QString>("result");
        QTest::addColumn<QList<int>>("depths");
        QTest::addColumn<QStringList>("present");
        QTest::addColumn<QStringList>("absent");
        const QStringList none;
        const QDateTime past(QDate(2024, 6, 1), QTime(0, 0), Qt::UTC);
        const QDateTime future(QDate(2050, 1, 1), QTime(0, 0), Qt::UTC);
        QTest::newRow("DANE-EE ignores wrong name and expiry")
            << "fullchain-expired.pem" << QStringList{"3 1 1 @0"} << "wrong.example.net" << none << 25 << kNow
            << "match" << QList<int>{0} << QStringList{"CERT_EXPIRED", "TLSA_NO_ROLLOVER_RECORD"}
            << QStringList{"TLSA_NO_MATCH", "DANE_TA_NAME_MISMATCH"};
        QTest::newRow("DANE-EE Cert selector")
            << "leaf-rsa.pem" << QStringList{"3 0 1 @0"} << "mx.example.org" << none << 25 << kNow << "match"
            << QList<int>{0} << none << QStringList{"CERT_EXPIRED"};
        QTest::newRow("DANE-EE Full") << "leaf-rsa.pem" << QStringList{"3 1 0 @0"} << "mx.example.org" << none << 25
                                      << kNow << "match" << QList<int>{0} << none << none;
        QTest::newRow("DANE-EE on an intermediate key")
            << "fullchain.pem" << QStringList{"3 1 1 @1"} << "mx.example.org" << none << 25 << kNow << "mismatch"
            << QList<int>{} << QStringList{"TLSA_NO_MATCH"} << none;
        QTest::newRow("DANE-TA intermediate")
            << "fullchain.pem" << QStringList{"2 1 1 @1"} << "mx.example.org" << none << 25 << kNow << "match"
            << QList<int>{1} << none << QStringList{"TLSA_NO_MATCH"};
        QTest::newRow("DANE-TA root certificate")
            << "fullchain-root.pem" << QStringList{"2 0 1 @2"} << "mail.example.org." << none << 25 << kNow << "match"
            << QList<int>{2} << none << none;
        QTest::newRow("DANE-TA second reference name")
            << "fullchain.pem" << QStringList{"2 1 1 @1"} << "mx.other.example" << QStringList{"mail.example.org"} << 25
            << kNow << "match" << QList<int>{1} << none << none;
        QTest::newRow("DANE-TA name mismatch")
            << "fullchain.pem" << QStringList{"2 1 1 @1"} << "other.example.org" << none << 25 << kNow
            << "name-mismatch" << QList<int>{} << QStringList{"DANE_TA_NAME_MISMATCH"} << none;
        QTest::newRow("wildcard covers one label")
            << "fullchain-wildcard.pem" << QStringList{"2 1 1 @1"} << "mx.example.org" << none << 25 << kNow << "match"
            << QList<int>{1} << none << none;
        QTest::newRow("wildcard not two labels")
            << "fullchain-wildcard.pem" << QStringList{"2 1 1 @1"} << "a.mx.example.org" << none << 25 << kNow
            << "name-mismatch" << QList<int>{} << QStringList{"DANE_TA_NAME_MISMATCH"} << none;
        QTest::newRow("wildcard not the parent")
            << "fullchain-wildcard.pem" << QStringList{"2 1 1 @1"} << "example.org" << none << 25 << kNow
            << "name-mismatch" << QList<int>{} << QStringList{"DANE_TA_NAME_MISMATCH"} << none;
        QTest::newRow("partial wildcard rejected")
            << "fullchain-partial-wildcard.pem" << QStringList{"2 1 1 @1"} << "mx.example.org" << none << 25 << kNow
            << "name-mismatch" << QList<int>{} << QStringList{"DANE_TA_NAME_MISMATCH"} << none;
        QTest::newRow("CN used without SANs") << "fullchain-cn-only.pem" << QStringList{"2 1 1 @1"} << "mx.example.org"
                                              << none << 25 << kNow << "match" << QList<int>{1} << none << none;
        QTest::newRow("CN ignored beside SANs")
            << "fullchain-san-not-cn.pem" << QStringList{"2 1 1 @1"} << "mx.example.org" << none << 25 << kNow
            << "name-mismatch" << QList<int>{} << QStringList{"DANE_TA_NAME_MISMATCH"} << none;
        QTest::newRow("DANE-TA expired leaf")
            << "fullchain-expired.pem" << QStringList{"2 1 1 @1"} << "mx.example.org" << none << 25 << kNow
            << "mismatch" << QList<int>{} << QStringList{"CERT_EXPIRED", "TLSA_NO_MATCH"} << none;
        QTest::newRow("DANE-TA not yet valid")
            << "fullchain.pem" << QStringList{"2 1 1 @1"} << "mx.example.org" << none << 25 << past << "mismatch"
            << QList<int>{} << QStringList{"CERT_EXPIRED"} << none;
        QTest::newRow("DANE-TA expired anchor")
            << "fullchain.pem" << QStringList{"2 1 1 @1"} << "mx.example.org" << none << 25 << future << "mismatch"
            << QList<int>{} << QStringList{"CERT_EXPIRED"} << none;
        QTest::newRow("DANE-EE beside expired DANE-TA")
            << "fullchain-expired.pem" << QStringList{"2 1 1 @1", "3 1 1 @0"} << "mx.example.org" << none << 25 << kNow
            << "match" << QList<int>{0} << QStringList{"CERT_EXPIRED"} << QStringList{"TLSA_NO_MATCH"};
        QTest::newRow("leaf is no anchor")
            << "fullchain.pem" << QStringList{"2 1 1 @0"} << "mx.example.org" << none << 25 << kNow << "mismatch"
            << QList<int>{} << QStringList{"TLSA_NO_MATCH"} << none;
        QTest::newRow("self-signed leaf as anchor")
            << "selfsigned-ee.pem" << QStringList{"2 1 1 @0"} << "selfsigned.example.org" << none << 25 << kNow
            << "match" << QList<int>{0} << none << none;
        QTest::newRow("PKIX usages unusable at 25")
            << "fullchain.pem" << QStringList{"1 1 1 @0", "0 1 1 @1"} << "mx.example.org" << none << 25 << kNow
            << "unusable" << QList<int>{} << QStringList{"TLSA_USAGE_PKIX_FOR_SMTP", "TLSA_NO_USABLE_RECORDS"}
            << QStringList{"TLSA_NO_MATCH"};
        QTest::newRow("PKIX beside DANE-EE")
            << "fullchain.pem" << QStringList{"1 1 1 @0", "3 1 1 @0"} << "mx.example.org" << none << 25 << kNow
            << "match" << QList<int>{0} << QStringList{"TLSA_USAGE_PKIX_FOR_SMTP"} << none;
        QTest::newRow("PKIX-EE off port 25")
            << "fullchain.pem" << QStringList{"1 1 1 @0"} << "mx.example.org" << none << 443 << kNow << "match"
            << QList<int>{0} << none << QStringList{"TLSA_USAGE_PKIX_FOR_SMTP"};
        QTest::newRow("3 1 2 mismatch hides 3 1 1 match")
            << "fullchain.pem" << QStringList{"3 1 1 @0", "3 1 2 zero"} << "mx.example.org" << none << 25 << kNow
            << "mismatch" << QList<int>{} << QStringList{"TLSA_DIGEST_AGILITY_HIDES_MATCH", "TLSA_NO_MATCH"} << none;
        QTest::newRow("2 1 2 mismatch hides 2 1 1 match")
            << "fullchain.pem" << QStringList{"2 1 1 @1", "2 1 2 zero"} << "mx.example.org" << none << 25 << kNow
            << "mismatch" << QList<int>{} << QStringList{"TLSA_DIGEST_AGILITY_HIDES_MATCH"} << none;
        QTest::newRow("strongest digest matches")
            << "fullchain.pem" << QStringList{"3 1 1 zero", "3 1 2 @0"} << "mx.example.org" << none << 25 << kNow
            << "match" << QList<int>{0} << none << QStringList{"TLSA_DIGEST_AGILITY_HIDES_MATCH"};
        QTest::newRow("SHA2-256 outranks Full")
            << "fullchain.pem" << QStringList{"3 1 0 @0", "3 1 1 zero"} << "mx.example.org" << none << 25 << kNow
            << "mismatch" << QList<int>{} << QStringList{"TLSA_DIGEST_AGILITY_HIDES_MATCH"} << none;
        QTest::newRow("agility is per selector")
            << "fullchain.pem" << QStringList{"3 1 1 @0", "3 0 2 zero"} << "mx.example.org" << none << 25 << kNow
            << "match" << QList<int>{0} << none << QStringList{"TLSA_DIGEST_AGILITY_HIDES_MATCH"};
        QTest::newRow("wrong digest length unusable")
            << "fullchain.pem" << QStringList{"3 1 1 short"} << "mx.example.org" << none << 25 << kNow << "unusable"
            << QList<int>{} << QStringList{"TLSA_RECORD_UNUSABLE", "TLSA_NO_USABLE_RECORDS"} << none;
        QTest::newRow("unusable SHA2-512 hides nothing")
            << "fullchain.pem" << QStringList{"3 1 2 short", "3 1 1 @0"} << "mx.example.org" << none << 25 << kNow
            << "match" << QList<int>{0} << QStringList{"TLSA_RECORD_UNUSABLE"}
            << QStringList{"TLSA_DIGEST_AGILITY_HIDES_MATCH"};
        QTest::newRow("unknown usage unusable")
            << "fullchain.pem" << QStringList{"4 1 1 @0"} << "mx.example.org" << none << 25 << kNow << "unusable"
            << QList<int>{} << QStringList{"TLSA_RECORD_UNUSABLE"} << none;
        QTest::newRow("combination without a match")
            << "fullchain.pem" << QStringList{"3 1 1 @0", "2 1 1 zero"} << "mx.example.org" << none << 25 << kNow
            << "match" << QList<int>{0} << QStringList{"TLSA_PARAMETERS_NOT_MATCHED"} << none;
        QTest::newRow("next key under the same combination")
            << "fullchain.pem" << QStringList{"3 1 1 @0", "3 1 1 zero"} << "mx.example.org" << none << 25 << kNow
            << "match" << QList<int>{0} << none
            << QStringList{"TLSA_PARAMETERS_NOT_MATCHED", "TLSA_NO_ROLLOVER_RECORD"};
        QTest::newRow("same record twice is no rollover")
            << "fullchain.pem" << QStringList{"3 1 1 @0", "3 1 1 @0"} << "mx.example.org" << none << 25 << kNow
            << "match" << QList<int>{0, 0} << QStringList{"TLSA_NO_ROLLOVER_RECORD"} << none;
        QTest::newRow("PKIX-EE match off port 25 noted")
            << "fullchain.pem" << QStringList{"1 1 1 @0"} << "mx.example.org" << none << 465 << kNow << "match"
            << QList<int>{0} << QStringList{"TLSA_PKIX_NOT_VALIDATED"} << none;
        QTest::newRow("PKIX-EE off port 25 checks the name")
            << "fullchain.pem" << QStringList{"1 1 1 @0"} << "other.example.org" << none << 465 << kNow << "mismatch"
            << QList<int>{} << QStringList{"TLSA_NO_MATCH"} << none;
        QTest::newRow("current and next")
            << "fullchain.pem" << QStringList{"3 1 1 @0", "2 1 1 @1"} << "mx.example.org" << none << 25 << kNow
            << "match" << QList<int>{0, 1} << none << QStringList{"TLSA_NO_ROLLOVER_RECORD"};
    }
    void preflight() {
        QFETCH(QString, file);
        QFETCH(QStringList, records);
        QFETCH(QString, host);
        QFETCH(QStringList, extraNames);
        QFETCH(int, port);
        QFETCH(QDateTime, now);
        QFETCH(QString, result);
        QFETCH(QList<int>, depths);
        QFETCH(QStringList, present);
        QFETCH(QStringList, absent);
        QList<TlsaRecord> tlsa;
        for (const QString& spec : records)
            tlsa << recordFor(file, spec);
        PreflightOptions options;
        options.host = host;
        options.port = port;
        options.extraNames = extraNames;
        options.now = now;
        const TlsaPreflight outcome = verifyTlsa(chainOf(file), tlsa, options);
        QStringList codes;
        for (const Finding& f : outcome.findings)
            codes << f.code;
        QCOMPARE(tlsaVerdictName(outcome.verdict), result);
        QList<int> matchedDepths;
        for (const TlsaMatch& m : outcome.matched)
            matchedDepths << m.depth;
        QCOMPARE(matchedDepths, depths);
        for (const QString& code : present)
            QVERIFY2(codes.contains(code), qPrintable(codes.join(QLatin1Char(','))));
        for (const QString& code : absent)
            QVERIFY2(!codes.contains(code), qPrintable(codes.join(QLatin1Char(','))));
        // A match carries no error findings (exit 0); anything else carries at least one.
        QCOMPARE(hasErrors(outcome.findings), result != QLatin1String("match"));
        const QJsonObject json = outcome.toJson();
        QCOMPARE(json.value(QStringLiteral("result")).toString(), result);
        QCOMPARE(json.value(QStringLiteral("matched")).toArray().size(), depths.size());
        QCOMPARE(json.value(QStringLiteral("findings")).toArray().size(), outcome.findings.size());
    }

    void matchedRecordDetails() {
        const QString file = QStringLiteral("fullchain-root.pem");
        PreflightOptions options;
        options.host = QStringLiteral("mx.example.org");
        options.now = kNow;
        const TlsaPreflight outcome =
            verifyTlsa(chainOf(file), {recordFor(file, "2 0 2 @2"), recordFor(file, "3 1 1 @0")}, options);
        QCOMPARE(outcome.verdict, TlsaVerdict::Match);
        QCOMPARE(outcome.matched.size(), 2);
        QCOMPARE(outcome.matched[0].usage, 2);
        QCOMPARE(outcome.matched[0].selector, 0);
        QCOMPARE(outcome.matched[0].mtype, 2);
        QCOMPARE(outcome.matched[0].depth, 2);
        const QJsonObject first = outcome.toJson().value(QStringLiteral("matched")).toArray().first().toObject();
        QCOMPARE(first.value(QStringLiteral("depth")).toInt(), 2);
        QCOMPARE(first.value(QStringLiteral("mtype")).toInt(), 2);
    }

    void agilityFindingDetails() {
        const QString file = QStringLiteral("fullchain.pem");
        PreflightOptions options;
        options.host = QStringLiteral("mx.example.org");
        options.now = kNow;
        const TlsaPreflight outcome =
            verifyTlsa(chainOf(file), {recordFor(file, "3 1 1 @0"), recordFor(file, "3 1 2 zero")}, options);
        const auto it = std::find_if(outcome.findings.cbegin(), outcome.findings.cend(), [](const Finding& f) {
            return f.code == QLatin1String("TLSA_DIGEST_AGILITY_HIDES_MATCH");
        });
        QVERIFY(it != outcome.findings.cend());
        QCOMPARE(it->rfc, QStringLiteral("RFC 7671 9"));
        QVERIFY(it->message.contains(QLatin1String("3 1 1")));
        QVERIFY(it->message.contains(QLatin1String("3 1 2")));
        QCOMPARE(it->owner, QStringLiteral("_25._tcp.mx.example.org."));
    }

    void referenceNames_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("matches");
        QTest::newRow("exact SAN") << "leaf-rsa.pem"
                                   << "mx.example.org" << true;
        QTest::newRow("second SAN, trailing dot, upper case") << "leaf-rsa.pem"
                                                              << "MAIL.example.org." << true;
        QTest::newRow("other name") << "leaf-rsa.pem"
                                    << "www.example.org" << false;
        QTest::newRow("wildcard one label") << "leaf-wildcard.pem"
                                            << "mx.example.org" << true;
        QTest::newRow("wildcard two labels") << "leaf-wildcard.pem"
                                             << "a.mx.example.org" << false;
        QTest::newRow("wildcard parent") << "leaf-wildcard.pem"
                                         << "example.org" << false;
        QTest::newRow("partial wildcard") << "leaf-partial-wildcard.pem"
                                          << "mx.example.org" << false;
        QTest::newRow("CN without SANs") << "leaf-cn-only.pem"
                                         << "mx.example.org" << true;
        QTest::newRow("CN beside SANs") << "leaf-san-not-cn.pem"
                                        << "mx.example.org" << false;
        QTest::newRow("empty name") << "leaf-rsa.pem"
                                    << "" << false;
    }
    void referenceNames() {
        QFETCH(QString, file);
        QFETCH(QString, name);
        QFETCH(bool, matches);
        QCOMPARE(tlsaReferenceNameMatches(chainOf(file).first(), name), matches);
    }

    void unusableReasons() {
        TlsaRecord r;
        r.usage = 3;
        r.selector = 1;
        r.mtype = 1;
        r.data = QByteArray(32, '\x01');
        QVERIFY(tlsaUnusableReason(r, 25).isEmpty());
        r.mtype = 2;
        QVERIFY(!tlsaUnusableReason(r, 25).isEmpty()); // 32 bytes for SHA2-512
        r.mtype = 3;
        QVERIFY(!tlsaUnusableReason(r, 25).isEmpty());
        r.mtype = 1;
        r.usage = 1;
        QVERIFY(!tlsaUnusableReason(r, 25).isEmpty());
        QVERIFY(tlsaUnusableReason(r, 443).isEmpty());
        r.usage = 3;
        r.selector = 2;
        QVERIFY(!tlsaUnusableReason(r, 25).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestTlsaMatcher)
#include "tst_tlsamatcher.moc"
