#include "core/dns/DnsName.h"
#include "core/dns/Ldns.h"
#include "core/dnssec/BindKeyFile.h"
#include "core/dnssec/DnssecKey.h"
#include "core/dnssec/DsRecord.h"
#include "core/dnssec/Nsec3Hash.h"
#include "core/dnssec/TypeBitmap.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <sys/stat.h>

using namespace danewerk::core;

namespace {

const QDateTime kCreated = QDateTime(QDate(2026, 11, 1), QTime(12, 0), QTimeZone::utc());

QByteArray wire(const char* name) {
    return dnsNameFromText(QString::fromLatin1(name)).value();
}

// ldns' view of a DNSKEY RDATA: key tag and DS, as an independent reference.
ldns::RrPtr ldnsDnskey(const DnssecKey& key) {
    ldns_rr* rr = nullptr;
    const QByteArray text = key.dnskeyText().toUtf8();
    if (ldns_rr_new_frm_str(&rr, text.constData(), 3600, nullptr, nullptr) != LDNS_STATUS_OK)
        return nullptr;
    return ldns::RrPtr(rr);
}

} // namespace

class TestDnssecKeys : public QObject {
    Q_OBJECT
private slots:
    void generateAndRoundTrip_data();
    void generateAndRoundTrip();
    void refusesOverwrite();
    void revokeChangesTag();
    void knownRootKeyTagAndDs();
    void nsec3HashVector();
    void typeBitmapRoundTrip();
};

void TestDnssecKeys::generateAndRoundTrip_data() {
    QTest::addColumn<int>("algorithm");
    QTest::addColumn<int>("flags");
    QTest::newRow("RSASHA256 KSK") << 8 << 257;
    QTest::newRow("ECDSAP256 ZSK") << 13 << 256;
    QTest::newRow("ECDSAP384 KSK") << 14 << 257;
    QTest::newRow("ED25519 CSK") << 15 << 257;
}

void TestDnssecKeys::generateAndRoundTrip() {
    QFETCH(int, algorithm);
    QFETCH(int, flags);
    auto key = DnssecKey::generate(wire("Example.ORG."), algorithm, quint16(flags), kCreated);
    QVERIFY2(key.ok(), qPrintable(key.error().message));
    QCOMPARE(key->owner(), wire("example.org."));
    QCOMPARE(key->algorithm(), algorithm);
    if (algorithm == 8)
        QCOMPARE(key->keySizeBits(), 2048);

    // Key tag and DS agree with ldns.
    auto reference = ldnsDnskey(*key);
    QVERIFY(reference);
    QCOMPARE(key->keyTag(), quint16(ldns_calc_keytag(reference.get())));
    ldns::RrPtr ldnsDs(ldns_key_rr2ds(reference.get(), LDNS_SHA256));
    const auto ds = DsRecord::fromDnskey(key->owner(), key->dnskey(), 2);
    QVERIFY(ds);
    const ldns_rdf* digest = ldns_rr_rdf(ldnsDs.get(), 3);
    QCOMPARE(ds->digest, QByteArray(reinterpret_cast<const char*>(ldns_rdf_data(digest)), int(ldns_rdf_size(digest))));
    QVERIFY(ds->matches(key->owner(), key->dnskey()));

    // Write, read back, sign with the read key, verify with the original.
    QTemporaryDir dir;
    auto path = BindKeyFile::write(*key, dir.path());
    QVERIFY2(path.ok(), qPrintable(path.error().message));
    QCOMPARE(QFileInfo(*path).fileName(), QStringLiteral("Kexample.org.+%1+%2.key")
                                              .arg(algorithm, 3, 10, QLatin1Char('0'))
                                              .arg(key->keyTag(), 5, 10, QLatin1Char('0')));
    QString privatePath = *path;
    privatePath.replace(QStringLiteral(".key"), QStringLiteral(".private"));
    struct stat info {};
    QCOMPARE(stat(QFile::encodeName(privatePath).constData(), &info), 0);
    QCOMPARE(int(info.st_mode & 0777), 0600);
    auto read = BindKeyFile::read(*path);
    QVERIFY2(read.ok(), qPrintable(read.error().message));
    QVERIFY(read->hasPrivateKey());
    QCOMPARE(read->keyTag(), key->keyTag());
    QCOMPARE(read->flags(), quint16(flags));
    QCOMPARE(read->created(), kCreated);
    const QByteArray data = "signing input";
    auto signature = read->sign(data);
    QVERIFY(signature.ok());
    QVERIFY(key->verify(data, *signature));
    QVERIFY(!key->verify("other input", *signature));
}

void TestDnssecKeys::refusesOverwrite() {
    auto key = DnssecKey::generate(wire("example."), 13, 257, kCreated);
    QVERIFY(key.ok());
    QTemporaryDir dir;
    QVERIFY(BindKeyFile::write(*key, dir.path()).ok());
    auto again = BindKeyFile::write(*key, dir.path());
    QVERIFY(!again.ok());
    QCOMPARE(again.error().code, QStringLiteral("FILE_EXISTS"));
    QVERIFY(BindKeyFile::write(*key, dir.path(), true).ok());
}

void TestDnssecKeys::revokeChangesTag() {
    auto key = DnssecKey::generate(wire("example."), 13, 257, kCreated);
    QVERIFY(key.ok());
    const quint16 before = key->keyTag();
    key->setFlags(257 | DnskeyRdata::RevokeFlag);
    QVERIFY(key->isRevoked());
    QCOMPARE(key->flags(), quint16(385));
    QCOMPARE(key->keyTag(), quint16((before + 128) & 0xffff));
}

void TestDnssecKeys::knownRootKeyTagAndDs() {
    // The root zone's KSK-2017 and its published DS (IANA root-anchors.xml).
    const QByteArray text =
        ". 172800 IN DNSKEY 257 3 8 "
        "AwEAAaz/tAm8yTn4Mfeh5eyI96WSVexTBAvkMgJzkKTOiW1vkIbzxeF3+/4RgWOq7HrxRixHlFlExOLAJr5e"
        "mLvN7SWXgnLh4+B5xQlNVz8Og8kvArMtNROxVQuCaSnIDdD5LKyWbRd2n9WGe2R8PzgCmr3EgVLrjyBxWezF0jLHwVN8efS3rCj/EWgvIWgb"
        "9tarpVUDK/b58Da+sqqls3eNbuv7pr+eoZG+SrDK6nWeL3c6H5Apxz7LjVc1uTIdsIXxuOLYA4/ilBmSVIzuDWfdRUfhHdY6+cn8HFRm+2hM"
        "8AnXGXws9555KrUB5qihylGa8subX2Nn6UwNR1AkUTV74bU=\n";
    auto key = BindKeyFile::parsePublic(text, QStringLiteral("root.key"));
    QVERIFY2(key.ok(), qPrintable(key.error().message));
    QCOMPARE(key->keyTag(), quint16(20326));
    QCOMPARE(key->keySizeBits(), 2048);
    const auto ds = DsRecord::fromDnskey(key->owner(), key->dnskey(), 2);
    QVERIFY(ds);
    QCOMPARE(ds->rdataText(),
             QStringLiteral("20326 8 2 e06d44b80b8f1d39a95c0b0d7c65d08458e880409bbc683457104237c7f8ec8d"));
}

void TestDnssecKeys::nsec3HashVector() {
    // RFC 5155 Appendix A: salt aabbccdd, 12 iterations.
    const QByteArray salt = QByteArray::fromHex("aabbccdd");
    QCOMPARE(Nsec3Hash::toBase32Hex(Nsec3Hash::hash(wire("example."), salt, 12)),
             QByteArray("0p9mhaveqvm6t7vbl5lop2u3t2rp3tom"));
    QCOMPARE(Nsec3Hash::toBase32Hex(Nsec3Hash::hash(wire("a.example."), salt, 12)),
             QByteArray("35mthgpgcu1qg68fab165klnsnk3dpvl"));
    const QByteArray hash = Nsec3Hash::hash(wire("x.w.example."), salt, 12);
    QCOMPARE(Nsec3Hash::fromBase32Hex(Nsec3Hash::toBase32Hex(hash)).value(), hash);
    QVERIFY(!Nsec3Hash::fromBase32Hex("0p9mhaveqvm6t7vbl5lop2u3t2rp3to!"));
}

void TestDnssecKeys::typeBitmapRoundTrip() {
    // RFC 4034 4.3: A MX RRSIG NSEC TYPE1234.
    const QByteArray bitmap = TypeBitmap::encode({1, 15, 46, 47, 1234});
    QCOMPARE(bitmap.toHex(), QByteArray("0006400100000003041b000000000000000000000000000000000000000000000000000020"));
    QCOMPARE(TypeBitmap::decode(bitmap).value(), (std::vector<quint16>{1, 15, 46, 47, 1234}));
    QVERIFY(!TypeBitmap::decode(QByteArray::fromHex("0000")));
}

QTEST_GUILESS_MAIN(TestDnssecKeys)
#include "tst_dnsseckeys.moc"
