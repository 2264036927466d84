#include "core/dnssec/SignatureVerifier.h"

#include "core/dnssec/DnssecAlgorithm.h"
#include "core/dnssec/DnssecCrypto.h"

#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/rsa.h>

namespace danewerk::core {

SignatureVerifier::SignatureVerifier()
    : m_mdContext(EVP_MD_CTX_new()), m_digestContext(EVP_MD_CTX_new()), m_sha1(EVP_MD_fetch(nullptr, "SHA1", nullptr)),
      m_sha256(EVP_MD_fetch(nullptr, "SHA256", nullptr)), m_sha384(EVP_MD_fetch(nullptr, "SHA384", nullptr)),
      m_sha512(EVP_MD_fetch(nullptr, "SHA512", nullptr)) {}

SignatureVerifier::~SignatureVerifier() {
    for (auto& [key, context] : m_contexts)
        EVP_PKEY_CTX_free(context);
    for (EVP_PKEY* key : m_ownKeys)
        EVP_PKEY_free(key);
    EVP_MD_CTX_free(m_mdContext);
    EVP_MD_CTX_free(m_digestContext);
    EVP_MD_free(m_sha1);
    EVP_MD_free(m_sha256);
    EVP_MD_free(m_sha384);
    EVP_MD_free(m_sha512);
}

EVP_PKEY_CTX* SignatureVerifier::contextFor(int algorithm, EVP_PKEY* key) {
    const auto found = m_contexts.find(key);
    if (found != m_contexts.end())
        return found->second;
    // A copy of the key for this thread: an RSA key caches its Montgomery context behind a lock that every
    // verification takes, and threads sharing one key would pass that lock's cache line back and forth.
    EVP_PKEY* own = EVP_PKEY_dup(key);
    if (own)
        m_ownKeys.push_back(own);
    EVP_PKEY_CTX* context = EVP_PKEY_CTX_new_from_pkey(nullptr, own ? own : key, nullptr);
    bool ok = context && EVP_PKEY_verify_init(context) == 1;
    if (ok && DnssecAlgorithm::isRsa(algorithm)) {
        const EVP_MD* md = algorithm == DnssecAlgorithm::RsaSha256   ? m_sha256
                           : algorithm == DnssecAlgorithm::RsaSha512 ? m_sha512
                                                                     : m_sha1;
        ok = EVP_PKEY_CTX_set_rsa_padding(context, RSA_PKCS1_PADDING) == 1 &&
             EVP_PKEY_CTX_set_signature_md(context, md) == 1;
    }
    if (!ok) {
        EVP_PKEY_CTX_free(context);
        context = nullptr;
    }
    m_contexts.emplace(key, context);
    return context;
}

bool SignatureVerifier::verify(int algorithm, EVP_PKEY* key, QByteArrayView data, QByteArrayView signature) {
    if (algorithm == DnssecAlgorithm::Ed25519 || algorithm == DnssecAlgorithm::Ed448) {
        const bool ok = EVP_DigestVerifyInit(m_mdContext, nullptr, nullptr, nullptr, key) == 1 &&
                        EVP_DigestVerify(m_mdContext, reinterpret_cast<const unsigned char*>(signature.data()),
                                         size_t(signature.size()), reinterpret_cast<const unsigned char*>(data.data()),
                                         size_t(data.size())) == 1;
        EVP_MD_CTX_reset(m_mdContext);
        ERR_clear_error();
        return ok;
    }
    const EVP_MD* md = nullptr;
    switch (algorithm) {
    case DnssecAlgorithm::RsaSha1:
    case DnssecAlgorithm::RsaSha1Nsec3Sha1:
        md = m_sha1;
        break;
    case DnssecAlgorithm::RsaSha256:
    case DnssecAlgorithm::EcdsaP256Sha256:
        md = m_sha256;
        break;
    case DnssecAlgorithm::EcdsaP384Sha384:
        md = m_sha384;
        break;
    case DnssecAlgorithm::RsaSha512:
        md = m_sha512;
        break;
    default:
        return false;
    }
    EVP_PKEY_CTX* context = contextFor(algorithm, key);
    if (!context || !md)
        return false;
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int digestLength = 0;
    // One digest context per verifier, re-initialised per signature (EVP_Digest would allocate one each time).
    if (EVP_DigestInit_ex(m_digestContext, md, nullptr) != 1 ||
        EVP_DigestUpdate(m_digestContext, data.data(), size_t(data.size())) != 1 ||
        EVP_DigestFinal_ex(m_digestContext, digest, &digestLength) != 1)
        return false;
    if (DnssecAlgorithm::isEcdsa(algorithm)) {
        const int field = algorithm == DnssecAlgorithm::EcdsaP384Sha384 ? 48 : 32;
        if (signature.size() != 2 * field)
            return false;
        m_der = DnssecCrypto::ecdsaRawToDer(signature);
        signature = m_der;
    }
    const bool ok = EVP_PKEY_verify(context, reinterpret_cast<const unsigned char*>(signature.data()),
                                    size_t(signature.size()), digest, digestLength) == 1;
    if (!ok)
        ERR_clear_error();
    return ok;
}

} // namespace danewerk::core
