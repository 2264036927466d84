#pragma once

// An in-process stand-in for a recursive resolver on 127.0.0.1 (UDP and TCP, random port, own thread):
// answers from SignedHierarchy zones with their RRSIGs, CNAMEs not chased, denials with the zone's SOA and
// every NSEC/NSEC3 record of the zone (a superset of any proof). Answers over 1232 octets come back
// truncated over UDP, so the client's TCP fallback is exercised. Names can be made to SERVFAIL or time out.

#include "SignedHierarchy.h"

#include <QSet>

#include <arpa/inet.h>
#include <atomic>
#include <mutex>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <thread>
#include <unistd.h>

namespace danewerk::tests {

class FakeDnsResolver {
public:
    explicit FakeDnsResolver(const QList<BuiltZone>& zones) : m_zones(zones) {}
    ~FakeDnsResolver() { stop(); }

    // "name." (any type) or "name./TYPE" (e.g. "_25._tcp.mx.x.test./TLSA")
    void servfail(const QString& key) {
        std::lock_guard l(m_mutex);
        m_servfail.insert(key);
    }
    void drop(const QString& key) {
        std::lock_guard l(m_mutex);
        m_drop.insert(key);
    }
    void stripDnssec(bool on) { m_strip = on; }
    // Wildcard answers for this name come without the NSEC/NSEC3 proof that the name itself is absent.
    void omitWildcardProof(const QString& name) {
        std::lock_guard l(m_mutex);
        m_noWildcardProof.insert(name);
    }
    int queries() const { return m_queries.load(); }

    bool start() {
        sockaddr_in addr{};
        addr.sin_family = AF_INET;
        addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        for (int attempt = 0; attempt < 20; ++attempt) {
            m_udp = ::socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0);
            addr.sin_port = 0;
            if (::bind(m_udp, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0)
                return false;
            socklen_t len = sizeof addr;
            ::getsockname(m_udp, reinterpret_cast<sockaddr*>(&addr), &len);
            m_tcp = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
            const int one = 1;
            ::setsockopt(m_tcp, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
            if (::bind(m_tcp, reinterpret_cast<sockaddr*>(&addr), sizeof addr) == 0 && ::listen(m_tcp, 16) == 0) {
                m_port = ntohs(addr.sin_port);
                m_thread = std::thread([this] { loop(); });
                return true;
            }
            ::close(m_udp);
            ::close(m_tcp);
        }
        return false;
    }
    void stop() {
        if (m_stopping.exchange(true))
            return;
        if (m_thread.joinable())
            m_thread.join();
        ::close(m_udp);
        ::close(m_tcp);
    }
    quint16 port() const { return m_port; }
    QString address() const { return QStringLiteral("127.0.0.1#%1").arg(m_port); }

private:
    void loop() {
        while (!m_stopping.load()) {
            pollfd fds[2] = {{m_udp, POLLIN, 0}, {m_tcp, POLLIN, 0}};
            if (::poll(fds, 2, 100) <= 0)
                continue;
            if (fds[0].revents & POLLIN) {
                unsigned char buffer[4096];
                sockaddr_storage from{};
                socklen_t fromLen = sizeof from;
                const ssize_t n =
                    ::recvfrom(m_udp, buffer, sizeof buffer, 0, reinterpret_cast<sockaddr*>(&from), &fromLen);
                if (n > 0) {
                    QByteArray reply = respond(QByteArray(reinterpret_cast<char*>(buffer), int(n)), true);
                    if (!reply.isEmpty())
                        ::sendto(m_udp, reply.constData(), size_t(reply.size()), 0, reinterpret_cast<sockaddr*>(&from),
                                 fromLen);
                }
            }
            if (fds[1].revents & POLLIN) {
                const int fd = ::accept4(m_tcp, nullptr, nullptr, SOCK_CLOEXEC);
                if (fd >= 0) {
                    serveTcp(fd);
                    ::close(fd);
                }
            }
        }
    }

    void serveTcp(int fd) {
        timeval tv{2, 0};
        ::setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
        while (true) {
            unsigned char lengthBytes[2];
            if (::recv(fd, lengthBytes, 2, MSG_WAITALL) != 2)
                return;
            const int length = (lengthBytes[0] << 8) | lengthBytes[1];
            QByteArray query(length, 0);
            if (::recv(fd, query.data(), size_t(length), MSG_WAITALL) != length)
                return;
            const QByteArray reply = respond(query, false);
            if (reply.isEmpty())
                return;
            QByteArray framed;
            framed.append(char(reply.size() >> 8)).append(char(reply.size() & 0xff)).append(reply);
            ::send(fd, framed.constData(), size_t(framed.size()), MSG_NOSIGNAL);
        }
    }

    static QString nameOf(const ldns_rdf* rdf) {
        char* text = ldns_rdf2str(rdf);
        QString name = QString::fromLatin1(text).toLower();
        free(text);
        return name;
    }
    static bool under(const QString& name, const QString& apex) {
        return apex == QLatin1String(".") || name == apex || name.endsWith(QLatin1Char('.') + apex);
    }

    QByteArray respond(const QByteArray& wire, bool udp) {
        ++m_queries;
        ldns_pkt* rawQuery = nullptr;
        if (ldns_wire2pkt(&rawQuery, reinterpret_cast<const uint8_t*>(wire.constData()), size_t(wire.size())) !=
            LDNS_STATUS_OK)
            return {};
        ldns::PktPtr query(rawQuery);
        const ldns_rr* question = ldns_rr_list_rr(ldns_pkt_question(query.get()), 0);
        const QString qname = nameOf(ldns_rr_owner(question));
        const ldns_rr_type qtype = ldns_rr_get_type(question);
        char* typeText = ldns_rr_type2str(qtype);
        const QString key = qname + QLatin1Char('/') + QString::fromLatin1(typeText);
        free(typeText);
        bool fail = false;
        {
            std::lock_guard l(m_mutex);
            if (m_drop.contains(key) || m_drop.contains(qname))
                return {};
            fail = m_servfail.contains(key) || m_servfail.contains(qname);
        }
        ldns::PktPtr reply(ldns_pkt_new());
        ldns_pkt_set_id(reply.get(), ldns_pkt_id(query.get()));
        ldns_pkt_set_qr(reply.get(), true);
        ldns_pkt_set_rd(reply.get(), ldns_pkt_rd(query.get()));
        ldns_pkt_set_cd(reply.get(), ldns_pkt_cd(query.get()));
        ldns_pkt_set_ra(reply.get(), true);
        ldns_pkt_push_rr(reply.get(), LDNS_SECTION_QUESTION, ldns_rr_clone(question));
        ldns_pkt_set_edns_udp_size(reply.get(), 1232);
        ldns_pkt_set_edns_do(reply.get(), ldns_pkt_edns_do(query.get()));
        if (fail) {
            ldns_pkt_set_rcode(reply.get(), LDNS_RCODE_SERVFAIL);
        } else {
            fill(reply.get(), qname, qtype);
        }
        uint8_t* out = nullptr;
        size_t size = 0;
        ldns_pkt2wire(&out, reply.get(), &size);
        QByteArray bytes(reinterpret_cast<char*>(out), qsizetype(size));
        free(out);
        if (udp && size > 1232) {
            ldns::PktPtr truncated(ldns_pkt_new());
            ldns_pkt_set_id(truncated.get(), ldns_pkt_id(query.get()));
            ldns_pkt_set_qr(truncated.get(), true);
            ldns_pkt_set_tc(truncated.get(), true);
            ldns_pkt_set_rd(truncated.get(), true);
            ldns_pkt_set_ra(truncated.get(), true);
            ldns_pkt_push_rr(truncated.get(), LDNS_SECTION_QUESTION, ldns_rr_clone(question));
            ldns_pkt2wire(&out, truncated.get(), &size);
            bytes = QByteArray(reinterpret_cast<char*>(out), qsizetype(size));
            free(out);
        }
        return bytes;
    }

    void push(ldns_pkt* reply, ldns_pkt_section section, const ldns_rr* rr) {
        const ldns_rr_type t = ldns_rr_get_type(rr);
        if (m_strip && (t == LDNS_RR_TYPE_RRSIG || t == LDNS_RR_TYPE_NSEC || t == LDNS_RR_TYPE_NSEC3))
            return;
        ldns_pkt_push_rr(reply, section, ldns_rr_clone(rr));
    }

    void fill(ldns_pkt* reply, const QString& qname, ldns_rr_type qtype) {
        // The deepest zone holding the name; DS at an apex belongs to the parent.
        const BuiltZone* zone = nullptr;
        for (const BuiltZone& z : m_zones) {
            if (!under(qname, z.apex))
                continue;
            if (qtype == LDNS_RR_TYPE_DS && qname == z.apex && z.apex != QLatin1String("."))
                continue;
            if (!zone || SignedHierarchy::depth(z.apex) > SignedHierarchy::depth(zone->apex))
                zone = &z;
        }
        if (!zone) {
            ldns_pkt_set_rcode(reply, LDNS_RCODE_REFUSED);
            return;
        }
        const ldns_rr_list* rrs = zone->rrs.get();
        const auto covers = [](const ldns_rr* sig) { return ldns_rdf2rr_type(ldns_rr_rrsig_typecovered(sig)); };
        bool exists = false;
        bool answered = false;
        for (ldns_rr_type wanted : {qtype, LDNS_RR_TYPE_CNAME}) {
            for (size_t i = 0; i < ldns_rr_list_rr_count(rrs); ++i) {
                const ldns_rr* rr = ldns_rr_list_rr(rrs, i);
                const QString owner = nameOf(ldns_rr_owner(rr));
                if (under(owner, qname))
                    exists = true;
                if (owner != qname)
                    continue;
                const ldns_rr_type t = ldns_rr_get_type(rr);
                if (t == wanted || (t == LDNS_RR_TYPE_RRSIG && covers(rr) == wanted)) {
                    push(reply, LDNS_SECTION_ANSWER, rr);
                    answered = true;
                }
            }
            if (answered)
                return;
        }
        const auto pushProofs = [&](bool withSoa) {
            for (size_t i = 0; i < ldns_rr_list_rr_count(rrs); ++i) {
                const ldns_rr* rr = ldns_rr_list_rr(rrs, i);
                const ldns_rr_type t = ldns_rr_get_type(rr);
                const ldns_rr_type covered = t == LDNS_RR_TYPE_RRSIG ? covers(rr) : t;
                if ((withSoa && covered == LDNS_RR_TYPE_SOA) || covered == LDNS_RR_TYPE_NSEC ||
                    covered == LDNS_RR_TYPE_NSEC3)
                    push(reply, LDNS_SECTION_AUTHORITY, rr);
            }
        };
        // Wildcard synthesis (RFC 4592): the answer carries the wildcard's signature and the proof that the
        // name itself does not exist (unless told to leave the proof out).
        if (!exists) {
            for (QString encloser = qname.section(QLatin1Char('.'), 1); under(encloser, zone->apex);
                 encloser = encloser.section(QLatin1Char('.'), 1)) {
                if (encloser.isEmpty())
                    encloser = QStringLiteral(".");
                const QString wildcard = QStringLiteral("*.") + (encloser == QLatin1String(".") ? QString() : encloser);
                bool synthesized = false;
                for (size_t i = 0; i < ldns_rr_list_rr_count(rrs); ++i) {
                    const ldns_rr* rr = ldns_rr_list_rr(rrs, i);
                    const ldns_rr_type t = ldns_rr_get_type(rr);
                    if (nameOf(ldns_rr_owner(rr)) != wildcard ||
                        !(t == qtype || (t == LDNS_RR_TYPE_RRSIG && covers(rr) == qtype)))
                        continue;
                    ldns_rr* copy = ldns_rr_clone(rr);
                    ldns_rdf_deep_free(ldns_rr_owner(copy));
                    ldns_rr_set_owner(copy, ldns_dname_new_frm_str(qname.toLatin1().constData()));
                    ldns_pkt_push_rr(reply, LDNS_SECTION_ANSWER, copy);
                    synthesized = true;
                }
                if (synthesized) {
                    bool withProof = true;
                    {
                        std::lock_guard l(m_mutex);
                        withProof = !m_noWildcardProof.contains(qname);
                    }
                    if (withProof)
                        pushProofs(false);
                    return;
                }
                if (encloser == zone->apex || encloser == QLatin1String("."))
                    break;
            }
        }
        ldns_pkt_set_rcode(reply, exists ? LDNS_RCODE_NOERROR : LDNS_RCODE_NXDOMAIN);
        for (size_t i = 0; i < ldns_rr_list_rr_count(rrs); ++i) {
            const ldns_rr* rr = ldns_rr_list_rr(rrs, i);
            const ldns_rr_type t = ldns_rr_get_type(rr);
            const ldns_rr_type covered = t == LDNS_RR_TYPE_RRSIG ? covers(rr) : t;
            if (covered == LDNS_RR_TYPE_SOA || covered == LDNS_RR_TYPE_NSEC || covered == LDNS_RR_TYPE_NSEC3)
                push(reply, LDNS_SECTION_AUTHORITY, rr);
        }
    }

    QList<BuiltZone> m_zones;
    std::mutex m_mutex;
    QSet<QString> m_servfail;
    QSet<QString> m_drop;
    QSet<QString> m_noWildcardProof;
    std::atomic<bool> m_strip{false};
    std::atomic<bool> m_stopping{false};
    std::atomic<int> m_queries{0};
    int m_udp = -1;
    int m_tcp = -1;
    quint16 m_port = 0;
    std::thread m_thread;
};

} // namespace danewerk::tests
