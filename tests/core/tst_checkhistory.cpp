// Check history: runs saved as the engine's JSON per domain, listed newest first; the diff of two runs
// (records added and removed, TLSA swapped, status changes, findings that came or went).

#include "core/history/CheckHistory.h"
#include "core/history/CheckRunDiff.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace danewerk::core;

namespace {

QJsonObject run(const QString& verdict, const QStringList& tlsa, const QString& addressStatus,
                const QStringList& findingCodes, const QString& mxRrsetStatus = QStringLiteral("secure")) {
    QJsonArray records;
    for (const QString& t : tlsa) {
        const QStringList p = t.split(QLatin1Char(' '));
        records.append(QJsonObject{{"usage", p[0].toInt()},
                                   {"selector", p[1].toInt()},
                                   {"mtype", p[2].toInt()},
                                   {"data", p[3]},
                                   {"usable", true}});
    }
    QJsonArray findings;
    for (const QString& code : findingCodes)
        findings.append(QJsonObject{{"severity", "warning"}, {"code", code}, {"message", "m"}});
    const QJsonObject address{{"address", "127.0.0.2"}, {"status", addressStatus}, {"chain", QJsonArray{}}};
    const QJsonObject host{
        {"name", "mx.example."},   {"preference", 10}, {"tlsa_base", "mx.example."},       {"dnssec", "secure"},
        {"tlsa_dnssec", "secure"}, {"tlsa", records},  {"addresses", QJsonArray{address}}, {"status", addressStatus},
        {"findings", QJsonArray{}}};
    const QJsonObject chain{
        {"nodes",
         QJsonArray{QJsonObject{
             {"id", "rrset:example./MX"}, {"kind", "rrset"}, {"label", "example. MX"}, {"status", mxRrsetStatus}}}},
        {"edges", QJsonArray{}}};
    return QJsonObject{
        {"domain", "example."},
        {"verdict", verdict},
        {"mx", QJsonObject{{"dnssec", "secure"},
                           {"records", QJsonArray{QJsonObject{{"preference", 10}, {"host", "mx.example."}}}}}},
        {"hosts", QJsonArray{host}},
        {"findings", findings},
        {"chain", chain}};
}

QStringList described(const QList<CheckRunDiff::Change>& changes) {
    QStringList out;
    for (const CheckRunDiff::Change& c : changes)
        out << CheckRunDiff::kindName(c.kind) + QLatin1Char(' ') + c.subject + QLatin1Char(' ') + c.before +
                   QStringLiteral(" -> ") + c.after;
    return out;
}

} // namespace

class tst_CheckHistory : public QObject {
    Q_OBJECT

private slots:
    void diff_data() {
        QTest::addColumn<QJsonObject>("older");
        QTest::addColumn<QJsonObject>("newer");
        QTest::addColumn<QStringList>("expected");
        const QJsonObject base = run("dane-authenticated", {"3 1 1 aa"}, "authenticated", {});
        QTest::newRow("identical") << base << base << QStringList{};
        QTest::newRow("tlsa-added") << base << run("dane-authenticated", {"3 1 1 aa", "3 1 1 bb"}, "authenticated", {})
                                    << QStringList{"added _25._tcp.mx.example. TLSA  -> 3 1 1 bb"};
        QTest::newRow("tlsa-removed") << run("dane-authenticated", {"3 1 1 aa", "3 1 1 bb"}, "authenticated", {})
                                      << base << QStringList{"removed _25._tcp.mx.example. TLSA 3 1 1 bb -> "};
        QTest::newRow("tlsa-swapped") << base << run("dane-failed", {"3 1 1 cc"}, "tlsa-mismatch", {"TLSA_NO_MATCH"})
                                      << QStringList{"tlsa-swapped _25._tcp.mx.example. TLSA 3 1 1 aa -> 3 1 1 cc",
                                                     "status mx.example. authenticated -> tlsa-mismatch",
                                                     "status mx.example. 127.0.0.2 authenticated -> tlsa-mismatch",
                                                     "status verdict dane-authenticated -> dane-failed",
                                                     "finding-added TLSA_NO_MATCH  -> TLSA_NO_MATCH"};
        QTest::newRow("signature-window")
            << base << run("dane-authenticated", {"3 1 1 aa"}, "authenticated", {"RRSIG_EXPIRES_SOON"})
            << QStringList{"finding-added RRSIG_EXPIRES_SOON  -> RRSIG_EXPIRES_SOON"};
        QTest::newRow("rrset-went-bogus")
            << base << run("dnssec-bogus", {"3 1 1 aa"}, "authenticated", {"RRSIG_EXPIRED"}, "bogus")
            << QStringList{"status rrset:example./MX secure -> bogus",
                           "status verdict dane-authenticated -> dnssec-bogus",
                           "finding-added RRSIG_EXPIRED  -> RRSIG_EXPIRED"};
    }

    void diff() {
        QFETCH(QJsonObject, older);
        QFETCH(QJsonObject, newer);
        QFETCH(QStringList, expected);
        QCOMPARE(described(CheckRunDiff::compare(older, newer)), expected);
    }

    void saveAndList() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const CheckHistory history(dir.path());
        const QDateTime t0(QDate(2026, 11, 29), QTime(6, 0), Qt::UTC);
        const auto first = history.save(run("dane-authenticated", {"3 1 1 aa"}, "authenticated", {}), t0);
        QVERIFY(first.ok());
        const auto second = history.save(run("dane-failed", {"3 1 1 cc"}, "tlsa-mismatch", {}), t0.addSecs(3600));
        QVERIFY(second.ok());
        const auto same = history.save(run("dane-failed", {"3 1 1 cc"}, "tlsa-mismatch", {}), t0.addSecs(3600));
        QVERIFY(same.ok());
        QVERIFY(same->path != second->path);
        QVERIFY(first->path.contains(QStringLiteral("/example/")));
        const QList<CheckHistory::Entry> runs = history.runs(QStringLiteral("example."));
        QCOMPARE(runs.size(), 3);
        QCOMPARE(runs.last().verdict, QStringLiteral("dane-authenticated"));
        QCOMPARE(runs.last().at, t0);
        QCOMPARE(runs.first().verdict, QStringLiteral("dane-failed"));
        QCOMPARE(history.domains(), QStringList{"example."});
        const auto loaded = CheckHistory::load(runs.last().path);
        QVERIFY(loaded.ok());
        QCOMPARE(loaded->value(QStringLiteral("verdict")).toString(), QStringLiteral("dane-authenticated"));
        QVERIFY(!CheckHistory::load(dir.filePath(QStringLiteral("nothing.json"))).ok());
    }
};

QTEST_GUILESS_MAIN(tst_CheckHistory)
#include "tst_checkhistory.moc"
