#include "core/lab/LabCertificateFactory.h"

#include "core/common/AtomicFile.h"
#include "core/lab/LabError.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>

#include <openssl/bio.h>
#include <openssl/ec.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <memory>

namespace danewerk::core {

namespace {

struct BioFree {
    void operator()(BIO* bio) const { BIO_free(bio); }
};
struct KeyFree {
    void operator()(EVP_PKEY* key) const { EVP_PKEY_free(key); }
};
struct CertFree {
    void operator()(X509* cert) const { X509_free(cert); }
};
using BioPtr = std::unique_ptr<BIO, BioFree>;
using KeyPtr = std::unique_ptr<EVP_PKEY, KeyFree>;
using CertPtr = std::unique_ptr<X509, CertFree>;

Error failure(const QString& what) {
    return labError(
        QStringLiteral("LAB_CERTIFICATE_FAILED"),
        QCoreApplication::translate("danewerk::core::LabCertificateFactory", "Could not make the lab certificate: %1")
            .arg(what));
}

KeyPtr generateKey() {
    return KeyPtr(EVP_EC_gen("P-256"));
}

bool addExtension(X509* cert, X509* issuer, int nid, const QByteArray& value) {
    X509V3_CTX context;
    X509V3_set_ctx_nodb(&context);
    X509V3_set_ctx(&context, issuer, cert, nullptr, nullptr, 0);
    X509_EXTENSION* extension = X509V3_EXT_conf_nid(nullptr, &context, nid, value.constData());
    if (!extension)
        return false;
    const bool added = X509_add_ext(cert, extension, -1) == 1;
    X509_EXTENSION_free(extension);
    return added;
}

// issuer/issuerKey null: self-signed.
CertPtr makeCertificate(EVP_PKEY* key, const QString& commonName, const QStringList& dnsNames, bool ca, X509* issuer,
                        EVP_PKEY* issuerKey, const QDateTime& now, long serial) {
    CertPtr cert(X509_new());
    if (!cert)
        return {};
    X509_set_version(cert.get(), 2);
    ASN1_INTEGER_set(X509_get_serialNumber(cert.get()), serial);
    X509_time_adj_ex(X509_getm_notBefore(cert.get()), -1, 0, nullptr);
    X509_time_adj_ex(X509_getm_notAfter(cert.get()), 825, 0, nullptr);
    Q_UNUSED(now) // OpenSSL stamps validity from the system clock, which is what the lab's servers use too
    X509_NAME* name = X509_get_subject_name(cert.get());
    const QByteArray cn = commonName.toUtf8();
    X509_NAME_add_entry_by_txt(name, "O", MBSTRING_UTF8, reinterpret_cast<const unsigned char*>("Danewerk Lab"), -1, -1,
                               0);
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8, reinterpret_cast<const unsigned char*>(cn.constData()), -1,
                               -1, 0);
    X509_set_issuer_name(cert.get(), issuer ? X509_get_subject_name(issuer) : name);
    X509_set_pubkey(cert.get(), key);
    X509* issuerCert = issuer ? issuer : cert.get();
    bool ok = addExtension(cert.get(), issuerCert, NID_basic_constraints,
                           ca ? QByteArrayLiteral("critical,CA:TRUE") : QByteArrayLiteral("CA:FALSE"));
    ok = ok && addExtension(cert.get(), issuerCert, NID_subject_key_identifier, "hash");
    if (issuer)
        ok = ok && addExtension(cert.get(), issuerCert, NID_authority_key_identifier, "keyid:always");
    if (ca) {
        ok = ok && addExtension(cert.get(), issuerCert, NID_key_usage, "critical,keyCertSign,cRLSign");
    } else {
        QStringList sans;
        for (const QString& dnsName : dnsNames)
            sans.append(QStringLiteral("DNS:") + dnsName);
        ok = ok && addExtension(cert.get(), issuerCert, NID_subject_alt_name, sans.join(u',').toUtf8());
        ok = ok && addExtension(cert.get(), issuerCert, NID_ext_key_usage, "serverAuth");
    }
    if (!ok || X509_sign(cert.get(), issuerKey ? issuerKey : key, EVP_sha256()) == 0)
        return {};
    return cert;
}

QByteArray certificatePem(X509* cert) {
    BioPtr bio(BIO_new(BIO_s_mem()));
    PEM_write_bio_X509(bio.get(), cert);
    char* data = nullptr;
    const long length = BIO_get_mem_data(bio.get(), &data);
    return QByteArray(data, int(length));
}

QByteArray keyPem(EVP_PKEY* key) {
    BioPtr bio(BIO_new(BIO_s_mem()));
    PEM_write_bio_PrivateKey(bio.get(), key, nullptr, nullptr, 0, nullptr, nullptr);
    char* data = nullptr;
    const long length = BIO_get_mem_data(bio.get(), &data);
    return QByteArray(data, int(length));
}

CertPtr readCertificate(const QString& path) {
    auto pem = readFileLimited(path, 1024 * 1024);
    if (!pem)
        return {};
    BioPtr bio(BIO_new_mem_buf(pem->constData(), int(pem->size())));
    return CertPtr(PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr));
}

QByteArray der(X509* cert) {
    unsigned char* buffer = nullptr;
    const int length = i2d_X509(cert, &buffer);
    QByteArray bytes(reinterpret_cast<const char*>(buffer), length);
    OPENSSL_free(buffer);
    return bytes;
}

QByteArray spki(X509* cert) {
    unsigned char* buffer = nullptr;
    const int length = i2d_X509_PUBKEY(X509_get_X509_PUBKEY(cert), &buffer);
    QByteArray bytes(reinterpret_cast<const char*>(buffer), length);
    OPENSSL_free(buffer);
    return bytes;
}

// True when the certificate is still good for another 30 days.
bool fresh(X509* cert) {
    ASN1_TIME* limit = X509_time_adj_ex(nullptr, 30, 0, nullptr);
    const int comparison = ASN1_TIME_compare(X509_get0_notAfter(cert), limit);
    ASN1_TIME_free(limit);
    return comparison > 0;
}

} // namespace

Result<LabCertificate> LabCertificateFactory::ensure(const LabCertificateSpec& spec, const QString& directory,
                                                     const QDateTime& now) {
    QDir().mkpath(directory);
    const QDir dir(directory);
    LabCertificate result;
    result.id = spec.id;
    result.chainFile = dir.filePath(spec.id + QStringLiteral(".chain.pem"));
    result.leafFile = dir.filePath(spec.id + QStringLiteral(".crt"));
    result.caFile = spec.privateCa ? dir.filePath(spec.id + QStringLiteral(".ca.crt")) : QString();

    CertPtr leaf = readCertificate(result.leafFile);
    CertPtr ca = spec.privateCa ? readCertificate(result.caFile) : CertPtr();
    const bool reuse = leaf && fresh(leaf.get()) && QFileInfo::exists(result.chainFile) &&
                       (!spec.privateCa || (ca && fresh(ca.get())));
    if (!reuse) {
        const long serial = long(now.toSecsSinceEpoch() & 0x7fffffff);
        KeyPtr leafKey = generateKey();
        KeyPtr caKey = spec.privateCa ? generateKey() : KeyPtr();
        if (!leafKey || (spec.privateCa && !caKey))
            return failure(QStringLiteral("key generation"));
        if (spec.privateCa) {
            ca = makeCertificate(caKey.get(), QStringLiteral("Danewerk Lab CA ") + spec.names.first(), {}, true,
                                 nullptr, nullptr, now, serial);
            if (!ca)
                return failure(QStringLiteral("CA certificate"));
        }
        leaf = makeCertificate(leafKey.get(), spec.names.first(), spec.names, false, ca.get(), caKey.get(), now,
                               serial + 1);
        if (!leaf)
            return failure(QStringLiteral("leaf certificate"));
        QByteArray chain = keyPem(leafKey.get()) + certificatePem(leaf.get());
        if (ca)
            chain += certificatePem(ca.get());
        const WriteOptions overwrite{true, false};
        if (auto written = writeFileAtomically(result.chainFile, chain, {true, true}); !written)
            return written.error();
        if (auto written = writeFileAtomically(result.leafFile, certificatePem(leaf.get()), overwrite); !written)
            return written.error();
        if (ca) {
            if (auto written = writeFileAtomically(result.caFile, certificatePem(ca.get()), overwrite); !written)
                return written.error();
        }
    }
    result.leafDer = der(leaf.get());
    result.leafSpki = spki(leaf.get());
    if (ca) {
        result.caDer = der(ca.get());
        result.caSpki = spki(ca.get());
    }
    return result;
}

QByteArray LabCertificateFactory::associationData(const LabCertificate& certificate, int usage, int selector,
                                                  int mtype) {
    const bool fromCa = usage == 2 && !certificate.caDer.isEmpty();
    const QByteArray& input = selector == 0 ? (fromCa ? certificate.caDer : certificate.leafDer)
                                            : (fromCa ? certificate.caSpki : certificate.leafSpki);
    switch (mtype) {
    case 0:
        return input;
    case 1:
        return QCryptographicHash::hash(input, QCryptographicHash::Sha256);
    case 2:
        return QCryptographicHash::hash(input, QCryptographicHash::Sha512);
    default:
        return {};
    }
}

} // namespace danewerk::core
