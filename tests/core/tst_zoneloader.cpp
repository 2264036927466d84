#include "core/dns/DnsName.h"
#include "core/dns/Ldns.h"
#include "core/zone/ZoneLoader.h"

#include <QDir>
#include <QFile>
#include <QTest>

#include <cstdio>

using namespace danewerk::core;

static_assert(sizeof(ZoneRecord) == 24, "ZoneRecord must stay 24 bytes");

class TestZoneLoader : public QObject {
    Q_OBJECT

private slots:
    void basicDirectives();
    void includes();
    void recordPositions();
    void canonicalOrderAndRRsets();
    void parseErrors_data();
    void parseErrors();
    void includeErrors_data();
    void includeErrors();
    void fastPathMatchesLdns_data();
    void fastPathMatchesLdns();
    void randomRecordsMatchLdns();
    void presentationRoundTrip_data();
    void presentationRoundTrip();
    void progressAndCancel();
    void originFromOptionAndFileName();
    void byteOrderMarkAndCrLf();
    void unreadableFile();
};

static QString fixture(const QString& name) {
    return QStringLiteral(DANEWERK_TEST_DATA "/zones/parse/") + name;
}

static QStringList recordTexts(const Zone& zone) {
    QStringList lines;
    for (qsizetype i = 0; i < zone.recordCount(); ++i)
        lines.append(zone.recordText(i));
    return lines;
}

void TestZoneLoader::basicDirectives() {
    const Result<Zone> zone = ZoneLoader::loadFile(fixture(QStringLiteral("basic.zone")));
    QVERIFY2(zone.ok(), qPrintable(zone.error().toString()));
    QCOMPARE(zone->originText(), QStringLiteral("example."));
    const QStringList expected = {
        QStringLiteral("example. 3600 IN NS ns1.example."),
        QStringLiteral("example. 3600 IN NS ns2.example."),
        QStringLiteral("example. 3600 IN SOA ns1.example. hostmaster.example. 2024010101 7200 1800 604800 300"),
        QStringLiteral("esc\\.dot.example. 3600 IN TXT \"aAb\\\\c\""),
        QStringLiteral("mail.example. 172800 IN MX 10 ns1.example."),
        QStringLiteral("ns1.example. 3600 IN A 192.0.2.1"),
        QStringLiteral("ns2.example. 600 IN A 192.0.2.2"),
        QStringLiteral("ns2.example. 700 IN AAAA 2001:db8::2"),
        QStringLiteral("host.sub.example. 3600 IN A 198.51.100.7"),
        QStringLiteral("text.example. 3600 IN TXT \"hello world\" \"semi;colon\" \"quote\\\"inside\" \"unquoted\""),
        QStringLiteral("www.example. 3600 IN CNAME ns1.example."),
    };
    QCOMPARE(recordTexts(*zone), expected);
}

void TestZoneLoader::includes() {
    const Result<Zone> zone = ZoneLoader::loadFile(fixture(QStringLiteral("include-main.zone")));
    QVERIFY2(zone.ok(), qPrintable(zone.error().toString()));
    const QStringList texts = recordTexts(*zone);
    QVERIFY(texts.contains(QStringLiteral("www.example. 300 IN A 192.0.2.10")));
    QVERIFY(texts.contains(QStringLiteral("other.example. 300 IN A 192.0.2.11")));
    // The origin given to the second include does not leak back into the including file.
    QVERIFY(texts.contains(QStringLiteral("after.example. 300 IN A 192.0.2.9")));
    QCOMPARE(zone->files().size(), 3);
    QVERIFY(zone->files().at(1).endsWith(QStringLiteral("parse/sub/hosts.inc")));
}

void TestZoneLoader::recordPositions() {
    const Result<Zone> zone = ZoneLoader::loadFile(fixture(QStringLiteral("include-main.zone")));
    QVERIFY(zone.ok());
    bool sawWww = false;
    bool sawSoa = false;
    for (const ZoneRecord& r : zone->records()) {
        const QString owner = dnsNameToText(zone->ownerOf(r));
        if (owner == QLatin1String("www.example.")) {
            QVERIFY(zone->fileOf(r).endsWith(QStringLiteral("sub/hosts.inc")));
            QCOMPARE(r.line, 2u);
            sawWww = true;
        }
        if (r.type == 6) {
            QVERIFY(zone->fileOf(r).endsWith(QStringLiteral("include-main.zone")));
            QCOMPARE(r.line, 3u);
            sawSoa = true;
        }
    }
    QVERIFY(sawWww && sawSoa);
}

void TestZoneLoader::canonicalOrderAndRRsets() {
    const QByteArray text = "$ORIGIN example.\n$TTL 60\n"
                            "z A 192.0.2.3\nZ A 192.0.2.1\n@ SOA ns hm 1 2 3 4 5\n*.z A 192.0.2.2\n"
                            "a.z A 192.0.2.4\nz A 192.0.2.1\n@ NS ns\n";
    const Result<Zone> zone = ZoneLoader::loadText(text, QStringLiteral("order.zone"));
    QVERIFY2(zone.ok(), qPrintable(zone.error().toString()));
    const QStringList expected = {
        QStringLiteral("example. 60 IN NS ns.example."),
        QStringLiteral("example. 60 IN SOA ns.example. hm.example. 1 2 3 4 5"),
        QStringLiteral("z.example. 60 IN A 192.0.2.1"),
        QStringLiteral("z.example. 60 IN A 192.0.2.1"),
        QStringLiteral("z.example. 60 IN A 192.0.2.3"),
        QStringLiteral("*.z.example. 60 IN A 192.0.2.2"),
        QStringLiteral("a.z.example. 60 IN A 192.0.2.4"),
    };
    QCOMPARE(recordTexts(*zone), expected);
    QCOMPARE(zone->rrsets().size(), size_t(5));
    QCOMPARE(zone->rrsets()[2].first, 2u);
    QCOMPARE(zone->rrsets()[2].count, 3u);
    QCOMPARE(zone->nameCount(), 4);
    QVERIFY(zone->memoryUsage() > 0);

    // Names in canonical order, records within them not (as signers write files: the SOA first at the apex):
    // sorted name by name, to the same order.
    const QByteArray signerOrder = "$ORIGIN example.\n$TTL 60\n@ SOA ns hm 1 2 3 4 5\n@ NS ns\n@ MX 10 Mail\n"
                                   "@ MX 5 mail\na AAAA 2001:db8::1\na A 192.0.2.9\na A 192.0.2.1\n"
                                   "b TXT \"y\"\nb TXT \"x\"\nb A 192.0.2.1\n";
    const Result<Zone> ordered = ZoneLoader::loadText(signerOrder, QStringLiteral("signer-order.zone"));
    QVERIFY2(ordered.ok(), qPrintable(ordered.error().toString()));
    const QStringList expectedOrdered = {
        QStringLiteral("example. 60 IN NS ns.example."),
        QStringLiteral("example. 60 IN SOA ns.example. hm.example. 1 2 3 4 5"),
        QStringLiteral("example. 60 IN MX 5 mail.example."),
        QStringLiteral("example. 60 IN MX 10 Mail.example."),
        QStringLiteral("a.example. 60 IN A 192.0.2.1"),
        QStringLiteral("a.example. 60 IN A 192.0.2.9"),
        QStringLiteral("a.example. 60 IN AAAA 2001:db8::1"),
        QStringLiteral("b.example. 60 IN A 192.0.2.1"),
        QStringLiteral("b.example. 60 IN TXT \"x\""),
        QStringLiteral("b.example. 60 IN TXT \"y\""),
    };
    QCOMPARE(recordTexts(*ordered), expectedOrdered);
    QCOMPARE(ordered->rrsets().size(), size_t(7));
}

void TestZoneLoader::parseErrors_data() {
    // Each fixture in parse/errors/ has one error; the row gives its exact place and a piece of the message.
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("errorFile");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("needle");
    auto row = [](const char* name, int line, int column, const char* needle, const char* errorFile = nullptr) {
        const QString file = QStringLiteral("errors/%1.zone").arg(QLatin1String(name));
        QTest::newRow(name) << file << (errorFile ? QStringLiteral("errors/") + QLatin1String(errorFile) : file) << line
                            << column << QString::fromUtf8(needle);
    };
    row("bad-ttl", 3, 5, "bad TTL '1x'");
    row("bad-ttl-directive", 1, 6, "bad TTL 'forever'");
    row("unknown-type", 3, 8, "unknown type 'FOO'");
    row("bad-ipv4", 3, 7, "bad IPv4 address '192.0.2.300'");
    row("bad-ipv6", 3, 10, "bad IPv6 address '2001:db8:::1'");
    row("bad-base64", 3, 19, "bad base64 'AwEAA$$$'");
    row("bad-hex", 3, 17, "bad hex 'ABCDEFGX'");
    row("bad-generic-hex", 3, 18, "bad hex '0g01'");
    row("generic-length-mismatch", 3, 16, "announces 3 octets but 2 follow");
    row("missing-origin", 1, 1, "relative name 'www' without an origin");
    row("unterminated-parenthesis", 3, 13, "unterminated parenthesis");
    row("unbalanced-close", 3, 17, "unbalanced parenthesis");
    row("unterminated-quote", 3, 9, "unterminated quoted string");
    row("bad-owner", 3, 1, "bad owner name 'a..b'");
    row("unknown-directive", 3, 1, "unknown directive '$GENERATE'");
    row("no-previous-owner", 1, 4, "no previous owner");
    row("bad-mx-preference", 7, 9, "bad number 'ten'");
    row("bad-rare-type", 3, 3, "HINFO");
    row("error-in-include", 2, 8, "bad IPv4 address '10.0.0.300'", "broken.inc");
}

void TestZoneLoader::parseErrors() {
    QFETCH(QString, file);
    QFETCH(QString, errorFile);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, needle);
    const Result<Zone> zone = ZoneLoader::loadFile(fixture(file));
    QVERIFY(!zone.ok());
    QCOMPARE(zone.error().code, QStringLiteral("PARSE_ERROR"));
    QCOMPARE(zone.error().file, fixture(errorFile));
    QCOMPARE(zone.error().line, line);
    QCOMPARE(zone.error().column, column);
    QVERIFY2(zone.error().message.contains(needle), qPrintable(zone.error().message));
    // The one-line form that the CLI prints: file:line:column: message.
    QVERIFY(
        zone.error().toString().startsWith(QStringLiteral("%1:%2:%3: ").arg(fixture(errorFile)).arg(line).arg(column)));
}

void TestZoneLoader::includeErrors_data() {
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("errorFile");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("needle");
    QTest::newRow("include loop") << "loop-a.zone"
                                  << "loop-b.zone" << 2 << 10 << "parse/loop-b.zone -> ";
    QTest::newRow("missing include") << "missing-include.zone"
                                     << "missing-include.zone" << 4 << 10 << "does-not-exist.inc";
}

void TestZoneLoader::includeErrors() {
    QFETCH(QString, file);
    QFETCH(QString, errorFile);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, needle);
    const Result<Zone> zone = ZoneLoader::loadFile(fixture(file));
    QVERIFY(!zone.ok());
    QCOMPARE(zone.error().code, QStringLiteral("PARSE_ERROR"));
    QVERIFY2(zone.error().file.endsWith(errorFile), qPrintable(zone.error().file));
    QCOMPARE(zone.error().line, line);
    QCOMPARE(zone.error().column, column);
    QVERIFY2(zone.error().message.contains(needle), qPrintable(zone.error().message));
}

// Reads the file with ldns alone (ldns_zone_new_frm_fp_l) and prints every record like Zone::recordText.
static QStringList ldnsRecordTexts(const QString& path) {
    FILE* fp = std::fopen(QFile::encodeName(path).constData(), "r");
    if (!fp)
        return {};
    ldns_zone* raw = nullptr;
    int line = 0;
    const ldns_status status = ldns_zone_new_frm_fp_l(&raw, fp, nullptr, 3600, LDNS_RR_CLASS_IN, &line);
    std::fclose(fp);
    if (status != LDNS_STATUS_OK)
        return {QStringLiteral("ldns error %1 at line %2")
                    .arg(QString::fromLatin1(ldns_get_errorstr_by_id(status)))
                    .arg(line)};
    const ldns::ZonePtr zone(raw);
    QStringList texts;
    auto add = [&](const ldns_rr* rr) {
        QByteArray ownerWire(reinterpret_cast<const char*>(ldns_rdf_data(ldns_rr_owner(rr))),
                             qsizetype(ldns_rdf_size(ldns_rr_owner(rr))));
        QString text = dnsNameToText(ownerWire.toLower());
        text += QStringLiteral(" %1 %2 %3")
                    .arg(ldns_rr_ttl(rr))
                    .arg(rrClassName(ldns_rr_get_class(rr)), rrTypeName(ldns_rr_get_type(rr)));
        const ldns::BufferPtr buffer(ldns_buffer_new(256));
        for (size_t i = 0; i < ldns_rr_rd_count(rr); ++i) {
            ldns_buffer_printf(buffer.get(), " ");
            ldns_rdf2buffer_str(buffer.get(), ldns_rr_rdf(rr, i));
        }
        text += QString::fromUtf8(reinterpret_cast<const char*>(ldns_buffer_begin(buffer.get())),
                                  qsizetype(ldns_buffer_position(buffer.get())));
        texts.append(text);
    };
    if (ldns_zone_soa(zone.get()))
        add(ldns_zone_soa(zone.get()));
    for (size_t i = 0; i < ldns_rr_list_rr_count(ldns_zone_rrs(zone.get())); ++i)
        add(ldns_rr_list_rr(ldns_zone_rrs(zone.get()), i));
    texts.sort();
    return texts;
}

void TestZoneLoader::fastPathMatchesLdns_data() {
    QTest::addColumn<QString>("file");
    QTest::addColumn<bool>("ldnsReadable"); // ldns' zone reader rejects class-before-TTL and $INCLUDE
    QTest::addColumn<int>("viaLdns");
    QTest::newRow("basic") << "basic.zone" << false << 0;
    QTest::newRow("include") << "include-main.zone" << false << 0;
    QTest::newRow("rare types") << "rare-types.zone" << true << 4;
    QTest::newRow("dnssec types") << "dnssec-types.zone" << true << 0;
    QTest::newRow("common types") << "common-types.zone" << true << 0;
    QTest::newRow("algorithm mnemonics") << "mnemonics.zone" << true << 3;
}

void TestZoneLoader::fastPathMatchesLdns() {
    QFETCH(QString, file);
    QFETCH(bool, ldnsReadable);
    QFETCH(int, viaLdns);
    ZoneLoadCounters counters;
    ZoneLoadOptions fastOptions;
    fastOptions.counters = &counters;
    const Result<Zone> fast = ZoneLoader::loadFile(fixture(file), fastOptions);
    QVERIFY2(fast.ok(), qPrintable(fast.error().toString()));
    ZoneLoadOptions options;
    options.forceLdns = true;
    const Result<Zone> slow = ZoneLoader::loadFile(fixture(file), options);
    QVERIFY2(slow.ok(), qPrintable(slow.error().toString()));
    QCOMPARE(fast->recordCount(), slow->recordCount());
    // The fast path really did the work: only the rare types went to ldns.
    QCOMPARE(counters.ldnsPath, qint64(viaLdns));
    QCOMPARE(counters.fastPath + counters.ldnsPath + counters.generic, qint64(fast->recordCount()));
    for (qsizetype i = 0; i < fast->recordCount(); ++i) {
        QCOMPARE(fast->recordText(i), slow->recordText(i));
        QCOMPARE(fast->rdata(fast->record(i)).toByteArray().toHex(),
                 slow->rdata(slow->record(i)).toByteArray().toHex());
        QCOMPARE(fast->record(i).ttl, slow->record(i).ttl);
        QCOMPARE(fast->record(i).line, slow->record(i).line);
    }
    if (!ldnsReadable)
        return;
    // And against ldns' own zone reader, which shares none of our code.
    QStringList ours = recordTexts(*fast);
    ours.sort();
    const QStringList theirs = ldnsRecordTexts(fixture(file));
    if (ours != theirs)
        qWarning() << theirs;
    QCOMPARE(ours, theirs);
}

// A deterministic pseudo-random zone of every fast-path type, with the syntax variants the scanner must get
// right (escapes, case, split base64/hex, type bitmaps across windows, both time formats), read by the fast
// path and by ldns alone: every record must come out identical.
static QByteArray randomZone(quint64 seed, int records) {
    quint64 state = seed;
    auto next = [&state]() {
        quint64 z = (state += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    };
    auto below = [&next](quint64 n) { return next() % n; };
    auto hex = [&](int octets) {
        QByteArray out;
        for (int i = 0; i < octets; ++i)
            out += QByteArray::number(below(256) + 256, 16).mid(1);
        return below(2) ? out.toUpper() : out;
    };
    auto base64 = [&](int octets) {
        QByteArray raw;
        for (int i = 0; i < octets; ++i)
            raw += char(below(256));
        QByteArray text = raw.toBase64();
        if (text.size() > 8 && below(2))
            text.insert(int(below(quint64(text.size() / 4))) * 4, ' '); // split on a quantum boundary
        return text;
    };
    auto name = [&]() {
        static const char* const labels[] = {"www", "Mail", "a", "b-c", "x\\.y", "_25", "_tcp", "\\065bc", "n0"};
        QByteArray out;
        const int count = 1 + int(below(3));
        for (int i = 0; i < count; ++i)
            out += QByteArray(labels[below(9)]) + '.';
        if (below(3) == 0)
            return out + "Example.";
        out.chop(1);
        return out; // relative
    };
    auto text = [&]() {
        QByteArray out = "\"";
        const int length = int(below(12));
        for (int i = 0; i < length; ++i) {
            const int kind = int(below(6));
            if (kind == 0)
                out += "\\" + QByteArray::number(below(256) + 1000).mid(1);
            else if (kind == 1)
                out += "\\\"";
            else if (kind == 2)
                out += ' ';
            else
                out += char('a' + below(26));
        }
        return out + '"';
    };
    static const char* const bitmapTypes[] = {"A",         "NS",   "SOA",    "MX",        "TXT", "AAAA",
                                              "RRSIG",     "NSEC", "DNSKEY", "TLSA",      "CAA", "TYPE1234",
                                              "TYPE65000", "SRV",  "DS",     "NSEC3PARAM"};
    auto bitmap = [&]() {
        QByteArray out;
        const int count = int(below(6));
        for (int i = 0; i < count; ++i)
            out += ' ' + QByteArray(bitmapTypes[below(16)]);
        return out;
    };
    auto time = [&]() {
        if (below(2))
            return QByteArray::number(1600000000 + below(200000000));
        return QByteArray::number(2020 + below(20)) + QByteArray::number(101 + below(12)).mid(1) +
               QByteArray::number(101 + below(28)).mid(1) + QByteArray::number(100 + below(24)).mid(1) +
               QByteArray::number(100 + below(60)).mid(1) + QByteArray::number(100 + below(60)).mid(1);
    };
    static const char* const ttls[] = {"", "300 ", "1h ", "2D ", "1w2d3h4m5s ", "0 "};
    QByteArray zone = "$ORIGIN Example.\n$TTL 3600\n";
    for (int i = 0; i < records; ++i) {
        QByteArray line = name() + ' ' + ttls[below(6)] + (below(2) ? "IN " : "");
        switch (below(20)) {
        case 0:
            line += "A " + QByteArray::number(below(256)) + ".0.2." + QByteArray::number(below(256));
            break;
        case 1:
            line += "AAAA 2001:db8::" + QByteArray::number(below(65536), 16);
            break;
        case 2:
            line += "NS " + name();
            break;
        case 3:
            line += "CNAME " + name();
            break;
        case 4:
            line += "MX " + QByteArray::number(below(65536)) + ' ' + name();
            break;
        case 5:
            line += "SRV " + QByteArray::number(below(100)) + ' ' + QByteArray::number(below(100)) + ' ' +
                    QByteArray::number(below(65536)) + ' ' + name();
            break;
        case 6:
            line += "TXT " + text() + (below(2) ? " " + text() : QByteArray());
            break;
        case 7:
            line += "DS " + QByteArray::number(below(65536)) + " 13 2 " + hex(32);
            break;
        case 8:
            line += "DNSKEY 257 3 13 " + base64(int(1 + below(70)));
            break;
        case 9:
            line += "RRSIG A 13 2 3600 " + time() + ' ' + time() + ' ' + QByteArray::number(below(65536)) + ' ' +
                    name() + ' ' + base64(int(1 + below(64)));
            break;
        case 10:
            line += "NSEC " + name() + bitmap();
            break;
        case 11:
            line += "NSEC3 1 " + QByteArray::number(below(2)) + ' ' + QByteArray::number(below(20)) + ' ' +
                    (below(2) ? hex(int(1 + below(8))) : QByteArray("-")) + ' ' +
                    QByteArray("2vptu5timamqttgl4luu9kg21e0aor3s").left(int(8 * (1 + below(4)))) + bitmap();
            break;
        case 12:
            line += "NSEC3PARAM 1 0 " + QByteArray::number(below(200)) + ' ' +
                    (below(2) ? hex(int(1 + below(8))) : QByteArray("-"));
            break;
        case 13:
            line += "TLSA " + QByteArray::number(below(4)) + ' ' + QByteArray::number(below(2)) + ' ' +
                    QByteArray::number(below(3)) + " ( " + hex(16) + ' ' + hex(16) + " )";
            break;
        case 14:
            line += "PTR " + name();
            break;
        case 15:
            line += "CAA " + QByteArray::number(below(2) * 128) + " issue " + text();
            break;
        case 16:
            line += "CDS " + QByteArray::number(below(65536)) + " 8 2 " + hex(32);
            break;
        case 17:
            line += "CDNSKEY 256 3 8 " + base64(int(1 + below(70)));
            break;
        case 18:
            line += "SSHFP 1 2 " + hex(32);
            break;
        default:
            line += "SOA " + name() + ' ' + name() + ' ' + QByteArray::number(below(4000000000ULL)) + " 1h 30m 2w 1d";
            break;
        }
        zone += line + '\n';
    }
    return zone;
}

void TestZoneLoader::randomRecordsMatchLdns() {
    for (quint64 seed = 1; seed <= 3; ++seed) {
        const QByteArray text = randomZone(seed, 1500);
        ZoneLoadCounters counters;
        ZoneLoadOptions fastOptions;
        fastOptions.counters = &counters;
        const Result<Zone> fast = ZoneLoader::loadText(text, QStringLiteral("random.zone"), fastOptions);
        QVERIFY2(fast.ok(), qPrintable(fast.error().toString()));
        QCOMPARE(counters.fastPath, qint64(1500)); // nothing fell back to ldns
        ZoneLoadCounters ldnsCounters;
        ZoneLoadOptions ldnsOptions;
        ldnsOptions.forceLdns = true;
        ldnsOptions.counters = &ldnsCounters;
        const Result<Zone> slow = ZoneLoader::loadText(text, QStringLiteral("random.zone"), ldnsOptions);
        QVERIFY2(slow.ok(), qPrintable(slow.error().toString()));
        QCOMPARE(ldnsCounters.ldnsPath, qint64(1500));
        QCOMPARE(fast->recordCount(), slow->recordCount());
        for (qsizetype i = 0; i < fast->recordCount(); ++i) {
            const QByteArray a = fast->rdata(fast->record(i)).toByteArray();
            const QByteArray b = slow->rdata(slow->record(i)).toByteArray();
            if (a != b || fast->record(i).ttl != slow->record(i).ttl)
                QFAIL(qPrintable(QStringLiteral("line %1: %2 != %3")
                                     .arg(fast->record(i).line)
                                     .arg(fast->recordText(i), slow->recordText(i))));
        }
    }
}

void TestZoneLoader::presentationRoundTrip_data() {
    QTest::addColumn<QString>("file");
    QTest::newRow("basic") << "basic.zone";
    QTest::newRow("common types") << "common-types.zone";
    QTest::newRow("dnssec types") << "dnssec-types.zone";
    QTest::newRow("rare types") << "rare-types.zone";
}

// What ldns prints (Zone::recordText) reads back into the same records: the scanner understands ldns'
// presentation of every type (signature times, salts, base32hex, type bitmaps, escapes).
void TestZoneLoader::presentationRoundTrip() {
    QFETCH(QString, file);
    const Result<Zone> zone = ZoneLoader::loadFile(fixture(file));
    QVERIFY2(zone.ok(), qPrintable(zone.error().toString()));
    QByteArray text;
    for (qsizetype i = 0; i < zone->recordCount(); ++i)
        text += zone->recordText(i).toUtf8() + '\n';
    ZoneLoadCounters counters;
    ZoneLoadOptions options;
    options.counters = &counters;
    const Result<Zone> again = ZoneLoader::loadText(text, QStringLiteral("printed.zone"), options);
    QVERIFY2(again.ok(), qPrintable(again.error().toString()));
    QCOMPARE(again->recordCount(), zone->recordCount());
    for (qsizetype i = 0; i < zone->recordCount(); ++i) {
        QCOMPARE(again->recordText(i), zone->recordText(i));
        QCOMPARE(again->rdata(again->record(i)).toByteArray().toHex(),
                 zone->rdata(zone->record(i)).toByteArray().toHex());
    }
}

void TestZoneLoader::progressAndCancel() {
    QByteArray text = "$ORIGIN example.\n$TTL 60\n@ SOA ns hm 1 2 3 4 5\n";
    for (int i = 0; i < 20000; ++i)
        text += "h" + QByteArray::number(i) + " A 192.0.2.1\n";
    ZoneLoadOptions options;
    qint64 lastDone = -1;
    qint64 lastTotal = -1;
    int calls = 0;
    options.progress = [&](qint64 done, qint64 total) {
        QVERIFY(done >= lastDone);
        lastDone = done;
        lastTotal = total;
        ++calls;
    };
    const Result<Zone> zone = ZoneLoader::loadText(text, QStringLiteral("big.zone"), options);
    QVERIFY(zone.ok());
    QCOMPARE(zone->recordCount(), 20001);
    QVERIFY(calls >= 2);
    QCOMPARE(lastDone, qint64(text.size()));
    QCOMPARE(lastTotal, qint64(text.size()));

    std::atomic_bool cancel{true};
    ZoneLoadOptions cancelling;
    cancelling.cancel = &cancel;
    const Result<Zone> cancelled = ZoneLoader::loadText(text, QStringLiteral("big.zone"), cancelling);
    QVERIFY(!cancelled.ok());
    QCOMPARE(cancelled.error().code, QStringLiteral("LOAD_CANCELLED"));
}

void TestZoneLoader::originFromOptionAndFileName() {
    ZoneLoadOptions options;
    options.origin = QStringLiteral("example.org.");
    const Result<Zone> zone = ZoneLoader::loadText("www 60 A 192.0.2.1\n", QStringLiteral("x.zone"), options);
    QVERIFY2(zone.ok(), qPrintable(zone.error().toString()));
    QCOMPARE(zone->originText(), QStringLiteral("example.org."));
    QCOMPARE(zone->recordText(0), QStringLiteral("www.example.org. 60 IN A 192.0.2.1"));
    const Result<Zone> named =
        ZoneLoader::loadText("www.example.net. 60 A 192.0.2.1\n", QStringLiteral("/tmp/example.net.zone"));
    QVERIFY(named.ok());
    QCOMPARE(named->originText(), QStringLiteral("example.net."));
    ZoneLoadOptions relative;
    relative.origin = QStringLiteral("Example.COM");
    const Result<Zone> absolute = ZoneLoader::loadText("@ 60 A 192.0.2.1\n", QStringLiteral("y.zone"), relative);
    QVERIFY(absolute.ok());
    QCOMPARE(absolute->originText(), QStringLiteral("example.com."));
    ZoneLoadOptions bad;
    bad.origin = QStringLiteral("a..b");
    const Result<Zone> rejected = ZoneLoader::loadText("@ 60 A 192.0.2.1\n", QStringLiteral("y.zone"), bad);
    QVERIFY(!rejected.ok());
    QCOMPARE(rejected.error().code, QStringLiteral("NAME_INVALID"));
}

void TestZoneLoader::byteOrderMarkAndCrLf() {
    const Result<Zone> zone = ZoneLoader::loadText("\xEF\xBB\xBF$ORIGIN example.\r\n$TTL 60\r\nwww A 192.0.2.1\r\n"
                                                   "txt TXT \"a b\"\r\n  AAAA 2001:db8::1\r\n",
                                                   QStringLiteral("bom.zone"));
    QVERIFY2(zone.ok(), qPrintable(zone.error().toString()));
    QCOMPARE(recordTexts(*zone), QStringList({QStringLiteral("txt.example. 60 IN TXT \"a b\""),
                                              QStringLiteral("txt.example. 60 IN AAAA 2001:db8::1"),
                                              QStringLiteral("www.example. 60 IN A 192.0.2.1")}));
    const Result<Zone> bad = ZoneLoader::loadText("\xEF\xBB\xBFwww 60 A 192.0.2.1\n", QStringLiteral("bom.zone"));
    QVERIFY(!bad.ok());
    QCOMPARE(bad.error().column, 1);
}

void TestZoneLoader::unreadableFile() {
    const Result<Zone> zone = ZoneLoader::loadFile(fixture(QStringLiteral("no-such-file.zone")));
    QVERIFY(!zone.ok());
    QCOMPARE(zone.error().code, QStringLiteral("FILE_UNREADABLE"));
}

QTEST_GUILESS_MAIN(TestZoneLoader)
#include "tst_zoneloader.moc"
