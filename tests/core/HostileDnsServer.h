#pragma once

// A hostile DNS server for the hardening tests: UDP and TCP on a loopback address of our choice (random
// port, own thread) in front of an honest upstream (FakeDnsResolver, asked over TCP), misbehaving in one
// scripted way at a time: truncated UDP answers, a refused or dropped TCP fallback, answers with wrong IDs or
// to another question, a TCP length prefix longer than what follows, 64 KiB of garbage, a stream that never
// ends, and slow answers.

#include "core/dns/Ldns.h"

#include <QByteArray>
#include <QString>

#include <arpa/inet.h>
#include <atomic>
#include <chrono>
#include <mutex>
#include <netinet/in.h>
#include <poll.h>
#include <random>
#include <sys/socket.h>
#include <thread>
#include <unistd.h>

namespace danewerk::tests {

class HostileDnsServer {
public:
    enum class Udp {
        Forward,                 // the upstream answer (TC=1 from upstream never happens: it is asked over TCP)
        Truncate,                // header and question only, TC=1: the client must retry over TCP
        WrongIdsThenAnswer,      // `wrongIds` answers with other IDs, then the right one
        OnlyWrongIds,            // only answers with other IDs
        OtherQuestionThenAnswer, // the right ID, an answer for another name, then the right answer
        OnlyOtherQuestion,       // the right ID, always the answer for another name
        Slow,                    // the upstream answer after `delayMs`
        Silent,                  // nothing at all
    };
    enum class Tcp {
        Forward,          // the upstream answer
        Refuse,           // no listener: connection refused
        CloseAtOnce,      // accept, read nothing, close
        ShortAfterPrefix, // a length prefix of the real size, half the answer, then silence (connection held)
        Garbage64k,       // a 65535 length prefix and 65535 octets of (seeded) garbage
        EndlessStream,    // a 65535 length prefix, then one octet every 20 ms for as long as the client listens
        Flood,            // a 65535 length prefix, then octets as fast as the socket takes them, forever
    };

    HostileDnsServer(QString address, quint16 upstreamPort) : m_address(std::move(address)), m_upstream(upstreamPort) {}
    ~HostileDnsServer() { stop(); }

    void setUdp(Udp mode) { m_udpMode = mode; }
    void setTcp(Tcp mode) { m_tcpMode = mode; }
    void setDelayMs(int ms) { m_delayMs = ms; }
    void setWrongIds(int count) { m_wrongIds = count; }
    int udpQueries() const { return m_udpQueries.load(); }
    int tcpConnections() const { return m_tcpConnections.load(); }

    // Binds UDP and (unless told to refuse) TCP on the same port.
    bool start(bool listenTcp = true) {
        sockaddr_in addr{};
        addr.sin_family = AF_INET;
        if (::inet_pton(AF_INET, m_address.toLatin1().constData(), &addr.sin_addr) != 1)
            return false;
        for (int attempt = 0; attempt < 20; ++attempt) {
            addr.sin_port = 0;
            m_udp = ::socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0);
            if (::bind(m_udp, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0)
                return false;
            socklen_t len = sizeof addr;
            ::getsockname(m_udp, reinterpret_cast<sockaddr*>(&addr), &len);
            m_port = ntohs(addr.sin_port);
            if (!listenTcp)
                break;
            m_tcp = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
            const int one = 1;
            ::setsockopt(m_tcp, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
            if (::bind(m_tcp, reinterpret_cast<sockaddr*>(&addr), sizeof addr) == 0 && ::listen(m_tcp, 16) == 0)
                break;
            ::close(m_udp);
            ::close(m_tcp);
            m_udp = m_tcp = -1;
        }
        if (m_udp < 0)
            return false;
        m_thread = std::thread([this] { loop(); });
        return true;
    }
    void stop() {
        if (m_stopping.exchange(true))
            return;
        if (m_thread.joinable())
            m_thread.join();
        if (m_udp >= 0)
            ::close(m_udp);
        if (m_tcp >= 0)
            ::close(m_tcp);
    }
    QString address() const { return QStringLiteral("%1#%2").arg(m_address).arg(m_port); }

private:
    bool stopping() const { return m_stopping.load(); }

    void sleepMs(int ms) const {
        const auto until = std::chrono::steady_clock::now() + std::chrono::milliseconds(ms);
        while (!stopping() && std::chrono::steady_clock::now() < until)
            std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }

    void loop() {
        while (!stopping()) {
            pollfd fds[2] = {{m_udp, POLLIN, 0}, {m_tcp, POLLIN, 0}};
            if (::poll(fds, m_tcp >= 0 ? 2 : 1, 50) <= 0)
                continue;
            if (fds[0].revents & POLLIN)
                serveUdp();
            if (m_tcp >= 0 && (fds[1].revents & POLLIN)) {
                const int fd = ::accept4(m_tcp, nullptr, nullptr, SOCK_CLOEXEC);
                if (fd >= 0) {
                    ++m_tcpConnections;
                    serveTcp(fd);
                    ::close(fd);
                }
            }
        }
    }

    // The honest answer, asked of the upstream over TCP (so it is never truncated).
    QByteArray upstream(const QByteArray& query) const {
        const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
        sockaddr_in addr{};
        addr.sin_family = AF_INET;
        addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        addr.sin_port = htons(m_upstream);
        timeval tv{2, 0};
        ::setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
        QByteArray answer;
        if (::connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) == 0) {
            QByteArray framed;
            framed.append(char(query.size() >> 8)).append(char(query.size() & 0xff)).append(query);
            unsigned char prefix[2];
            if (::send(fd, framed.constData(), size_t(framed.size()), MSG_NOSIGNAL) == framed.size() &&
                ::recv(fd, prefix, 2, MSG_WAITALL) == 2) {
                const int length = (prefix[0] << 8) | prefix[1];
                answer.resize(length);
                if (::recv(fd, answer.data(), size_t(length), MSG_WAITALL) != length)
                    answer.clear();
            }
        }
        ::close(fd);
        return answer;
    }

    static QByteArray withId(QByteArray message, quint16 id) {
        message[0] = char(id >> 8);
        message[1] = char(id & 0xff);
        return message;
    }

    // The honest answer for the same query with the first label of the name changed: same ID, other question.
    QByteArray otherQuestion(const QByteArray& query) const {
        QByteArray other = query;
        if (other.size() > 13 && quint8(other[12]) > 0)
            other[13] = other[13] == 'z' ? 'y' : 'z';
        return upstream(other);
    }

    // Header and question of the query, turned into an empty response with TC=1.
    static QByteArray truncatedReply(const QByteArray& query) {
        int end = 12;
        while (end < query.size() && quint8(query[end]) != 0)
            end += quint8(query[end]) + 1;
        end += 5; // root label, type, class
        QByteArray reply = query.left(std::min<int>(end, int(query.size())));
        reply[2] = char(0x80 | 0x02 | (quint8(query[2]) & 0x01)); // QR, TC, RD as asked
        reply[3] = char(0x80);                                    // RA
        for (int i = 6; i < 12; ++i)
            reply[i] = 0; // no answer, authority or additional records
        return reply;
    }

    void serveUdp() {
        unsigned char buffer[4096];
        sockaddr_storage from{};
        socklen_t fromLen = sizeof from;
        const ssize_t n = ::recvfrom(m_udp, buffer, sizeof buffer, 0, reinterpret_cast<sockaddr*>(&from), &fromLen);
        if (n < 12)
            return;
        ++m_udpQueries;
        const QByteArray query(reinterpret_cast<const char*>(buffer), int(n));
        const quint16 id = quint16((quint8(query[0]) << 8) | quint8(query[1]));
        const auto send = [&](const QByteArray& reply) {
            if (!reply.isEmpty())
                ::sendto(m_udp, reply.constData(), size_t(reply.size()), 0, reinterpret_cast<sockaddr*>(&from),
                         fromLen);
        };
        switch (m_udpMode.load()) {
        case Udp::Forward:
            send(upstream(query));
            break;
        case Udp::Truncate:
            send(truncatedReply(query));
            break;
        case Udp::WrongIdsThenAnswer:
        case Udp::OnlyWrongIds: {
            const QByteArray answer = upstream(query);
            for (int i = 1; i <= m_wrongIds.load(); ++i)
                send(withId(answer, quint16(id + i)));
            if (m_udpMode.load() == Udp::WrongIdsThenAnswer)
                send(answer);
            break;
        }
        case Udp::OtherQuestionThenAnswer:
            send(otherQuestion(query));
            send(upstream(query));
            break;
        case Udp::OnlyOtherQuestion:
            send(otherQuestion(query));
            break;
        case Udp::Slow: {
            const QByteArray answer = upstream(query);
            sleepMs(m_delayMs.load());
            send(answer);
            break;
        }
        case Udp::Silent:
            break;
        }
    }

    // Reads one length-prefixed query (2 s at most), then misbehaves as told.
    void serveTcp(int fd) {
        if (m_tcpMode.load() == Tcp::CloseAtOnce)
            return;
        timeval tv{2, 0};
        ::setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
        unsigned char prefix[2];
        if (::recv(fd, prefix, 2, MSG_WAITALL) != 2)
            return;
        const int length = (prefix[0] << 8) | prefix[1];
        QByteArray query(length, 0);
        if (::recv(fd, query.data(), size_t(length), MSG_WAITALL) != length)
            return;
        const auto sendAll = [&](const QByteArray& bytes) {
            return ::send(fd, bytes.constData(), size_t(bytes.size()), MSG_NOSIGNAL) == bytes.size();
        };
        const QByteArray maxPrefix("\xff\xff", 2);
        switch (m_tcpMode.load()) {
        case Tcp::Forward:
        case Tcp::Refuse:
        case Tcp::CloseAtOnce: {
            const QByteArray answer = upstream(query);
            QByteArray framed;
            framed.append(char(answer.size() >> 8)).append(char(answer.size() & 0xff)).append(answer);
            sendAll(framed);
            break;
        }
        case Tcp::ShortAfterPrefix: {
            const QByteArray answer = upstream(query);
            QByteArray framed;
            framed.append(char(answer.size() >> 8))
                .append(char(answer.size() & 0xff))
                .append(answer.left(answer.size() / 2));
            sendAll(framed);
            waitForClose(fd);
            break;
        }
        case Tcp::Garbage64k: {
            std::mt19937 random(8);
            QByteArray garbage(65535, 0);
            for (char& c : garbage)
                c = char(random() & 0xff);
            sendAll(maxPrefix + garbage);
            waitForClose(fd);
            break;
        }
        case Tcp::EndlessStream:
            sendAll(maxPrefix);
            while (!stopping() && sendAll(QByteArray(1, 'x')))
                sleepMs(20);
            break;
        case Tcp::Flood: {
            sendAll(maxPrefix);
            const QByteArray chunk(4096, '\x5a');
            // Non-blocking sends so a client that stops reading cannot wedge this thread.
            while (!stopping()) {
                const ssize_t n = ::send(fd, chunk.constData(), size_t(chunk.size()), MSG_NOSIGNAL | MSG_DONTWAIT);
                if (n < 0 && errno != EAGAIN && errno != EWOULDBLOCK)
                    break;
                if (n < 0) {
                    pollfd p{fd, POLLOUT, 0};
                    ::poll(&p, 1, 50);
                    if (p.revents & (POLLERR | POLLHUP))
                        break;
                }
            }
            break;
        }
        }
    }

    // Holds the connection open until the client closes it (or the server stops).
    void waitForClose(int fd) const {
        char sink[256];
        while (!stopping()) {
            pollfd p{fd, POLLIN, 0};
            if (::poll(&p, 1, 50) > 0 && ::recv(fd, sink, sizeof sink, MSG_DONTWAIT) == 0)
                return;
            if (p.revents & (POLLERR | POLLHUP))
                return;
        }
    }

    QString m_address;
    quint16 m_upstream;
    std::atomic<Udp> m_udpMode{Udp::Forward};
    std::atomic<Tcp> m_tcpMode{Tcp::Forward};
    std::atomic<int> m_delayMs{0};
    std::atomic<int> m_wrongIds{3};
    std::atomic<int> m_udpQueries{0};
    std::atomic<int> m_tcpConnections{0};
    std::atomic<bool> m_stopping{false};
    int m_udp = -1;
    int m_tcp = -1;
    quint16 m_port = 0;
    std::thread m_thread;
};

} // namespace danewerk::tests
