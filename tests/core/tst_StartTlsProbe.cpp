// The SMTP STARTTLS client against the in-process test server, and offline DANE verification of the
// captured chains through OpenSSL's DANE API. Loopback only.

#include "LiveTestCertificates.h"
#include "core/smtp/DaneVerifier.h"
#include "core/smtp/SmtpTestServer.h"
#include "core/smtp/StartTlsProbe.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace danewerk::core;
using namespace danewerk::tests;

Q_DECLARE_METATYPE(danewerk::core::SmtpTestBehaviour)
Q_DECLARE_METATYPE(danewerk::core::DaneVerification::Outcome)

class tst_StartTlsProbe : public QObject {
    Q_OBJECT

private:
    const QDateTime m_now = QDateTime(QDate(2026, 11, 29), QTime(6, 0), Qt::UTC);
    QTemporaryDir m_dir;
    TestKey m_caKey{false};
    TestKey m_rsaKey{false};
    TestKey m_ecKey{true};
    TestCert m_ca;
    TestCert m_rsaLeaf;
    TestCert m_ecLeaf;
    TestCert m_expiredLeaf;
    QString m_rsaChain, m_rsaKeyFile, m_ecChain, m_ecKeyFile;

    SmtpProbeOptions options(quint16 port, const QString& address = QStringLiteral("127.0.0.1")) const {
        SmtpProbeOptions o;
        o.address = address;
        o.port = port;
        o.ehloName = QStringLiteral("client.test");
        o.serverName = QStringLiteral("mx1.good.test");
        o.timeoutMs = 3000;
        return o;
    }
    SmtpTestServerConfig serverConfig() const {
        SmtpTestServerConfig c;
        c.certificateChainFile = m_rsaChain;
        c.privateKeyFile = m_rsaKeyFile;
        c.idleTimeoutMs = 5000;
        return c;
    }
    static TlsaRecord record(int u, int s, int m, const QByteArray& data) {
        TlsaRecord r;
        r.usage = u;
        r.selector = s;
        r.mtype = m;
        r.data = data;
        return r;
    }

private slots:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        const QDateTime from = m_now.addDays(-30);
        const QDateTime to = m_now.addDays(300);
        m_ca = issueCertificate("Test CA", {}, m_caKey.key, nullptr, nullptr, true, from, to.addDays(300), 1);
        m_rsaLeaf =
            issueCertificate("mx1.good.test", {"mx1.good.test"}, m_rsaKey.key, &m_ca, m_caKey.key, false, from, to, 2);
        m_ecLeaf =
            issueCertificate("mx1.good.test", {"mx1.good.test"}, m_ecKey.key, &m_ca, m_caKey.key, false, from, to, 3);
        m_expiredLeaf = issueCertificate("mx1.good.test", {"mx1.good.test"}, m_rsaKey.key, &m_ca, m_caKey.key, false,
                                         from, m_now.addDays(-1), 4);
        m_rsaChain = m_dir.filePath("rsa.pem");
        m_ecChain = m_dir.filePath("ec.pem");
        m_rsaKeyFile = m_dir.filePath("rsa.key");
        m_ecKeyFile = m_dir.filePath("ec.key");
        QVERIFY(writePem(m_rsaChain, m_rsaLeaf.pem() + m_ca.pem()));
        QVERIFY(writePem(m_ecChain, m_ecLeaf.pem() + m_ca.pem()));
        QVERIFY(writePem(m_rsaKeyFile, keyPem(m_rsaKey.key)));
        QVERIFY(writePem(m_ecKeyFile, keyPem(m_ecKey.key)));
    }

    void completesHandshakeAndCapturesChain() {
        SmtpTestServer server(serverConfig());
        const auto port = server.start();
        QVERIFY2(port.ok(), qPrintable(port.error().message));
        const SmtpProbeResult r = StartTlsProbe::run(options(*port));
        QVERIFY2(r.handshakeCompleted, qPrintable(r.error));
        QVERIFY(r.startTlsOffered);
        QCOMPARE(r.chainDer.size(), 2);
        QCOMPARE(r.chainDer.first(), m_rsaLeaf.der());
        QCOMPARE(r.peerKeyType, QStringLiteral("RSA"));
        QVERIFY(r.tlsVersion.startsWith("TLSv1."));
        QVERIFY(r.transcript.first().startsWith("S: 220 "));
        // The JSON form used by --save gives back the same observation.
        const SmtpProbeResult back = SmtpProbeResult::fromJson(r.toJson());
        QCOMPARE(back.chainDer, r.chainDer);
        QCOMPARE(back.transcript, r.transcript);
        QCOMPARE(back.toJson(), r.toJson());
    }

    void servesManySessions() {
        SmtpTestServer server(serverConfig());
        const auto port = server.start();
        QVERIFY(port.ok());
        for (int i = 0; i < 40; ++i)
            QVERIFY(StartTlsProbe::run(options(*port)).handshakeCompleted);
        QCOMPARE(server.connectionsAccepted(), 40);
        QTRY_COMPARE(server.handshakesCompleted(), 40);
    }

    void worksOverIpv6() {
        SmtpTestServerConfig config = serverConfig();
        config.address = QStringLiteral("::1");
        SmtpTestServer server(config);
        const auto port = server.start();
        QVERIFY2(port.ok(), qPrintable(port.error().message));
        const SmtpProbeResult r = StartTlsProbe::run(options(*port, QStringLiteral("::1")));
        QVERIFY2(r.handshakeCompleted, qPrintable(r.error));
    }

    void hostileServers_data() {
        QTest::addColumn<SmtpTestBehaviour>("behaviour");
        QTest::addColumn<bool>("offer");
        QTest::addColumn<bool>("connected");
        QTest::addColumn<bool>("startTlsOffered");
        QTest::addColumn<bool>("handshake");
        QTest::addColumn<bool>("timedOut");
        QTest::newRow("starttls not offered") << SmtpTestBehaviour::Normal << false << true << false << false << false;
        QTest::newRow("starttls refused")
            << SmtpTestBehaviour::RejectStartTls << true << true << true << false << false;
        QTest::newRow("injection discarded")
            << SmtpTestBehaviour::InjectAfterStartTls << true << true << true << true << false;
        QTest::newRow("garbage instead of tls")
            << SmtpTestBehaviour::GarbageAfterStartTls << true << true << true << false << false;
        QTest::newRow("no banner") << SmtpTestBehaviour::NoBanner << true << true << false << false << true;
        QTest::newRow("slow drip") << SmtpTestBehaviour::SlowDrip << true << true << false << false << true;
        QTest::newRow("close after banner")
            << SmtpTestBehaviour::CloseAfterBanner << true << true << false << false << false;
    }

    void hostileServers() {
        QFETCH(SmtpTestBehaviour, behaviour);
        QFETCH(bool, offer);
        SmtpTestServerConfig config = serverConfig();
        config.behaviour = behaviour;
        config.offerStartTls = offer;
        SmtpTestServer server(config);
        const auto port = server.start();
        QVERIFY(port.ok());
        SmtpProbeOptions o = options(*port);
        o.timeoutMs = 1500;
        QElapsedTimer clock;
        clock.start();
        const SmtpProbeResult r = StartTlsProbe::run(o);
        QVERIFY2(clock.elapsed() < 2500, "a hostile server delayed the probe beyond its timeout");
        QTEST(r.connected, "connected");
        QTEST(r.startTlsOffered, "startTlsOffered");
        QTEST(r.handshakeCompleted, "handshake");
        QTEST(r.timedOut, "timedOut");
        if (behaviour == SmtpTestBehaviour::InjectAfterStartTls)
            QVERIFY(r.transcript.join('\n').contains("discarded"));
        server.stop();
    }

    void connectionRefused() {
        quint16 port = 0;
        {
            SmtpTestServer server(serverConfig());
            port = server.start().value();
        }
        const SmtpProbeResult r = StartTlsProbe::run(options(port));
        QVERIFY(!r.connected);
        QVERIFY(!r.connectTimedOut);
        QVERIFY(!r.error.isEmpty());
    }

    void rsaAndEcdsaProbedSeparately() {
        SmtpTestServerConfig config = serverConfig();
        config.secondCertificateChainFile = m_ecChain;
        config.secondPrivateKeyFile = m_ecKeyFile;
        SmtpTestServer server(config);
        const auto port = server.start();
        QVERIFY2(port.ok(), qPrintable(port.error().message));
        SmtpProbeOptions o = options(*port);
        o.keyPreference = CertificateKeyPreference::Rsa;
        const SmtpProbeResult rsa = StartTlsProbe::run(o);
        o.keyPreference = CertificateKeyPreference::Ecdsa;
        const SmtpProbeResult ec = StartTlsProbe::run(o);
        QVERIFY2(rsa.handshakeCompleted && ec.handshakeCompleted, qPrintable(rsa.error + ec.error));
        QCOMPARE(rsa.chainDer.first(), m_rsaLeaf.der());
        QCOMPARE(ec.chainDer.first(), m_ecLeaf.der());
        QCOMPARE(ec.peerKeyType, QStringLiteral("EC"));
    }

    void daneVerification_data() {
        QTest::addColumn<QString>("leafKind");
        QTest::addColumn<QList<TlsaRecord>>("records");
        QTest::addColumn<QString>("base");
        QTest::addColumn<DaneVerification::Outcome>("outcome");
        QTest::addColumn<int>("depth");
        using O = DaneVerification::Outcome;
        const QByteArray leafSpki = sha256(m_rsaLeaf.spki());
        const QByteArray caSpki = sha256(m_ca.spki());
        QTest::newRow("3 1 1 matches leaf")
            << "good" << QList{record(3, 1, 1, leafSpki)} << "mx1.good.test" << O::Authenticated << 0;
        QTest::newRow("3 0 1 matches leaf")
            << "good" << QList{record(3, 0, 1, sha256(m_rsaLeaf.der()))} << "mx1.good.test" << O::Authenticated << 0;
        QTest::newRow("3 1 2 matches leaf")
            << "good" << QList{record(3, 1, 2, sha512(m_rsaLeaf.spki()))} << "mx1.good.test" << O::Authenticated << 0;
        QTest::newRow("3 1 1 ignores names")
            << "good" << QList{record(3, 1, 1, leafSpki)} << "other.test" << O::Authenticated << 0;
        QTest::newRow("3 1 1 ignores dates")
            << "expired" << QList{record(3, 1, 1, leafSpki)} << "mx1.good.test" << O::Authenticated << 0;
        QTest::newRow("3 1 1 mismatch") << "good" << QList{record(3, 1, 1, caSpki)} << "mx1.good.test" << O::NoMatch
                                        << -1;
        QTest::newRow("2 1 1 matches ca")
            << "good" << QList{record(2, 1, 1, caSpki)} << "mx1.good.test" << O::Authenticated << 1;
        QTest::newRow("2 1 1 name mismatch")
            << "good" << QList{record(2, 1, 1, caSpki)} << "mx2.good.test" << O::NameMismatch << 1;
        QTest::newRow("2 1 1 expired leaf")
            << "expired" << QList{record(2, 1, 1, caSpki)} << "mx1.good.test" << O::CertExpired << 1;
        QTest::newRow("agility: failing 3 1 2 hides 3 1 1")
            << "good" << QList{record(3, 1, 1, leafSpki), record(3, 1, 2, sha512(m_ca.spki()))} << "mx1.good.test"
            << O::NoMatch << -1;
    }

    void daneVerification() {
        QFETCH(QString, leafKind);
        QFETCH(QList<TlsaRecord>, records);
        QFETCH(QString, base);
        QFETCH(DaneVerification::Outcome, outcome);
        QFETCH(int, depth);
        const QByteArray leaf = leafKind == "expired" ? m_expiredLeaf.der() : m_rsaLeaf.der();
        const DaneVerification v = DaneVerifier::verify({leaf, m_ca.der()}, records, base, {}, m_now);
        QCOMPARE(v.outcome, outcome);
        QCOMPARE(v.matchedDepth, depth);
    }

    void daneTaExtraReferenceName() {
        const DaneVerification v =
            DaneVerifier::verify({m_rsaLeaf.der(), m_ca.der()}, {record(2, 1, 1, sha256(m_ca.spki()))}, "mx2.good.test",
                                 {"mx1.good.test."}, m_now);
        QCOMPARE(v.outcome, DaneVerification::Outcome::Authenticated);
    }
};

QTEST_GUILESS_MAIN(tst_StartTlsProbe)
#include "tst_StartTlsProbe.moc"
