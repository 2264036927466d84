#pragma once

// Independent reference computations for the TLSA tests: the tests parse the fixtures with OpenSSL
// themselves and hash with EVP, so a bug in the engine's loader or digest code cannot hide itself.

#include <QByteArray>
#include <QFile>
#include <QString>
#include <QtTest/QTest>

#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

namespace tlsatest {

inline QString fixture(const QString& name) {
    return QStringLiteral(DANEWERK_TEST_DATA "/tlsa/") + name;
}

inline QByteArray readAll(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

template <typename T, void (*Free)(T*)> struct Owned {
    T* p = nullptr;
    explicit Owned(T* value) : p(value) {}
    ~Owned() {
        if (p)
            Free(p);
    }
    Owned(const Owned&) = delete;
    Owned& operator=(const Owned&) = delete;
};
using OwnedX509 = Owned<X509, X509_free>;
using OwnedKey = Owned<EVP_PKEY, EVP_PKEY_free>;
using OwnedReq = Owned<X509_REQ, X509_REQ_free>;
using OwnedBio = Owned<BIO, BIO_free_all>;

inline QByteArray toDer(int length, unsigned char* raw) {
    QByteArray out(reinterpret_cast<const char*>(raw), length);
    OPENSSL_free(raw);
    return out;
}

// All PEM certificates of a file (or its one DER certificate), leaf first, as DER.
inline QList<QByteArray> certificatesDer(const QString& name) {
    const QByteArray bytes = readAll(fixture(name));
    QList<QByteArray> out;
    if (bytes.contains("-----BEGIN")) {
        OwnedBio bio(BIO_new_mem_buf(bytes.constData(), static_cast<int>(bytes.size())));
        while (X509* x = PEM_read_bio_X509(bio.p, nullptr, nullptr, nullptr)) {
            OwnedX509 owned(x);
            unsigned char* raw = nullptr;
            const int length = i2d_X509(x, &raw);
            out << toDer(length, raw);
        }
    } else {
        const auto* p = reinterpret_cast<const unsigned char*>(bytes.constData());
        OwnedX509 owned(d2i_X509(nullptr, &p, bytes.size()));
        unsigned char* raw = nullptr;
        const int length = i2d_X509(owned.p, &raw);
        out << toDer(length, raw);
    }
    return out;
}

inline QByteArray spkiOfKey(const EVP_PKEY* key) {
    unsigned char* raw = nullptr;
    const int length = i2d_PUBKEY(key, &raw);
    return length > 0 ? toDer(length, raw) : QByteArray();
}

inline QByteArray spkiOfCertificateDer(const QByteArray& der) {
    const auto* p = reinterpret_cast<const unsigned char*>(der.constData());
    OwnedX509 x(d2i_X509(nullptr, &p, der.size()));
    return spkiOfKey(X509_get0_pubkey(x.p));
}

// The SubjectPublicKeyInfo of any fixture: form is cert, pubkey, key or csr; PEM or DER decided by content.
inline QByteArray expectedSpki(const QString& name, const QString& form) {
    const QByteArray bytes = readAll(fixture(name));
    const bool pem = bytes.contains("-----BEGIN");
    OwnedBio bio(BIO_new_mem_buf(bytes.constData(), static_cast<int>(bytes.size())));
    const auto* p = reinterpret_cast<const unsigned char*>(bytes.constData());
    if (form == QLatin1String("cert"))
        return spkiOfCertificateDer(certificatesDer(name).value(0));
    if (form == QLatin1String("pubkey")) {
        OwnedKey key(pem ? PEM_read_bio_PUBKEY(bio.p, nullptr, nullptr, nullptr)
                         : d2i_PUBKEY(nullptr, &p, bytes.size()));
        return spkiOfKey(key.p);
    }
    if (form == QLatin1String("key")) {
        OwnedKey key(pem ? PEM_read_bio_PrivateKey(bio.p, nullptr, nullptr, const_cast<char*>(""))
                         : d2i_AutoPrivateKey(nullptr, &p, bytes.size()));
        return spkiOfKey(key.p);
    }
    OwnedReq req(pem ? PEM_read_bio_X509_REQ(bio.p, nullptr, nullptr, nullptr)
                     : d2i_X509_REQ(nullptr, &p, bytes.size()));
    return spkiOfKey(X509_REQ_get0_pubkey(req.p));
}

inline QByteArray digest(const QByteArray& input, int mtype) {
    if (mtype == 0)
        return input;
    unsigned char out[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    EVP_Digest(input.constData(), static_cast<size_t>(input.size()), out, &length,
               mtype == 1 ? EVP_sha256() : EVP_sha512(), nullptr);
    return QByteArray(reinterpret_cast<const char*>(out), static_cast<int>(length));
}

// What a record for (selector, mtype) must carry for certificate `depth` of a fixture.
inline QByteArray expectedData(const QString& name, int depth, int selector, int mtype) {
    const QByteArray der = certificatesDer(name).value(depth);
    return digest(selector == 0 ? der : spkiOfCertificateDer(der), mtype);
}

} // namespace tlsatest
