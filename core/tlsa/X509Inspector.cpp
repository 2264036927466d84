#include "core/tlsa/X509Inspector.h"

#include <openssl/core_names.h>
#include <openssl/x509v3.h>

#include <ctime>

namespace danewerk::core::openssl {

QString rfc4514Name(const X509_NAME* name) {
    if (!name)
        return {};
    BioPtr bio(BIO_new(BIO_s_mem()));
    if (!bio)
        return {};
    // RFC 2253 flags give RFC 4514 order and escaping; keep UTF-8 as it is instead of \XX-escaping it.
    const unsigned long flags = (XN_FLAG_RFC2253 & ~ASN1_STRFLGS_ESC_MSB) | ASN1_STRFLGS_UTF8_CONVERT;
    if (X509_NAME_print_ex(bio.get(), name, 0, flags) < 0)
        return {};
    char* data = nullptr;
    const long length = BIO_get_mem_data(bio.get(), &data);
    return QString::fromUtf8(data, length);
}

QString lastCommonName(const X509_NAME* name) {
    if (!name)
        return {};
    int index = -1;
    int last = -1;
    while ((index = X509_NAME_get_index_by_NID(name, NID_commonName, index)) >= 0)
        last = index;
    if (last < 0)
        return {};
    const ASN1_STRING* value = X509_NAME_ENTRY_get_data(X509_NAME_get_entry(name, last));
    unsigned char* utf8 = nullptr;
    const int length = ASN1_STRING_to_UTF8(&utf8, value);
    if (length < 0)
        return {};
    const OpenSslBytes owner(utf8);
    return QString::fromUtf8(reinterpret_cast<const char*>(utf8), length);
}

QStringList dnsNamesOf(const GENERAL_NAMES* names) {
    QStringList out;
    if (!names)
        return out;
    const int count = std::min(sk_GENERAL_NAME_num(names), kMaxSubjectAltNames);
    for (int i = 0; i < count; ++i) {
        const GENERAL_NAME* entry = sk_GENERAL_NAME_value(names, i);
        if (entry->type != GEN_DNS)
            continue;
        const ASN1_IA5STRING* dns = entry->d.dNSName;
        out << QString::fromLatin1(reinterpret_cast<const char*>(ASN1_STRING_get0_data(dns)), ASN1_STRING_length(dns))
                   .toLower();
    }
    return out;
}

QString describeKey(const EVP_PKEY* key) {
    if (!key)
        return {};
    switch (EVP_PKEY_get_base_id(key)) {
    case EVP_PKEY_RSA:
    case EVP_PKEY_RSA_PSS:
        return QStringLiteral("RSA %1").arg(EVP_PKEY_get_bits(key));
    case EVP_PKEY_ED25519:
        return QStringLiteral("Ed25519");
    case EVP_PKEY_ED448:
        return QStringLiteral("Ed448");
    case EVP_PKEY_EC: {
        char group[80] = {};
        size_t length = 0;
        if (EVP_PKEY_get_utf8_string_param(key, OSSL_PKEY_PARAM_GROUP_NAME, group, sizeof group, &length) != 1)
            return QStringLiteral("EC");
        const QString name = QString::fromLatin1(group, static_cast<qsizetype>(length));
        if (name == QLatin1String("prime256v1"))
            return QStringLiteral("EC P-256");
        if (name == QLatin1String("secp384r1"))
            return QStringLiteral("EC P-384");
        if (name == QLatin1String("secp521r1"))
            return QStringLiteral("EC P-521");
        return QStringLiteral("EC ") + name;
    }
    default: {
        const char* name = OBJ_nid2sn(EVP_PKEY_get_base_id(key));
        return name ? QString::fromLatin1(name) : QString();
    }
    }
}

QDateTime toDateTime(const ASN1_TIME* time) {
    std::tm parts{};
    if (!time || ASN1_TIME_to_tm(time, &parts) != 1)
        return {};
    return QDateTime(QDate(parts.tm_year + 1900, parts.tm_mon + 1, parts.tm_mday),
                     QTime(parts.tm_hour, parts.tm_min, parts.tm_sec), Qt::UTC);
}

CertificateInfo inspectCertificate(X509* certificate) {
    CertificateInfo info;
    info.der = certificateDer(certificate);
    if (const X509_PUBKEY* spki = X509_get_X509_PUBKEY(certificate)) {
        // The SPKI exactly as the certificate encodes it: that is what TLSA selector 1 hashes.
        unsigned char* raw = nullptr;
        const int length = i2d_X509_PUBKEY(spki, &raw);
        if (length > 0) {
            const OpenSslBytes owner(raw);
            info.spkiDer = QByteArray(reinterpret_cast<const char*>(raw), length);
        }
    }
    info.subject = rfc4514Name(X509_get_subject_name(certificate));
    info.issuer = rfc4514Name(X509_get_issuer_name(certificate));
    info.notBefore = toDateTime(X509_get0_notBefore(certificate));
    info.notAfter = toDateTime(X509_get0_notAfter(certificate));
    // basicConstraints CA:TRUE, or an old version-1 self-signed root (X509_check_ca returns 3 for those).
    const int caKind = X509_check_ca(certificate);
    info.isCa = caKind == 1 || caKind == 3;
    info.selfSigned = X509_self_signed(certificate, 1) == 1;
    const GeneralNamesPtr names(
        static_cast<GENERAL_NAMES*>(X509_get_ext_d2i(certificate, NID_subject_alt_name, nullptr, nullptr)));
    info.dnsNames = dnsNamesOf(names.get());
    info.commonName = lastCommonName(X509_get_subject_name(certificate));
    info.keyDescription = describeKey(X509_get0_pubkey(certificate));
    clearOpenSslErrors();
    return info;
}

} // namespace danewerk::core::openssl
