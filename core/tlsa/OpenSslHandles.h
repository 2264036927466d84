#pragma once

// Owning handles for the OpenSSL objects the TLSA engine uses. Only core/tlsa/ includes this header: X.509
// parsing and verification stay in one place.

#include <QByteArray>
#include <QString>

#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/x509.h>
#include <openssl/x509_vfy.h>
#include <openssl/x509v3.h>

#include <memory>

namespace danewerk::core::openssl {

struct X509Free {
    void operator()(X509* p) const { X509_free(p); }
};
struct EvpPkeyFree {
    void operator()(EVP_PKEY* p) const { EVP_PKEY_free(p); }
};
struct BioFree {
    void operator()(BIO* p) const { BIO_free_all(p); }
};
struct X509ReqFree {
    void operator()(X509_REQ* p) const { X509_REQ_free(p); }
};
struct X509StoreFree {
    void operator()(X509_STORE* p) const { X509_STORE_free(p); }
};
struct X509StoreCtxFree {
    void operator()(X509_STORE_CTX* p) const { X509_STORE_CTX_free(p); }
};
struct X509StackFree {
    void operator()(STACK_OF(X509) * p) const { sk_X509_pop_free(p, X509_free); }
};
struct GeneralNamesFree {
    void operator()(GENERAL_NAMES* p) const { GENERAL_NAMES_free(p); }
};
struct Pkcs8Free {
    void operator()(PKCS8_PRIV_KEY_INFO* p) const { PKCS8_PRIV_KEY_INFO_free(p); }
};
struct X509SigFree {
    void operator()(X509_SIG* p) const { X509_SIG_free(p); }
};
struct OpenSslBytesFree {
    void operator()(unsigned char* p) const { OPENSSL_free(p); }
};

using X509Ptr = std::unique_ptr<X509, X509Free>;
using EvpPkeyPtr = std::unique_ptr<EVP_PKEY, EvpPkeyFree>;
using BioPtr = std::unique_ptr<BIO, BioFree>;
using X509ReqPtr = std::unique_ptr<X509_REQ, X509ReqFree>;
using X509StorePtr = std::unique_ptr<X509_STORE, X509StoreFree>;
using X509StoreCtxPtr = std::unique_ptr<X509_STORE_CTX, X509StoreCtxFree>;
using X509StackPtr = std::unique_ptr<STACK_OF(X509), X509StackFree>;
using GeneralNamesPtr = std::unique_ptr<GENERAL_NAMES, GeneralNamesFree>;
using Pkcs8Ptr = std::unique_ptr<PKCS8_PRIV_KEY_INFO, Pkcs8Free>;
using X509SigPtr = std::unique_ptr<X509_SIG, X509SigFree>;
using OpenSslBytes = std::unique_ptr<unsigned char, OpenSslBytesFree>;

// The reason of the most recent OpenSSL error, and the error queue emptied (so that it cannot leak into an
// unrelated later message). Empty when OpenSSL recorded nothing.
[[nodiscard]] QString takeOpenSslError();
// Forgets whatever OpenSSL queued.
void clearOpenSslErrors();

// DER parsers that insist on consuming the whole input (trailing bytes mean the input is something else).
[[nodiscard]] X509Ptr certificateFromDer(const QByteArray& der);
[[nodiscard]] X509ReqPtr requestFromDer(const QByteArray& der);
[[nodiscard]] EvpPkeyPtr publicKeyFromDer(const QByteArray& der); // SubjectPublicKeyInfo

// i2d of a certificate / of a key's SubjectPublicKeyInfo (a private key gives its public half).
[[nodiscard]] QByteArray certificateDer(const X509* certificate);
[[nodiscard]] QByteArray subjectPublicKeyInfoDer(const EVP_PKEY* key);

} // namespace danewerk::core::openssl
