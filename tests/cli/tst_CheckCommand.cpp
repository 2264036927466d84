// The real danewerk-cli binary against the in-process fakes (signed hierarchy behind a loopback resolver,
// SMTP test servers): JSON lines in the order given, verdicts, exit codes, --save/--replay, usage errors.

#include "../core/LiveCheckFixture.h"
#include "core/smtp/LocalHostName.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace danewerk::tests;

class tst_CheckCommand : public QObject {
    Q_OBJECT

private:
    const QDateTime m_now = QDateTime(QDate(2026, 11, 29), QTime(6, 0), Qt::UTC);
    std::unique_ptr<LiveCheckFixture> m_fixture;

    struct Run {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    Run cli(const QStringList& args) const {
        QProcess process;
        process.start(QStringLiteral(DANEWERK_CLI), args);
        Run r;
        if (!process.waitForFinished(120000)) {
            process.kill();
            return r;
        }
        r.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        r.out = process.readAllStandardOutput();
        r.err = process.readAllStandardError();
        return r;
    }
    QStringList common() const {
        return {"--now",          "2026-11-29T06:00:00Z",
                "--resolver",     m_fixture->resolver(),
                "--trust-anchor", m_fixture->anchorFile(),
                "--smtp-port",    QString::number(m_fixture->smtpPort()),
                "--timeout",      "4",
                "--ehlo",         "checker.test"};
    }
    static QList<QJsonObject> lines(const QByteArray& out) {
        QList<QJsonObject> objects;
        for (const QByteArray& line : out.split('\n'))
            if (!line.trimmed().isEmpty())
                objects << QJsonDocument::fromJson(line).object();
        return objects;
    }

private slots:
    void initTestCase() {
        m_fixture = std::make_unique<LiveCheckFixture>(m_now);
        const QString error = m_fixture->setUp();
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void jsonLinesInOrder() {
        QStringList domains;
        for (const LiveScenario& s : LiveCheckFixture::scenarios())
            domains << s.domain.chopped(1); // without the dot: inputs accept both
        const Run r = cli(QStringList{"check", "--json", "--jobs", "4"} + common() + domains);
        QCOMPARE(r.exitCode, 1);
        const QList<QJsonObject> objects = lines(r.out);
        QCOMPARE(objects.size(), domains.size());
        const QList<LiveScenario> scenarios = LiveCheckFixture::scenarios();
        for (int i = 0; i < scenarios.size(); ++i) {
            QCOMPARE(objects[i].value("domain").toString(), scenarios[i].domain);
            QVERIFY2(objects[i].value("verdict").toString() == scenarios[i].verdict,
                     QJsonDocument(objects[i]).toJson(QJsonDocument::Compact).constData());
            for (const char* key : {"domain", "verdict", "mx", "hosts", "findings", "chain", "elapsed_ms"})
                QVERIFY2(objects[i].contains(QLatin1String(key)), key);
        }
    }

    void authenticatedDomainExitsZero() {
        const Run r = cli(QStringList{"--json", "check"} + common() + QStringList{"ta.test", "dualok.test."});
        QCOMPARE(r.exitCode, 0);
        const QList<QJsonObject> objects = lines(r.out);
        QCOMPARE(objects.size(), 2);
        QCOMPARE(objects[0].value("verdict").toString(), QStringLiteral("dane-authenticated"));
        // --fail-on warning: ee.test has a single TLSA record (no rollover record: a warning).
        const Run strict = cli(QStringList{"check", "--fail-on", "warning"} + common() + QStringList{"ee.test"});
        QCOMPARE(strict.exitCode, 1);
        const Run lenient = cli(QStringList{"check"} + common() + QStringList{"ee.test"});
        QCOMPARE(lenient.exitCode, 0);
        QVERIFY2(lenient.out.contains("matched by"), lenient.out.constData());
        QVERIFY(lenient.out.contains("DANE-EE SPKI SHA2-256"));
    }

    void domainsFileAndNoSmtp() {
        QTemporaryDir dir;
        const QString list = dir.filePath("domains.txt");
        QFile f(list);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("# mail domains\nnotlsa.test\n\nee.test\n");
        f.close();
        const Run r = cli(QStringList{"check", "--json", "--no-smtp", "--domains", list} + common());
        const QList<QJsonObject> objects = lines(r.out);
        QCOMPARE(objects.size(), 2);
        QCOMPARE(objects[0].value("domain").toString(), QStringLiteral("notlsa.test."));
        const QJsonObject host = objects[1].value("hosts").toArray().first().toObject();
        QCOMPARE(host.value("status").toString(), QStringLiteral("not-checked"));
    }

    void saveThenReplayGivesIdenticalJson() {
        QTemporaryDir dir;
        const QStringList domains{"ee.test", "agility.test", "timeout.test", "notlsa3.test", "expired.test"};
        const Run live = cli(QStringList{"check", "--json", "--save", dir.path()} + common() + domains);
        QVERIFY2(live.exitCode == 1, live.err.constData());
        QVERIFY(QFile::exists(dir.filePath("ee.test.json")));
        // Offline: no resolver, no servers needed; --now defaults to the recorded moment.
        const Run replayed = cli(QStringList{"check", "--json", "--replay", dir.path()} + domains);
        QCOMPARE(replayed.exitCode, live.exitCode);
        QCOMPARE(replayed.out, live.out);
        // Saving again without --force refuses to overwrite.
        const Run again = cli(QStringList{"check", "--json", "--save", dir.path()} + common() + QStringList{"ee.test"});
        QCOMPARE(again.exitCode, 2);
    }

    void ehloDefaultsToTheMachineFqdn() {
        QTemporaryDir dir;
        QStringList args{"check", "--json", "--save", dir.path(), "--now", "2026-11-29T06:00:00Z"};
        args << "--resolver" << m_fixture->resolver() << "--trust-anchor" << m_fixture->anchorFile() << "--smtp-port"
             << QString::number(m_fixture->smtpPort()) << "--timeout"
             << "4"
             << "ee.test";
        const Run r = cli(args);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QFile file(dir.filePath("ee.test.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonArray smtp = QJsonDocument::fromJson(file.readAll()).object().value("smtp").toArray();
        QVERIFY(!smtp.isEmpty());
        const QString ehlo = QStringLiteral("C: EHLO ") + danewerk::core::machineFqdn();
        for (const QJsonValue& session : smtp) {
            QStringList transcript;
            for (const QJsonValue& line : session.toObject().value("transcript").toArray())
                transcript << line.toString();
            QVERIFY2(transcript.contains(ehlo), qPrintable(transcript.join('\n')));
        }
    }

    void everyConnectionTimingOutMeansPort25Blocked() {
        // Loopback refuses instead of dropping, so the timeouts are written into saved observations and replayed.
        QTemporaryDir dir;
        const Run live = cli(QStringList{"check", "--json", "--save", dir.path()} + common() + QStringList{"ee.test"});
        QCOMPARE(live.exitCode, 0);
        QFile file(dir.filePath("ee.test.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QJsonObject saved = QJsonDocument::fromJson(file.readAll()).object();
        file.close();
        QJsonArray smtp;
        for (const QJsonValue& v : saved.value("smtp").toArray()) {
            QJsonObject probe = v.toObject();
            probe["connected"] = false;
            probe["connect_timed_out"] = true;
            probe["timed_out"] = true;
            probe["starttls_offered"] = false;
            probe["handshake_completed"] = false;
            probe["chain_der"] = QJsonArray();
            probe["error"] = "connect: timed out";
            smtp.append(probe);
        }
        saved["smtp"] = smtp;
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(QJsonDocument(saved).toJson());
        file.close();
        const Run replayed = cli({"check", "--json", "--replay", dir.path(), "ee.test"});
        QCOMPARE(replayed.exitCode, 3);
        QVERIFY2(replayed.err.contains("outbound port 25 appears blocked"), replayed.err.constData());
        QCOMPARE(lines(replayed.out).first().value("verdict").toString(), QStringLiteral("unreachable"));
    }

    void ipv6Only() {
        const Run r = cli(QStringList{"check", "--json", "-6"} + common() + QStringList{"v6.test", "ee.test"});
        const QList<QJsonObject> objects = lines(r.out);
        QCOMPARE(objects.size(), 2);
        QCOMPARE(objects[0].value("verdict").toString(), QStringLiteral("dane-authenticated"));
        QCOMPARE(objects[1].value("verdict").toString(), QStringLiteral("unreachable"));
        QVERIFY(objects[1].value("hosts").toArray().first().toObject().value("addresses").toArray().isEmpty());
    }

    void usageAndEnvironmentErrors_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("no domain") << QStringList{"check", "--resolver", "127.0.0.1"} << 2;
        QTest::newRow("bad resolver") << QStringList{"check", "--resolver", "nonsense", "x.test"} << 2;
        QTest::newRow("bad timeout") << QStringList{"check", "--timeout", "soon", "x.test"} << 2;
        QTest::newRow("diagram not yet") << QStringList{"check", "--diagram", "/tmp", "x.test"} << 2;
        QTest::newRow("missing trust anchor") << QStringList{"check", "--trust-anchor", "/nonexistent", "x.test"} << 2;
        QTest::newRow("missing replay") << QStringList{"check", "--replay", "/nonexistent", "x.test"} << 2;
        QTest::newRow("no resolver answers")
            << QStringList{"check", "--resolver", "127.0.0.1#9", "--timeout", "1", "x.test"} << 3;
    }

    void usageAndEnvironmentErrors() {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        const Run r = cli(args);
        QVERIFY2(r.exitCode == exitCode, r.err.constData());
        QVERIFY(!r.err.isEmpty());
    }

    void tlsaVerifyLive_data() {
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("result");
        QTest::addColumn<QString>("finding");
        QTest::newRow("secure and matching") << "mx.ee.test" << 0 << "match"
                                             << "";
        QTest::newRow("secure, not matching") << "mx.mismatch.test" << 1 << "mismatch"
                                              << "";
        QTest::newRow("insecure zone") << "mx.insecure.test" << 1 << "unusable"
                                       << "TLSA_NOT_SECURE";
        QTest::newRow("bogus zone") << "mx.expired.test" << 1 << "unusable"
                                    << "TLSA_NOT_SECURE";
        QTest::newRow("none published") << "mx.notlsa.test" << 1 << "unusable"
                                        << "TLSA_NONE";
    }

    void tlsaVerifyLive() {
        QFETCH(QString, host);
        QFETCH(int, exitCode);
        QFETCH(QString, result);
        QFETCH(QString, finding);
        const Run r = cli({"--json", "--now", "2026-11-29T06:00:00Z", "tlsa", "verify", "--live", "--host", host,
                           "--resolver", m_fixture->resolver(), "--trust-anchor", m_fixture->anchorFile(), "--timeout",
                           "1", QDir(m_fixture->dir()).filePath("rsa.pem")});
        QVERIFY2(r.exitCode == exitCode, (r.out + r.err).constData());
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o.value("result").toString(), result);
        if (!finding.isEmpty()) {
            QStringList codes;
            for (const QJsonValue& f : o.value("findings").toArray())
                codes << f.toObject().value("code").toString();
            QVERIFY2(codes.contains(finding), qPrintable(codes.join(',')));
        }
    }

    void tlsaVerifyLiveWithoutResolver() {
        const Run r = cli({"tlsa", "verify", "--live", "--host", "mx.ee.test", "--resolver", "127.0.0.1#9", "--timeout",
                           "1", QDir(m_fixture->dir()).filePath("rsa.pem")});
        QCOMPARE(r.exitCode, 3);
    }

    void strippingResolverIsEnvironmentError() {
        m_fixture->dns().stripDnssec(true);
        const Run r = cli(QStringList{"check", "--json"} + common() + QStringList{"ee.test"});
        m_fixture->dns().stripDnssec(false);
        QCOMPARE(r.exitCode, 3);
        QVERIFY(r.err.contains("DNSSEC"));
    }
};

QTEST_GUILESS_MAIN(tst_CheckCommand)
#include "tst_CheckCommand.moc"
