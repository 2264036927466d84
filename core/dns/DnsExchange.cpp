#include "core/dns/DnsExchange.h"

#include <arpa/inet.h>
#include <cerrno>
#include <cstring>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace danewerk::core {

namespace {

constexpr int HeaderSize = 12;
constexpr int MaxMessageSize = 65535;

// Closes the descriptor on every way out.
class SocketHandle {
public:
    explicit SocketHandle(int fd = -1) : m_fd(fd) {}
    ~SocketHandle() {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    SocketHandle(const SocketHandle&) = delete;
    SocketHandle& operator=(const SocketHandle&) = delete;
    [[nodiscard]] int fd() const { return m_fd; }

private:
    int m_fd;
};

// Waits for `events` until the deadline: 1 ready, 0 deadline passed, -1 error.
int waitFor(int fd, short events, const QDeadlineTimer& deadline) {
    while (true) {
        const qint64 remaining = deadline.remainingTime();
        if (remaining == 0)
            return 0;
        pollfd p{fd, events, 0};
        const int n = ::poll(&p, 1, int(std::min<qint64>(remaining, 60000)));
        if (n > 0)
            return 1;
        if (n < 0 && errno != EINTR)
            return -1;
    }
}

QString systemError(int error) {
    return QString::fromLocal8Bit(std::strerror(error));
}

DnsExchangeResult failure(DnsResponse::Outcome outcome, const QString& error, int ignored = 0) {
    DnsExchangeResult result;
    result.outcome = outcome;
    result.error = error;
    result.ignored = ignored;
    return result;
}

quint16 readU16(const QByteArray& bytes, int offset) {
    return quint16((quint8(bytes[offset]) << 8) | quint8(bytes[offset + 1]));
}

char lowerAscii(char c) {
    return (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c;
}

// The wire name at `offset` of both messages, label by label; advances `offset` past it. Compression
// pointers are refused: nothing precedes the question that they could point to.
bool sameQuestionName(const QByteArray& a, const QByteArray& b, int& offset) {
    while (true) {
        if (offset >= a.size() || offset >= b.size())
            return false;
        const int length = quint8(a[offset]);
        if (length != quint8(b[offset]) || length > 63)
            return false;
        ++offset;
        if (length == 0)
            return true;
        if (offset + length > a.size() || offset + length > b.size())
            return false;
        for (int i = 0; i < length; ++i)
            if (lowerAscii(a[offset + i]) != lowerAscii(b[offset + i]))
                return false;
        offset += length;
    }
}

} // namespace

DnsExchange::DnsExchange(DnsServerAddress server, QByteArray query, QDeadlineTimer deadline)
    : m_server(std::move(server)), m_query(std::move(query)), m_deadline(deadline) {}

bool DnsExchange::answers(const QByteArray& query, const QByteArray& answer) {
    if (query.size() < HeaderSize || answer.size() < HeaderSize)
        return false;
    if (answer[0] != query[0] || answer[1] != query[1])
        return false; // another ID: a late answer to an earlier query, or a spoofing attempt
    if (!(quint8(answer[2]) & 0x80) || ((quint8(answer[2]) >> 3) & 0x0f) != ((quint8(query[2]) >> 3) & 0x0f))
        return false;
    if (readU16(answer, 4) != 1 || readU16(query, 4) != 1)
        return false;
    int offset = HeaderSize;
    if (!sameQuestionName(query, answer, offset))
        return false;
    if (offset + 4 > query.size() || offset + 4 > answer.size())
        return false;
    return query.mid(offset, 4) == answer.mid(offset, 4); // type and class
}

bool DnsExchange::truncated(const QByteArray& answer) {
    return answer.size() >= HeaderSize && (quint8(answer[2]) & 0x02);
}

int DnsExchange::openSocket(int type) const {
    const QByteArray address = m_server.address.toLatin1();
    sockaddr_storage storage{};
    socklen_t length = 0;
    auto* v4 = reinterpret_cast<sockaddr_in*>(&storage);
    auto* v6 = reinterpret_cast<sockaddr_in6*>(&storage);
    if (::inet_pton(AF_INET, address.constData(), &v4->sin_addr) == 1) {
        v4->sin_family = AF_INET;
        v4->sin_port = htons(m_server.port);
        length = sizeof(sockaddr_in);
    } else if (::inet_pton(AF_INET6, address.constData(), &v6->sin6_addr) == 1) {
        v6->sin6_family = AF_INET6;
        v6->sin6_port = htons(m_server.port);
        length = sizeof(sockaddr_in6);
    } else {
        errno = EINVAL;
        return -1;
    }
    const int fd = ::socket(storage.ss_family, type | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return -1;
    // Connected, also for UDP: the kernel then drops datagrams from any other address or port.
    if (::connect(fd, reinterpret_cast<const sockaddr*>(&storage), length) != 0 && errno != EINPROGRESS) {
        const int error = errno;
        ::close(fd);
        errno = error;
        return -1;
    }
    return fd;
}

DnsExchangeResult DnsExchange::overUdp(int attempts) const {
    const SocketHandle socket(openSocket(SOCK_DGRAM));
    if (socket.fd() < 0)
        return failure(DnsResponse::Outcome::NetworkError, systemError(errno));
    attempts = std::max(1, attempts);
    int ignored = 0;
    QByteArray buffer(MaxMessageSize, Qt::Uninitialized);
    for (int attempt = 0; attempt < attempts && !m_deadline.hasExpired(); ++attempt) {
        // Each attempt gets its share of what is left, so the last one does not starve.
        const QDeadlineTimer slice(m_deadline.remainingTime() / (attempts - attempt));
        if (::send(socket.fd(), m_query.constData(), size_t(m_query.size()), MSG_NOSIGNAL) < 0)
            return failure(DnsResponse::Outcome::NetworkError, systemError(errno), ignored);
        while (true) {
            const int ready = waitFor(socket.fd(), POLLIN, slice);
            if (ready == 0)
                break;
            if (ready < 0)
                return failure(DnsResponse::Outcome::NetworkError, systemError(errno), ignored);
            const ssize_t n = ::recv(socket.fd(), buffer.data(), size_t(buffer.size()), 0);
            if (n < 0) {
                if (errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR)
                    continue;
                return failure(DnsResponse::Outcome::NetworkError, systemError(errno), ignored);
            }
            const QByteArray datagram = buffer.left(qsizetype(n));
            if (!answers(m_query, datagram)) {
                ++ignored;
                continue;
            }
            DnsExchangeResult result;
            result.outcome = DnsResponse::Outcome::Answer;
            result.wire = datagram;
            result.ignored = ignored;
            return result;
        }
    }
    QString error = QStringLiteral("no answer before the timeout");
    if (ignored > 0)
        error += QStringLiteral(" (%1 datagrams did not match the query and were ignored)").arg(ignored);
    return failure(DnsResponse::Outcome::Timeout, error, ignored);
}

DnsExchangeResult DnsExchange::overTcp() const {
    const SocketHandle socket(openSocket(SOCK_STREAM));
    if (socket.fd() < 0)
        return failure(DnsResponse::Outcome::NetworkError, QStringLiteral("TCP: ") + systemError(errno));
    const int connected = waitFor(socket.fd(), POLLOUT, m_deadline);
    if (connected == 0)
        return failure(DnsResponse::Outcome::Timeout, QStringLiteral("TCP: no connection before the timeout"));
    int error = 0;
    socklen_t errorLength = sizeof error;
    if (connected < 0 || ::getsockopt(socket.fd(), SOL_SOCKET, SO_ERROR, &error, &errorLength) != 0 || error != 0)
        return failure(DnsResponse::Outcome::NetworkError,
                       QStringLiteral("TCP: ") + systemError(error ? error : errno));

    QByteArray framed;
    framed.append(char(m_query.size() >> 8)).append(char(m_query.size() & 0xff)).append(m_query);
    for (qsizetype sent = 0; sent < framed.size();) {
        const int ready = waitFor(socket.fd(), POLLOUT, m_deadline);
        if (ready == 0)
            return failure(DnsResponse::Outcome::Timeout, QStringLiteral("TCP: query not sent before the timeout"));
        const ssize_t n =
            ready < 0 ? -1 : ::send(socket.fd(), framed.constData() + sent, size_t(framed.size() - sent), MSG_NOSIGNAL);
        if (n < 0 && errno != EAGAIN && errno != EINTR)
            return failure(DnsResponse::Outcome::NetworkError, QStringLiteral("TCP: ") + systemError(errno));
        if (n > 0)
            sent += n;
    }

    // Reads exactly `wanted` octets into `out`, or says why not.
    const auto readExactly = [&](QByteArray& out, int wanted, DnsExchangeResult& why) {
        out.resize(wanted);
        int have = 0;
        while (have < wanted) {
            const int ready = waitFor(socket.fd(), POLLIN, m_deadline);
            if (ready == 0) {
                why = failure(
                    DnsResponse::Outcome::Timeout,
                    QStringLiteral("TCP: answer incomplete at the timeout (%1 of %2 octets)").arg(have).arg(wanted));
                return false;
            }
            const ssize_t n = ready < 0 ? -1 : ::recv(socket.fd(), out.data() + have, size_t(wanted - have), 0);
            if (n == 0) {
                why = failure(DnsResponse::Outcome::NetworkError,
                              QStringLiteral("TCP: connection closed after %1 of %2 octets").arg(have).arg(wanted));
                return false;
            }
            if (n < 0) {
                if (errno == EAGAIN || errno == EINTR)
                    continue;
                why = failure(DnsResponse::Outcome::NetworkError, QStringLiteral("TCP: ") + systemError(errno));
                return false;
            }
            have += int(n);
        }
        return true;
    };

    DnsExchangeResult why;
    QByteArray prefix;
    if (!readExactly(prefix, 2, why))
        return why;
    const int length = readU16(prefix, 0);
    if (length < HeaderSize)
        return failure(DnsResponse::Outcome::NetworkError,
                       QStringLiteral("TCP: answer of %1 octets is shorter than a DNS header").arg(length));
    QByteArray answer;
    if (!readExactly(answer, length, why))
        return why;
    if (!answers(m_query, answer))
        return failure(DnsResponse::Outcome::NetworkError, QStringLiteral("TCP: the answer does not match the query"));
    DnsExchangeResult result;
    result.outcome = DnsResponse::Outcome::Answer;
    result.wire = answer;
    return result;
}

} // namespace danewerk::core
