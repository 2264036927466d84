#include "core/tlsa/OpenSslHandles.h"

#include <openssl/err.h>

namespace danewerk::core::openssl {

QString takeOpenSslError() {
    const unsigned long code = ERR_peek_last_error();
    QString text;
    if (code != 0) {
        const char* reason = ERR_reason_error_string(code);
        text = reason ? QString::fromUtf8(reason) : QStringLiteral("OpenSSL error %1").arg(code, 0, 16);
    }
    ERR_clear_error();
    return text;
}

void clearOpenSslErrors() {
    ERR_clear_error();
}

X509Ptr certificateFromDer(const QByteArray& der) {
    const auto* p = reinterpret_cast<const unsigned char*>(der.constData());
    const auto* const end = p + der.size();
    X509Ptr certificate(d2i_X509(nullptr, &p, static_cast<long>(der.size())));
    if (!certificate || p != end)
        return nullptr;
    return certificate;
}

X509ReqPtr requestFromDer(const QByteArray& der) {
    const auto* p = reinterpret_cast<const unsigned char*>(der.constData());
    const auto* const end = p + der.size();
    X509ReqPtr request(d2i_X509_REQ(nullptr, &p, static_cast<long>(der.size())));
    if (!request || p != end)
        return nullptr;
    return request;
}

EvpPkeyPtr publicKeyFromDer(const QByteArray& der) {
    const auto* p = reinterpret_cast<const unsigned char*>(der.constData());
    const auto* const end = p + der.size();
    EvpPkeyPtr key(d2i_PUBKEY(nullptr, &p, static_cast<long>(der.size())));
    if (!key || p != end)
        return nullptr;
    return key;
}

QByteArray certificateDer(const X509* certificate) {
    unsigned char* raw = nullptr;
    const int length = i2d_X509(certificate, &raw);
    if (length <= 0)
        return {};
    const OpenSslBytes owner(raw);
    return QByteArray(reinterpret_cast<const char*>(raw), length);
}

QByteArray subjectPublicKeyInfoDer(const EVP_PKEY* key) {
    unsigned char* raw = nullptr;
    const int length = i2d_PUBKEY(key, &raw);
    if (length <= 0)
        return {};
    const OpenSslBytes owner(raw);
    return QByteArray(reinterpret_cast<const char*>(raw), length);
}

} // namespace danewerk::core::openssl
