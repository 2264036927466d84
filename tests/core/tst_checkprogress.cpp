// Progress events from inside the live check, against the loopback fakes (signed hierarchy, resolver, SMTP
// test servers): the exact sequence per scenario, cancellation that ends a check at once without a verdict,
// several domains at once feeding one tracker (--jobs), and the tracker's per-host lines. Time pinned.

#include "LiveCheckFixture.h"
#include "core/check/MailDomainCheck.h"
#include "core/check/SmtpProber.h"
#include "core/checkrun/CheckProgressTracker.h"
#include "core/checkrun/CheckRunner.h"
#include "core/dns/DnsClient.h"

#include <QElapsedTimer>
#include <QTest>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>

#include <atomic>
#include <mutex>

using namespace danewerk::core;
using namespace danewerk::tests;

namespace {

// Collects events from any thread.
class EventLog {
public:
    void add(const CheckProgressEvent& e) {
        std::lock_guard lock(m_mutex);
        m_lines << e.toString();
    }
    QStringList lines() const {
        std::lock_guard lock(m_mutex);
        return m_lines;
    }

private:
    mutable std::mutex m_mutex;
    QStringList m_lines;
};

// 0: DNS steps of the checking thread, 1: SMTP sessions (probe threads), 2: decisions after all sessions.
int phaseOf(const QString& line) {
    const QString kind = line.section(QLatin1Char(' '), 0, 0);
    if (kind == QLatin1String("address-started") || kind == QLatin1String("tls-step") ||
        kind == QLatin1String("address-finished"))
        return 1;
    if (kind == QLatin1String("host-finished") || kind == QLatin1String("domain-finished") ||
        kind == QLatin1String("domain-cancelled"))
        return 2;
    return 0;
}

// The events of one address session (host and address), or of the checking thread (empty key).
QStringList eventsOf(const QStringList& lines, const QString& key) {
    QStringList out;
    for (const QString& line : lines) {
        const bool session = phaseOf(line) == 1;
        const QString lineKey = session ? line.section(QLatin1Char(' '), 1, 2) : QString();
        if (lineKey == key)
            out << line;
    }
    return out;
}

} // namespace

class tst_CheckProgress : public QObject {
    Q_OBJECT

private:
    const QDateTime m_now = QDateTime(QDate(2026, 11, 29), QTime(6, 0), Qt::UTC);
    std::unique_ptr<LiveCheckFixture> m_fixture;

    CheckRunSettings runSettings() const {
        CheckRunSettings s;
        s.resolvers = {m_fixture->resolver()};
        s.trustAnchorFile = m_fixture->anchorFile();
        s.smtpPort = m_fixture->smtpPort();
        s.timeoutMs = 2000;
        s.ehloName = QStringLiteral("checker.test");
        s.now = m_now;
        return s;
    }

private slots:
    void initTestCase() {
        m_fixture = std::make_unique<LiveCheckFixture>(m_now);
        const QString error = m_fixture->setUp();
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void eventSequence_data() {
        QTest::addColumn<QString>("domain");
        QTest::addColumn<QStringList>("expected");
        const QStringList tls{"connect", "banner", "ehlo", "starttls", "handshake"};
        const auto session = [](const QString& host, const QString& address, const QStringList& steps,
                                const QString& status) {
            QStringList out{QStringLiteral("address-started %1 %2").arg(host, address)};
            for (const QString& step : steps)
                out << QStringLiteral("tls-step %1 %2 %3").arg(host, address, step);
            out << QStringLiteral("address-finished %1 %2 %3").arg(host, address, status);
            return out;
        };
        QTest::newRow("DANE-EE, one host, both key types asked for")
            << "ee.test."
            << QStringList{"domain-started ee.test.", "mx-resolved ee.test. count=1 secure", "host-started mx.ee.test.",
                           "host-resolved mx.ee.test. count=1 secure", "tlsa-lookup mx.ee.test. _25._tcp.mx.ee.test."} +
                   session("mx.ee.test.", "127.0.0.2", tls + QStringList{"second-key-type"}, "authenticated") +
                   QStringList{"host-finished mx.ee.test. authenticated",
                               "domain-finished ee.test. dane-authenticated"};
        QTest::newRow("two hosts, one without TLSA")
            << "partial.test."
            << QStringList{"domain-started partial.test.",
                           "mx-resolved partial.test. count=2 secure",
                           "host-started mx1.partial.test.",
                           "host-resolved mx1.partial.test. count=1 secure",
                           "tlsa-lookup mx1.partial.test. _25._tcp.mx1.partial.test.",
                           "host-started mx2.partial.test.",
                           "host-resolved mx2.partial.test. count=1 secure",
                           "tlsa-lookup mx2.partial.test. _25._tcp.mx2.partial.test."} +
                   session("mx1.partial.test.", "127.0.0.2", tls + QStringList{"second-key-type"}, "authenticated") +
                   session("mx2.partial.test.", "127.0.0.2", tls, "no-tlsa") +
                   QStringList{"host-finished mx1.partial.test. authenticated",
                               "host-finished mx2.partial.test. no-tlsa", "domain-finished partial.test. dane-partial"};
        QTest::newRow("STARTTLS missing: the session stops after EHLO")
            << "nostarttls.test."
            << QStringList{"domain-started nostarttls.test.", "mx-resolved nostarttls.test. count=1 secure",
                           "host-started mx.nostarttls.test.", "host-resolved mx.nostarttls.test. count=1 secure",
                           "tlsa-lookup mx.nostarttls.test. _25._tcp.mx.nostarttls.test."} +
                   session("mx.nostarttls.test.", "127.0.0.3", {"connect", "banner", "ehlo"}, "starttls-missing") +
                   QStringList{"host-finished mx.nostarttls.test. starttls-missing",
                               "domain-finished nostarttls.test. dane-failed"};
        QTest::newRow("insecure addresses: no TLSA lookup, opportunistic TLS")
            << "insecure.test."
            << QStringList{"domain-started insecure.test.", "mx-resolved insecure.test. count=1 insecure",
                           "host-started mx.insecure.test.", "host-resolved mx.insecure.test. count=1 insecure"} +
                   session("mx.insecure.test.", "127.0.0.2", tls, "insecure") +
                   QStringList{"host-finished mx.insecure.test. insecure",
                               "domain-finished insecure.test. not-applicable"};
        QTest::newRow("null MX: no hosts")
            << "nullmx.test."
            << QStringList{"domain-started nullmx.test.", "mx-resolved nullmx.test. count=0 secure",
                           "domain-finished nullmx.test. no-mx"};
        QTest::newRow("bogus MX: no hosts")
            << "expired.test."
            << QStringList{"domain-started expired.test.", "mx-resolved expired.test. count=0 bogus",
                           "domain-finished expired.test. dnssec-bogus"};
    }

    void eventSequence() {
        QFETCH(QString, domain);
        QFETCH(QStringList, expected);
        EventLog log;
        MailCheckOptions o = m_fixture->checkOptions();
        o.observer.progress = [&log](const CheckProgressEvent& e) { log.add(e); };
        DnsClient dns(m_fixture->dnsOptions());
        LiveSmtpProber smtp;
        const MailDomainResult r = MailDomainCheck(o, dns, smtp).run(domain);
        QVERIFY(!r.cancelled);
        const QStringList actual = log.lines();
        // The checking thread's own events in exactly this order; each SMTP session's events in exactly its
        // order (sessions run concurrently, so they may interleave with each other); phases never go back.
        QCOMPARE(eventsOf(actual, {}), eventsOf(expected, {}));
        QSet<QString> sessions;
        for (const QString& line : expected)
            if (phaseOf(line) == 1)
                sessions.insert(line.section(QLatin1Char(' '), 1, 2));
        for (const QString& key : std::as_const(sessions))
            QCOMPARE(eventsOf(actual, key), eventsOf(expected, key));
        QCOMPARE(actual.size(), expected.size());
        for (int i = 1; i < actual.size(); ++i)
            QVERIFY2(phaseOf(actual[i - 1]) <= phaseOf(actual[i]), qPrintable(actual.join('\n')));
        QCOMPARE(actual.last(), QStringLiteral("domain-finished %1 %2").arg(domain, r.verdict));
    }

    void cancelEndsTheCheckWithoutVerdict_data() {
        QTest::addColumn<QString>("domain");
        QTest::addColumn<QString>("cancelAt"); // the first event whose line starts so
        QTest::newRow("after the MX lookup") << "partial.test."
                                             << "mx-resolved";
        QTest::newRow("between the hosts' DNS steps") << "partial.test."
                                                      << "host-started mx2.partial.test.";
        QTest::newRow("inside an SMTP session") << "ee.test."
                                                << "tls-step mx.ee.test. 127.0.0.2 ehlo";
    }

    void cancelEndsTheCheckWithoutVerdict() {
        QFETCH(QString, domain);
        QFETCH(QString, cancelAt);
        EventLog log;
        std::atomic<bool> stop{false};
        MailCheckOptions o = m_fixture->checkOptions();
        o.observer.cancelled = [&stop] { return stop.load(); };
        o.observer.progress = [&](const CheckProgressEvent& e) {
            log.add(e);
            if (e.toString().startsWith(cancelAt))
                stop = true;
        };
        DnsClient dns(m_fixture->dnsOptions());
        LiveSmtpProber smtp;
        const int queriesBefore = m_fixture->dns().queries();
        QElapsedTimer clock;
        clock.start();
        const MailDomainResult r = MailDomainCheck(o, dns, smtp).run(domain);
        QVERIFY2(clock.elapsed() < 1500, qPrintable(QString::number(clock.elapsed())));
        QVERIFY(r.cancelled);
        QVERIFY(r.verdict.isEmpty());
        const QStringList lines = log.lines();
        QCOMPARE(lines.last(), QStringLiteral("domain-cancelled %1").arg(domain));
        for (const QString& line : lines) {
            QVERIFY2(!line.startsWith(QLatin1String("domain-finished")), qPrintable(line));
            QVERIFY2(!line.startsWith(QLatin1String("host-finished")), qPrintable(line));
            QVERIFY2(!line.startsWith(QLatin1String("address-finished")), qPrintable(line));
        }
        // Nothing after the cancel point asks the resolver again: the queries stop with the check.
        const int queries = m_fixture->dns().queries() - queriesBefore;
        QVERIFY(queries > 0);
        stop = false;
        const int queriesAfter = m_fixture->dns().queries();
        QTest::qWait(50);
        QCOMPARE(m_fixture->dns().queries(), queriesAfter);

        // Through the runner (what the GUI and the CLI call): an error, never a result.
        CheckRunSettings settings = runSettings();
        std::atomic<bool> stopRunner{true};
        settings.observer.cancelled = [&stopRunner] { return stopRunner.load(); };
        const auto runner = CheckRunner::create(settings);
        QVERIFY(runner.ok());
        const auto result = runner->run(domain);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, QStringLiteral("CHECK_CANCELLED"));
    }

    void severalDomainsAtOnceFeedOneTracker() {
        const QStringList domains{"ee.test.",     "partial.test.",  "nullmx.test.", "ta.test.",
                                  "notlsa.test.", "mismatch.test.", "expired.test."};
        CheckProgressTracker tracker;
        tracker.start(domains);
        EventLog log;
        CheckRunSettings settings = runSettings();
        settings.observer.progress = [&](const CheckProgressEvent& e) {
            tracker.record(e);
            log.add(e);
        };
        const auto runner = CheckRunner::create(settings);
        QVERIFY(runner.ok());
        QThreadPool pool;
        pool.setMaxThreadCount(4);
        const QList<bool> ok = QtConcurrent::blockingMapped(
            &pool, domains, std::function<bool(const QString&)>([&](const QString& d) { return runner->run(d).ok(); }));
        QCOMPARE(ok, QList<bool>(domains.size(), true));
        const CheckProgressTracker::Snapshot s = tracker.snapshot();
        // ee 1, partial 2, nullmx 0 (one unit), ta 1, notlsa 1, mismatch 1, expired 0 (one unit)
        QCOMPARE(s.total, 8);
        QCOMPARE(s.done, 8);
        QCOMPARE(s.domainsFinished, int(domains.size()));
        QCOMPARE(s.domainsCancelled, 0);
        QCOMPARE(s.hosts.size(), 6);
        QVERIFY2(s.activeLines().isEmpty(), qPrintable(s.activeLines().join('\n')));
        for (const CheckProgressTracker::HostProgress& h : s.hosts)
            QCOMPARE(h.addressesDone, h.addresses);
        // Every domain's own events start and end as they should, whatever ran beside them.
        const QStringList lines = log.lines();
        for (const QString& d : domains) {
            QStringList own;
            for (const QString& line : lines)
                if (line.section(QLatin1Char(' '), 1, 1).endsWith(d))
                    own << line;
            QCOMPARE(own.first(), QStringLiteral("domain-started ") + d);
            QVERIFY2(own.last().startsWith(QStringLiteral("domain-finished ") + d), qPrintable(own.last()));
        }
    }

    void trackerLines() {
        using K = CheckProgressEvent::Kind;
        CheckProgressTracker tracker;
        tracker.start({"example.org.", "example.net."});
        const auto event = [](K kind, const QString& domain, const QString& host = {}, const QString& address = {},
                              int count = 0, const QString& detail = {}) {
            CheckProgressEvent e;
            e.kind = kind;
            e.domain = domain;
            e.host = host;
            e.address = address;
            e.count = count;
            e.detail = detail;
            return e;
        };
        QCOMPARE(tracker.snapshot().total, 2);
        tracker.record(event(K::DomainStarted, "example.org."));
        tracker.record(event(K::MxResolved, "example.org.", {}, {}, 3, "secure"));
        QCOMPARE(tracker.snapshot().total, 4);
        tracker.record(event(K::HostStarted, "example.org.", "mx1.example.org."));
        QCOMPARE(tracker.snapshot().activeLines(), QStringList{"mx1.example.org.: looking up addresses"});
        tracker.record(event(K::HostResolved, "example.org.", "mx1.example.org.", {}, 3, "secure"));
        tracker.record(event(K::TlsaLookup, "example.org.", "mx1.example.org.", {}, 0, "_25._tcp.mx1.example.org."));
        QCOMPARE(tracker.snapshot().activeLines(),
                 QStringList{"mx1.example.org.: 0 of 3 address(es), looking up TLSA"});
        for (const char* a : {"192.0.2.1", "192.0.2.2"}) {
            tracker.record(event(K::AddressStarted, "example.org.", "mx1.example.org.", a));
            tracker.record(event(K::AddressFinished, "example.org.", "mx1.example.org.", a, 0, "authenticated"));
        }
        tracker.record(event(K::TlsStep, "example.org.", "mx1.example.org.", "2001:db8::1", 0, "starttls"));
        QCOMPARE(tracker.snapshot().activeLines(),
                 QStringList{"mx1.example.org.: 2 of 3 address(es), 2001:db8::1 starttls"});
        tracker.record(event(K::AddressFinished, "example.org.", "mx1.example.org.", "2001:db8::1", 0, "unreachable"));
        tracker.record(event(K::HostFinished, "example.org.", "mx1.example.org.", {}, 0, "authenticated"));
        QCOMPARE(tracker.snapshot().done, 1);
        QVERIFY(tracker.snapshot().activeLines().isEmpty());
        tracker.record(event(K::HostStarted, "example.org.", "mx2.example.org."));
        tracker.record(event(K::HostResolved, "example.org.", "mx2.example.org.", {}, 1, "secure"));
        QCOMPARE(tracker.snapshot().activeLines(), QStringList{"mx2.example.org.: 0 of 1 address(es)"});
        tracker.record(event(K::DomainCancelled, "example.org."));
        QVERIFY(tracker.snapshot().activeLines().isEmpty());
        QCOMPARE(tracker.snapshot().domainsCancelled, 1);
        QCOMPARE(tracker.snapshot().done, 1);
        tracker.record(event(K::DomainFinished, "example.net.", {}, {}, 0, "no-mx"));
        QCOMPARE(tracker.snapshot().done, 2);
        QCOMPARE(tracker.snapshot().total, 4);
    }
};

QTEST_GUILESS_MAIN(tst_CheckProgress)
#include "tst_checkprogress.moc"
