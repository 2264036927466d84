// The real danewerk-cli binary: `tlsa create` in every output form, its refusals (exit 2, the file and the
// cause on stderr, nothing on stdout) and `tlsa verify` exit codes with --record and --records.
#include "../core/TlsaTestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest/QtTest>

using namespace tlsatest;

namespace {

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

Run runCli(const QStringList& args) {
    QProcess process;
    process.setProgram(QStringLiteral(DANEWERK_CLI));
    // Every validity decision at a pinned moment; English messages.
    process.setArguments(QStringList{QStringLiteral("--now"), QStringLiteral("2026-06-01T12:00:00Z"),
                                     QStringLiteral("--lang"), QStringLiteral("en")} +
                         args);
    process.setStandardInputFile(QProcess::nullDevice());
    process.start();
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        return {};
    }
    return Run{process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
               QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}

QString hexOf(const QByteArray& data) {
    return QString::fromLatin1(data.toHex());
}

} // namespace

class TestCliTlsa : public QObject {
    Q_OBJECT

private slots:
    void createZone() {
        const Run run = runCli({"tlsa", "create", fixture("fullchain.pem")});
        QCOMPARE(run.exitCode, 0);
        const QString hex = hexOf(expectedData("fullchain.pem", 0, 1, 1));
        QCOMPARE(run.out, QStringLiteral("_25._tcp.mx.example.org. 3600 IN TLSA 3 1 1 %1\n").arg(hex));
        QVERIFY(run.err.contains(QLatin1String("DANE-EE SPKI SHA2-256")));
        QVERIFY(run.err.contains(QLatin1String("TLSA_NO_ROLLOVER_RECORD")));
    }

    void createRdataFromKeyWithoutHost() {
        const Run run =
            runCli({"tlsa", "create", "--format", "rdata", "--mtype", "SHA2-512", fixture("key-ed448.pem")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out, QStringLiteral("3 1 2 %1\n").arg(hexOf(digest(expectedSpki("key-ed448.pem", "key"), 2))));
        QVERIFY(!run.out.contains(QLatin1String("PRIVATE")));
    }

    void createNsupdate() {
        const Run run = runCli({"tlsa", "create", "--format", "nsupdate", "--host", "mx.example.org.", "--ttl", "1h",
                                fixture("leaf-p256.pem"), fixture("key-rsa-pkcs1.pem")});
        QCOMPARE(run.exitCode, 0);
        const QStringList lines = run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        QCOMPARE(lines[0], QStringLiteral("update add _25._tcp.mx.example.org. 3600 IN TLSA 3 1 1 %1")
                               .arg(hexOf(expectedData("leaf-p256.pem", 0, 1, 1))));
        QCOMPARE(lines[1], QStringLiteral("update add _25._tcp.mx.example.org. 3600 IN TLSA 3 1 1 %1")
                               .arg(hexOf(digest(expectedSpki("key-rsa-pkcs1.pem", "key"), 1))));
        QCOMPARE(lines[2], QStringLiteral("send"));
        QVERIFY(!run.err.contains(QLatin1String("TLSA_NO_ROLLOVER_RECORD"))); // two different keys
    }

    void createJson_data() {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("--format json") << QStringList{"tlsa", "create", "--format", "json"};
        QTest::newRow("global --json") << QStringList{"--json", "tlsa", "create"};
        QTest::newRow("--json after the command") << QStringList{"tlsa", "create", "--json"};
    }
    void createJson() {
        QFETCH(QStringList, args);
        const Run run = runCli(args + QStringList{"--usage", "dane-ta", "--selector", "cert", "--port", "587",
                                                  fixture("le-fullchain.pem")});
        QCOMPARE(run.exitCode, 0);
        QJsonParseError error{};
        const QJsonDocument document = QJsonDocument::fromJson(run.out.toUtf8(), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        const QJsonObject root = document.object();
        const QJsonArray records = root.value("records").toArray();
        QCOMPARE(records.size(), 1);
        const QJsonObject r = records.first().toObject();
        QCOMPARE(r.value("owner").toString(), QStringLiteral("_587._tcp.mx.example.org."));
        QCOMPARE(r.value("ttl").toInt(), 3600);
        QCOMPARE(r.value("usage").toInt(), 2);
        QCOMPARE(r.value("selector").toInt(), 0);
        QCOMPARE(r.value("mtype").toInt(), 1);
        QCOMPARE(r.value("data").toString(), hexOf(expectedData("le-fullchain.pem", 1, 0, 1)));
        QCOMPARE(r.value("source").toString(), fixture("le-fullchain.pem"));
        QCOMPARE(r.value("depth").toInt(), 1);
        QCOMPARE(r.value("subject").toString(), QStringLiteral("C=US,O=Let's Encrypt,CN=R10"));
        QCOMPARE(r.value("not_after").toString(), QStringLiteral("2045-01-01T00:00:00Z"));
        QStringList codes;
        for (const QJsonValue& f : root.value("findings").toArray()) {
            codes << f.toObject().value("code").toString();
            QVERIFY(f.toObject().contains("severity"));
            QVERIFY(f.toObject().contains("rfc"));
        }
        QVERIFY2(codes.contains("TLSA_TA_PUBLIC_CA_INTERMEDIATE"), qPrintable(codes.join(',')));
    }

    void createRefusals_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QString>("cause");
        QTest::newRow("empty file") << "empty.pem" << QStringList{} << "empty";
        QTest::newRow("garbage") << "garbage.bin" << QStringList{} << "neither PEM nor DER";
        QTest::newRow("truncated PEM") << "truncated.pem" << QStringList{} << "no END line";
        QTest::newRow("truncated DER") << "truncated.der" << QStringList{} << "cut off";
        QTest::newRow("wrong PEM type") << "crl.pem" << QStringList{} << "X509 CRL";
        QTest::newRow("encrypted key") << "key-encrypted.pem" << QStringList{} << "encrypted";
        QTest::newRow("encrypted legacy key") << "key-encrypted-legacy.pem" << QStringList{} << "encrypted";
        QTest::newRow("selector 0 from a key")
            << "key-p256.pem" << QStringList{"--selector", "0", "--host", "mx.example.org"} << "selector 0";
        QTest::newRow("usage 2 from a lone leaf") << "leaf-rsa.pem" << QStringList{"--usage", "2"} << "CA certificate";
        QTest::newRow("key without host") << "spki-p256.pem" << QStringList{} << "--host";
        QTest::newRow("missing file") << "no-such-file.pem" << QStringList{} << "";
    }
    void createRefusals() {
        QFETCH(QString, file);
        QFETCH(QStringList, options);
        QFETCH(QString, cause);
        // A good file first: a failure in any FILE must leave stdout empty.
        const Run run =
            runCli(QStringList{"tlsa", "create"} + options + QStringList{fixture("fullchain.pem"), fixture(file)});
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(run.out, QString());
        QVERIFY2(run.err.startsWith(QStringLiteral("danewerk-cli: %1: ").arg(fixture(file))), qPrintable(run.err));
        QVERIFY2(run.err.contains(cause), qPrintable(run.err));
    }

    void createUsageErrors_data() {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("bad usage") << QStringList{"--usage", "DANE-XX", fixture("leaf-rsa.pem")};
        QTest::newRow("bad format") << QStringList{"--format", "yaml", fixture("leaf-rsa.pem")};
        QTest::newRow("bad port") << QStringList{"--port", "70000", fixture("leaf-rsa.pem")};
        QTest::newRow("no file") << QStringList{};
        QTest::newRow("unknown option") << QStringList{"--bogus", fixture("leaf-rsa.pem")};
    }
    void createUsageErrors() {
        QFETCH(QStringList, args);
        const Run run = runCli(QStringList{"tlsa", "create"} + args);
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(run.out, QString());
        QVERIFY(run.err.startsWith(QLatin1String("danewerk-cli: ")));
    }

    void verifyRecords_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("records");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("result");
        const QString ee = "3 1 1 " + hexOf(expectedData("fullchain.pem", 0, 1, 1));
        const QString ta = "2 1 1 " + hexOf(expectedData("fullchain.pem", 1, 1, 1));
        const QString zero512 = "3 1 2 " + QString(128, QLatin1Char('0'));
        QTest::newRow("DANE-EE match") << "fullchain.pem" << QStringList{ee} << "mx.example.org" << 0 << "match";
        QTest::newRow("DANE-EE with mnemonics") << "fullchain.pem" << QStringList{"DANE-EE SPKI SHA2-256 " + ee.mid(6)}
                                                << "anything.example" << 0 << "match";
        QTest::newRow("DANE-TA match") << "fullchain.pem" << QStringList{ta} << "mail.example.org" << 0 << "match";
        QTest::newRow("DANE-TA name mismatch")
            << "fullchain.pem" << QStringList{ta} << "other.example.org" << 1 << "name-mismatch";
        QTest::newRow("mismatch") << "leaf-p256.pem" << QStringList{ee} << "mx.example.org" << 1 << "mismatch";
        QTest::newRow("agility hides match")
            << "fullchain.pem" << QStringList{ee, zero512} << "mx.example.org" << 1 << "mismatch";
        QTest::newRow("PKIX only") << "fullchain.pem" << QStringList{"1" + ee.mid(1)} << "mx.example.org" << 1
                                   << "unusable";
    }
    void verifyRecords() {
        QFETCH(QString, file);
        QFETCH(QStringList, records);
        QFETCH(QString, host);
        QFETCH(int, exitCode);
        QFETCH(QString, result);
        QStringList args{"tlsa", "verify", "--host", host};
        for (const QString& r : records)
            args << "--record" << r;
        Run run = runCli(args + QStringList{fixture(file)});
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY2(run.out.contains(result), qPrintable(run.out));
        QVERIFY(run.out.contains(QLatin1String("DANE-"))); // mnemonics beside the numbers
        run = runCli(QStringList{"--json"} + args + QStringList{fixture(file)});
        QCOMPARE(run.exitCode, exitCode);
        const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(json.value("result").toString(), result);
        QVERIFY(json.value("matched").isArray());
        QVERIFY(json.value("findings").isArray());
    }

    void verifyRecordsFile() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath("tlsa.txt");
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QStringLiteral("; published set\n"
                                  "_25._tcp.mx.example.org. 3600 IN TLSA 3 1 1 %1\n"
                                  "2 1 1 %2\n")
                       .arg(hexOf(expectedData("fullchain.pem", 0, 1, 1)).toUpper(),
                            hexOf(expectedData("fullchain.pem", 1, 1, 1)))
                       .toUtf8());
        file.close();
        Run run = runCli(
            {"--json", "tlsa", "verify", "--host", "mx.example.org", "--records", path, fixture("fullchain.pem")});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(json.value("result").toString(), QStringLiteral("match"));
        const QJsonArray matched = json.value("matched").toArray();
        QCOMPARE(matched.size(), 2);
        QCOMPARE(matched[0].toObject().value("depth").toInt(), 0);
        QCOMPARE(matched[1].toObject().value("depth").toInt(), 1);
        QCOMPARE(matched[1].toObject().value("usage").toInt(), 2);
        // The same records against a certificate with another key: exit 1.
        run = runCli({"tlsa", "verify", "--host", "mx.example.org", "--records", path, fixture("leaf-p256.pem")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.out.contains(QLatin1String("TLSA_NO_MATCH")));
    }

    void verifyBadInput_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("cause");
        const QString ee = "3 1 1 " + hexOf(expectedData("fullchain.pem", 0, 1, 1));
        QTest::newRow("malformed record")
            << QStringList{"--host", "mx.example.org", "--record", "3 1 1 xyz", fixture("fullchain.pem")}
            << "hexadecimal";
        QTest::newRow("no records") << QStringList{"--host", "mx.example.org", fixture("fullchain.pem")} << "--record";
        QTest::newRow("no host") << QStringList{"--record", ee, fixture("fullchain.pem")} << "--host";
        QTest::newRow("missing records file")
            << QStringList{"--host", "mx.example.org", "--records", "/nonexistent/t", fixture("fullchain.pem")}
            << "/nonexistent/t";
        QTest::newRow("key instead of certificate")
            << QStringList{"--host", "mx.example.org", "--record", ee, fixture("key-rsa.pem")} << "key-rsa.pem";
        QTest::newRow("garbage certificate")
            << QStringList{"--host", "mx.example.org", "--record", ee, fixture("garbage.bin")} << "garbage.bin";
    }
    void verifyBadInput() {
        QFETCH(QStringList, args);
        QFETCH(QString, cause);
        const Run run = runCli(QStringList{"tlsa", "verify"} + args);
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(run.out, QString());
        QVERIFY2(run.err.startsWith(QLatin1String("danewerk-cli: ")), qPrintable(run.err));
        QVERIFY2(run.err.contains(cause), qPrintable(run.err));
    }

    void help() {
        Run run = runCli({"tlsa", "--help"});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains(QLatin1String("create")));
        QVERIFY(run.out.contains(QLatin1String("verify")));
        run = runCli({"tlsa", "create", "--help"});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains(QLatin1String("--selector")));
        run = runCli({"tlsa", "verify", "--help"});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains(QLatin1String("--records")));
        run = runCli({"tlsa", "frobnicate"});
        QCOMPARE(run.exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestCliTlsa)
#include "tst_clitlsa.moc"
