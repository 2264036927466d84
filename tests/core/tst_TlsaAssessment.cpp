// TLSA judgement beyond the match itself: usability (n of m), rollover readiness, recommendations, digest
// agility, every combination matching, DANE-TA placement. Chains made at test time; time pinned.

#include "LiveTestCertificates.h"
#include "core/check/TlsaAssessment.h"

#include <QTest>

using namespace danewerk::core;
using namespace danewerk::tests;

Q_DECLARE_METATYPE(QList<danewerk::core::TlsaEntry>)

class tst_TlsaAssessment : public QObject {
    Q_OBJECT

private:
    const QDateTime m_now = QDateTime(QDate(2026, 11, 29), QTime(6, 0), Qt::UTC);
    TestKey m_rootKey{true};
    TestKey m_intermediateKey{true};
    TestKey m_leafKey{true};
    TestCert m_root, m_intermediate, m_leaf, m_shortLeaf;

    static TlsaEntry entry(int u, int s, int m, const QByteArray& data) {
        TlsaEntry e;
        e.usage = u;
        e.selector = s;
        e.mtype = m;
        e.data = data;
        e.usable = TlsaAssessment::isUsable(e);
        return e;
    }
    static QStringList codes(const Findings& findings) {
        QStringList out;
        for (const Finding& f : findings)
            out << f.code;
        return out;
    }
    QList<QByteArray> chain(bool shortLived = false) const {
        return {shortLived ? m_shortLeaf.der() : m_leaf.der(), m_intermediate.der(), m_root.der()};
    }

private slots:
    void initTestCase() {
        const QDateTime from = m_now.addDays(-10);
        m_root = issueCertificate("ISRG Root X9", {}, m_rootKey.key, nullptr, nullptr, true, from, m_now.addYears(10),
                                  1, "Internet Security Research Group");
        m_intermediate = issueCertificate("R99", {}, m_intermediateKey.key, &m_root, m_rootKey.key, true, from,
                                          m_now.addYears(2), 2, "Let's Encrypt");
        m_leaf = issueCertificate("mx.example", {"mx.example"}, m_leafKey.key, &m_intermediate, m_intermediateKey.key,
                                  false, from, m_now.addDays(300), 3);
        m_shortLeaf = issueCertificate("mx.example", {"mx.example"}, m_leafKey.key, &m_intermediate,
                                       m_intermediateKey.key, false, from, from.addDays(90), 4);
    }

    void usability_data() {
        QTest::addColumn<int>("usage");
        QTest::addColumn<int>("selector");
        QTest::addColumn<int>("mtype");
        QTest::addColumn<int>("length");
        QTest::addColumn<bool>("usable");
        QTest::newRow("3 1 1") << 3 << 1 << 1 << 32 << true;
        QTest::newRow("2 0 2") << 2 << 0 << 2 << 64 << true;
        QTest::newRow("3 1 0") << 3 << 1 << 0 << 91 << true;
        QTest::newRow("PKIX-TA") << 0 << 1 << 1 << 32 << false;
        QTest::newRow("PKIX-EE") << 1 << 1 << 1 << 32 << false;
        QTest::newRow("unknown usage") << 4 << 1 << 1 << 32 << false;
        QTest::newRow("unknown selector") << 3 << 2 << 1 << 32 << false;
        QTest::newRow("unknown mtype") << 3 << 1 << 3 << 32 << false;
        QTest::newRow("short SHA-256") << 3 << 1 << 1 << 31 << false;
        QTest::newRow("SHA-512 length for SHA-256") << 3 << 1 << 1 << 64 << false;
    }

    void usability() {
        QFETCH(int, usage);
        QFETCH(int, selector);
        QFETCH(int, mtype);
        QFETCH(int, length);
        QFETCH(bool, usable);
        QCOMPARE(TlsaAssessment::isUsable(entry(usage, selector, mtype, QByteArray(length, 'x'))), usable);
    }

    void recordFindings_data() {
        QTest::addColumn<QList<TlsaEntry>>("records");
        QTest::addColumn<QStringList>("present");
        QTest::addColumn<QStringList>("absent");
        const QByteArray a(32, 'a');
        const QByteArray b(32, 'b');
        QTest::newRow("one record") << QList{entry(3, 1, 1, a)} << QStringList{"TLSA_NO_ROLLOVER_RECORD"}
                                    << QStringList{"TLSA_ROLLOVER_SAME_KEY"};
        QTest::newRow("current and next") << QList{entry(3, 1, 1, a), entry(3, 1, 1, b)} << QStringList{}
                                          << QStringList{"TLSA_NO_ROLLOVER_RECORD", "TLSA_ROLLOVER_SAME_KEY"};
        QTest::newRow("next is the same key")
            << QList{entry(3, 1, 1, a), entry(3, 1, 1, a)} << QStringList{"TLSA_ROLLOVER_SAME_KEY"} << QStringList{};
        QTest::newRow("pkix only") << QList{entry(1, 1, 1, a)}
                                   << QStringList{"TLSA_USAGE_PKIX_FOR_SMTP", "TLSA_NONE_USABLE"} << QStringList{};
        QTest::newRow("one of two usable")
            << QList{entry(1, 1, 1, a), entry(3, 1, 1, b)}
            << QStringList{"TLSA_PARTLY_USABLE", "TLSA_USAGE_PKIX_FOR_SMTP"} << QStringList{"TLSA_NONE_USABLE"};
        QTest::newRow("full data") << QList{entry(3, 1, 0, QByteArray(91, 'c')), entry(3, 1, 1, a)}
                                   << QStringList{"TLSA_FULL_DATA"} << QStringList{};
        QTest::newRow("wrong length") << QList{entry(3, 1, 1, QByteArray(20, 'd')), entry(3, 1, 1, a)}
                                      << QStringList{"TLSA_RECORD_UNUSABLE"} << QStringList{};
        QTest::newRow("certificate selector")
            << QList{entry(3, 0, 1, a), entry(3, 0, 1, b)} << QStringList{"TLSA_CERT_SELECTOR"} << QStringList{};
    }

    void recordFindings() {
        QFETCH(QList<TlsaEntry>, records);
        QFETCH(QStringList, present);
        QFETCH(QStringList, absent);
        const QStringList found = codes(TlsaAssessment::recordFindings(records, "mx.example.", "_25._tcp.mx.example."));
        for (const QString& c : present)
            QVERIFY2(found.contains(c), qPrintable(found.join(',')));
        for (const QString& c : absent)
            QVERIFY2(!found.contains(c), qPrintable(found.join(',')));
    }

    void chainFindings_data() {
        QTest::addColumn<QList<TlsaEntry>>("records");
        QTest::addColumn<bool>("shortLived");
        QTest::addColumn<bool>("authenticated");
        QTest::addColumn<QStringList>("present");
        QTest::addColumn<QString>("matched"); // "usage@depth,..."
        const QByteArray leaf = sha256(m_leaf.spki());
        const QByteArray intermediate = sha256(m_intermediate.spki());
        const QByteArray root = sha256(m_root.spki());
        QTest::newRow("3 1 1 and public intermediate")
            << QList{entry(3, 1, 1, leaf), entry(2, 1, 1, intermediate)} << false << true
            << QStringList{"TLSA_TA_PUBLIC_INTERMEDIATE"} << "2@1,3@0";
        QTest::newRow("TA at the root, not the issuer")
            << QList{entry(2, 1, 1, root)} << false << true << QStringList{"TLSA_TA_NOT_ISSUER"} << "2@2";
        // OpenSSL takes a DANE-TA record as a CA: one that pins a leaf issued by someone else does not
        // authenticate it (RFC 7671 5.2.2 wants DANE-EE for that).
        QTest::newRow("TA on the leaf") << QList{entry(2, 1, 1, leaf)} << false << false << QStringList{} << "";
        QTest::newRow("stale combination") << QList{entry(3, 1, 1, leaf), entry(2, 1, 1, QByteArray(32, 'z'))} << false
                                           << true << QStringList{"TLSA_COMBINATION_NO_MATCH"} << "3@0";
        QTest::newRow("agility trap") << QList{entry(3, 1, 1, leaf), entry(3, 1, 2, QByteArray(64, 'z'))} << false
                                      << false << QStringList{"TLSA_DIGEST_AGILITY_HIDES_MATCH"} << "";
        QTest::newRow("3 0 1 on a 90-day certificate")
            << QList{entry(3, 0, 1, sha256(m_shortLeaf.der()))} << true << true
            << QStringList{"TLSA_CERT_SELECTOR_SHORT_LIVED"} << "3@0";
    }

    void chainFindings() {
        QFETCH(QList<TlsaEntry>, records);
        QFETCH(bool, shortLived);
        QFETCH(bool, authenticated);
        QFETCH(QStringList, present);
        QFETCH(QString, matched);
        const TlsaAssessment::ChainResult r = TlsaAssessment::assessChain(chain(shortLived), records, "mx.example.", {},
                                                                          m_now, "mx.example.", "192.0.2.1");
        QCOMPARE(r.overall.outcome == DaneVerification::Outcome::Authenticated, authenticated);
        const QStringList found = codes(r.findings);
        for (const QString& c : present)
            QVERIFY2(found.contains(c), qPrintable(found.join(',')));
        QStringList got;
        for (const TlsaMatchEntry& m : r.matched)
            got << QStringLiteral("%1@%2").arg(m.usage).arg(m.depth);
        got.sort();
        QCOMPARE(got.join(','), matched);
    }
};


QTEST_GUILESS_MAIN(tst_TlsaAssessment)
#include "tst_TlsaAssessment.moc"
