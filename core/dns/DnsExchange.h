#pragma once

#include "core/dns/DnsResponse.h"
#include "core/dns/DnsServerAddress.h"

#include <QByteArray>
#include <QDeadlineTimer>
#include <QString>

namespace danewerk::core {

// What one exchange with one server produced: the answer's wire bytes or why there is none.
struct DnsExchangeResult {
    DnsResponse::Outcome outcome = DnsResponse::Outcome::Timeout;
    QByteArray wire;
    QString error;
    int ignored = 0; // datagrams dropped because they did not answer our query (wrong ID or question)
};

// One query to one server over plain sockets, bounded by a deadline that every step shares (connect,
// send, each read), so a hostile or slow server can never hold the caller past it.
// ldns' own transport takes the first datagram that arrives as the answer; this one does what RFC 5452 9.1
// asks of a resolver: an answer must come from the server we asked (connected socket), carry our ID, be a
// response and repeat our question, otherwise it is ignored and we keep waiting for the real one.
class DnsExchange {
public:
    DnsExchange(DnsServerAddress server, QByteArray query, QDeadlineTimer deadline);

    // UDP, up to `attempts` sends sharing the remaining time; on a truncated answer (TC=1) the caller
    // retries over TCP.
    [[nodiscard]] DnsExchangeResult overUdp(int attempts) const;
    // TCP (RFC 7766): two-octet length prefix; an answer is read whole or not at all.
    [[nodiscard]] DnsExchangeResult overTcp() const;

    // True when `answer` is a response to `query`: same ID, QR set, one question equal to ours (names
    // compared case-insensitively).
    [[nodiscard]] static bool answers(const QByteArray& query, const QByteArray& answer);
    // TC bit of a response header.
    [[nodiscard]] static bool truncated(const QByteArray& answer);

private:
    int openSocket(int type) const;

    DnsServerAddress m_server;
    QByteArray m_query;
    QDeadlineTimer m_deadline;
};

} // namespace danewerk::core
