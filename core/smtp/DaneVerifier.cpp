#include "core/smtp/DaneVerifier.h"

#include <openssl/err.h>
#include <openssl/ssl.h>
#include <openssl/x509.h>
#include <openssl/x509_vfy.h>
#include <openssl/x509v3.h>

#include <memory>

namespace danewerk::core {

namespace {

struct SslCtxDeleter {
    void operator()(SSL_CTX* p) const { SSL_CTX_free(p); }
};
struct SslDeleter {
    void operator()(SSL* p) const { SSL_free(p); }
};
struct StoreDeleter {
    void operator()(X509_STORE* p) const { X509_STORE_free(p); }
};
struct StoreCtxDeleter {
    void operator()(X509_STORE_CTX* p) const { X509_STORE_CTX_free(p); }
};
struct ChainDeleter {
    void operator()(STACK_OF(X509) * p) const { sk_X509_pop_free(p, X509_free); }
};

QString withoutDot(QString name) {
    if (name.endsWith(QLatin1Char('.')))
        name.chop(1);
    return name.toLower();
}

} // namespace

DaneVerification DaneVerifier::verify(const QList<QByteArray>& chainDer, const QList<TlsaRecord>& records,
                                      const QString& baseDomain, const QStringList& extraNames, const QDateTime& now) {
    DaneVerification result;
    if (chainDer.isEmpty()) {
        result.reason = QStringLiteral("no certificate presented");
        return result;
    }
    std::unique_ptr<STACK_OF(X509), ChainDeleter> chain(sk_X509_new_null());
    for (const QByteArray& der : chainDer) {
        const auto* p = reinterpret_cast<const unsigned char*>(der.constData());
        X509* cert = d2i_X509(nullptr, &p, der.size());
        if (!cert) {
            ERR_clear_error();
            result.reason = QStringLiteral("undecodable certificate in the chain");
            return result;
        }
        sk_X509_push(chain.get(), cert);
    }

    std::unique_ptr<SSL_CTX, SslCtxDeleter> ctx(SSL_CTX_new(TLS_client_method()));
    if (!ctx || SSL_CTX_dane_enable(ctx.get()) <= 0) {
        result.reason = QStringLiteral("OpenSSL DANE support unavailable");
        return result;
    }
    std::unique_ptr<SSL, SslDeleter> ssl(SSL_new(ctx.get()));
    const QByteArray base = withoutDot(baseDomain).toLatin1();
    if (!ssl || SSL_dane_enable(ssl.get(), base.constData()) <= 0) {
        result.reason = QStringLiteral("SSL_dane_enable failed");
        return result;
    }
    SSL_dane_set_flags(ssl.get(), DANE_FLAG_NO_DANE_EE_NAMECHECKS);
    for (const QString& name : extraNames) {
        const QByteArray reference = withoutDot(name).toLatin1();
        if (!reference.isEmpty() && reference != base)
            SSL_add1_host(ssl.get(), reference.constData());
    }
    int added = 0;
    for (const TlsaRecord& record : records) {
        const int rc = SSL_dane_tlsa_add(
            ssl.get(), uint8_t(record.usage), uint8_t(record.selector), uint8_t(record.mtype),
            reinterpret_cast<const unsigned char*>(record.data.constData()), size_t(record.data.size()));
        if (rc > 0)
            ++added;
    }
    ERR_clear_error();
    if (added == 0) {
        result.outcome = DaneVerification::Outcome::NoMatch;
        result.x509Error = X509_V_ERR_DANE_NO_MATCH;
        result.reason = QStringLiteral("no usable TLSA record");
        return result;
    }

    X509_VERIFY_PARAM* param = SSL_get0_param(ssl.get());
    X509_VERIFY_PARAM_set_time(param, time_t(now.toSecsSinceEpoch()));
    X509_VERIFY_PARAM_set_hostflags(param, X509_CHECK_FLAG_NO_PARTIAL_WILDCARDS);

    std::unique_ptr<X509_STORE, StoreDeleter> store(X509_STORE_new());
    std::unique_ptr<X509_STORE_CTX, StoreCtxDeleter> storeCtx(X509_STORE_CTX_new());
    if (!store || !storeCtx ||
        X509_STORE_CTX_init(storeCtx.get(), store.get(), sk_X509_value(chain.get(), 0), chain.get()) != 1) {
        result.reason = QStringLiteral("X509_STORE_CTX_init failed");
        return result;
    }
    // As libssl does for a server chain: the "ssl_server" purpose, the connection's parameters, its DANE state.
    X509_STORE_CTX_set_default(storeCtx.get(), "ssl_server");
    X509_VERIFY_PARAM_set1(X509_STORE_CTX_get0_param(storeCtx.get()), param);
    X509_STORE_CTX_set0_dane(storeCtx.get(), SSL_get0_dane(ssl.get()));
    const int verified = X509_verify_cert(storeCtx.get());
    result.x509Error = X509_STORE_CTX_get_error(storeCtx.get());
    result.reason = QString::fromLatin1(X509_verify_cert_error_string(result.x509Error));
    ERR_clear_error();

    uint8_t usage = 0;
    uint8_t selector = 0;
    uint8_t mtype = 0;
    const unsigned char* data = nullptr;
    size_t length = 0;
    const int depth = SSL_get0_dane_tlsa(ssl.get(), &usage, &selector, &mtype, &data, &length);
    if (depth >= 0) {
        result.matchedDepth = depth;
        result.matched.usage = usage;
        result.matched.selector = selector;
        result.matched.mtype = mtype;
        result.matched.data = QByteArray(reinterpret_cast<const char*>(data), qsizetype(length));
    }
    if (verified == 1 && result.x509Error == X509_V_OK && depth >= 0) {
        result.outcome = DaneVerification::Outcome::Authenticated;
        return result;
    }
    switch (result.x509Error) {
    case X509_V_ERR_HOSTNAME_MISMATCH:
        result.outcome = DaneVerification::Outcome::NameMismatch;
        break;
    case X509_V_ERR_CERT_HAS_EXPIRED:
    case X509_V_ERR_CERT_NOT_YET_VALID:
        result.outcome = DaneVerification::Outcome::CertExpired;
        break;
    case X509_V_ERR_DANE_NO_MATCH:
        result.outcome = DaneVerification::Outcome::NoMatch;
        break;
    default:
        result.outcome = depth >= 0 ? DaneVerification::Outcome::Failed : DaneVerification::Outcome::NoMatch;
    }
    return result;
}

} // namespace danewerk::core
