#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

namespace {

const QString kFixtures = QStringLiteral(DANEWERK_TEST_DATA "/zones/dnssec");
const QString kSigningInput = QStringLiteral(DANEWERK_TEST_DATA "/zones/signing-input.example.zone");
// Fixtures are validated at this moment (their signatures run from 2026-11-01 to 2026-12-01).
const QString kNow = QStringLiteral("2026-11-10T00:00:00Z");

struct Run {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
};

Run run(const QString& program, const QStringList& arguments) {
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(180000))
        return {-1, {}, process.errorString().toUtf8()};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, process.readAllStandardOutput(),
            process.readAllStandardError()};
}

Run cli(const QStringList& arguments) {
    return run(QStringLiteral(DANEWERK_CLI), arguments);
}

QList<QJsonObject> findingsWith(const QJsonObject& report, const QString& code) {
    QList<QJsonObject> found;
    for (const QJsonValue& value : report.value(QStringLiteral("findings")).toArray())
        if (value.toObject().value(QStringLiteral("code")).toString() == code)
            found << value.toObject();
    return found;
}

QStringList errorCodes(const QJsonObject& report) {
    QStringList codes;
    for (const QJsonValue& value : report.value(QStringLiteral("findings")).toArray())
        if (value.toObject().value(QStringLiteral("severity")).toString() == QLatin1String("error"))
            codes << value.toObject().value(QStringLiteral("code")).toString();
    return codes;
}

QStringList readLines(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
}

bool writeLines(const QString& path, const QStringList& lines) {
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    file.write(lines.join(QLatin1Char('\n')).toUtf8());
    return true;
}

qsizetype countMatching(const QStringList& lines, const QRegularExpression& pattern) {
    qsizetype n = 0;
    for (const QString& line : lines)
        n += pattern.match(line).hasMatch();
    return n;
}

int firstMatching(const QStringList& lines, const QRegularExpression& pattern) {
    for (int i = 0; i < lines.size(); ++i)
        if (pattern.match(lines[i]).hasMatch())
            return i;
    return -1;
}

const QRegularExpression kRrsigLine(QStringLiteral("^\\S+\\s+\\d+\\s+IN\\s+RRSIG\\s"));

} // namespace

class TestCliZone : public QObject {
    Q_OBJECT
private slots:
    void findingFixtures_data();
    void findingFixtures();
    void cleanZonesHaveExactCounts_data();
    void cleanZonesHaveExactCounts();
    void signAndCheckRoundTrip_data();
    void signAndCheckRoundTrip();
    void dsMatchesLdns();
    void signRefusesToOverwrite();
    void parseErrorExitsTwo();
    void textOutputNamesFileAndLine();
};

void TestCliZone::findingFixtures_data() {
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("owner");
    QTest::addColumn<int>("line");
    QTest::addColumn<QStringList>("extra");
    const QStringList rows = readLines(kFixtures + QStringLiteral("/expected.tsv"));
    QVERIFY(rows.size() > 30);
    for (const QString& row : rows) {
        if (row.isEmpty() || row.startsWith(QLatin1Char('#')))
            continue;
        const QStringList fields = row.split(QLatin1Char('\t'));
        if (fields.value(1).isEmpty())
            continue; // clean zones: cleanZonesHaveExactCounts
        QStringList extra = fields.value(4).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (extra.size() == 2)
            extra[1] = kFixtures + QLatin1Char('/') + extra[1];
        QTest::newRow(qPrintable(fields[0])) << fields[0] << fields[1] << fields[2] << fields[3].toInt() << extra;
    }
}

void TestCliZone::findingFixtures() {
    QFETCH(QString, fixture);
    QFETCH(QString, code);
    QFETCH(QString, owner);
    QFETCH(int, line);
    QFETCH(QStringList, extra);
    const Run result = cli(QStringList{QStringLiteral("--json"), QStringLiteral("--now"), kNow, QStringLiteral("zone"),
                                       QStringLiteral("check"), kFixtures + QLatin1Char('/') + fixture + ".zone"} +
                           extra);
    const QJsonObject report = result.json();
    QVERIFY2(!report.isEmpty(), result.err.constData());
    const QList<QJsonObject> found = findingsWith(report, code);
    QVERIFY2(!found.isEmpty(),
             qPrintable(QStringLiteral("%1 not reported; got %2").arg(code, errorCodes(report).join(' '))));
    bool placed = false;
    for (const QJsonObject& finding : found)
        placed = placed || (finding.value(QStringLiteral("owner")).toString() == owner &&
                            finding.value(QStringLiteral("line")).toInt() == line);
    QVERIFY2(placed,
             qPrintable(QStringLiteral("%1 not at %2 line %3: %4")
                            .arg(code, owner)
                            .arg(line)
                            .arg(QString::fromUtf8(QJsonDocument(found.first()).toJson(QJsonDocument::Compact)))));
    const QJsonObject first = found.first();
    QVERIFY(!first.value(QStringLiteral("message")).toString().isEmpty());
    QVERIFY(!first.value(QStringLiteral("fix")).toString().isEmpty());
    QVERIFY(first.value(QStringLiteral("rfc")).toString().startsWith(QLatin1String("RFC ")));
    const bool isError = first.value(QStringLiteral("severity")).toString() == QLatin1String("error");
    QCOMPARE(result.exitCode, errorCodes(report).isEmpty() ? 0 : 1);
    if (isError)
        QCOMPARE(result.exitCode, 1);
}

void TestCliZone::cleanZonesHaveExactCounts_data() {
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QString>("nsec");
    QTest::newRow("NSEC") << QStringLiteral("clean.nsec") << QStringLiteral("nsec");
    QTest::newRow("NSEC3") << QStringLiteral("clean.nsec3") << QStringLiteral("nsec3");
}

void TestCliZone::cleanZonesHaveExactCounts() {
    QFETCH(QString, fixture);
    QFETCH(QString, nsec);
    const QString path = kFixtures + QLatin1Char('/') + fixture + ".zone";
    const Run result = cli({QStringLiteral("--json"), QStringLiteral("--now"), kNow, QStringLiteral("zone"),
                            QStringLiteral("check"), path});
    QCOMPARE(result.exitCode, 0);
    const QJsonObject report = result.json();
    QCOMPARE(errorCodes(report), QStringList());
    QCOMPARE(report.value(QStringLiteral("origin")).toString(), QStringLiteral("example."));
    QVERIFY(report.value(QStringLiteral("signed")).toBool());
    QCOMPARE(report.value(QStringLiteral("nsec")).toString(), nsec);
    const QStringList lines = readLines(path);
    const qsizetype records = countMatching(lines, QRegularExpression(QStringLiteral("^[^;\\s]")));
    QCOMPARE(report.value(QStringLiteral("records")).toInteger(), records);
    const qsizetype rrsigs = countMatching(lines, kRrsigLine);
    const QJsonObject signatures = report.value(QStringLiteral("signatures")).toObject();
    QCOMPARE(signatures.value(QStringLiteral("total")).toInteger(), rrsigs);
    QCOMPARE(signatures.value(QStringLiteral("valid")).toInteger(), rrsigs);
    for (const char* bucket : {"invalid", "expired", "not_yet_valid", "no_key"})
        QCOMPARE(signatures.value(QLatin1String(bucket)).toInteger(), 0);
    const QJsonArray keys = report.value(QStringLiteral("keys")).toArray();
    QCOMPARE(keys.size(), 1);
    QCOMPARE(keys[0].toObject().value(QStringLiteral("role")).toString(), QStringLiteral("CSK"));
    QCOMPARE(keys[0].toObject().value(QStringLiteral("flags")).toInt(), 257);
    QCOMPARE(keys[0].toObject().value(QStringLiteral("algorithm")).toInt(), 13);
}

void TestCliZone::signAndCheckRoundTrip_data() {
    QTest::addColumn<int>("algorithm");
    QTest::addColumn<bool>("nsec3");
    QTest::addColumn<bool>("split");
    QTest::newRow("8 NSEC split") << 8 << false << true;
    QTest::newRow("8 NSEC3 CSK") << 8 << true << false;
    QTest::newRow("13 NSEC CSK") << 13 << false << false;
    QTest::newRow("13 NSEC3 split") << 13 << true << true;
    QTest::newRow("14 NSEC CSK") << 14 << false << false;
    QTest::newRow("14 NSEC3 CSK") << 14 << true << false;
    QTest::newRow("15 NSEC split") << 15 << false << true;
    QTest::newRow("15 NSEC3 CSK") << 15 << true << false;
}

void TestCliZone::signAndCheckRoundTrip() {
    QFETCH(int, algorithm);
    QFETCH(bool, nsec3);
    QFETCH(bool, split);
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("example.signed"));
    QStringList signArgs{QStringLiteral("--json"),
                         QStringLiteral("--now"),
                         kNow,
                         QStringLiteral("zone"),
                         QStringLiteral("sign"),
                         kSigningInput,
                         QStringLiteral("--out"),
                         out,
                         QStringLiteral("--algorithm"),
                         QString::number(algorithm),
                         QStringLiteral("--inception"),
                         QStringLiteral("2026-11-01T00:00:00Z"),
                         QStringLiteral("--validity"),
                         QStringLiteral("21d")};
    if (nsec3)
        signArgs << QStringLiteral("--nsec3");
    if (split)
        signArgs << QStringLiteral("--split");
    const Run signing = cli(signArgs);
    QVERIFY2(signing.exitCode == 0, signing.err.constData());
    const QJsonArray keys = signing.json().value(QStringLiteral("keys")).toArray();
    QCOMPARE(keys.size(), split ? 2 : 1);
    for (const QJsonValue& key : keys) {
        QString privatePath = key.toObject().value(QStringLiteral("file")).toString();
        QVERIFY(QFileInfo(privatePath)
                    .fileName()
                    .startsWith(QStringLiteral("Kexample.+%1+").arg(algorithm, 3, 10, QLatin1Char('0'))));
        privatePath.replace(QStringLiteral(".key"), QStringLiteral(".private"));
        struct stat info {};
        QCOMPARE(stat(QFile::encodeName(privatePath).constData(), &info), 0);
        QCOMPARE(int(info.st_mode & 0777), 0600);
    }

    // Clean with our checker, exact counts.
    const QStringList check{QStringLiteral("--json"), QStringLiteral("--now"), kNow,
                            QStringLiteral("zone"),   QStringLiteral("check"), out};
    const Run clean = cli(check);
    const QJsonObject report = clean.json();
    QVERIFY2(clean.exitCode == 0, qPrintable(errorCodes(report).join(' ')));
    const QStringList lines = readLines(out);
    const qsizetype rrsigs = countMatching(lines, kRrsigLine);
    QVERIFY(rrsigs > 20);
    const QJsonObject signatures = report.value(QStringLiteral("signatures")).toObject();
    QCOMPARE(signatures.value(QStringLiteral("total")).toInteger(), rrsigs);
    QCOMPARE(signatures.value(QStringLiteral("valid")).toInteger(), rrsigs);
    QCOMPARE(report.value(QStringLiteral("nsec")).toString(), nsec3 ? QStringLiteral("nsec3") : QStringLiteral("nsec"));
    QStringList roles;
    for (const QJsonValue& key : report.value(QStringLiteral("keys")).toArray())
        roles << key.toObject().value(QStringLiteral("role")).toString();
    roles.sort();
    const QStringList expectedRoles =
        split ? QStringList{QStringLiteral("KSK"), QStringLiteral("ZSK")} : QStringList{QStringLiteral("CSK")};
    QCOMPARE(roles, expectedRoles);

    // Clean with ldns and Knot at the same moment.
    const Run ldns =
        run(QStringLiteral("ldns-verify-zone"), {QStringLiteral("-t"), QStringLiteral("20261110000000"), out});
    QVERIFY2(ldns.exitCode == 0, (ldns.out + ldns.err).constData());
    const Run knot = run(QStringLiteral("kzonecheck"),
                         {QStringLiteral("-d"), QStringLiteral("on"), QStringLiteral("-o"), QStringLiteral("example."),
                          QStringLiteral("-t"), QStringLiteral("1794268800"), out});
    QVERIFY2(knot.exitCode == 0, (knot.out + knot.err).constData());

    // Tamper with one signature: RRSIG_INVALID at that line.
    const int victim =
        firstMatching(lines, QRegularExpression(QStringLiteral("^mail\\.example\\.\\s.*\\sRRSIG\\s+A\\s")));
    QVERIFY(victim >= 0);
    QStringList tampered = lines;
    QString& line = tampered[victim];
    const qsizetype at = line.size() - 6;
    line[at] = line[at] == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
    const QString tamperedPath = dir.filePath(QStringLiteral("tampered.zone"));
    QVERIFY(writeLines(tamperedPath, tampered));
    const Run broken = cli({QStringLiteral("--json"), QStringLiteral("--now"), kNow, QStringLiteral("zone"),
                            QStringLiteral("check"), tamperedPath});
    QCOMPARE(broken.exitCode, 1);
    const QList<QJsonObject> invalid = findingsWith(broken.json(), QStringLiteral("RRSIG_INVALID"));
    QCOMPARE(invalid.size(), 1);
    QCOMPARE(invalid.first().value(QStringLiteral("line")).toInt(), victim + 1);
    QCOMPARE(invalid.first().value(QStringLiteral("owner")).toString(), QStringLiteral("mail.example."));
    QCOMPARE(broken.json().value(QStringLiteral("signatures")).toObject().value(QStringLiteral("invalid")).toInt(), 1);

    // Delete the NSEC/NSEC3 record of one name: the name is reported missing and the chain broken.
    const QRegularExpression denial(nsec3 ? QStringLiteral("^\\S+\\s+\\d+\\s+IN\\s+NSEC3\\s")
                                          : QStringLiteral("^mail\\.example\\.\\s+\\d+\\s+IN\\s+NSEC\\s"));
    QStringList withoutDenial = lines;
    withoutDenial.removeAt(firstMatching(lines, denial));
    const QString deletedPath = dir.filePath(QStringLiteral("deleted.zone"));
    QVERIFY(writeLines(deletedPath, withoutDenial));
    const Run deleted = cli({QStringLiteral("--json"), QStringLiteral("--now"), kNow, QStringLiteral("zone"),
                             QStringLiteral("check"), deletedPath});
    QCOMPARE(deleted.exitCode, 1);
    const QStringList codes = errorCodes(deleted.json());
    QVERIFY2(codes.contains(nsec3 ? QStringLiteral("NSEC3_MISSING") : QStringLiteral("NSEC_MISSING")),
             qPrintable(codes.join(' ')));
    QVERIFY2(codes.contains(nsec3 ? QStringLiteral("NSEC3_CHAIN_BROKEN") : QStringLiteral("NSEC_CHAIN_BROKEN")),
             qPrintable(codes.join(' ')));
    if (!nsec3)
        QCOMPARE(findingsWith(deleted.json(), QStringLiteral("NSEC_MISSING"))
                     .first()
                     .value(QStringLiteral("owner"))
                     .toString(),
                 QStringLiteral("mail.example."));

    // Later (the validity ends 21 days after --now, on 2026-12-01), every signature has expired.
    const Run late = cli({QStringLiteral("--json"), QStringLiteral("--now"), QStringLiteral("2026-12-02T00:00:00Z"),
                          QStringLiteral("zone"), QStringLiteral("check"), out});
    QCOMPARE(late.exitCode, 1);
    const QJsonObject lateSignatures = late.json().value(QStringLiteral("signatures")).toObject();
    QCOMPARE(lateSignatures.value(QStringLiteral("expired")).toInteger(), rrsigs);
    QCOMPARE(findingsWith(late.json(), QStringLiteral("RRSIG_EXPIRED")).size(), rrsigs);
    // And shortly before the end, they expire soon (a warning, exit 0).
    const Run soon = cli({QStringLiteral("--json"), QStringLiteral("--now"), QStringLiteral("2026-11-20T00:00:00Z"),
                          QStringLiteral("zone"), QStringLiteral("check"), out, QStringLiteral("--expiry-warning"),
                          QStringLiteral("14d")});
    QCOMPARE(soon.exitCode, 0);
    QCOMPARE(findingsWith(soon.json(), QStringLiteral("RRSIG_EXPIRES_SOON")).size(), rrsigs);
}

void TestCliZone::dsMatchesLdns() {
    const QString zone = kFixtures + QStringLiteral("/clean.nsec.zone");
    const Run ds = cli({QStringLiteral("zone"), QStringLiteral("ds"), zone});
    QCOMPARE(ds.exitCode, 0);
    const QStringList keyFiles =
        QDir(kFixtures + QStringLiteral("/keys")).entryList({QStringLiteral("Kexample.+013+*.key")});
    QString expected;
    for (const QString& keyFile : keyFiles) {
        QTemporaryDir dir;
        QFile::copy(kFixtures + QStringLiteral("/keys/") + keyFile, dir.filePath(keyFile));
        const Run ldns =
            run(QStringLiteral("ldns-key2ds"), {QStringLiteral("-n"), QStringLiteral("-2"), dir.filePath(keyFile)});
        if (ldns.exitCode == 0 && ds.out.contains(ldns.out.split('\t').last().trimmed().toLower()))
            expected = QString::fromUtf8(ldns.out);
    }
    QVERIFY2(!expected.isEmpty(), ds.out.constData());
    const QStringList fields = expected.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
    QVERIFY(ds.out.startsWith("example. 3600 IN DS " + fields.value(4).toUtf8() + ' '));

    const Run sha384 = cli({QStringLiteral("--json"), QStringLiteral("zone"), QStringLiteral("ds"), zone,
                            QStringLiteral("--digest"), QStringLiteral("4")});
    QCOMPARE(sha384.exitCode, 0);
    const QJsonObject record = sha384.json().value(QStringLiteral("ds")).toArray().first().toObject();
    QCOMPARE(record.value(QStringLiteral("digest_type")).toInt(), 4);
    QCOMPARE(record.value(QStringLiteral("digest")).toString().size(), 96);
    QCOMPARE(cli({QStringLiteral("zone"), QStringLiteral("ds"), zone, QStringLiteral("--digest"), QStringLiteral("1")})
                 .exitCode,
             2);
}

void TestCliZone::signRefusesToOverwrite() {
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("signed.zone"));
    QFile existing(out);
    QVERIFY(existing.open(QIODevice::WriteOnly));
    existing.write("keep me\n");
    existing.close();
    const QStringList args{QStringLiteral("--now"), kNow, QStringLiteral("zone"), QStringLiteral("sign"), kSigningInput,
                           QStringLiteral("--out"), out};
    const Run refused = cli(args);
    QCOMPARE(refused.exitCode, 2);
    QCOMPARE(readLines(out).first(), QStringLiteral("keep me"));
    QCOMPARE(QDir(dir.path()).entryList({QStringLiteral("K*")}).size(), 0);
    const Run forced = cli(args + QStringList{QStringLiteral("--force")});
    QVERIFY2(forced.exitCode == 0, forced.err.constData());
    QVERIFY(readLines(out).first().contains(QStringLiteral(" SOA ")));
    QCOMPARE(QDir(dir.path()).entryList({QStringLiteral("K*")}).size(), 2);
    // Existing keys can be reused.
    const QString key = dir.filePath(QDir(dir.path()).entryList({QStringLiteral("K*.key")}).first());
    const Run reused =
        cli(args + QStringList{QStringLiteral("--force"), QStringLiteral("--key"), key, QStringLiteral("--nsec3")});
    QVERIFY2(reused.exitCode == 0, reused.err.constData());
    QCOMPARE(QDir(dir.path()).entryList({QStringLiteral("K*")}).size(), 2);
}

void TestCliZone::parseErrorExitsTwo() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("broken.zone"));
    QVERIFY(writeLines(path, {QStringLiteral("$ORIGIN example."), QStringLiteral("@ 3600 IN SOA ns1 host 1 2 3 4 5"),
                              QStringLiteral("www 3600 IN A 192.0.2.300"), QString()}));
    for (const QString& sub : {QStringLiteral("check"), QStringLiteral("ds"), QStringLiteral("stats")}) {
        const Run result = cli({QStringLiteral("zone"), sub, path});
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(QFile::encodeName(path) + ":3:"), result.err.constData());
        QVERIFY(result.out.isEmpty());
    }
    const Run sign = cli({QStringLiteral("zone"), QStringLiteral("sign"), path, QStringLiteral("--out"),
                          dir.filePath(QStringLiteral("out.zone"))});
    QCOMPARE(sign.exitCode, 2);
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("out.zone"))));
    QCOMPARE(
        cli({QStringLiteral("zone"), QStringLiteral("check"), dir.filePath(QStringLiteral("missing.zone"))}).exitCode,
        2);
}

void TestCliZone::textOutputNamesFileAndLine() {
    const QString path = kFixtures + QStringLiteral("/RRSIG_INVALID.tampered.zone");
    const Run result = cli({QStringLiteral("--now"), kNow, QStringLiteral("zone"), QStringLiteral("check"), path});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.out.contains(QFile::encodeName(path) + ":36: error RRSIG_INVALID "), result.out.constData());
    QVERIFY(result.out.contains("fix: "));
}

QTEST_GUILESS_MAIN(TestCliZone)
#include "tst_clizone.moc"
