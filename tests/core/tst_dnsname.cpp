#include "core/dns/DnsName.h"

#include <QTest>

using namespace danewerk::core;

class TestDnsName : public QObject {
    Q_OBJECT

private slots:
    void fromText_data();
    void fromText();
    void invalid_data();
    void invalid();
    void toText();
    void canonicalOrder();
    void subdomainAndParent();
    void typeNames();
};

static QByteArray wire(const char* data, int size) {
    return QByteArray(data, size);
}

void TestDnsName::fromText_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QByteArray>("origin");
    QTest::addColumn<QByteArray>("expected");
    const QByteArray example = wire("\x07"
                                    "example\x00",
                                    9);
    QTest::newRow("absolute, folded") << "WWW.Example." << QByteArray()
                                      << wire("\x03www\x07"
                                              "example\x00",
                                              13);
    QTest::newRow("relative") << "mx1" << example
                              << wire("\x03mx1\x07"
                                      "example\x00",
                                      13);
    QTest::newRow("at is origin") << "@" << example << example;
    QTest::newRow("root") << "." << QByteArray() << wire("\x00", 1);
    QTest::newRow("decimal escape") << "\\032x.example." << QByteArray()
                                    << wire("\x02 x\x07"
                                            "example\x00",
                                            12);
    QTest::newRow("escaped dot") << "a\\.b.example." << QByteArray()
                                 << wire("\x03"
                                         "a.b\x07"
                                         "example\x00",
                                         13);
    QTest::newRow("escaped capital folds") << "\\065.example." << QByteArray()
                                           << wire("\x01"
                                                   "a\x07"
                                                   "example\x00",
                                                   11);
}

void TestDnsName::fromText() {
    QFETCH(QString, text);
    QFETCH(QByteArray, origin);
    QFETCH(QByteArray, expected);
    const Result<QByteArray> name = dnsNameFromText(text, origin);
    QVERIFY2(name.ok(), qPrintable(name.error().message));
    QCOMPARE(*name, expected);
}

void TestDnsName::invalid_data() {
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << "";
    QTest::newRow("empty label") << "a..example.";
    QTest::newRow("label too long") << QString(64, QLatin1Char('a')) + QStringLiteral(".example.");
    QTest::newRow("name too long") << QString(QStringLiteral("abcdefghi.")).repeated(26);
    QTest::newRow("bad escape") << "a\\25x.example.";
    QTest::newRow("escape above 255") << "a\\256.example.";
    QTest::newRow("relative without origin") << "www";
}

void TestDnsName::invalid() {
    QFETCH(QString, text);
    const Result<QByteArray> name = dnsNameFromText(text);
    QVERIFY(!name.ok());
    QCOMPARE(name.error().code, QStringLiteral("NAME_INVALID"));
}

void TestDnsName::toText() {
    QCOMPARE(dnsNameToText(wire("\x03www\x07"
                                "example\x00",
                                13)),
             QStringLiteral("www.example."));
    QCOMPARE(dnsNameToText(wire("\x00", 1)), QStringLiteral("."));
    QCOMPARE(dnsNameToText(wire("\x03"
                                "a.b\x02"
                                " \x01\x00",
                                8)),
             QStringLiteral("a\\.b.\\032\\001."));
    const Result<QByteArray> back = dnsNameFromText(dnsNameToText(wire("\x03"
                                                                       "a.b\x02"
                                                                       " \x01\x00",
                                                                       8)));
    QVERIFY(back.ok());
    QCOMPARE(*back, wire("\x03"
                         "a.b\x02"
                         " \x01\x00",
                         8));
}

void TestDnsName::canonicalOrder() {
    // RFC 4034 6.1 example, in order.
    const QStringList ordered = {"example.",         "a.example.",      "yljkjljk.a.example.",
                                 "Z.a.example.",     "zABC.a.EXAMPLE.", "z.example.",
                                 "\\001.z.example.", "*.z.example.",    "\\200.z.example."};
    for (int i = 0; i + 1 < ordered.size(); ++i) {
        const QByteArray a = *dnsNameFromText(ordered[i]);
        const QByteArray b = *dnsNameFromText(ordered[i + 1]);
        QVERIFY2(dnsNameCanonicalCompare(a, b) < 0, qPrintable(ordered[i] + " < " + ordered[i + 1]));
        QVERIFY(dnsNameCanonicalCompare(b, a) > 0);
        QCOMPARE(dnsNameCanonicalCompare(a, a), 0);
    }
}

void TestDnsName::subdomainAndParent() {
    const QByteArray www = *dnsNameFromText(u"www.example.");
    const QByteArray example = *dnsNameFromText(u"example.");
    const QByteArray other = *dnsNameFromText(u"wexample.");
    QVERIFY(dnsNameIsSubdomain(www, example));
    QVERIFY(dnsNameIsSubdomain(example, example));
    QVERIFY(!dnsNameIsSubdomain(example, www));
    QVERIFY(!dnsNameIsSubdomain(other, example));
    QVERIFY(dnsNameIsSubdomain(www, QByteArray(1, '\0')));
    QCOMPARE(dnsNameParent(www).toByteArray(), example);
    QCOMPARE(dnsNameParent(QByteArray(1, '\0')).toByteArray(), QByteArray(1, '\0'));
    QCOMPARE(dnsNameLabelCount(www), 2);
    QCOMPARE(dnsNameLabelCount(QByteArray(1, '\0')), 0);
}

void TestDnsName::typeNames() {
    QCOMPARE(rrTypeName(1), QStringLiteral("A"));
    QCOMPARE(rrTypeName(52), QStringLiteral("TLSA"));
    QCOMPARE(rrTypeName(51), QStringLiteral("NSEC3PARAM"));
    QCOMPARE(rrTypeName(65534), QStringLiteral("TYPE65534"));
    QCOMPARE(rrTypeFromName(u"tlsa"), std::optional<quint16>(52));
    QCOMPARE(rrTypeFromName(u"TYPE65534"), std::optional<quint16>(65534));
    QCOMPARE(rrTypeFromName(u"NOSUCHTYPE"), std::nullopt);
    QCOMPARE(rrTypeFromName(u"TYPE70000"), std::nullopt);
    QCOMPARE(rrClassFromMnemonic("in"), std::optional<quint16>(1));
    QCOMPARE(rrClassFromMnemonic("CLASS3"), std::optional<quint16>(3));
}

QTEST_GUILESS_MAIN(TestDnsName)
#include "tst_dnsname.moc"
