#include "core/smtp/CertificateSummary.h"

#include <QCryptographicHash>

#include <openssl/asn1.h>
#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/x509.h>

namespace danewerk::core {

namespace {

QString nameText(const X509_NAME* name) {
    BIO* bio = BIO_new(BIO_s_mem());
    X509_NAME_print_ex(bio, name, 0, XN_FLAG_RFC2253);
    char* data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    QString text = QString::fromUtf8(data, int(size));
    BIO_free(bio);
    return text;
}

QDateTime timeOf(const ASN1_TIME* time) {
    struct tm parts = {};
    if (ASN1_TIME_to_tm(time, &parts) != 1)
        return {};
    return QDateTime(QDate(parts.tm_year + 1900, parts.tm_mon + 1, parts.tm_mday),
                     QTime(parts.tm_hour, parts.tm_min, parts.tm_sec), Qt::UTC);
}

} // namespace

CertificateSummary CertificateSummary::fromDer(const QByteArray& der, int depth) {
    CertificateSummary s;
    s.depth = depth;
    s.certSha256 = QCryptographicHash::hash(der, QCryptographicHash::Sha256);
    s.certSha512 = QCryptographicHash::hash(der, QCryptographicHash::Sha512);
    const auto* p = reinterpret_cast<const unsigned char*>(der.constData());
    X509* cert = d2i_X509(nullptr, &p, der.size());
    if (!cert) {
        ERR_clear_error();
        return s;
    }
    s.valid = true;
    s.subject = nameText(X509_get_subject_name(cert));
    s.issuer = nameText(X509_get_issuer_name(cert));
    s.notBefore = timeOf(X509_get0_notBefore(cert));
    s.notAfter = timeOf(X509_get0_notAfter(cert));
    if (EVP_PKEY* key = X509_get0_pubkey(cert))
        s.keyType = QString::fromLatin1(EVP_PKEY_get0_type_name(key)).toUpper();
    unsigned char* spki = nullptr;
    const int length = i2d_X509_PUBKEY(X509_get_X509_PUBKEY(cert), &spki);
    if (length > 0)
        s.spki = QByteArray(reinterpret_cast<const char*>(spki), length);
    OPENSSL_free(spki);
    s.spkiSha256 = QCryptographicHash::hash(s.spki, QCryptographicHash::Sha256);
    s.spkiSha512 = QCryptographicHash::hash(s.spki, QCryptographicHash::Sha512);
    X509_free(cert);
    return s;
}

QJsonObject CertificateSummary::toJson() const {
    return QJsonObject{{"depth", depth},
                       {"subject", subject},
                       {"issuer", issuer},
                       {"not_after", notAfter.toString(Qt::ISODate)},
                       {"spki_sha256", QString::fromLatin1(spkiSha256.toHex())},
                       {"cert_sha256", QString::fromLatin1(certSha256.toHex())}};
}

} // namespace danewerk::core
