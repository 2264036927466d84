#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

// Private keys go in, public data comes out: no command may echo private key material on stdout, stderr
// or in its JSON, whatever the input and output format. Covered: tlsa create and tlsa verify given private
// keys, zone sign with generated keys of every algorithm (output, signed zone, public .key files; the
// .private files 0600) and with existing key files (also when signing fails), zone check --cert given a
// private key. (Rollover plans and their exports hold key ids, never keys.) The running lab's files are scanned by
// tests/integration/tst_LabUnprivilegedNoPrivateKey.cpp.
namespace {

const QString kTlsa = QStringLiteral(DANEWERK_TEST_DATA "/tlsa/");
const QString kSigningInput = QStringLiteral(DANEWERK_TEST_DATA "/zones/signing-input.example.zone");
const QString kNow = QStringLiteral("2026-11-10T00:00:00Z");

struct Run {
    int exitCode = -1;
    QByteArray output; // stdout and stderr
};

Run cli(const QStringList& arguments) {
    QProcess process;
    process.start(QStringLiteral(DANEWERK_CLI), arguments);
    if (!process.waitForFinished(180000))
        return {};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            process.readAllStandardOutput() + process.readAllStandardError()};
}

// The secret of a private key file as raw bytes (the EC scalar, RSA d, or the EdDSA seed).
QByteArray privateSecret(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray bytes = file.readAll();
    EVP_PKEY* key = nullptr;
    if (BIO* bio = BIO_new_mem_buf(bytes.constData(), int(bytes.size()))) {
        key = PEM_read_bio_PrivateKey(bio, nullptr, nullptr, nullptr);
        BIO_free(bio);
    }
    if (!key) {
        const auto* p = reinterpret_cast<const unsigned char*>(bytes.constData());
        key = d2i_AutoPrivateKey(nullptr, &p, long(bytes.size()));
    }
    if (!key)
        return {};
    QByteArray secret;
    size_t length = 0;
    if (EVP_PKEY_get_raw_private_key(key, nullptr, &length) == 1) {
        secret.resize(qsizetype(length));
        EVP_PKEY_get_raw_private_key(key, reinterpret_cast<unsigned char*>(secret.data()), &length);
    } else {
        BIGNUM* bn = nullptr;
        if (EVP_PKEY_get_bn_param(key, OSSL_PKEY_PARAM_PRIV_KEY, &bn) == 1 ||
            EVP_PKEY_get_bn_param(key, OSSL_PKEY_PARAM_RSA_D, &bn) == 1) {
            secret.resize(BN_num_bytes(bn));
            BN_bn2bin(bn, reinterpret_cast<unsigned char*>(secret.data()));
            BN_free(bn);
        }
    }
    EVP_PKEY_free(key);
    return secret;
}

// Every way the secret could be spelled in text output: hex (both cases) and base64 of it, and of any
// 16-byte window of it (so a partial dump is caught too).
void verifyNoSecret(const QByteArray& output, const QByteArray& secret, const QString& what) {
    QVERIFY2(!output.contains("PRIVATE KEY"), qPrintable(what));
    QVERIFY2(!output.contains("PrivateKey:"), qPrintable(what));
    QVERIFY2(!output.contains("Private-key-format"), qPrintable(what));
    QVERIFY2(secret.size() >= 16, qPrintable(what + QStringLiteral(": no secret extracted")));
    const QByteArray lower = output.toLower();
    for (qsizetype at = 0; at + 16 <= secret.size(); at += 8) {
        const QByteArray window = secret.mid(at, 16);
        QVERIFY2(!lower.contains(window.toHex()), qPrintable(what + QStringLiteral(": hex of the private key")));
        QVERIFY2(!output.contains(window.toBase64().left(20)),
                 qPrintable(what + QStringLiteral(": base64 of the private key")));
    }
    QVERIFY2(!output.contains(secret.toBase64()), qPrintable(what));
}

// The secret of a BIND K*.private file (the base64 after "PrivateKey:"; RSA: the private exponent).
QByteArray bindSecret(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QString text = QString::fromLatin1(file.readAll());
    for (const char* field : {"PrivateExponent", "PrivateKey"}) {
        const QRegularExpressionMatch match =
            QRegularExpression(QStringLiteral("^%1: (\\S+)$").arg(QLatin1String(field)),
                               QRegularExpression::MultilineOption)
                .match(text);
        if (match.hasMatch())
            return QByteArray::fromBase64(match.captured(1).toLatin1());
    }
    return {};
}

QByteArray readAll(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestCliNoPrivateKey : public QObject {
    Q_OBJECT

private slots:
    void tlsaCreate_data() {
        QTest::addColumn<QString>("key");
        for (const char* name : {"key-rsa.pem", "key-rsa-pkcs1.pem", "key-rsa.der", "key-p256.pem", "key-p256-sec1.pem",
                                 "key-p384.pem", "key-ed25519.pem", "key-ed448.pem"})
            QTest::newRow(name) << kTlsa + QString::fromLatin1(name);
    }
    void tlsaCreate() {
        QFETCH(QString, key);
        const QByteArray secret = privateSecret(key);
        const QList<QStringList> variants{
            {QStringLiteral("tlsa"), QStringLiteral("create"), key},
            {QStringLiteral("tlsa"), QStringLiteral("create"), QStringLiteral("--format"), QStringLiteral("rdata"),
             key},
            {QStringLiteral("tlsa"), QStringLiteral("create"), QStringLiteral("--format"), QStringLiteral("nsupdate"),
             QStringLiteral("--host"), QStringLiteral("mx.example."), key},
            {QStringLiteral("tlsa"), QStringLiteral("create"), QStringLiteral("--format"), QStringLiteral("json"), key},
            {QStringLiteral("--json"), QStringLiteral("tlsa"), QStringLiteral("create"), key},
            // Selector 0 needs a certificate: the error message must not quote the key either.
            {QStringLiteral("--json"), QStringLiteral("tlsa"), QStringLiteral("create"), QStringLiteral("--selector"),
             QStringLiteral("0"), key},
            {QStringLiteral("tlsa"), QStringLiteral("create"), QStringLiteral("--mtype"), QStringLiteral("0"), key}};
        for (const QStringList& arguments : variants) {
            const Run run = cli(arguments);
            QVERIFY2(run.exitCode >= 0, qPrintable(arguments.join(' ')));
            verifyNoSecret(run.output, secret, arguments.join(' '));
        }
    }

    void zoneSign() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        for (const bool json : {false, true}) {
            QStringList arguments{QStringLiteral("--now"), kNow};
            if (json)
                arguments << QStringLiteral("--json");
            arguments << QStringLiteral("zone") << QStringLiteral("sign") << kSigningInput << QStringLiteral("--out")
                      << dir.filePath(QStringLiteral("signed.zone")) << QStringLiteral("--split")
                      << QStringLiteral("--force");
            const Run run = cli(arguments);
            QVERIFY2(run.exitCode == 0, run.output.constData());
            const QStringList privateFiles = QDir(dir.path()).entryList({QStringLiteral("K*.private")});
            QCOMPARE(privateFiles.size(), 2);
            QFile signedZone(dir.filePath(QStringLiteral("signed.zone")));
            QVERIFY(signedZone.open(QIODevice::ReadOnly));
            const QByteArray zoneText = signedZone.readAll();
            for (const QString& name : privateFiles) {
                QFile file(dir.filePath(name));
                QVERIFY(file.open(QIODevice::ReadOnly));
                const QRegularExpressionMatch match =
                    QRegularExpression(QStringLiteral("^PrivateKey: (\\S+)$"), QRegularExpression::MultilineOption)
                        .match(QString::fromLatin1(file.readAll()));
                QVERIFY(match.hasMatch());
                const QByteArray secret = QByteArray::fromBase64(match.captured(1).toLatin1());
                verifyNoSecret(run.output, secret, arguments.join(' '));
                verifyNoSecret(zoneText, secret, QStringLiteral("the signed zone"));
            }
            for (const QString& name : privateFiles)
                QVERIFY(QFile::remove(dir.filePath(name)));
        }
    }

    // Generated keys of every algorithm: the output, the signed zone and the public .key files carry no
    // private material; the .private files are owner-only.
    void zoneSignGeneratedKeys_data() {
        QTest::addColumn<QString>("algorithm");
        QTest::newRow("RSASHA256") << "8";
        QTest::newRow("ECDSAP256SHA256") << "13";
        QTest::newRow("ECDSAP384SHA384") << "14";
        QTest::newRow("ED25519") << "15";
    }
    void zoneSignGeneratedKeys() {
        QFETCH(QString, algorithm);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString out = dir.filePath(QStringLiteral("signed.zone"));
        const Run run = cli({QStringLiteral("--now"), kNow, QStringLiteral("--json"), QStringLiteral("zone"),
                             QStringLiteral("sign"), kSigningInput, QStringLiteral("--out"), out,
                             QStringLiteral("--algorithm"), algorithm, QStringLiteral("--split")});
        QVERIFY2(run.exitCode == 0, run.output.constData());
        const QStringList privateFiles = QDir(dir.path()).entryList({QStringLiteral("K*.private")});
        QCOMPARE(privateFiles.size(), 2);
        QByteArray everythingPublic = run.output + readAll(out);
        for (const QString& name : QDir(dir.path()).entryList({QStringLiteral("K*.key")}))
            everythingPublic += readAll(dir.filePath(name));
        for (const QString& name : privateFiles) {
            QCOMPARE(QFile::permissions(dir.filePath(name)) & 0x0077, QFileDevice::Permissions());
            const QByteArray secret = bindSecret(dir.filePath(name));
            verifyNoSecret(everythingPublic, secret,
                           QStringLiteral("zone sign --algorithm %1: %2").arg(algorithm, name));
        }
    }

    // Existing key files given with --key (the .private ones): not echoed on success, nor in the error when
    // signing fails (an existing output without --force, a key of another zone).
    void zoneSignWithKeyFiles() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString out = dir.filePath(QStringLiteral("signed.zone"));
        Run run = cli({QStringLiteral("--now"), kNow, QStringLiteral("zone"), QStringLiteral("sign"), kSigningInput,
                       QStringLiteral("--out"), out, QStringLiteral("--split")});
        QVERIFY2(run.exitCode == 0, run.output.constData());
        const QStringList privateFiles = QDir(dir.path()).entryList({QStringLiteral("K*.private")});
        QCOMPARE(privateFiles.size(), 2);
        QStringList keyArguments;
        QList<QByteArray> secrets;
        for (const QString& name : privateFiles) {
            keyArguments << QStringLiteral("--key") << dir.filePath(name);
            secrets << bindSecret(dir.filePath(name));
        }
        const QList<QStringList> variants{
            QStringList{QStringLiteral("--now"), kNow, QStringLiteral("zone"), QStringLiteral("sign"), kSigningInput,
                        QStringLiteral("--out"), out, QStringLiteral("--force")} +
                keyArguments,
            QStringList{QStringLiteral("--now"), kNow, QStringLiteral("--json"), QStringLiteral("zone"),
                        QStringLiteral("sign"), kSigningInput, QStringLiteral("--out"), out,
                        QStringLiteral("--force")} +
                keyArguments,
            // Refused: the output exists.
            QStringList{QStringLiteral("--json"), QStringLiteral("zone"), QStringLiteral("sign"), kSigningInput,
                        QStringLiteral("--out"), out} +
                keyArguments,
            // Refused: the keys belong to another origin.
            QStringList{QStringLiteral("--now"), kNow, QStringLiteral("zone"), QStringLiteral("sign"), kSigningInput,
                        QStringLiteral("--origin"), QStringLiteral("other.example."), QStringLiteral("--out"),
                        dir.filePath(QStringLiteral("other.zone"))} +
                keyArguments,
        };
        for (const QStringList& arguments : variants) {
            run = cli(arguments);
            QVERIFY2(run.exitCode >= 0, qPrintable(arguments.join(' ')));
            const QByteArray zoneText = readAll(out);
            for (const QByteArray& secret : secrets) {
                verifyNoSecret(run.output, secret, arguments.join(' '));
                verifyNoSecret(zoneText, secret, QStringLiteral("the signed zone"));
            }
        }
    }

    // Private keys where certificates are expected: the errors name the problem, never the key.
    void privateKeyWhereACertificateBelongs_data() {
        QTest::addColumn<QString>("key");
        for (const char* name : {"key-rsa.pem", "key-p256-sec1.pem", "key-ed25519.pem", "key-rsa.der"})
            QTest::newRow(name) << kTlsa + QString::fromLatin1(name);
    }
    void privateKeyWhereACertificateBelongs() {
        QFETCH(QString, key);
        const QByteArray secret = privateSecret(key);
        const QList<QStringList> variants{
            {QStringLiteral("tlsa"), QStringLiteral("verify"), QStringLiteral("--host"), QStringLiteral("mx.example."),
             QStringLiteral("--record"), QStringLiteral("3 1 1 ") + QString(64, QLatin1Char('a')), key},
            {QStringLiteral("--json"), QStringLiteral("tlsa"), QStringLiteral("verify"), QStringLiteral("--host"),
             QStringLiteral("mx.example."), QStringLiteral("--record"),
             QStringLiteral("3 0 0 ") + QString(64, QLatin1Char('a')), key},
            {QStringLiteral("--now"), kNow, QStringLiteral("zone"), QStringLiteral("check"), kSigningInput,
             QStringLiteral("--cert"), QStringLiteral("mx.example.=") + key},
            {QStringLiteral("--now"), kNow, QStringLiteral("--json"), QStringLiteral("zone"), QStringLiteral("check"),
             kSigningInput, QStringLiteral("--cert"), QStringLiteral("mx.example.=") + key},
        };
        for (const QStringList& arguments : variants) {
            const Run run = cli(arguments);
            QVERIFY2(run.exitCode >= 0, qPrintable(arguments.join(' ')));
            verifyNoSecret(run.output, secret, arguments.join(' '));
        }
    }
};

QTEST_GUILESS_MAIN(TestCliNoPrivateKey)
#include "tst_clinoprivatekey.moc"
