#include "core/smtp/StartTlsProbe.h"

#include "core/smtp/SigPipeBlocker.h"
#include "core/smtp/SmtpReplyParser.h"

#include <QElapsedTimer>
#include <QJsonArray>

#include <openssl/err.h>
#include <openssl/ssl.h>
#include <openssl/x509.h>

#include <arpa/inet.h>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <memory>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace danewerk::core {

namespace {

constexpr int MaxReplyLines = SmtpReplyParser::MaxReplyLines;
constexpr int MaxTranscriptLines = 200;

struct SslCtxDeleter {
    void operator()(SSL_CTX* p) const { SSL_CTX_free(p); }
};
struct SslDeleter {
    void operator()(SSL* p) const { SSL_free(p); }
};

QString stageName(SmtpProbeResult::Stage stage);

class Session {
public:
    Session(const SmtpProbeOptions& options, SmtpProbeResult& result) : m_options(options), m_result(result) {
        m_clock.start();
    }
    ~Session() {
        if (m_fd >= 0)
            ::close(m_fd);
    }

    void run();

private:
    int remainingMs() const { return int(std::max<qint64>(0, m_options.timeoutMs - m_clock.elapsed())); }
    bool waitFor(short events);
    bool connectSocket();
    bool sendLine(const QByteArray& line);
    // Reads one complete SMTP reply (multi-line aware); returns the code or 0 on failure.
    int readReply(QStringList* lines = nullptr);
    bool readLine(QByteArray& line);
    bool handshake();
    void fail(const QString& why) { m_result.error = why; }
    void note(const QString& line) {
        if (m_result.transcript.size() < MaxTranscriptLines)
            m_result.transcript.append(line.left(200));
    }

    const SmtpProbeOptions& m_options;
    SmtpProbeResult& m_result;
    QElapsedTimer m_clock;
    int m_fd = -1;
    QByteArray m_buffer;
    bool m_cancelled = false;

public:
    [[nodiscard]] bool cancelled() const { return m_cancelled; }

private:
    void enter(SmtpProbeResult::Stage stage);
};

bool Session::waitFor(short events) {
    // With a cancel hook the wait is sliced, so a cancelled check does not sit out a 10 s timeout.
    constexpr int CancelPollMs = 50;
    while (true) {
        if (m_options.cancelled && m_options.cancelled()) {
            m_cancelled = true;
            return false;
        }
        const int left = remainingMs();
        if (left <= 0) {
            m_result.timedOut = true;
            return false;
        }
        pollfd p{m_fd, events, 0};
        const int n = ::poll(&p, 1, m_options.cancelled ? std::min(left, CancelPollMs) : left);
        if (n == 0 && (!m_options.cancelled || left <= CancelPollMs)) {
            m_result.timedOut = true;
            return false;
        }
        if (n != 0)
            return n > 0;
    }
}

bool Session::connectSocket() {
    sockaddr_storage storage{};
    socklen_t length = 0;
    const QByteArray address = m_options.address.toLatin1();
    auto* v4 = reinterpret_cast<sockaddr_in*>(&storage);
    auto* v6 = reinterpret_cast<sockaddr_in6*>(&storage);
    if (inet_pton(AF_INET, address.constData(), &v4->sin_addr) == 1) {
        v4->sin_family = AF_INET;
        v4->sin_port = htons(m_options.port);
        length = sizeof(sockaddr_in);
    } else if (inet_pton(AF_INET6, address.constData(), &v6->sin6_addr) == 1) {
        v6->sin6_family = AF_INET6;
        v6->sin6_port = htons(m_options.port);
        length = sizeof(sockaddr_in6);
    } else {
        fail(QStringLiteral("not an IP address: %1").arg(m_options.address));
        return false;
    }
    m_fd = ::socket(storage.ss_family, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (m_fd < 0) {
        fail(QString::fromLocal8Bit(std::strerror(errno)));
        return false;
    }
    if (::connect(m_fd, reinterpret_cast<sockaddr*>(&storage), length) != 0 && errno != EINPROGRESS) {
        fail(QStringLiteral("connect: %1").arg(QString::fromLocal8Bit(std::strerror(errno))));
        return false;
    }
    if (!waitFor(POLLOUT)) {
        m_result.connectTimedOut = m_result.timedOut;
        fail(QStringLiteral("connect: timed out"));
        return false;
    }
    int error = 0;
    socklen_t errorLength = sizeof error;
    ::getsockopt(m_fd, SOL_SOCKET, SO_ERROR, &error, &errorLength);
    if (error != 0) {
        fail(QStringLiteral("connect: %1").arg(QString::fromLocal8Bit(std::strerror(error))));
        return false;
    }
    m_result.connected = true;
    return true;
}

bool Session::sendLine(const QByteArray& line) {
    note(QStringLiteral("C: ") + QString::fromLatin1(line));
    const QByteArray data = line + "\r\n";
    qsizetype sent = 0;
    while (sent < data.size()) {
        if (!waitFor(POLLOUT)) {
            fail(QStringLiteral("write timed out"));
            return false;
        }
        const ssize_t n = ::send(m_fd, data.constData() + sent, size_t(data.size() - sent), MSG_NOSIGNAL);
        if (n < 0 && (errno == EAGAIN || errno == EINTR))
            continue;
        if (n <= 0) {
            fail(QStringLiteral("write: %1").arg(QString::fromLocal8Bit(std::strerror(errno))));
            return false;
        }
        sent += n;
    }
    return true;
}

bool Session::readLine(QByteArray& line) {
    while (true) {
        const auto status = SmtpReplyParser::takeLine(m_buffer, line);
        if (status == SmtpReplyParser::LineStatus::Line)
            return true;
        if (status == SmtpReplyParser::LineStatus::TooLong) {
            fail(QStringLiteral("reply line too long"));
            return false;
        }
        if (!waitFor(POLLIN)) {
            fail(m_result.timedOut ? QStringLiteral("timed out waiting for the server")
                                   : QStringLiteral("read failed"));
            return false;
        }
        char chunk[1024];
        const ssize_t n = ::recv(m_fd, chunk, sizeof chunk, 0);
        if (n < 0 && (errno == EAGAIN || errno == EINTR))
            continue;
        if (n <= 0) {
            fail(QStringLiteral("connection closed by the server"));
            return false;
        }
        m_buffer.append(chunk, n);
    }
}

int Session::readReply(QStringList* lines) {
    for (int count = 0; count < MaxReplyLines; ++count) {
        QByteArray line;
        if (!readLine(line))
            return 0;
        note(QStringLiteral("S: ") + QString::fromLatin1(line));
        const auto reply = SmtpReplyParser::parseLine(line);
        if (!reply) {
            fail(QStringLiteral("malformed reply: %1").arg(QString::fromLatin1(line.left(80))));
            return 0;
        }
        if (lines)
            lines->append(QString::fromLatin1(reply->text));
        if (reply->last)
            return reply->code;
    }
    fail(QStringLiteral("reply too long"));
    return 0;
}

bool Session::handshake() {
    const SigPipeBlocker noSigPipe;
    std::unique_ptr<SSL_CTX, SslCtxDeleter> ctx(SSL_CTX_new(TLS_client_method()));
    if (!ctx) {
        fail(QStringLiteral("SSL_CTX_new failed"));
        return false;
    }
    // Opportunistic DANE clients accept any certificate during the handshake and decide afterwards; the
    // decision (DaneVerifier) runs on the captured chain with OpenSSL's DANE API.
    SSL_CTX_set_verify(ctx.get(), SSL_VERIFY_NONE, nullptr);
    SSL_CTX_set_min_proto_version(ctx.get(), TLS1_2_VERSION);
    std::unique_ptr<SSL, SslDeleter> ssl(SSL_new(ctx.get()));
    if (!ssl)
        return false;
    const char* sigalgs = nullptr;
    if (m_options.keyPreference == CertificateKeyPreference::Rsa)
        sigalgs = "rsa_pss_rsae_sha256:rsa_pss_rsae_sha384:rsa_pss_rsae_sha512:RSA+SHA256:RSA+SHA384:RSA+SHA512";
    else if (m_options.keyPreference == CertificateKeyPreference::Ecdsa)
        sigalgs = "ECDSA+SHA256:ECDSA+SHA384:ECDSA+SHA512";
    if (sigalgs)
        SSL_set1_sigalgs_list(ssl.get(), sigalgs);
    if (!m_options.serverName.isEmpty())
        SSL_set_tlsext_host_name(ssl.get(), m_options.serverName.toLatin1().constData());
    SSL_set_fd(ssl.get(), m_fd);
    while (true) {
        ERR_clear_error();
        const int rc = SSL_connect(ssl.get());
        if (rc == 1)
            break;
        const int why = SSL_get_error(ssl.get(), rc);
        short events = 0;
        if (why == SSL_ERROR_WANT_READ)
            events = POLLIN;
        else if (why == SSL_ERROR_WANT_WRITE)
            events = POLLOUT;
        if (events == 0 || !waitFor(events)) {
            char text[256] = {};
            ERR_error_string_n(ERR_peek_last_error(), text, sizeof text);
            fail(m_result.timedOut ? QStringLiteral("TLS handshake timed out")
                                   : QStringLiteral("TLS handshake failed: %1").arg(QString::fromLatin1(text)));
            ERR_clear_error();
            return false;
        }
    }
    m_result.handshakeCompleted = true;
    m_result.tlsVersion = QString::fromLatin1(SSL_get_version(ssl.get()));
    m_result.cipher = QString::fromLatin1(SSL_get_cipher_name(ssl.get()));
    STACK_OF(X509)* chain = SSL_get_peer_cert_chain(ssl.get());
    for (int i = 0; chain && i < sk_X509_num(chain) && i < 16; ++i) {
        X509* cert = sk_X509_value(chain, i);
        unsigned char* der = nullptr;
        const int length = i2d_X509(cert, &der);
        if (length > 0)
            m_result.chainDer.append(QByteArray(reinterpret_cast<const char*>(der), length));
        OPENSSL_free(der);
    }
    if (X509* leaf = SSL_get0_peer_certificate(ssl.get())) {
        if (EVP_PKEY* key = X509_get0_pubkey(leaf))
            m_result.peerKeyType = QString::fromLatin1(EVP_PKEY_get0_type_name(key)).toUpper();
    }
    // Leave politely; a failure here no longer matters.
    const QByteArray quit = "QUIT\r\n";
    SSL_write(ssl.get(), quit.constData(), int(quit.size()));
    SSL_shutdown(ssl.get());
    ERR_clear_error();
    return true;
}

void Session::enter(SmtpProbeResult::Stage stage) {
    m_result.reached = stage;
    if (m_options.onStage)
        m_options.onStage(stageName(stage));
}

void Session::run() {
    enter(SmtpProbeResult::Stage::Connect);
    if (!connectSocket())
        return;
    enter(SmtpProbeResult::Stage::Banner);
    int code = readReply();
    if (code != 220) {
        if (code != 0)
            fail(QStringLiteral("banner refused the session (%1)").arg(code));
        return;
    }
    enter(SmtpProbeResult::Stage::Ehlo);
    QStringList extensions;
    if (!sendLine("EHLO " + m_options.ehloName.toLatin1()))
        return;
    code = readReply(&extensions);
    if (code != 250) {
        if (code != 0)
            fail(QStringLiteral("EHLO refused (%1)").arg(code));
        return;
    }
    if (SmtpReplyParser::offersStartTls(extensions))
        m_result.startTlsOffered = true;
    if (!m_result.startTlsOffered) {
        sendLine("QUIT");
        return;
    }
    enter(SmtpProbeResult::Stage::StartTls);
    if (!sendLine("STARTTLS"))
        return;
    code = readReply();
    if (code != 220) {
        if (code != 0)
            fail(QStringLiteral("STARTTLS refused (%1)").arg(code));
        return;
    }
    m_result.startTlsAccepted = true;
    if (!m_buffer.isEmpty()) {
        note(QStringLiteral("(discarded %1 octets sent before the TLS handshake)").arg(m_buffer.size()));
        m_buffer.clear();
    }
    enter(SmtpProbeResult::Stage::Handshake);
    if (handshake())
        m_result.reached = SmtpProbeResult::Stage::Done;
}

QString stageName(SmtpProbeResult::Stage stage) {
    switch (stage) {
    case SmtpProbeResult::Stage::Connect:
        return QStringLiteral("connect");
    case SmtpProbeResult::Stage::Banner:
        return QStringLiteral("banner");
    case SmtpProbeResult::Stage::Ehlo:
        return QStringLiteral("ehlo");
    case SmtpProbeResult::Stage::StartTls:
        return QStringLiteral("starttls");
    case SmtpProbeResult::Stage::Handshake:
        return QStringLiteral("handshake");
    case SmtpProbeResult::Stage::Done:
        return QStringLiteral("done");
    }
    return {};
}

SmtpProbeResult::Stage stageFromName(const QString& name) {
    for (auto stage :
         {SmtpProbeResult::Stage::Connect, SmtpProbeResult::Stage::Banner, SmtpProbeResult::Stage::Ehlo,
          SmtpProbeResult::Stage::StartTls, SmtpProbeResult::Stage::Handshake, SmtpProbeResult::Stage::Done})
        if (stageName(stage) == name)
            return stage;
    return SmtpProbeResult::Stage::Connect;
}

} // namespace

QString keyPreferenceName(CertificateKeyPreference preference) {
    switch (preference) {
    case CertificateKeyPreference::Rsa:
        return QStringLiteral("rsa");
    case CertificateKeyPreference::Ecdsa:
        return QStringLiteral("ecdsa");
    case CertificateKeyPreference::Any:
        break;
    }
    return QStringLiteral("any");
}

SmtpProbeResult StartTlsProbe::run(const SmtpProbeOptions& options) {
    SmtpProbeResult result;
    result.address = options.address;
    result.port = options.port;
    result.serverName = options.serverName;
    result.keyPreference = options.keyPreference;
    QElapsedTimer clock;
    clock.start();
    Session session(options, result);
    session.run();
    if (session.cancelled())
        result.error = QStringLiteral("cancelled");
    result.elapsedMs = clock.elapsed();
    result.finishedAt = QDateTime::currentDateTimeUtc();
    return result;
}

QJsonObject SmtpProbeResult::toJson() const {
    QJsonArray chain;
    for (const QByteArray& der : chainDer)
        chain.append(QString::fromLatin1(der.toBase64()));
    QJsonObject o{{"address", address},
                  {"port", int(port)},
                  {"server_name", serverName},
                  {"key_preference", keyPreferenceName(keyPreference)},
                  {"reached", stageName(reached)},
                  {"connected", connected},
                  {"connect_timed_out", connectTimedOut},
                  {"timed_out", timedOut},
                  {"starttls_offered", startTlsOffered},
                  {"starttls_accepted", startTlsAccepted},
                  {"handshake_completed", handshakeCompleted},
                  {"error", error},
                  {"tls_version", tlsVersion},
                  {"cipher", cipher},
                  {"peer_key_type", peerKeyType},
                  {"chain_der", chain},
                  {"transcript", QJsonArray::fromStringList(transcript)},
                  {"finished_at", finishedAt.toString(Qt::ISODate)},
                  {"elapsed_ms", elapsedMs}};
    return o;
}

SmtpProbeResult SmtpProbeResult::fromJson(const QJsonObject& o) {
    SmtpProbeResult r;
    r.address = o.value("address").toString();
    r.port = quint16(o.value("port").toInt());
    r.serverName = o.value("server_name").toString();
    const QString preference = o.value("key_preference").toString();
    r.keyPreference = preference == QLatin1String("rsa")     ? CertificateKeyPreference::Rsa
                      : preference == QLatin1String("ecdsa") ? CertificateKeyPreference::Ecdsa
                                                             : CertificateKeyPreference::Any;
    r.reached = stageFromName(o.value("reached").toString());
    r.connected = o.value("connected").toBool();
    r.connectTimedOut = o.value("connect_timed_out").toBool();
    r.timedOut = o.value("timed_out").toBool();
    r.startTlsOffered = o.value("starttls_offered").toBool();
    r.startTlsAccepted = o.value("starttls_accepted").toBool();
    r.handshakeCompleted = o.value("handshake_completed").toBool();
    r.error = o.value("error").toString();
    r.tlsVersion = o.value("tls_version").toString();
    r.cipher = o.value("cipher").toString();
    r.peerKeyType = o.value("peer_key_type").toString();
    for (const auto& v : o.value("chain_der").toArray())
        r.chainDer.append(QByteArray::fromBase64(v.toString().toLatin1()));
    for (const auto& v : o.value("transcript").toArray())
        r.transcript.append(v.toString());
    r.finishedAt = QDateTime::fromString(o.value("finished_at").toString(), Qt::ISODate);
    r.elapsedMs = o.value("elapsed_ms").toInteger();
    return r;
}

} // namespace danewerk::core
