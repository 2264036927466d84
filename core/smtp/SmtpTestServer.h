#pragma once

#include "core/common/Result.h"

#include <QString>

#include <atomic>
#include <memory>

namespace danewerk::core {

// How the test server behaves after accepting a connection. Normal is a well-behaved STARTTLS server;
// the others reproduce what hostile or broken servers do, so the probe's defences can be tested.
enum class SmtpTestBehaviour {
    Normal,
    NoBanner,             // accept, then say nothing (the client's timeout must fire)
    CloseAfterBanner,     // send the banner, then hang up (SMTP dialogue fails before TLS)
    RejectStartTls,       // advertise STARTTLS, answer "454 TLS not available"
    InjectAfterStartTls,  // "220 Ready" and a forged "250" reply in one write (plaintext injection)
    GarbageAfterStartTls, // "220 Ready", then non-TLS bytes instead of a handshake
    SlowDrip,             // one byte of the banner per second (a client must bound the whole dialogue)
};

struct SmtpTestServerConfig {
    QString address = QStringLiteral("127.0.0.1"); // IPv4 or IPv6 literal ("::1")
    quint16 port = 0;                              // 0: a free port chosen by the system
    QString hostname = QStringLiteral("mx.test");  // the name in the banner and EHLO reply
    // PEM files: chain leaf first (as fullchain.pem), private key. Empty: no TLS possible.
    QString certificateChainFile;
    QString privateKeyFile;
    // An optional second certificate of another key type (ECDSA beside RSA), chosen by the client's
    // signature algorithms.
    QString secondCertificateChainFile;
    QString secondPrivateKeyFile;
    bool offerStartTls = true;
    SmtpTestBehaviour behaviour = SmtpTestBehaviour::Normal;
    int idleTimeoutMs = 30000; // a connection that stays silent this long is closed
};

// A small SMTP server with STARTTLS for tests and for the lab's unprivileged mode: plain sockets and
// OpenSSL, one accept thread, one thread per connection. It accepts mail for nobody ("550" after RCPT),
// which is all a DANE check needs. start() binds and returns the port; stop() (and the destructor) close
// the listener and wait for every connection thread.
class SmtpTestServer {
public:
    explicit SmtpTestServer(SmtpTestServerConfig config);
    ~SmtpTestServer();
    SmtpTestServer(const SmtpTestServer&) = delete;
    SmtpTestServer& operator=(const SmtpTestServer&) = delete;

    // Loads the certificates, binds and listens; returns the bound port. Error codes CERTIFICATE_UNREADABLE,
    // BIND_FAILED.
    [[nodiscard]] Result<quint16> start();
    void stop();

    [[nodiscard]] quint16 port() const;
    [[nodiscard]] int connectionsAccepted() const;
    [[nodiscard]] int handshakesCompleted() const;

private:
    struct State;
    std::unique_ptr<State> m_state;
};

} // namespace danewerk::core
