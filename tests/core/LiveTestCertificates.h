#pragma once

// Certificates for the live-check tests, made with OpenSSL at test time (nothing to expire in the tree):
// a CA and leaves with chosen names, key types and validity, written as PEM files.

#include <QByteArray>
#include <QDateTime>
#include <QFile>
#include <QString>
#include <QStringList>

#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/sha.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <memory>
#include <utility>

namespace danewerk::tests {

struct TestKey {
    EVP_PKEY* key = nullptr;
    TestKey() = default;
    explicit TestKey(bool ecdsa) {
        key = ecdsa ? EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256")
                    : EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", size_t(2048));
    }
    TestKey(const TestKey&) = delete;
    TestKey& operator=(const TestKey&) = delete;
    ~TestKey() { EVP_PKEY_free(key); }
};

struct TestCert {
    X509* cert = nullptr;
    TestCert() = default;
    TestCert(const TestCert&) = delete;
    TestCert& operator=(const TestCert&) = delete;
    TestCert(TestCert&& o) noexcept : cert(o.cert) { o.cert = nullptr; }
    TestCert& operator=(TestCert&& o) noexcept {
        std::swap(cert, o.cert);
        return *this;
    }
    ~TestCert() { X509_free(cert); }

    QByteArray der() const {
        unsigned char* p = nullptr;
        const int n = i2d_X509(cert, &p);
        QByteArray out(reinterpret_cast<const char*>(p), n);
        OPENSSL_free(p);
        return out;
    }
    QByteArray spki() const {
        unsigned char* p = nullptr;
        const int n = i2d_PUBKEY(X509_get0_pubkey(cert), &p);
        QByteArray out(reinterpret_cast<const char*>(p), n);
        OPENSSL_free(p);
        return out;
    }
    QByteArray pem() const {
        BIO* bio = BIO_new(BIO_s_mem());
        PEM_write_bio_X509(bio, cert);
        char* data = nullptr;
        const long n = BIO_get_mem_data(bio, &data);
        QByteArray out(data, int(n));
        BIO_free(bio);
        return out;
    }
};

inline QByteArray sha256(const QByteArray& data) {
    unsigned char md[32];
    SHA256(reinterpret_cast<const unsigned char*>(data.constData()), size_t(data.size()), md);
    return QByteArray(reinterpret_cast<const char*>(md), 32);
}

inline QByteArray sha512(const QByteArray& data) {
    unsigned char md[64];
    SHA512(reinterpret_cast<const unsigned char*>(data.constData()), size_t(data.size()), md);
    return QByteArray(reinterpret_cast<const char*>(md), 64);
}

// Issues a certificate for subjectKey, signed by issuerKey (self-signed when issuer is null).
inline TestCert issueCertificate(const QString& commonName, const QStringList& dnsNames, EVP_PKEY* subjectKey,
                                 const TestCert* issuer, EVP_PKEY* issuerKey, bool ca, const QDateTime& notBefore,
                                 const QDateTime& notAfter, long serial, const QString& organisation = {}) {
    TestCert out;
    out.cert = X509_new();
    X509_set_version(out.cert, 2);
    ASN1_INTEGER_set(X509_get_serialNumber(out.cert), serial);
    ASN1_TIME_set(X509_getm_notBefore(out.cert), time_t(notBefore.toSecsSinceEpoch()));
    ASN1_TIME_set(X509_getm_notAfter(out.cert), time_t(notAfter.toSecsSinceEpoch()));
    X509_set_pubkey(out.cert, subjectKey);
    X509_NAME* name = X509_get_subject_name(out.cert);
    if (!organisation.isEmpty())
        X509_NAME_add_entry_by_txt(name, "O", MBSTRING_UTF8,
                                   reinterpret_cast<const unsigned char*>(organisation.toUtf8().constData()), -1, -1,
                                   0);
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8,
                               reinterpret_cast<const unsigned char*>(commonName.toUtf8().constData()), -1, -1, 0);
    X509_set_issuer_name(out.cert, issuer ? X509_get_subject_name(issuer->cert) : name);
    X509V3_CTX v3;
    X509V3_set_ctx(&v3, issuer ? issuer->cert : out.cert, out.cert, nullptr, nullptr, 0);
    const auto add = [&](int nid, const QByteArray& value) {
        X509_EXTENSION* ext = X509V3_EXT_conf_nid(nullptr, &v3, nid, value.constData());
        X509_add_ext(out.cert, ext, -1);
        X509_EXTENSION_free(ext);
    };
    add(NID_basic_constraints, ca ? "critical,CA:TRUE" : "critical,CA:FALSE");
    add(NID_key_usage, ca ? "critical,keyCertSign,cRLSign" : "critical,digitalSignature,keyEncipherment");
    add(NID_subject_key_identifier, "hash");
    if (!ca)
        add(NID_ext_key_usage, "serverAuth");
    if (!dnsNames.isEmpty()) {
        QStringList sans;
        for (const QString& n : dnsNames)
            sans << QStringLiteral("DNS:") + n;
        add(NID_subject_alt_name, sans.join(QLatin1Char(',')).toLatin1());
    }
    X509_sign(out.cert, issuerKey ? issuerKey : subjectKey, EVP_sha256());
    return out;
}

inline bool writePem(const QString& path, const QByteArray& pem) {
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(pem) == pem.size();
}

inline QByteArray keyPem(EVP_PKEY* key) {
    BIO* bio = BIO_new(BIO_s_mem());
    PEM_write_bio_PrivateKey(bio, key, nullptr, nullptr, 0, nullptr, nullptr);
    char* data = nullptr;
    const long n = BIO_get_mem_data(bio, &data);
    QByteArray out(data, int(n));
    BIO_free(bio);
    return out;
}

} // namespace danewerk::tests
