// The STARTTLS dialogue as a hostile server plays it: StartTlsProbe (the real client: sockets, deadlines,
// reply framing, EHLO parsing, the STARTTLS step, the discarding of injected plaintext, the TLS handshake
// with OpenSSL and the chain capture) against a loopback server that answers with the fuzzer's bytes.
//
// Input: a sequence of entries, each a 2-octet big-endian length and that many octets. The server sends
// entry 0 at once (the banner), then, each time the client has sent something, the next entry (the replies
// to EHLO and STARTTLS, then whatever it likes instead of a TLS handshake), and closes after the last one.
#include "FuzzInput.h"
#include "core/smtp/StartTlsProbe.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <thread>
#include <unistd.h>

using namespace danewerk::core;

namespace {

constexpr int MaxEntries = 8;
constexpr int ProbeTimeoutMs = 2000;
constexpr int ClientQuietMs = 20;

// The listening socket, created once per process on 127.0.0.1 with a port of the kernel's choice.
int listener(quint16& port) {
    static quint16 boundPort = 0;
    static const int fd = [] {
        const int s = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        if (s < 0 || ::bind(s, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0 || ::listen(s, 4) != 0)
            return -1;
        socklen_t length = sizeof address;
        ::getsockname(s, reinterpret_cast<sockaddr*>(&address), &length);
        boundPort = ntohs(address.sin_port);
        return s;
    }();
    port = boundPort;
    return fd;
}

void sendAll(int fd, const QByteArray& bytes) {
    qsizetype sent = 0;
    while (sent < bytes.size()) {
        const ssize_t n = ::send(fd, bytes.constData() + sent, size_t(bytes.size() - sent), MSG_NOSIGNAL);
        if (n <= 0)
            return;
        sent += n;
    }
}

// Waits a moment for the client to send something and consumes it; false only when the client is gone. A
// client that says nothing (it waits for the rest of an unfinished reply) gets the next entry regardless, so
// an input never costs the whole probe timeout.
bool awaitClient(int fd) {
    pollfd p{fd, POLLIN, 0};
    if (::poll(&p, 1, ClientQuietMs) <= 0)
        return true;
    char buffer[4096];
    return ::recv(fd, buffer, sizeof buffer, MSG_DONTWAIT) > 0;
}

void serve(int listenFd, const QList<QByteArray>& entries) {
    pollfd p{listenFd, POLLIN, 0};
    if (::poll(&p, 1, ProbeTimeoutMs) <= 0)
        return;
    const int fd = ::accept4(listenFd, nullptr, nullptr, SOCK_CLOEXEC);
    if (fd < 0)
        return;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        if (i > 0 && !awaitClient(fd))
            break;
        sendAll(fd, entries[i]);
    }
    ::shutdown(fd, SHUT_WR);
    // Let the client read everything before the reset that closing with unread data causes.
    pollfd q{fd, POLLIN, 0};
    char buffer[4096];
    while (::poll(&q, 1, ProbeTimeoutMs) > 0 && ::recv(fd, buffer, sizeof buffer, MSG_DONTWAIT) > 0) {
    }
    ::close(fd);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    if (size > 64 * 1024)
        return 0;
    const QByteArray input = danewerk::fuzz::inputBytes(data, size);
    QList<QByteArray> entries;
    for (qsizetype at = 0; at + 2 <= input.size() && entries.size() < MaxEntries;) {
        const int length = (uchar(input[at]) << 8) | uchar(input[at + 1]);
        at += 2;
        if (at + length > input.size())
            break;
        entries << input.mid(at, length);
        at += length;
    }
    if (entries.isEmpty())
        return 0;
    quint16 port = 0;
    const int listenFd = listener(port);
    if (listenFd < 0)
        return 0;
    std::thread server(serve, listenFd, entries);
    SmtpProbeOptions options;
    options.address = QStringLiteral("127.0.0.1");
    options.port = port;
    options.ehloName = QStringLiteral("fuzz.example");
    options.serverName = QStringLiteral("mx.example");
    options.timeoutMs = ProbeTimeoutMs;
    const SmtpProbeResult result = StartTlsProbe::run(options);
    server.join();
    (void)SmtpProbeResult::fromJson(result.toJson());
    return 0;
}
