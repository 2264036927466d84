#include "core/smtp/SmtpTestServer.h"

#include "core/smtp/SigPipeBlocker.h"

#include <QCoreApplication>

#include <openssl/err.h>
#include <openssl/ssl.h>

#include <arpa/inet.h>
#include <cstring>
#include <list>
#include <mutex>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <thread>
#include <unistd.h>

namespace danewerk::core {

namespace {

constexpr size_t MaxConnections = 256;

struct SslCtxDeleter {
    void operator()(SSL_CTX* p) const { SSL_CTX_free(p); }
};
struct SslDeleter {
    void operator()(SSL* p) const { SSL_free(p); }
};

Error serverError(const char* code, const QString& message) {
    return Error{QString::fromLatin1(code), message, {}, 0, 0};
}

// Waits until fd is readable or the timeout passes; false on timeout or when the server stops.
bool waitReadable(int fd, int timeoutMs) {
    pollfd p{fd, POLLIN, 0};
    return ::poll(&p, 1, timeoutMs) > 0;
}

bool sendAll(int fd, const QByteArray& data) {
    qsizetype sent = 0;
    while (sent < data.size()) {
        const ssize_t n = ::send(fd, data.constData() + sent, size_t(data.size() - sent), MSG_NOSIGNAL);
        if (n <= 0)
            return false;
        sent += n;
    }
    return true;
}

} // namespace

struct SmtpTestServer::State {
    SmtpTestServerConfig config;
    std::unique_ptr<SSL_CTX, SslCtxDeleter> ctx;
    int listenFd = -1;
    quint16 port = 0;
    std::atomic<bool> stopping{false};
    std::atomic<int> accepted{0};
    std::atomic<int> handshakes{0};
    std::thread acceptThread;
    std::mutex mutex;
    struct Connection {
        std::thread thread;
        std::shared_ptr<std::atomic<bool>> finished;
    };
    std::list<Connection> connections;
    std::list<int> openFds;

    void acceptLoop();
    void serve(int fd);
    // Reads one CRLF line (at most 1000 octets, RFC 5321 4.5.3.1.6) from a plain socket.
    bool readLine(int fd, QByteArray& buffer, QByteArray& line);
    void serveTls(int fd);
};

SmtpTestServer::SmtpTestServer(SmtpTestServerConfig config) : m_state(std::make_unique<State>()) {
    m_state->config = std::move(config);
}

SmtpTestServer::~SmtpTestServer() {
    stop();
}

Result<quint16> SmtpTestServer::start() {
    State& s = *m_state;
    if (!s.config.certificateChainFile.isEmpty()) {
        s.ctx.reset(SSL_CTX_new(TLS_server_method()));
        if (!s.ctx)
            return serverError("TLS_FAILED", QStringLiteral("SSL_CTX_new failed"));
        SSL_CTX_set_min_proto_version(s.ctx.get(), TLS1_2_VERSION);
        const auto load = [&](const QString& chain, const QString& key) -> bool {
            return SSL_CTX_use_certificate_chain_file(s.ctx.get(), chain.toLocal8Bit().constData()) == 1 &&
                   SSL_CTX_use_PrivateKey_file(s.ctx.get(), key.toLocal8Bit().constData(), SSL_FILETYPE_PEM) == 1 &&
                   SSL_CTX_check_private_key(s.ctx.get()) == 1;
        };
        if (!load(s.config.certificateChainFile, s.config.privateKeyFile) ||
            (!s.config.secondCertificateChainFile.isEmpty() &&
             !load(s.config.secondCertificateChainFile, s.config.secondPrivateKeyFile))) {
            ERR_clear_error();
            return serverError("CERTIFICATE_UNREADABLE",
                               QCoreApplication::translate("danewerk::core::SmtpTestServer",
                                                           "Cannot load the certificate chain or key %1.")
                                   .arg(s.config.certificateChainFile));
        }
    }

    sockaddr_storage storage{};
    socklen_t length = 0;
    const QByteArray address = s.config.address.toLatin1();
    auto* v4 = reinterpret_cast<sockaddr_in*>(&storage);
    auto* v6 = reinterpret_cast<sockaddr_in6*>(&storage);
    if (inet_pton(AF_INET, address.constData(), &v4->sin_addr) == 1) {
        v4->sin_family = AF_INET;
        v4->sin_port = htons(s.config.port);
        length = sizeof(sockaddr_in);
    } else if (inet_pton(AF_INET6, address.constData(), &v6->sin6_addr) == 1) {
        v6->sin6_family = AF_INET6;
        v6->sin6_port = htons(s.config.port);
        length = sizeof(sockaddr_in6);
    } else {
        return serverError("BIND_FAILED", QStringLiteral("not an IP address: %1").arg(s.config.address));
    }
    s.listenFd = ::socket(storage.ss_family, SOCK_STREAM | SOCK_CLOEXEC, 0);
    const int one = 1;
    ::setsockopt(s.listenFd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    if (s.listenFd < 0 || ::bind(s.listenFd, reinterpret_cast<sockaddr*>(&storage), length) != 0 ||
        ::listen(s.listenFd, 64) != 0) {
        const QString reason = QString::fromLocal8Bit(std::strerror(errno));
        if (s.listenFd >= 0)
            ::close(s.listenFd);
        s.listenFd = -1;
        return serverError("BIND_FAILED", QCoreApplication::translate("danewerk::core::SmtpTestServer",
                                                                      "Cannot listen on %1 port %2: %3")
                                              .arg(s.config.address)
                                              .arg(s.config.port)
                                              .arg(reason));
    }
    ::getsockname(s.listenFd, reinterpret_cast<sockaddr*>(&storage), &length);
    s.port = ntohs(storage.ss_family == AF_INET ? v4->sin_port : v6->sin6_port);
    s.acceptThread = std::thread([&s] { s.acceptLoop(); });
    return s.port;
}

void SmtpTestServer::stop() {
    State& s = *m_state;
    if (s.stopping.exchange(true))
        return;
    if (s.listenFd >= 0)
        ::shutdown(s.listenFd, SHUT_RDWR);
    if (s.acceptThread.joinable())
        s.acceptThread.join();
    {
        std::lock_guard lock(s.mutex);
        for (int fd : s.openFds)
            ::shutdown(fd, SHUT_RDWR);
    }
    for (auto& c : s.connections)
        if (c.thread.joinable())
            c.thread.join();
    s.connections.clear();
    if (s.listenFd >= 0)
        ::close(s.listenFd);
    s.listenFd = -1;
}

quint16 SmtpTestServer::port() const {
    return m_state->port;
}

int SmtpTestServer::connectionsAccepted() const {
    return m_state->accepted.load();
}

int SmtpTestServer::handshakesCompleted() const {
    return m_state->handshakes.load();
}

void SmtpTestServer::State::acceptLoop() {
    while (!stopping.load()) {
        if (!waitReadable(listenFd, 200))
            continue;
        const int fd = ::accept4(listenFd, nullptr, nullptr, SOCK_CLOEXEC);
        if (fd < 0)
            continue;
        if (stopping.load()) {
            ::close(fd);
            break;
        }
        ++accepted;
        std::lock_guard lock(mutex);
        // A long-running lab server accepts many sessions: join the finished threads, bound the live ones.
        for (auto it = connections.begin(); it != connections.end();) {
            if (it->finished->load()) {
                it->thread.join();
                it = connections.erase(it);
            } else {
                ++it;
            }
        }
        if (openFds.size() >= MaxConnections) {
            ::close(fd);
            continue;
        }
        openFds.push_back(fd);
        auto finished = std::make_shared<std::atomic<bool>>(false);
        connections.push_back(Connection{std::thread([this, fd, finished] {
                                             serve(fd);
                                             std::lock_guard inner(mutex);
                                             openFds.remove(fd);
                                             ::close(fd);
                                             finished->store(true);
                                         }),
                                         finished});
    }
}

bool SmtpTestServer::State::readLine(int fd, QByteArray& buffer, QByteArray& line) {
    while (true) {
        const qsizetype end = buffer.indexOf("\r\n");
        if (end >= 0) {
            line = buffer.left(end);
            buffer.remove(0, end + 2);
            return true;
        }
        if (buffer.size() > 1000 || stopping.load() || !waitReadable(fd, config.idleTimeoutMs))
            return false;
        char chunk[512];
        const ssize_t n = ::recv(fd, chunk, sizeof chunk, 0);
        if (n <= 0)
            return false;
        buffer.append(chunk, n);
    }
}

void SmtpTestServer::State::serve(int fd) {
    const QByteArray host = config.hostname.toLatin1();
    const QByteArray banner = "220 " + host + " ESMTP danewerk test server\r\n";
    switch (config.behaviour) {
    case SmtpTestBehaviour::NoBanner:
        waitReadable(fd, config.idleTimeoutMs);
        return;
    case SmtpTestBehaviour::SlowDrip:
        for (char c : banner) {
            if (stopping.load() || !sendAll(fd, QByteArray(1, c)))
                return;
            for (int i = 0; i < 10 && !stopping.load(); ++i)
                std::this_thread::sleep_for(std::chrono::milliseconds(100));
        }
        break;
    case SmtpTestBehaviour::CloseAfterBanner:
        sendAll(fd, banner);
        return;
    default:
        if (!sendAll(fd, banner))
            return;
    }

    QByteArray buffer;
    QByteArray line;
    while (readLine(fd, buffer, line)) {
        const QByteArray verb = line.left(4).toUpper();
        if (verb == "EHLO") {
            QByteArray reply = "250-" + host + "\r\n250-PIPELINING\r\n250-SIZE 10240000\r\n";
            if (config.offerStartTls && ctx)
                reply += "250-STARTTLS\r\n";
            reply += "250 8BITMIME\r\n";
            sendAll(fd, reply);
        } else if (verb == "HELO") {
            sendAll(fd, "250 " + host + "\r\n");
        } else if (verb == "STAR" && line.toUpper() == "STARTTLS") {
            if (!config.offerStartTls || !ctx) {
                sendAll(fd, "502 5.5.1 Command not implemented\r\n");
                continue;
            }
            switch (config.behaviour) {
            case SmtpTestBehaviour::RejectStartTls:
                sendAll(fd, "454 4.7.0 TLS not available due to temporary reason\r\n");
                continue;
            case SmtpTestBehaviour::InjectAfterStartTls:
                sendAll(fd, "220 2.0.0 Ready to start TLS\r\n250 injected\r\n");
                break;
            case SmtpTestBehaviour::GarbageAfterStartTls:
                sendAll(fd, "220 2.0.0 Ready to start TLS\r\nthis is not TLS at all\r\n");
                waitReadable(fd, config.idleTimeoutMs);
                return;
            default:
                sendAll(fd, "220 2.0.0 Ready to start TLS\r\n");
            }
            serveTls(fd);
            return;
        } else if (verb == "QUIT") {
            sendAll(fd, "221 2.0.0 Bye\r\n");
            return;
        } else if (verb == "RCPT") {
            sendAll(fd, "550 5.1.1 No such user here\r\n");
        } else if (verb == "NOOP" || verb == "RSET" || verb == "MAIL") {
            sendAll(fd, "250 2.0.0 OK\r\n");
        } else {
            sendAll(fd, "500 5.5.2 Command unrecognized\r\n");
        }
    }
}

void SmtpTestServer::State::serveTls(int fd) {
    const SigPipeBlocker noSigPipe;
    std::unique_ptr<SSL, SslDeleter> ssl(SSL_new(ctx.get()));
    if (!ssl)
        return;
    SSL_set_fd(ssl.get(), fd);
    // The socket is blocking; bound the handshake and the session with a receive timeout.
    timeval tv{config.idleTimeoutMs / 1000, (config.idleTimeoutMs % 1000) * 1000};
    ::setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
    if (SSL_accept(ssl.get()) != 1) {
        ERR_clear_error();
        return;
    }
    ++handshakes;
    // A minimal dialogue inside TLS: answer EHLO and QUIT, close on anything else failing.
    QByteArray buffer;
    char chunk[512];
    while (!stopping.load()) {
        const int n = SSL_read(ssl.get(), chunk, sizeof chunk);
        if (n <= 0)
            break;
        buffer.append(chunk, n);
        if (buffer.size() > 4096)
            break;
        qsizetype end;
        while ((end = buffer.indexOf("\r\n")) >= 0) {
            const QByteArray command = buffer.left(end).toUpper();
            buffer.remove(0, end + 2);
            QByteArray reply = command.startsWith("EHLO")   ? "250 " + config.hostname.toLatin1() + "\r\n"
                               : command.startsWith("QUIT") ? QByteArray("221 2.0.0 Bye\r\n")
                                                            : QByteArray("250 2.0.0 OK\r\n");
            SSL_write(ssl.get(), reply.constData(), int(reply.size()));
            if (command.startsWith("QUIT")) {
                SSL_shutdown(ssl.get());
                ERR_clear_error();
                return;
            }
        }
    }
    ERR_clear_error();
}

} // namespace danewerk::core
