// SignatureVerifier checks RSA signatures of ordinary keys with its own public-key operation (s^e mod n and a
// comparison with the PKCS #1 v1.5 encoding) instead of OpenSSL's RSA_verify. It must accept exactly what
// OpenSSL accepts: every genuine and every damaged signature here is judged by both, for every RSA algorithm,
// key size and public exponent that DNSSEC keys come with, and for keys OpenSSL refuses or that are broken.

#include "core/dnssec/DnssecAlgorithm.h"
#include "core/dnssec/DnssecCrypto.h"
#include "core/dnssec/SignatureVerifier.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QTest>

#include <openssl/bn.h>
#include <openssl/evp.h>
#include <openssl/rsa.h>

using namespace danewerk::core;

namespace {

EvpKeyPtr rsaKey(int bits, quint64 exponent) {
    EVP_PKEY_CTX* context = EVP_PKEY_CTX_new_from_name(nullptr, "RSA", nullptr);
    BIGNUM* e = BN_new();
    EVP_PKEY* key = nullptr;
    if (context && e && BN_set_word(e, exponent) == 1 && EVP_PKEY_keygen_init(context) == 1 &&
        EVP_PKEY_CTX_set_rsa_keygen_bits(context, bits) == 1 && EVP_PKEY_CTX_set1_rsa_keygen_pubexp(context, e) == 1)
        EVP_PKEY_keygen(context, &key);
    BN_free(e);
    EVP_PKEY_CTX_free(context);
    return EvpKeyPtr(key, EVP_PKEY_free);
}

// RFC 3110 2: exponent length (one octet, or zero and two octets), exponent, modulus.
QByteArray rfc3110(const QByteArray& exponent, const QByteArray& modulus) {
    QByteArray out;
    if (exponent.size() < 256) {
        out.append(char(exponent.size()));
    } else {
        out.append('\0').append(char(exponent.size() >> 8)).append(char(exponent.size() & 0xff));
    }
    return out + exponent + modulus;
}

QByteArray modulusOf(int algorithm, EVP_PKEY* key) {
    const QByteArray wire = DnssecCrypto::dnskeyPublicKey(algorithm, key).value();
    qsizetype exponentLength = quint8(wire[0]);
    qsizetype start = 1;
    if (exponentLength == 0) {
        exponentLength = (quint8(wire[1]) << 8) | quint8(wire[2]);
        start = 3;
    }
    return wire.mid(start + exponentLength);
}

// a + b for big-endian numbers of the same length; empty if the sum needs another octet.
QByteArray addBigEndian(const QByteArray& a, const QByteArray& b) {
    QByteArray sum(a.size(), '\0');
    int carry = 0;
    for (qsizetype i = a.size() - 1; i >= 0; --i) {
        const int value = quint8(a[i]) + quint8(b[i]) + carry;
        sum[i] = char(value & 0xff);
        carry = value >> 8;
    }
    return carry ? QByteArray() : sum;
}

QByteArray randomBytes(int size) {
    QByteArray out(size, '\0');
    for (char& c : out)
        c = char(QRandomGenerator::global()->bounded(256));
    return out;
}

// What OpenSSL says (EVP_DigestVerify, RSA_verify underneath) against what the verifier says.
void expectAgreement(SignatureVerifier& verifier, int algorithm, EVP_PKEY* key, const QByteArray& data,
                     const QByteArray& signature, const char* what) {
    const bool openssl = DnssecCrypto::verify(algorithm, key, data, signature);
    const bool ours = verifier.verify(algorithm, key, data, signature);
    if (openssl != ours)
        QFAIL(qPrintable(QStringLiteral("%1 (algorithm %2): OpenSSL says %3, the verifier says %4")
                             .arg(QLatin1String(what))
                             .arg(algorithm)
                             .arg(openssl)
                             .arg(ours)));
}

} // namespace

class TestSignatureVerifier : public QObject {
    Q_OBJECT

private slots:
    void agreesWithOpenSsl_data();
    void agreesWithOpenSsl();
    void keysOpenSslRefuses();
    void exponentOne();
    void manyKeysOneVerifier();
};

void TestSignatureVerifier::agreesWithOpenSsl_data() {
    QTest::addColumn<int>("bits");
    QTest::addColumn<quint64>("exponent");
    QTest::addColumn<bool>("genuineValid");
    QTest::newRow("1024 bits, e = 3") << 1024 << quint64(3) << true;
    QTest::newRow("1024 bits, e = 65537") << 1024 << quint64(65537) << true;
    QTest::newRow("2048 bits, e = 65537") << 2048 << quint64(65537) << true;
    QTest::newRow("2048 bits, e = 2^32 + 15") << 2048 << quint64(4294967311ULL) << true;
    QTest::newRow("1536 bits, e = 2^63 + 29") << 1536 << quint64(9223372036854775837ULL) << true;
    QTest::newRow("4096 bits, e = 65537") << 4096 << quint64(65537) << true;
}

void TestSignatureVerifier::agreesWithOpenSsl() {
    QFETCH(int, bits);
    QFETCH(quint64, exponent);
    QFETCH(bool, genuineValid);
    const EvpKeyPtr key = rsaKey(bits, exponent);
    QVERIFY(key);
    const int algorithms[] = {DnssecAlgorithm::RsaSha1, DnssecAlgorithm::RsaSha1Nsec3Sha1, DnssecAlgorithm::RsaSha256,
                              DnssecAlgorithm::RsaSha512};
    for (const int algorithm : algorithms) {
        const QByteArray modulus = modulusOf(algorithm, key.get());
        QCOMPARE(modulus.size(), bits / 8);
        SignatureVerifier verifier;
        for (int round = 0; round < 12; ++round) {
            const QByteArray data = randomBytes(20 + round * 37);
            const QByteArray signature = DnssecCrypto::sign(algorithm, key.get(), data).value();
            QCOMPARE(verifier.verify(algorithm, key.get(), data, signature), genuineValid);
            expectAgreement(verifier, algorithm, key.get(), data, signature, "genuine");

            QByteArray flipped = signature;
            const int bit = QRandomGenerator::global()->bounded(int(flipped.size()) * 8);
            flipped[bit / 8] = char(flipped[bit / 8] ^ (1 << (bit % 8)));
            QVERIFY(!verifier.verify(algorithm, key.get(), data, flipped));
            expectAgreement(verifier, algorithm, key.get(), data, flipped, "one bit of the signature flipped");

            QByteArray otherData = data;
            otherData[round % otherData.size()] = char(otherData[round % otherData.size()] ^ 0x20);
            QVERIFY(!verifier.verify(algorithm, key.get(), otherData, signature));
            expectAgreement(verifier, algorithm, key.get(), otherData, signature, "data changed");

            expectAgreement(verifier, algorithm, key.get(), data, signature.mid(1), "first octet dropped");
            expectAgreement(verifier, algorithm, key.get(), data, QByteArray(1, '\0') + signature,
                            "a leading zero added");
            expectAgreement(verifier, algorithm, key.get(), data, signature + QByteArray(1, '\0'),
                            "a trailing zero added");
            expectAgreement(verifier, algorithm, key.get(), data, QByteArray(), "empty");
        }
        // Values at the edges of the range: 0, 1, n - 1 (not below n only by the comparison), n, all ones.
        const QByteArray data = randomBytes(64);
        QByteArray one(modulus.size(), '\0');
        one[one.size() - 1] = 1;
        QByteArray belowModulus = modulus;
        belowModulus[belowModulus.size() - 1] = char(belowModulus[belowModulus.size() - 1] - 1);
        expectAgreement(verifier, algorithm, key.get(), data, QByteArray(modulus.size(), '\0'), "zero");
        expectAgreement(verifier, algorithm, key.get(), data, one, "one");
        expectAgreement(verifier, algorithm, key.get(), data, belowModulus, "n - 1");
        expectAgreement(verifier, algorithm, key.get(), data, modulus, "the modulus itself");
        expectAgreement(verifier, algorithm, key.get(), data, QByteArray(modulus.size(), char(0xff)), "all ones");
        // A signature made with another digest, checked as this algorithm.
        const int other =
            algorithm == DnssecAlgorithm::RsaSha512 ? DnssecAlgorithm::RsaSha256 : DnssecAlgorithm::RsaSha512;
        const QByteArray otherSignature = DnssecCrypto::sign(other, key.get(), data).value();
        QVERIFY(!verifier.verify(algorithm, key.get(), data, otherSignature));
        expectAgreement(verifier, algorithm, key.get(), data, otherSignature, "signed with another digest");
    }
}

// Keys whose public-key operation OpenSSL refuses: the verifier leaves them to OpenSSL and so refuses too.
void TestSignatureVerifier::keysOpenSslRefuses() {
    const EvpKeyPtr big = rsaKey(4096, 65537);
    QVERIFY(big);
    const QByteArray modulus = modulusOf(DnssecAlgorithm::RsaSha256, big.get());

    // Over 3072 bits with an exponent over 64 bits (the same modulus, a 65-bit exponent).
    const QByteArray longExponent = QByteArray::fromHex("010000000000000003");
    // An even modulus, and an exponent not below the modulus.
    QByteArray evenModulus = modulus;
    evenModulus[evenModulus.size() - 1] = char(evenModulus[evenModulus.size() - 1] & 0xfe);
    const struct {
        QByteArray publicKey;
        const char* what;
    } keys[] = {
        {rfc3110(longExponent, modulus), "4096 bits, 65-bit exponent"},
        {rfc3110(QByteArray::fromHex("010001"), evenModulus), "even modulus"},
        {rfc3110(modulus, modulus), "exponent equal to the modulus"},
    };
    for (const auto& entry : keys) {
        const auto key = DnssecCrypto::publicKeyFromDnskey(DnssecAlgorithm::RsaSha256, entry.publicKey);
        QVERIFY2(key.ok(), entry.what);
        SignatureVerifier verifier;
        for (int round = 0; round < 8; ++round) {
            const QByteArray data = randomBytes(40);
            const QByteArray signature = randomBytes(int(modulus.size()));
            QVERIFY2(!verifier.verify(DnssecAlgorithm::RsaSha256, key->get(), data, signature), entry.what);
            expectAgreement(verifier, DnssecAlgorithm::RsaSha256, key->get(), data, signature, entry.what);
        }
    }
}

// With e = 1 the signature is the encoded message itself: a broken key, but one OpenSSL's arithmetic accepts
// such a "signature" for, and so must the verifier's (it computes the same thing).
void TestSignatureVerifier::exponentOne() {
    const EvpKeyPtr genuine = rsaKey(2048, 65537);
    QVERIFY(genuine);
    const QByteArray modulus = modulusOf(DnssecAlgorithm::RsaSha256, genuine.get());
    const auto key =
        DnssecCrypto::publicKeyFromDnskey(DnssecAlgorithm::RsaSha256, rfc3110(QByteArray::fromHex("01"), modulus));
    QVERIFY(key.ok());
    const QByteArray data = randomBytes(100);
    const QByteArray digestInfo = QByteArray::fromHex("3031300d060960864801650304020105000420") +
                                  QCryptographicHash::hash(data, QCryptographicHash::Sha256);
    const QByteArray encoded = QByteArray::fromHex("0001") +
                               QByteArray(modulus.size() - digestInfo.size() - 3, char(0xff)) + QByteArray(1, '\0') +
                               digestInfo;
    SignatureVerifier verifier;
    QVERIFY(DnssecCrypto::verify(DnssecAlgorithm::RsaSha256, key->get(), data, encoded));
    QVERIFY(verifier.verify(DnssecAlgorithm::RsaSha256, key->get(), data, encoded));
    QByteArray shortPadding = encoded; // the FF run must end in a zero octet right before DigestInfo
    shortPadding[10] = '\0';
    expectAgreement(verifier, DnssecAlgorithm::RsaSha256, key->get(), data, shortPadding, "padding ends early");
    QVERIFY(!verifier.verify(DnssecAlgorithm::RsaSha256, key->get(), data, shortPadding));
    // The same value plus the modulus: equal modulo n, but not below n, which RFC 8017 5.2.2 refuses.
    const QByteArray aboveModulus = addBigEndian(encoded, modulus);
    QVERIFY(!aboveModulus.isEmpty());
    expectAgreement(verifier, DnssecAlgorithm::RsaSha256, key->get(), data, aboveModulus, "encoded message + n");
    QVERIFY(!verifier.verify(DnssecAlgorithm::RsaSha256, key->get(), data, aboveModulus));
}

// One verifier keeps a prepared context per key: alternating keys must not mix them up.
void TestSignatureVerifier::manyKeysOneVerifier() {
    const EvpKeyPtr first = rsaKey(1024, 65537);
    const EvpKeyPtr second = rsaKey(2048, 3);
    const auto ecdsa = DnssecCrypto::generateKey(DnssecAlgorithm::EcdsaP256Sha256);
    QVERIFY(first && second && ecdsa);
    SignatureVerifier verifier;
    for (int round = 0; round < 10; ++round) {
        const QByteArray data = randomBytes(50 + round);
        const QByteArray byFirst = DnssecCrypto::sign(DnssecAlgorithm::RsaSha256, first.get(), data).value();
        const QByteArray bySecond = DnssecCrypto::sign(DnssecAlgorithm::RsaSha256, second.get(), data).value();
        const QByteArray byEcdsa = DnssecCrypto::sign(DnssecAlgorithm::EcdsaP256Sha256, ecdsa->get(), data).value();
        QVERIFY(verifier.verify(DnssecAlgorithm::RsaSha256, first.get(), data, byFirst));
        QVERIFY(verifier.verify(DnssecAlgorithm::RsaSha256, second.get(), data, bySecond));
        QVERIFY(verifier.verify(DnssecAlgorithm::EcdsaP256Sha256, ecdsa->get(), data, byEcdsa));
        QVERIFY(!verifier.verify(DnssecAlgorithm::RsaSha256, first.get(), data, bySecond));
        QVERIFY(!verifier.verify(DnssecAlgorithm::RsaSha256, second.get(), data, byFirst));
    }
}

QTEST_GUILESS_MAIN(TestSignatureVerifier)
#include "tst_signatureverifier.moc"
