#include "core/smtp/StartTlsProbe.h"

#include <QElapsedTimer>
#include <QTest>

#include <arpa/inet.h>
#include <atomic>
#include <functional>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <thread>
#include <unistd.h>

using namespace danewerk::core;

namespace {

// One scripted peer on 127.0.0.1: accepts a single connection and runs a script against it. The script
// talks through a Peer that never blocks longer than the test allows, so stop() always returns.
class Peer {
public:
    Peer(int fd, const std::atomic_bool& stopping) : m_fd(fd), m_stopping(stopping) {}
    bool send(const QByteArray& bytes) {
        return ::send(m_fd, bytes.constData(), size_t(bytes.size()), MSG_NOSIGNAL) == ssize_t(bytes.size());
    }
    // Reads until a line (or, with wantLine false, any bytes) arrived; false on close or stop.
    bool receive(bool wantLine = true) {
        while (!m_stopping) {
            if (m_received.contains('\n') || (!wantLine && !m_received.isEmpty())) {
                m_received.clear();
                return true;
            }
            pollfd p{m_fd, POLLIN, 0};
            if (::poll(&p, 1, 50) <= 0)
                continue;
            char chunk[4096];
            const ssize_t n = ::recv(m_fd, chunk, sizeof chunk, 0);
            if (n <= 0)
                return false;
            m_received.append(chunk, n);
        }
        return false;
    }
    void idle() {
        while (!m_stopping)
            std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    void sleepMs(int ms) {
        for (int waited = 0; waited < ms && !m_stopping; waited += 20)
            std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    bool stopping() const { return m_stopping; }

private:
    int m_fd;
    const std::atomic_bool& m_stopping;
    QByteArray m_received;
};

using Script = std::function<void(Peer&)>;

class ScriptedServer {
public:
    explicit ScriptedServer(Script script) : m_script(std::move(script)) {
        m_listener = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t length = sizeof address;
        if (::bind(m_listener, reinterpret_cast<sockaddr*>(&address), length) != 0 || ::listen(m_listener, 1) != 0)
            return;
        ::getsockname(m_listener, reinterpret_cast<sockaddr*>(&address), &length);
        m_port = ntohs(address.sin_port);
        m_thread = std::thread([this] { serve(); });
    }
    ~ScriptedServer() {
        m_stopping = true;
        if (m_thread.joinable())
            m_thread.join();
        ::close(m_listener);
    }
    quint16 port() const { return m_port; }

private:
    void serve() {
        while (!m_stopping) {
            pollfd p{m_listener, POLLIN, 0};
            if (::poll(&p, 1, 50) <= 0)
                continue;
            const int fd = ::accept4(m_listener, nullptr, nullptr, SOCK_CLOEXEC);
            if (fd < 0)
                continue;
            Peer peer(fd, m_stopping);
            m_script(peer);
            ::close(fd);
            return;
        }
    }

    Script m_script;
    int m_listener = -1;
    quint16 m_port = 0;
    std::atomic_bool m_stopping{false};
    std::thread m_thread;
};

const QByteArray Banner = "220 mx.test ESMTP\r\n";
const QByteArray EhloWithStartTls = "250-mx.test\r\n250-PIPELINING\r\n250 STARTTLS\r\n";

// The dialogue up to a given point; returns false when the client went away.
bool upToStartTls(Peer& peer) {
    return peer.send(Banner) && peer.receive() && peer.send(EhloWithStartTls) && peer.receive();
}

constexpr int TimeoutMs = 1500;
constexpr int Slack = 1500; // scheduling on a loaded CI machine

} // namespace

Q_DECLARE_METATYPE(Script)

// Hostile and broken SMTP servers: every one must end the probe within its configured timeout, with the
// stage it reached and the reason it stopped.
class TestHostileSmtp : public QObject {
    Q_OBJECT

private slots:
    void hostile_data() {
        QTest::addColumn<Script>("script");
        QTest::addColumn<bool>("timedOut");
        QTest::addColumn<int>("reached");
        QTest::addColumn<QString>("error");
        const int banner = int(SmtpProbeResult::Stage::Banner);
        const int ehlo = int(SmtpProbeResult::Stage::Ehlo);
        const int startTls = int(SmtpProbeResult::Stage::StartTls);
        const int handshake = int(SmtpProbeResult::Stage::Handshake);

        QTest::newRow("never sends a banner") << Script([](Peer& p) { p.idle(); }) << true << banner << "timed out";
        QTest::newRow("one byte per second") << Script([](Peer& p) {
            for (char c : Banner) {
                if (!p.send(QByteArray(1, c)))
                    return;
                p.sleepMs(1000);
            }
        }) << true << banner << "timed out";
        QTest::newRow("1 MB line") << Script([](Peer& p) {
            p.send("220-" + QByteArray(1024 * 1024, 'x') + "\r\n");
            p.idle();
        }) << false << banner << "too long";
        QTest::newRow("10000 continuation lines") << Script([](Peer& p) {
            if (!p.send(Banner) || !p.receive())
                return;
            QByteArray lines;
            for (int i = 0; i < 10000; ++i)
                lines += "250-line\r\n";
            p.send(lines + "250 end\r\n");
            p.idle();
        }) << false << ehlo << "reply too long";
        QTest::newRow("starttls advertised then refused") << Script([](Peer& p) {
            if (upToStartTls(p))
                p.send("454 4.7.0 TLS not available\r\n");
            p.receive();
        }) << false << startTls << "STARTTLS refused (454)";
        QTest::newRow("plaintext injected after 220 then silence") << Script([](Peer& p) {
            if (upToStartTls(p))
                p.send("220 Ready to start TLS\r\n250 injected\r\n");
            p.idle();
        }) << true << handshake << "TLS handshake timed out";
        QTest::newRow("garbage instead of a tls handshake") << Script([](Peer& p) {
            if (upToStartTls(p))
                p.send("220 Ready to start TLS\r\n");
            if (p.receive(false))
                p.send(QByteArray("this is not TLS at all\r\n").repeated(20));
            p.idle();
        }) << false << handshake << "TLS handshake failed";
        QTest::newRow("stall mid-handshake") << Script([](Peer& p) {
            if (upToStartTls(p))
                p.send("220 Ready to start TLS\r\n");
            // A ServerHello record header promising 80 bytes, then two of them, then nothing.
            if (p.receive(false))
                p.send(QByteArray::fromHex("16030300500200"));
            p.idle();
        }) << true << handshake << "TLS handshake timed out";

        QTest::newRow("closes before the banner") << Script([](Peer&) {}) << false << banner << "closed";
        QTest::newRow("closes mid banner") << Script([](Peer& p) { p.send("220 mx"); }) << false << banner << "closed";
        QTest::newRow("closes after the banner") << Script([](Peer& p) {
            p.send(Banner);
            p.receive();
        }) << false << ehlo << "closed";
        QTest::newRow("closes mid ehlo reply") << Script([](Peer& p) {
            if (p.send(Banner) && p.receive())
                p.send("250-mx.test\r\n250-PIPE");
        }) << false << ehlo << "closed";
        QTest::newRow("closes after starttls")
            << Script([](Peer& p) { upToStartTls(p); }) << false << startTls << "closed";
        QTest::newRow("closes after 220 ready") << Script([](Peer& p) {
            if (upToStartTls(p))
                p.send("220 Ready to start TLS\r\n");
            p.receive(false);
        }) << false << handshake << "TLS handshake failed";
    }

    void hostile() {
        QFETCH(Script, script);
        QFETCH(bool, timedOut);
        QFETCH(int, reached);
        QFETCH(QString, error);
        ScriptedServer server(script);
        QVERIFY(server.port() != 0);
        SmtpProbeOptions options;
        options.address = QStringLiteral("127.0.0.1");
        options.port = server.port();
        options.ehloName = QStringLiteral("probe.test");
        options.serverName = QStringLiteral("mx.test");
        options.timeoutMs = TimeoutMs;
        QElapsedTimer clock;
        clock.start();
        const SmtpProbeResult result = StartTlsProbe::run(options);
        const qint64 elapsed = clock.elapsed();
        QVERIFY2(elapsed < TimeoutMs + Slack, qPrintable(QStringLiteral("took %1 ms").arg(elapsed)));
        if (!timedOut)
            QVERIFY2(elapsed < TimeoutMs, qPrintable(QStringLiteral("took %1 ms without timing out").arg(elapsed)));
        QVERIFY(result.connected);
        QVERIFY(!result.handshakeCompleted);
        QCOMPARE(result.timedOut, timedOut);
        QCOMPARE(int(result.reached), reached);
        QVERIFY2(result.error.contains(error), qPrintable(result.error));
        if (QByteArray(QTest::currentDataTag()).startsWith("plaintext injected"))
            QVERIFY(result.transcript.join('\n').contains("discarded"));
    }
};

QTEST_GUILESS_MAIN(TestHostileSmtp)
#include "tst_hostilesmtp.moc"
