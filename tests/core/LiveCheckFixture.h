#pragma once

// One world for the live-check tests: a signed hierarchy (root -> test. -> one zone per scenario), an
// in-process resolver serving it, certificates, and SMTP test servers on loopback addresses sharing one
// port (127.0.0.2 good, .3 without STARTTLS, .4 garbage instead of TLS, .5 nobody, .6 RSA+ECDSA,
// .7 expired leaf, .8 refuses STARTTLS, ::1 good). Used by the engine tests and by the CLI test.

#include "FakeDnsResolver.h"
#include "LiveTestCertificates.h"
#include "SignedHierarchy.h"
#include "core/check/MailDomainCheck.h"
#include "core/check/ValidationTrustAnchors.h"
#include "core/dns/DnsClient.h"
#include "core/smtp/SmtpTestServer.h"

#include <QMap>
#include <QTemporaryDir>

#include <memory>
#include <vector>

namespace danewerk::tests {

struct LiveScenario {
    QString domain;
    QString verdict;
    QMap<QString, QString> hosts; // host -> status
    QString finding;              // a finding code that must be present (optional)
};

} // namespace danewerk::tests

Q_DECLARE_METATYPE(danewerk::tests::LiveScenario)

namespace danewerk::tests {

class LiveCheckFixture {
public:
    explicit LiveCheckFixture(QDateTime now) : m_now(std::move(now)) {}

    QString setUp() {
        if (!m_dir.isValid())
            return QStringLiteral("no temporary directory");
        const QDateTime from = m_now.addDays(-30);
        m_ca = issueCertificate("Fixture CA", {}, m_caKey.key, nullptr, nullptr, true, from, m_now.addDays(900), 1);
        const QStringList names{"mx.ee.test",       "mx.ta.test",       "mx.agility.test",    "mx.v6.test",
                                "mx.unusable.test", "mx.mismatch.test", "mx1.partial.test",   "mx.dual.test",
                                "mx.dualok.test",   "implicit.test",    "mx.servfail.test",   "mx.timeout.test",
                                "mx.notlsa.test",   "mx.notlsa3.test",  "mx.certexpired.test"};
        m_leaf =
            issueCertificate("mx.ee.test", names, m_rsaKey.key, &m_ca, m_caKey.key, false, from, m_now.addDays(300), 2);
        m_ecLeaf =
            issueCertificate("mx.ee.test", names, m_ecKey.key, &m_ca, m_caKey.key, false, from, m_now.addDays(300), 3);
        m_expiredLeaf = issueCertificate("mx.certexpired.test", names, m_rsaKey.key, &m_ca, m_caKey.key, false, from,
                                         m_now.addDays(-2), 4);
        const QString rsaChain = m_dir.filePath("rsa.pem");
        const QString ecChain = m_dir.filePath("ec.pem");
        const QString expiredChain = m_dir.filePath("expired.pem");
        const QString rsaKey = m_dir.filePath("rsa.key");
        const QString ecKey = m_dir.filePath("ec.key");
        if (!writePem(rsaChain, m_leaf.pem() + m_ca.pem()) || !writePem(ecChain, m_ecLeaf.pem() + m_ca.pem()) ||
            !writePem(expiredChain, m_expiredLeaf.pem() + m_ca.pem()) || !writePem(rsaKey, keyPem(m_rsaKey.key)) ||
            !writePem(ecKey, keyPem(m_ecKey.key)))
            return QStringLiteral("cannot write certificates");

        const auto startServer = [&](const QString& address, quint16 port, auto configure) -> QString {
            core::SmtpTestServerConfig config;
            config.address = address;
            config.port = port;
            config.certificateChainFile = rsaChain;
            config.privateKeyFile = rsaKey;
            config.idleTimeoutMs = 5000;
            configure(config);
            auto server = std::make_unique<core::SmtpTestServer>(config);
            const auto started = server->start();
            if (!started.ok())
                return started.error().message;
            m_port = *started;
            m_servers.push_back(std::move(server));
            return {};
        };
        QString error = startServer("127.0.0.2", 0, [](core::SmtpTestServerConfig&) {});
        const quint16 port = m_port;
        if (error.isEmpty())
            error = startServer("127.0.0.3", port, [](core::SmtpTestServerConfig& c) { c.offerStartTls = false; });
        if (error.isEmpty())
            error = startServer("127.0.0.4", port, [](core::SmtpTestServerConfig& c) {
                c.behaviour = core::SmtpTestBehaviour::GarbageAfterStartTls;
            });
        if (error.isEmpty())
            error = startServer("127.0.0.6", port, [&](core::SmtpTestServerConfig& c) {
                c.secondCertificateChainFile = ecChain;
                c.secondPrivateKeyFile = ecKey;
            });
        if (error.isEmpty())
            error = startServer("127.0.0.7", port,
                                [&](core::SmtpTestServerConfig& c) { c.certificateChainFile = expiredChain; });
        if (error.isEmpty())
            error = startServer("127.0.0.8", port, [](core::SmtpTestServerConfig& c) {
                c.behaviour = core::SmtpTestBehaviour::RejectStartTls;
            });
        if (error.isEmpty())
            error = startServer("::1", port, [](core::SmtpTestServerConfig&) {});
        if (!error.isEmpty())
            return error;

        const QString leaf311 = QString::fromLatin1(sha256(m_leaf.spki()).toHex());
        const QString ec311 = QString::fromLatin1(sha256(m_ecLeaf.spki()).toHex());
        const QString ca211 = QString::fromLatin1(sha256(m_ca.spki()).toHex());
        const QString wrong311 = QString(64, QLatin1Char('e'));
        const QString wrong312 = QString(128, QLatin1Char('f'));
        const QString next311 = QString(64, QLatin1Char('a'));
        const auto mx = [](const QString& address, const QString& tlsa) {
            return QStringLiteral("@ MX 10 mx\nmx A %1\n").arg(address) +
                   (tlsa.isEmpty() ? QString() : QStringLiteral("_25._tcp.mx TLSA %1\n").arg(tlsa));
        };
        m_hierarchy = std::make_unique<SignedHierarchy>(m_now);
        m_hierarchy->addZone({".", ""});
        m_hierarchy->addZone({"test.", ""});
        m_hierarchy->addZone({"ee.test.", mx("127.0.0.2", "3 1 1 " + leaf311)});
        m_hierarchy->addZone({"ta.test.", mx("127.0.0.2", "2 1 1 " + ca211) + "_25._tcp.mx TLSA 3 1 1 " + leaf311});
        m_hierarchy->addZone({"mismatch.test.", mx("127.0.0.2", "3 1 1 " + wrong311)});
        m_hierarchy->addZone({"name.test.", mx("127.0.0.2", "2 1 1 " + ca211)});
        m_hierarchy->addZone({"nostarttls.test.", mx("127.0.0.3", "3 1 1 " + leaf311)});
        m_hierarchy->addZone({"refused.test.", mx("127.0.0.8", "3 1 1 " + leaf311)});
        m_hierarchy->addZone(
            {"tlsacname.test.", "@ MX 10 mx\nmx A 127.0.0.2\n_25._tcp.mx CNAME _25._tcp.mx.ee.test.\n"});
        m_hierarchy->addZone(
            {"manymx.test.",
             "@ MX 0 m0\nm0 A 127.0.0.5\n@ MX 1 m1\nm1 A 127.0.0.5\n@ MX 2 m2\nm2 A 127.0.0.5\n@ MX 3 m3\nm3 A "
             "127.0.0.5\n@ MX 4 m4\nm4 A 127.0.0.5\n@ MX 5 m5\nm5 A 127.0.0.5\n@ MX 6 m6\nm6 A 127.0.0.5\n@ MX 7 "
             "m7\nm7 A 127.0.0.5\n@ MX 8 m8\nm8 A 127.0.0.5\n@ MX 9 m9\nm9 A 127.0.0.5\n@ MX 10 m10\nm10 A "
             "127.0.0.5\n@ MX 11 m11\nm11 A 127.0.0.5\n@ MX 12 m12\nm12 A 127.0.0.5\n@ MX 13 m13\nm13 A 127.0.0.5\n@ "
             "MX 14 m14\nm14 A 127.0.0.5\n@ MX 15 m15\nm15 A 127.0.0.5\n@ MX 16 m16\nm16 A 127.0.0.5\n@ MX 17 m17\nm17 "
             "A 127.0.0.5\n@ MX 18 m18\nm18 A 127.0.0.5\n@ MX 19 m19\nm19 A 127.0.0.5\n"});
        m_hierarchy->addZone({"tlsfail.test.", mx("127.0.0.4", "3 1 1 " + leaf311)});
        m_hierarchy->addZone({"unusable.test.", mx("127.0.0.2", "1 1 1 " + leaf311)});
        m_hierarchy->addZone({"notlsa.test.", mx("127.0.0.2", "")});
        m_hierarchy->addZone({"notlsa3.test.", mx("127.0.0.2", ""), true, true, 0});
        m_hierarchy->addZone({"insecure.test.", mx("127.0.0.2", "3 1 1 " + leaf311), false});
        m_hierarchy->addZone({"expired.test.", mx("127.0.0.2", "3 1 1 " + leaf311), true, false, 0, true});
        m_hierarchy->addZone({"wrongds.test.", mx("127.0.0.2", "3 1 1 " + leaf311), true, false, 0, false, true});
        m_hierarchy->addZone({"bogushost.test.", "@ MX 10 mx.expired.test.\n"});
        m_hierarchy->addZone({"servfail.test.", mx("127.0.0.2", "3 1 1 " + leaf311)});
        m_hierarchy->addZone({"timeout.test.", mx("127.0.0.2", "3 1 1 " + leaf311)});
        m_hierarchy->addZone({"unreachable.test.", mx("127.0.0.5", "3 1 1 " + leaf311)});
        m_hierarchy->addZone({"cname.test.", "@ MX 10 mx\nmx CNAME mx.ee.test.\n"});
        m_hierarchy->addZone(
            {"cnamefallback.test.", "@ MX 10 mx\nmx CNAME mx.notlsa.test.\n_25._tcp.mx TLSA 3 1 1 " + leaf311 + "\n"});
        m_hierarchy->addZone({"cnameinsecure.test.",
                              "@ MX 10 mx\nmx CNAME mx.insecure.test.\n_25._tcp.mx TLSA 3 1 1 " + leaf311 + "\n"});
        m_hierarchy->addZone({"nullmx.test.", "@ MX 0 .\n"});
        m_hierarchy->addZone({"v6.test.", "@ MX 10 mx\nmx AAAA ::1\n_25._tcp.mx TLSA 3 1 1 " + leaf311 + "\n"});
        m_hierarchy->addZone(
            {"agility.test.", mx("127.0.0.2", "3 1 1 " + leaf311) + "_25._tcp.mx TLSA 3 1 2 " + wrong312});
        m_hierarchy->addZone({"partial.test.", "@ MX 10 mx1\n@ MX 20 mx2\nmx1 A 127.0.0.2\nmx2 A 127.0.0.2\n"
                                               "_25._tcp.mx1 TLSA 3 1 1 " +
                                                   leaf311 + "\n_25._tcp.mx1 TLSA 3 1 1 " + next311 + "\n"});
        m_hierarchy->addZone({"dual.test.", mx("127.0.0.6", "3 1 1 " + leaf311)});
        m_hierarchy->addZone({"dualok.test.", mx("127.0.0.6", "3 1 1 " + leaf311) + "_25._tcp.mx TLSA 3 1 1 " + ec311});
        m_hierarchy->addZone({"certexpired.test.", mx("127.0.0.7", "2 1 1 " + ca211)});
        m_hierarchy->addZone({"implicit.test.", "@ A 127.0.0.2\n_25._tcp TLSA 3 1 1 " + leaf311 + "\n"});
        error = m_hierarchy->build();
        if (!error.isEmpty())
            return error;
        m_resolver = std::make_unique<FakeDnsResolver>(m_hierarchy->zones());
        if (!m_resolver->start())
            return QStringLiteral("cannot start the DNS responder");
        m_resolver->servfail("_25._tcp.mx.servfail.test./TLSA");
        m_resolver->drop("_25._tcp.mx.timeout.test./TLSA");
        m_anchorFile = m_dir.filePath("root.key");
        if (!writePem(m_anchorFile, m_hierarchy->trustAnchorText().toLatin1()))
            return QStringLiteral("cannot write the trust anchor");
        return {};
    }

    static QList<LiveScenario> scenarios() {
        return {
            {"ee.test.", "dane-authenticated", {{"mx.ee.test.", "authenticated"}}, "TLSA_NO_ROLLOVER_RECORD"},
            {"ta.test.", "dane-authenticated", {{"mx.ta.test.", "authenticated"}}, ""},
            {"mismatch.test.", "dane-failed", {{"mx.mismatch.test.", "tlsa-mismatch"}}, "TLSA_NO_MATCH"},
            {"name.test.", "dane-failed", {{"mx.name.test.", "name-mismatch"}}, "DANE_TA_NAME_MISMATCH"},
            {"nostarttls.test.", "dane-failed", {{"mx.nostarttls.test.", "starttls-missing"}}, "STARTTLS_NOT_OFFERED"},
            {"refused.test.", "dane-failed", {{"mx.refused.test.", "smtp-failed"}}, "STARTTLS_REFUSED"},
            {"tlsacname.test.", "dane-authenticated", {{"mx.tlsacname.test.", "authenticated"}}, ""},
            {"manymx.test.", "unreachable", {{"m0.manymx.test.", "unreachable"}}, "MX_TOO_MANY"},
            {"tlsfail.test.", "dane-failed", {{"mx.tlsfail.test.", "tls-failed"}}, "TLS_HANDSHAKE_FAILED"},
            {"unusable.test.", "not-applicable", {{"mx.unusable.test.", "tlsa-unusable"}}, "TLSA_USAGE_PKIX_FOR_SMTP"},
            {"notlsa.test.", "not-applicable", {{"mx.notlsa.test.", "no-tlsa"}}, "TLSA_NONE"},
            {"notlsa3.test.", "not-applicable", {{"mx.notlsa3.test.", "no-tlsa"}}, "TLSA_NONE"},
            {"insecure.test.", "not-applicable", {{"mx.insecure.test.", "insecure"}}, "MX_INSECURE"},
            {"expired.test.", "dnssec-bogus", {}, "RRSIG_EXPIRED"},
            {"wrongds.test.", "dnssec-bogus", {}, "DS_NO_MATCHING_DNSKEY"},
            {"bogushost.test.", "dane-failed", {{"mx.expired.test.", "bogus"}}, "ADDRESS_BOGUS"},
            {"servfail.test.", "dane-failed", {{"mx.servfail.test.", "lookup-failed"}}, "TLSA_LOOKUP_FAILED"},
            {"timeout.test.", "dane-failed", {{"mx.timeout.test.", "lookup-failed"}}, "TLSA_LOOKUP_FAILED"},
            {"unreachable.test.", "unreachable", {{"mx.unreachable.test.", "unreachable"}}, "HOST_UNREACHABLE"},
            {"cname.test.", "dane-authenticated", {{"mx.cname.test.", "authenticated"}}, ""},
            {"cnamefallback.test.", "dane-authenticated", {{"mx.cnamefallback.test.", "authenticated"}}, ""},
            {"cnameinsecure.test.", "dane-authenticated", {{"mx.cnameinsecure.test.", "authenticated"}}, ""},
            {"nullmx.test.", "no-mx", {}, ""},
            {"v6.test.", "dane-authenticated", {{"mx.v6.test.", "authenticated"}}, ""},
            {"agility.test.",
             "dane-failed",
             {{"mx.agility.test.", "tlsa-mismatch"}},
             "TLSA_DIGEST_AGILITY_HIDES_MATCH"},
            {"partial.test.",
             "dane-partial",
             {{"mx1.partial.test.", "authenticated"}, {"mx2.partial.test.", "no-tlsa"}},
             "MX_NOT_ALL_PROTECTED"},
            {"dual.test.", "dane-failed", {{"mx.dual.test.", "tlsa-mismatch"}}, "TLSA_NO_MATCH"},
            {"dualok.test.", "dane-authenticated", {{"mx.dualok.test.", "authenticated"}}, ""},
            {"certexpired.test.", "dane-failed", {{"mx.certexpired.test.", "cert-expired"}}, "CERT_EXPIRED"},
            {"implicit.test.", "dane-authenticated", {{"implicit.test.", "authenticated"}}, "MX_IMPLICIT"},
            {"nosuch.test.", "unreachable", {}, "DOMAIN_NXDOMAIN"},
            {"nosuch.insecure.test.", "unreachable", {}, "DOMAIN_NXDOMAIN"},
        };
    }

    // Options for checks against this world at its pinned time: its trust anchor, SMTP port and resolver.
    core::MailCheckOptions checkOptions() const {
        core::MailCheckOptions o;
        o.now = m_now;
        o.anchors = core::ValidationTrustAnchors::fromText(anchorText()).value();
        o.smtpPort = smtpPort();
        o.ehloName = QStringLiteral("checker.test");
        o.timeoutMs = 4000; // generous: CI machines are loaded; only the timeout scenarios wait this long
        return o;
    }
    core::DnsClientOptions dnsOptions() const {
        core::DnsClientOptions o;
        o.servers = {core::parseDnsServerAddress(resolver()).value()};
        o.timeoutMs = 2000;
        o.retries = 0;
        return o;
    }

    quint16 smtpPort() const { return m_port; }
    QString resolver() const { return m_resolver->address(); }
    QString anchorFile() const { return m_anchorFile; }
    QString anchorText() const { return m_hierarchy->trustAnchorText(); }
    QString dir() const { return m_dir.path(); }
    FakeDnsResolver& dns() { return *m_resolver; }

private:
    QDateTime m_now;
    QTemporaryDir m_dir;
    TestKey m_caKey{false};
    TestKey m_rsaKey{false};
    TestKey m_ecKey{true};
    TestCert m_ca, m_leaf, m_ecLeaf, m_expiredLeaf;
    std::vector<std::unique_ptr<core::SmtpTestServer>> m_servers;
    std::unique_ptr<SignedHierarchy> m_hierarchy;
    std::unique_ptr<FakeDnsResolver> m_resolver;
    QString m_anchorFile;
    quint16 m_port = 0;
};

} // namespace danewerk::tests
