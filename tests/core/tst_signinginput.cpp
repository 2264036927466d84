// SigningInput::build: the RRset part of the signed data is every record in canonical form (names lower-cased),
// sorted as octet strings, duplicates once (RFC 4034 6.2, 6.3), whatever order and case the records come in.
// The builder takes records already in that order without sorting (a zone keeps its RRsets so); every other
// order, and duplicates, must give the same bytes.

#include "core/dnssec/SigningInput.h"

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <vector>

using namespace danewerk::core;

namespace {

QByteArray wireName(const QByteArray& dotted) {
    QByteArray wire;
    for (const QByteArray& label : dotted.split('.'))
        if (!label.isEmpty())
            wire.append(char(label.size())).append(label);
    return wire.append('\0');
}

QByteArray mx(quint16 preference, const QByteArray& host) {
    QByteArray rdata;
    rdata.append(char(preference >> 8)).append(char(preference & 0xff));
    return rdata + wireName(host);
}

// The RFC's recipe, written out plainly: canonical forms, sorted, unique, each with its record head.
QByteArray reference(const QByteArray& header, const QByteArray& owner, quint16 type, quint32 ttl,
                     std::vector<QByteArray> rdatas) {
    for (QByteArray& rdata : rdatas)
        rdata = SigningInput::canonicalRdata(type, rdata);
    std::sort(rdatas.begin(), rdatas.end());
    rdatas.erase(std::unique(rdatas.begin(), rdatas.end()), rdatas.end());
    QByteArray out = header;
    for (const QByteArray& rdata : rdatas) {
        out += owner;
        out.append(char(type >> 8)).append(char(type & 0xff)).append('\0').append('\1');
        out.append(char(ttl >> 24)).append(char((ttl >> 16) & 0xff)).append(char((ttl >> 8) & 0xff));
        out.append(char(ttl & 0xff));
        out.append(char(rdata.size() >> 8)).append(char(rdata.size() & 0xff));
        out += rdata;
    }
    return out;
}

QByteArray built(const QByteArray& header, const QByteArray& owner, quint16 type, quint32 ttl,
                 const std::vector<QByteArray>& rdatas) {
    std::vector<QByteArrayView> views(rdatas.begin(), rdatas.end());
    QByteArray out;
    SigningInput::build(out, header, owner, type, 1, ttl, 3, views); // 3 labels: no wildcard
    return out;
}

} // namespace

class tst_SigningInput : public QObject {
    Q_OBJECT

private:
    // An RRSIG header (18 octets before the signer) with an upper-case signer, which build() lower-cases.
    const QByteArray m_header = QByteArray(18, '\x01') + wireName("Example.ORG");
    const QByteArray m_canonicalHeader = QByteArray(18, '\x01') + wireName("example.org");
    const QByteArray m_owner = wireName("mail.example.org");

private slots:
    void everyOrderGivesTheCanonicalBytes_data() {
        QTest::addColumn<int>("type");
        QTest::addColumn<QList<QByteArray>>("records");
        QTest::newRow("A, in order") << 1
                                     << QList<QByteArray>{QByteArray("\xc0\x00\x02\x01", 4),
                                                          QByteArray("\xc0\x00\x02\x02", 4),
                                                          QByteArray("\xc0\x00\x02\x0a", 4)};
        QTest::newRow("A, with a duplicate")
            << 1
            << QList<QByteArray>{QByteArray("\xc0\x00\x02\x01", 4), QByteArray("\xc0\x00\x02\x01", 4),
                                 QByteArray("\xc0\x00\x02\x02", 4)};
        QTest::newRow("TXT, one a prefix of another") << 16
                                                      << QList<QByteArray>{QByteArray("\x03"
                                                                                      "abc"),
                                                                           QByteArray("\x03"
                                                                                      "abc\x01x"),
                                                                           QByteArray("\x02"
                                                                                      "zz")};
        QTest::newRow("MX, names in mixed case")
            << 15
            << QList<QByteArray>{mx(10, "MX1.example.org"), mx(10, "mx2.Example.org"), mx(20, "a.example.org"),
                                 mx(10, "mx1.example.ORG")}; // the last equals the first in canonical form
        QTest::newRow("NS, case decides the order before lower-casing")
            << 2 << QList<QByteArray>{wireName("b.example.org"), wireName("A.example.org"), wireName("c.example.org")};
    }

    void everyOrderGivesTheCanonicalBytes() {
        QFETCH(int, type);
        QFETCH(QList<QByteArray>, records);
        std::vector<QByteArray> rdatas(records.begin(), records.end());
        const QByteArray expected = reference(m_canonicalHeader, m_owner, quint16(type), 3600, rdatas);
        // Every permutation of up to four records.
        std::vector<int> order(rdatas.size());
        for (size_t i = 0; i < order.size(); ++i)
            order[i] = int(i);
        int permutations = 0;
        do {
            std::vector<QByteArray> permuted;
            for (int i : order)
                permuted.push_back(rdatas[size_t(i)]);
            QCOMPARE(built(m_header, m_owner, quint16(type), 3600, permuted), expected);
            ++permutations;
        } while (std::next_permutation(order.begin(), order.end()));
        QVERIFY(permutations >= 6);
    }

    void manyRecordsInAnyOrder() {
        QRandomGenerator random(7);
        std::vector<QByteArray> rdatas;
        for (int i = 0; i < 200; ++i) {
            QByteArray rdata(int(random.bounded(1, 12)), '\0');
            for (char& c : rdata)
                c = char(random.bounded(0, 4)); // few values: many prefixes and duplicates
            rdatas.push_back(rdata);
        }
        const QByteArray expected = reference(m_canonicalHeader, m_owner, 16, 60, rdatas);
        QCOMPARE(built(m_header, m_owner, 16, 60, rdatas), expected);
        std::vector<QByteArray> sorted = rdatas;
        std::sort(sorted.begin(), sorted.end());
        QCOMPARE(built(m_header, m_owner, 16, 60, sorted), expected);
        sorted.erase(std::unique(sorted.begin(), sorted.end()), sorted.end());
        QCOMPARE(built(m_header, m_owner, 16, 60, sorted), expected); // the fast path: in order, no duplicates
        std::reverse(sorted.begin(), sorted.end());
        QCOMPARE(built(m_header, m_owner, 16, 60, sorted), expected);
    }
};

QTEST_GUILESS_MAIN(tst_SigningInput)
#include "tst_signinginput.moc"
