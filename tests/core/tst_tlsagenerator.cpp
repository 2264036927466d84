// TLSA creation: the loader for every input kind, the twelve usage/selector/matching-type forms against
// digests this test computes itself, the refusals and the recommendation findings, and the output forms.
#include "TlsaTestSupport.h"
#include "core/tlsa/CertificateMaterial.h"
#include "core/tlsa/TlsaGenerator.h"
#include "core/tlsa/TlsaParameters.h"
#include "core/tlsa/TlsaRecord.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QtTest/QtTest>

using namespace danewerk::core;
using namespace tlsatest;

namespace {

CertificateMaterial load(const QString& name) {
    auto material = CertificateLoader::loadFile(fixture(name));
    if (!material)
        qFatal("cannot load fixture %s: %s", qPrintable(name), qPrintable(material.error().toString()));
    return *material;
}

QStringList codesOf(const Findings& findings) {
    QStringList codes;
    for (const Finding& f : findings)
        codes << f.code;
    return codes;
}

const Finding* findingWith(const Findings& findings, const QString& code) {
    for (const Finding& f : findings) {
        if (f.code == code)
            return &f;
    }
    return nullptr;
}

} // namespace

class TestTlsaGenerator : public QObject {
    Q_OBJECT

private slots:
    void allTwelveForms_data() {
        QTest::addColumn<int>("usage");
        QTest::addColumn<int>("selector");
        QTest::addColumn<int>("mtype");
        QTest::addColumn<int>("depth");
        for (int usage = 0; usage <= 3; ++usage) {
            for (int selector = 0; selector <= 1; ++selector) {
                for (int mtype = 0; mtype <= 2; ++mtype) {
                    // Trust-anchor usages pin the top CA of fullchain.pem (the intermediate, depth 1).
                    const int depth = (usage == 0 || usage == 2) ? 1 : 0;
                    QTest::addRow("%d %d %d", usage, selector, mtype) << usage << selector << mtype << depth;
                }
            }
        }
    }
    void allTwelveForms() {
        QFETCH(int, usage);
        QFETCH(int, selector);
        QFETCH(int, mtype);
        QFETCH(int, depth);
        TlsaRequest request;
        request.usage = usage;
        request.selector = selector;
        request.mtype = mtype;
        const auto generation = generateTlsa(load(QStringLiteral("fullchain.pem")), request);
        QVERIFY2(generation.ok(), qPrintable(generation.error().toString()));
        QCOMPARE(generation->records.size(), 1);
        const GeneratedTlsa& g = generation->records.first();
        QCOMPARE(g.depth, depth);
        QCOMPARE(g.record.usage, usage);
        QCOMPARE(g.record.selector, selector);
        QCOMPARE(g.record.mtype, mtype);
        QCOMPARE(g.record.owner, QStringLiteral("_25._tcp.mx.example.org."));
        QCOMPARE(g.record.ttl, 3600u);
        const QByteArray expected = expectedData(QStringLiteral("fullchain.pem"), depth, selector, mtype);
        QCOMPARE(g.record.data.toHex(), expected.toHex());
        QCOMPARE(g.record.data.size(), mtype == 1 ? 32 : mtype == 2 ? 64 : expected.size());
        QCOMPARE(g.subject, depth == 0 ? QStringLiteral("CN=mx.example.org")
                                       : QStringLiteral("O=Danewerk Test,CN=Danewerk Test Intermediate CA"));
        QCOMPARE(g.notAfter, QDateTime(QDate(2045, 1, 1), QTime(0, 0), Qt::UTC));
    }

    void eachFixtureKind_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("form");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("keyDescription");
        const auto row = [](const char* name, const char* file, const char* form, MaterialKind kind, const char* key) {
            QTest::newRow(name) << QString::fromLatin1(file) << QString::fromLatin1(form) << static_cast<int>(kind)
                                << QString::fromLatin1(key);
        };
        row("RSA-2048 leaf PEM", "leaf-rsa.pem", "cert", MaterialKind::Certificate, "RSA 2048");
        row("RSA-2048 leaf DER", "leaf-rsa.der", "cert", MaterialKind::Certificate, "RSA 2048");
        row("P-256 leaf", "leaf-p256.pem", "cert", MaterialKind::Certificate, "EC P-256");
        row("Ed25519 leaf", "leaf-ed25519.pem", "cert", MaterialKind::Certificate, "Ed25519");
        row("fullchain", "fullchain.pem", "cert", MaterialKind::Chain, "RSA 2048");
        row("self-signed end entity", "selfsigned-ee.pem", "cert", MaterialKind::Certificate, "EC P-256");
        row("SPKI PEM", "spki-p256.pem", "pubkey", MaterialKind::PublicKey, "EC P-256");
        row("SPKI DER", "spki-p256.der", "pubkey", MaterialKind::PublicKey, "EC P-256");
        row("RSA key PKCS#8", "key-rsa.pem", "key", MaterialKind::PrivateKey, "RSA 2048");
        row("RSA key PKCS#1", "key-rsa-pkcs1.pem", "key", MaterialKind::PrivateKey, "RSA 2048");
        row("RSA key DER", "key-rsa.der", "key", MaterialKind::PrivateKey, "RSA 2048");
        row("P-256 key PKCS#8", "key-p256.pem", "key", MaterialKind::PrivateKey, "EC P-256");
        row("P-256 key SEC1", "key-p256-sec1.pem", "key", MaterialKind::PrivateKey, "EC P-256");
        row("P-384 key", "key-p384.pem", "key", MaterialKind::PrivateKey, "EC P-384");
        row("Ed25519 key", "key-ed25519.pem", "key", MaterialKind::PrivateKey, "Ed25519");
        row("Ed448 key", "key-ed448.pem", "key", MaterialKind::PrivateKey, "Ed448");
        row("CSR PEM", "csr.pem", "csr", MaterialKind::Csr, "EC P-256");
        row("CSR DER", "csr.der", "csr", MaterialKind::Csr, "EC P-256");
    }
    void eachFixtureKind() {
        QFETCH(QString, file);
        QFETCH(QString, form);
        QFETCH(int, kind);
        QFETCH(QString, keyDescription);
        const CertificateMaterial material = load(file);
        QCOMPARE(static_cast<int>(material.kind), kind);
        QCOMPARE(material.keyDescription, keyDescription);
        QCOMPARE(material.source, fixture(file));
        const QByteArray spki = expectedSpki(file, form);
        QVERIFY(!spki.isEmpty());
        QCOMPARE(material.spkiDer.toHex(), spki.toHex());
        QCOMPARE(material.hasCertificates(), form == QLatin1String("cert"));
        for (int mtype = 0; mtype <= 2; ++mtype) {
            TlsaRequest request;
            request.mtype = mtype;
            request.host = QStringLiteral("MX.Example.org.");
            const auto generation = generateTlsa(material, request);
            QVERIFY2(generation.ok(), qPrintable(generation.error().toString()));
            const TlsaRecord& record = generation->records.first().record;
            QCOMPARE(record.owner, QStringLiteral("_25._tcp.mx.example.org."));
            QCOMPARE(record.data.toHex(), digest(spki, mtype).toHex());
        }
        if (form == QLatin1String("cert")) {
            TlsaRequest request;
            request.selector = 0;
            const auto generation = generateTlsa(material, request);
            QVERIFY2(generation.ok(), qPrintable(generation.error().toString()));
            QCOMPARE(generation->records.first().record.data.toHex(), digest(certificatesDer(file).first(), 1).toHex());
        }
    }

    void loaderReadsCertificateDetails() {
        const CertificateMaterial chain = load(QStringLiteral("fullchain.pem"));
        QCOMPARE(chain.chain.size(), 2);
        const CertificateInfo& leaf = chain.chain[0];
        QCOMPARE(leaf.subject, QStringLiteral("CN=mx.example.org"));
        QCOMPARE(leaf.issuer, QStringLiteral("O=Danewerk Test,CN=Danewerk Test Intermediate CA"));
        QCOMPARE(leaf.dnsNames, (QStringList{QStringLiteral("mx.example.org"), QStringLiteral("mail.example.org")}));
        QCOMPARE(leaf.commonName, QStringLiteral("mx.example.org"));
        QCOMPARE(leaf.notBefore, QDateTime(QDate(2025, 1, 1), QTime(0, 0), Qt::UTC));
        QCOMPARE(leaf.notAfter, QDateTime(QDate(2045, 1, 1), QTime(0, 0), Qt::UTC));
        QVERIFY(!leaf.isCa);
        QVERIFY(!leaf.selfSigned);
        QCOMPARE(leaf.der, certificatesDer(QStringLiteral("fullchain.pem")).first());
        QVERIFY(chain.chain[1].isCa);
        QVERIFY(!chain.chain[1].selfSigned);
        const CertificateMaterial root = load(QStringLiteral("root-ca.pem"));
        QVERIFY(root.chain.first().isCa);
        QVERIFY(root.chain.first().selfSigned);
        QCOMPARE(root.chain.first().subject, root.chain.first().issuer);
        const CertificateMaterial publicCa = load(QStringLiteral("le-fullchain.pem"));
        QCOMPARE(publicCa.chain[1].subject, QStringLiteral("C=US,O=Let's Encrypt,CN=R10"));
        const CertificateMaterial csr = load(QStringLiteral("csr.pem"));
        QCOMPARE(csr.requestedDnsNames,
                 (QStringList{QStringLiteral("*.example.org"), QStringLiteral("mx.example.org")}));
        QVERIFY(csr.requestedNames.contains(QStringLiteral("mx.example.org")));
        QVERIFY(csr.chain.isEmpty());
    }

    void loaderErrors_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("cause");
        QTest::newRow("empty") << "empty.pem"
                               << "INPUT_EMPTY"
                               << "empty";
        QTest::newRow("garbage") << "garbage.bin"
                                 << "INPUT_UNRECOGNISED"
                                 << "neither PEM nor DER";
        QTest::newRow("truncated PEM") << "truncated.pem"
                                       << "INPUT_TRUNCATED"
                                       << "no END line";
        QTest::newRow("truncated DER") << "truncated.der"
                                       << "INPUT_TRUNCATED"
                                       << "cut off";
        QTest::newRow("CRL") << "crl.pem"
                             << "INPUT_UNRECOGNISED"
                             << "X509 CRL";
        QTest::newRow("encrypted PKCS#8") << "key-encrypted.pem"
                                          << "KEY_ENCRYPTED"
                                          << "passphrase";
        QTest::newRow("encrypted PKCS#1") << "key-encrypted-legacy.pem"
                                          << "KEY_ENCRYPTED"
                                          << "passphrase";
        QTest::newRow("missing file") << "does-not-exist.pem"
                                      << "FILE_UNREADABLE"
                                      << "";
    }
    void loaderErrors() {
        QFETCH(QString, file);
        QFETCH(QString, code);
        QFETCH(QString, cause);
        const auto material = CertificateLoader::loadFile(fixture(file));
        QVERIFY(!material.ok());
        QCOMPARE(material.error().code, code);
        QCOMPARE(material.error().file, fixture(file));
        QVERIFY2(material.error().message.contains(cause), qPrintable(material.error().message));
        QVERIFY(material.error().toString().startsWith(fixture(file) + QStringLiteral(": ")));
    }

    void encryptedKeysInEveryDisguise() {
        // Refused with KEY_ENCRYPTED, never decrypted: no passphrase prompt can be reached.
        const QByteArray pem = readAll(fixture(QStringLiteral("key-encrypted.pem")));
        QByteArray body = pem;
        body.replace("-----BEGIN ENCRYPTED PRIVATE KEY-----", "").replace("-----END ENCRYPTED PRIVATE KEY-----", "");
        const QByteArray der = QByteArray::fromBase64(body.simplified().replace(' ', ""));
        QVERIFY(der.size() > 100);
        QByteArray mislabelled = pem;
        mislabelled.replace("ENCRYPTED PRIVATE KEY", "RSA PRIVATE KEY");
        QByteArray asPkcs8 = pem;
        asPkcs8.replace("ENCRYPTED PRIVATE KEY", "PRIVATE KEY");
        for (const QByteArray& data : {pem, der, mislabelled, asPkcs8}) {
            const auto material = CertificateLoader::loadData(data, QStringLiteral("secret.key"));
            QVERIFY(!material.ok());
            QCOMPARE(material.error().code, QStringLiteral("KEY_ENCRYPTED"));
            QCOMPARE(material.error().file, QStringLiteral("secret.key"));
        }
    }

    void loaderFindsCutOffBlockInChain() {
        QByteArray data = readAll(fixture(QStringLiteral("fullchain.pem")));
        data.chop(data.size() - data.lastIndexOf("-----END"));
        const auto material = CertificateLoader::loadData(data, QStringLiteral("cut.pem"));
        QVERIFY(!material.ok());
        QCOMPARE(material.error().code, QStringLiteral("INPUT_TRUNCATED"));
    }

    void refusals_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("usage");
        QTest::addColumn<int>("selector");
        QTest::addColumn<int>("depth"); // -1: not given
        QTest::addColumn<QString>("host");
        QTest::addColumn<QString>("code");
        QTest::newRow("selector 0 from a key") << "key-p256.pem" << 3 << 0 << -1 << "mx.example.org"
                                               << "SELECTOR_NEEDS_CERTIFICATE";
        QTest::newRow("selector 0 from a CSR") << "csr.pem" << 3 << 0 << -1 << ""
                                               << "SELECTOR_NEEDS_CERTIFICATE";
        QTest::newRow("selector 0 from SPKI") << "spki-p256.pem" << 3 << 0 << -1 << "mx.example.org"
                                              << "SELECTOR_NEEDS_CERTIFICATE";
        QTest::newRow("DANE-TA from a lone leaf") << "leaf-rsa.pem" << 2 << 1 << -1 << ""
                                                  << "DANE_TA_NEEDS_CA";
        QTest::newRow("DANE-TA from a key") << "key-rsa.pem" << 2 << 1 << -1 << "mx.example.org"
                                            << "DANE_TA_NEEDS_CA";
        QTest::newRow("DANE-TA at the leaf's depth") << "fullchain.pem" << 2 << 1 << 0 << ""
                                                     << "DANE_TA_NEEDS_CA";
        QTest::newRow("depth beyond the chain") << "fullchain.pem" << 2 << 1 << 2 << ""
                                                << "DEPTH_OUT_OF_RANGE";
        QTest::newRow("key without host") << "key-ed25519.pem" << 3 << 1 << -1 << ""
                                          << "HOST_REQUIRED";
        QTest::newRow("only a wildcard name") << "leaf-wildcard.pem" << 3 << 1 << -1 << ""
                                              << "HOST_REQUIRED";
        QTest::newRow("CSR without names") << "csr-no-names.pem" << 3 << 1 << -1 << ""
                                           << "HOST_REQUIRED";
        QTest::newRow("usage 4") << "leaf-rsa.pem" << 4 << 1 << -1 << ""
                                 << "PARAMETER_INVALID";
        QTest::newRow("bad host") << "leaf-rsa.pem" << 3 << 1 << -1 << "bad host!"
                                  << "PARAMETER_INVALID";
    }
    void refusals() {
        QFETCH(QString, file);
        QFETCH(int, usage);
        QFETCH(int, selector);
        QFETCH(int, depth);
        QFETCH(QString, host);
        QFETCH(QString, code);
        TlsaRequest request;
        request.usage = usage;
        request.selector = selector;
        request.host = host;
        if (depth >= 0)
            request.depth = depth;
        const auto generation = generateTlsa(load(file), request);
        QVERIFY(!generation.ok());
        QCOMPARE(generation.error().code, code);
        QCOMPARE(generation.error().file, fixture(file));
        QVERIFY(!generation.error().message.isEmpty());
    }

    void trustAnchorChoice() {
        TlsaRequest request;
        request.usage = 2;
        // A lone self-signed CA is its own anchor.
        request.host = QStringLiteral("mx.example.org");
        auto generation = generateTlsa(load(QStringLiteral("root-ca.pem")), request);
        QVERIFY2(generation.ok(), qPrintable(generation.error().toString()));
        QCOMPARE(generation->records.first().depth, 0);
        // The top CA of the chain by default; --depth picks another.
        request.host.clear();
        generation = generateTlsa(load(QStringLiteral("fullchain-root.pem")), request);
        QVERIFY(generation.ok());
        QCOMPARE(generation->records.first().depth, 2);
        QCOMPARE(generation->records.first().record.data, expectedData(QStringLiteral("fullchain-root.pem"), 2, 1, 1));
        request.depth = 1;
        generation = generateTlsa(load(QStringLiteral("fullchain-root.pem")), request);
        QVERIFY(generation.ok());
        QCOMPARE(generation->records.first().depth, 1);
        QCOMPARE(generation->records.first().record.data, expectedData(QStringLiteral("fullchain-root.pem"), 1, 1, 1));
    }

    void defaultHostSkipsWildcards() {
        TlsaRequest request;
        auto generation = generateTlsa(load(QStringLiteral("leaf-p256.pem")), request); // *.example.net, mx.example.org
        QVERIFY(generation.ok());
        QCOMPARE(generation->records.first().record.owner, QStringLiteral("_25._tcp.mx.example.org."));
        generation = generateTlsa(load(QStringLiteral("csr.pem")), request); // *.example.org, mx.example.org
        QVERIFY(generation.ok());
        QCOMPARE(generation->records.first().record.owner, QStringLiteral("_25._tcp.mx.example.org."));
        request.port = 465;
        request.proto = QStringLiteral("TCP");
        request.host = QStringLiteral("smtp.example.com.");
        generation = generateTlsa(load(QStringLiteral("leaf-rsa.pem")), request);
        QVERIFY(generation.ok());
        QCOMPARE(generation->records.first().record.owner, QStringLiteral("_465._tcp.smtp.example.com."));
        request.host = QStringLiteral("MX.Bücher.example");
        generation = generateTlsa(load(QStringLiteral("leaf-rsa.pem")), request);
        QVERIFY(generation.ok());
        QCOMPARE(generation->records.first().record.owner, QStringLiteral("_465._tcp.mx.xn--bcher-kva.example."));
        // rdata output needs no owner.
        request = TlsaRequest{};
        request.requireHost = false;
        generation = generateTlsa(load(QStringLiteral("key-p384.pem")), request);
        QVERIFY(generation.ok());
        QVERIFY(generation->records.first().record.owner.isEmpty());
    }

    void recommendations_data() {
        QTest::addColumn<QStringList>("files");
        QTest::addColumn<QString>("params");
        QTest::addColumn<int>("port");
        QTest::addColumn<QStringList>("present");
        QTest::addColumn<QStringList>("absent");
        const QStringList leaf{QStringLiteral("leaf-rsa.pem")};
        QTest::newRow("3 1 1 alone") << leaf << "3 1 1" << 25 << QStringList{"TLSA_NO_ROLLOVER_RECORD"}
                                     << QStringList{"TLSA_NOT_RECOMMENDED_PARAMETERS", "TLSA_USAGE_PKIX_FOR_SMTP",
                                                    "TLSA_FULL_MATCHING", "TLSA_CERT_SELECTOR_SHORT_LIVED"};
        QTest::newRow("two keys") << QStringList{"leaf-rsa.pem", "leaf-p256.pem"} << "3 1 1" << 25 << QStringList{}
                                  << QStringList{"TLSA_NO_ROLLOVER_RECORD"};
        QTest::newRow("same key twice") << QStringList{"leaf-rsa.pem", "key-rsa.pem"} << "3 1 1" << 25
                                        << QStringList{"TLSA_NO_ROLLOVER_RECORD"} << QStringList{};
        QTest::newRow("PKIX-EE at 25") << leaf << "1 1 1" << 25 << QStringList{"TLSA_USAGE_PKIX_FOR_SMTP"}
                                       << QStringList{"TLSA_NOT_RECOMMENDED_PARAMETERS"};
        QTest::newRow("PKIX-EE at 443") << leaf << "1 1 1" << 443 << QStringList{"TLSA_NOT_RECOMMENDED_PARAMETERS"}
                                        << QStringList{"TLSA_USAGE_PKIX_FOR_SMTP"};
        QTest::newRow("PKIX-TA at 25") << QStringList{"fullchain.pem"} << "0 1 1" << 25
                                       << QStringList{"TLSA_USAGE_PKIX_FOR_SMTP"} << QStringList{};
        QTest::newRow("3 0 1 short-lived") << QStringList{"leaf-short.pem"} << "3 0 1" << 25
                                           << QStringList{"TLSA_CERT_SELECTOR_SHORT_LIVED"} << QStringList{};
        QTest::newRow("3 0 1 long-lived") << leaf << "3 0 1" << 25 << QStringList{"TLSA_NOT_RECOMMENDED_PARAMETERS"}
                                          << QStringList{"TLSA_CERT_SELECTOR_SHORT_LIVED"};
        QTest::newRow("3 1 1 short-lived") << QStringList{"leaf-short.pem"} << "3 1 1" << 25 << QStringList{}
                                           << QStringList{"TLSA_CERT_SELECTOR_SHORT_LIVED"};
        QTest::newRow("Full") << leaf << "3 1 0" << 25 << QStringList{"TLSA_FULL_MATCHING"} << QStringList{};
        QTest::newRow("3 1 2") << leaf << "3 1 2" << 25 << QStringList{"TLSA_NOT_RECOMMENDED_PARAMETERS"}
                               << QStringList{"TLSA_FULL_MATCHING"};
        QTest::newRow("public CA intermediate")
            << QStringList{"le-fullchain.pem"} << "2 1 1" << 25 << QStringList{"TLSA_TA_PUBLIC_CA_INTERMEDIATE"}
            << QStringList{"TLSA_NOT_RECOMMENDED_PARAMETERS"};
        QTest::newRow("private CA intermediate")
            << QStringList{"fullchain.pem"} << "2 1 1" << 25 << QStringList{}
            << QStringList{"TLSA_TA_PUBLIC_CA_INTERMEDIATE", "TLSA_NOT_RECOMMENDED_PARAMETERS"};
    }
    void recommendations() {
        QFETCH(QStringList, files);
        QFETCH(QString, params);
        QFETCH(int, port);
        QFETCH(QStringList, present);
        QFETCH(QStringList, absent);
        const QStringList fields = params.split(QLatin1Char(' '));
        TlsaRequest request;
        request.usage = fields[0].toInt();
        request.selector = fields[1].toInt();
        request.mtype = fields[2].toInt();
        request.port = port;
        request.host = QStringLiteral("mx.example.org");
        QList<CertificateMaterial> materials;
        for (const QString& file : files)
            materials << load(file);
        const auto generation = generateTlsaSet(materials, request);
        QVERIFY2(generation.ok(), qPrintable(generation.error().toString()));
        QCOMPARE(generation->records.size(), files.size());
        const QStringList codes = codesOf(generation->findings);
        for (const QString& code : present)
            QVERIFY2(codes.contains(code), qPrintable(codes.join(QLatin1Char(','))));
        for (const QString& code : absent)
            QVERIFY2(!codes.contains(code), qPrintable(codes.join(QLatin1Char(','))));
        QVERIFY(!hasErrors(generation->findings)); // advice, never failure
        for (const Finding& f : generation->findings) {
            QVERIFY(f.rfc.startsWith(QLatin1String("RFC ")));
            QVERIFY(!f.fix.isEmpty());
            QVERIFY(!f.message.isEmpty());
            QCOMPARE(f.owner, QStringLiteral("_%1._tcp.mx.example.org.").arg(port));
        }
    }

    void findingDetails() {
        TlsaRequest request;
        request.usage = 1;
        auto generation = generateTlsa(load(QStringLiteral("leaf-rsa.pem")), request);
        QVERIFY(generation.ok());
        const Finding* pkix = findingWith(generation->findings, QStringLiteral("TLSA_USAGE_PKIX_FOR_SMTP"));
        QVERIFY(pkix);
        QCOMPARE(pkix->severity, Severity::Warning);
        QCOMPARE(pkix->rfc, QStringLiteral("RFC 7672 3.1.3"));
        request = TlsaRequest{};
        request.selector = 0;
        generation = generateTlsa(load(QStringLiteral("leaf-short.pem")), request);
        QVERIFY(generation.ok());
        const Finding* shortLived = findingWith(generation->findings, QStringLiteral("TLSA_CERT_SELECTOR_SHORT_LIVED"));
        QVERIFY(shortLived);
        QCOMPARE(shortLived->severity, Severity::Warning);
        QCOMPARE(shortLived->rfc, QStringLiteral("RFC 7671 5.1"));
        const Finding* rollover = findingWith(generation->findings, QStringLiteral("TLSA_NO_ROLLOVER_RECORD"));
        QVERIFY(rollover);
        QCOMPARE(rollover->severity, Severity::Notice);
    }

    void outputForms() {
        TlsaRequest request;
        const auto generation =
            generateTlsaSet({load(QStringLiteral("leaf-rsa.pem")), load(QStringLiteral("key-p256.pem"))}, request);
        QVERIFY(!generation.ok()); // the key names no host
        request.host = QStringLiteral("mx.example.org");
        const auto both =
            generateTlsaSet({load(QStringLiteral("leaf-rsa.pem")), load(QStringLiteral("key-p256.pem"))}, request);
        QVERIFY(both.ok());
        const QString hex1 =
            QString::fromLatin1(digest(expectedSpki(QStringLiteral("leaf-rsa.pem"), "cert"), 1).toHex());
        const QString hex2 =
            QString::fromLatin1(digest(expectedSpki(QStringLiteral("key-p256.pem"), "key"), 1).toHex());
        QCOMPARE(formatTlsaZone(both->records), QStringLiteral("_25._tcp.mx.example.org. 3600 IN TLSA 3 1 1 %1\n"
                                                               "_25._tcp.mx.example.org. 3600 IN TLSA 3 1 1 %2\n")
                                                    .arg(hex1, hex2));
        QCOMPARE(formatTlsaRdata(both->records), QStringLiteral("3 1 1 %1\n3 1 1 %2\n").arg(hex1, hex2));
        QCOMPARE(formatTlsaNsupdate(both->records),
                 QStringLiteral("update add _25._tcp.mx.example.org. 3600 IN TLSA 3 1 1 %1\n"
                                "update add _25._tcp.mx.example.org. 3600 IN TLSA 3 1 1 %2\n"
                                "send\n")
                     .arg(hex1, hex2));
        const QJsonObject json = tlsaGenerationToJson(both->records, both->findings);
        const QJsonArray records = json.value(QStringLiteral("records")).toArray();
        QCOMPARE(records.size(), 2);
        const QJsonObject first = records[0].toObject();
        QCOMPARE(first.value(QStringLiteral("owner")).toString(), QStringLiteral("_25._tcp.mx.example.org."));
        QCOMPARE(first.value(QStringLiteral("ttl")).toInt(), 3600);
        QCOMPARE(first.value(QStringLiteral("usage")).toInt(), 3);
        QCOMPARE(first.value(QStringLiteral("selector")).toInt(), 1);
        QCOMPARE(first.value(QStringLiteral("mtype")).toInt(), 1);
        QCOMPARE(first.value(QStringLiteral("data")).toString(), hex1);
        QCOMPARE(first.value(QStringLiteral("source")).toString(), fixture(QStringLiteral("leaf-rsa.pem")));
        QCOMPARE(first.value(QStringLiteral("depth")).toInt(), 0);
        QCOMPARE(first.value(QStringLiteral("subject")).toString(), QStringLiteral("CN=mx.example.org"));
        QCOMPARE(first.value(QStringLiteral("not_after")).toString(), QStringLiteral("2045-01-01T00:00:00Z"));
        const QJsonObject second = records[1].toObject();
        QVERIFY(!second.contains(QStringLiteral("subject"))); // keys have no subject
        QVERIFY(!second.contains(QStringLiteral("not_after")));
        QVERIFY(json.value(QStringLiteral("findings")).isArray());
    }

    void parameterMnemonics() {
        QCOMPARE(tlsaMnemonics(3, 1, 1), QStringLiteral("DANE-EE SPKI SHA2-256"));
        QCOMPARE(tlsaMnemonics(2, 0, 2), QStringLiteral("DANE-TA Cert SHA2-512"));
        QCOMPARE(tlsaMnemonics(0, 1, 0), QStringLiteral("PKIX-TA SPKI Full"));
        QCOMPARE(tlsaMnemonics(7, 1, 9), QStringLiteral("7 SPKI 9"));
        QCOMPARE(parseUsage(QStringLiteral("dane-ee")), std::optional<int>(3));
        QCOMPARE(parseUsage(QStringLiteral("PKIX-EE")), std::optional<int>(1));
        QCOMPARE(parseSelector(QStringLiteral("spki")), std::optional<int>(1));
        QCOMPARE(parseSelector(QStringLiteral("Cert")), std::optional<int>(0));
        QCOMPARE(parseMatchingType(QStringLiteral("sha2-512")), std::optional<int>(2));
        QCOMPARE(parseMatchingType(QStringLiteral("FULL")), std::optional<int>(0));
        QCOMPARE(parseUsage(QStringLiteral("255")), std::optional<int>(255));
        QVERIFY(!parseUsage(QStringLiteral("256")));
        QVERIFY(!parseUsage(QStringLiteral("DANE")));
        QCOMPARE(digestLength(1), 32);
        QCOMPARE(digestLength(2), 64);
        QCOMPARE(digestLength(0), 0);
        QCOMPARE(digestLength(3), -1);
    }

    void recordParsing() {
        const QByteArray digest32(32, '\xab');
        const QString hex = QString::fromLatin1(digest32.toHex());
        auto r = parseTlsaRecord(QStringLiteral("3 1 1 ") + hex);
        QVERIFY(r.ok());
        QCOMPARE(r->data, digest32);
        QVERIFY(r->owner.isEmpty());
        r = parseTlsaRecord(QStringLiteral("DANE-TA spki SHA2-256 ") + hex.left(20) + QLatin1Char(' ') +
                            hex.mid(20).toUpper());
        QVERIFY(r.ok());
        QCOMPARE(r->usage, 2);
        QCOMPARE(r->data, digest32);
        r = parseTlsaRecord(QStringLiteral("_25._tcp.MX.example.org. 300 IN TLSA 3 1 1 ") + hex);
        QVERIFY(r.ok());
        QCOMPARE(r->owner, QStringLiteral("_25._tcp.mx.example.org."));
        QCOMPARE(r->ttl, 300u);
        QCOMPARE(r->zoneText(), QStringLiteral("_25._tcp.mx.example.org. 300 IN TLSA 3 1 1 ") + hex);
        r = parseTlsaRecord(QStringLiteral("_25._tcp.mx.example.org. IN TLSA 3 1 1 ( ") + hex + QStringLiteral(" )"));
        QVERIFY(r.ok());
        for (const char* bad :
             {"3 1 1", "3 1 1 xyz", "3 1 1 abc", "9999 1 1 ab", "X 1 1 ab", "owner 3600 IN TLSA 3 1"}) {
            const auto failed = parseTlsaRecord(QString::fromLatin1(bad));
            QVERIFY2(!failed.ok(), bad);
            QCOMPARE(failed.error().code, QStringLiteral("RECORD_MALFORMED"));
        }
        const QString file = QStringLiteral("; TLSA set\n$TTL 3600\n"
                                            "_25._tcp.mx.example.org. 3600 IN TLSA 3 1 1 %1 ; current\n"
                                            "\n"
                                            "_25._tcp.mx.example.org. 3600 IN RRSIG TLSA 13 5 3600 x y z\n"
                                            "2 1 1 %1\n")
                                 .arg(hex);
        const auto list = parseTlsaRecords(file, QStringLiteral("records.txt"));
        QVERIFY2(list.ok(), qPrintable(list.error().toString()));
        QCOMPARE(list->size(), 2);
        QCOMPARE(list->at(1).usage, 2);
        const auto broken = parseTlsaRecords(QStringLiteral("3 1 1 %1\n3 1 1 zz\n").arg(hex), QStringLiteral("r.txt"));
        QVERIFY(!broken.ok());
        QCOMPARE(broken.error().line, 2);
        QCOMPARE(broken.error().file, QStringLiteral("r.txt"));
    }
};

QTEST_GUILESS_MAIN(TestTlsaGenerator)
#include "tst_tlsagenerator.moc"
