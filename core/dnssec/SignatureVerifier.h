#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <unordered_map>
#include <vector>

typedef struct evp_pkey_st EVP_PKEY;
typedef struct evp_pkey_ctx_st EVP_PKEY_CTX;
typedef struct evp_md_ctx_st EVP_MD_CTX;
typedef struct evp_md_st EVP_MD;

namespace danewerk::core {

// Verifies DNSSEC signatures fast: one instance per thread (not thread-safe itself, no locks), with the
// digests fetched once and one prepared verification context per key, reused for every signature.
// The EVP_PKEYs are shared between threads (read-only) and must outlive the verifier.
class SignatureVerifier {
public:
    SignatureVerifier();
    ~SignatureVerifier();
    SignatureVerifier(const SignatureVerifier&) = delete;
    SignatureVerifier& operator=(const SignatureVerifier&) = delete;

    // data: the signing input (SigningInput::build); signature in DNSSEC format.
    [[nodiscard]] bool verify(int algorithm, EVP_PKEY* key, QByteArrayView data, QByteArrayView signature);

private:
    EVP_PKEY_CTX* contextFor(int algorithm, EVP_PKEY* key);

    EVP_MD_CTX* m_mdContext = nullptr;     // EdDSA one-shot verification
    EVP_MD_CTX* m_digestContext = nullptr; // RSA and ECDSA message digests
    EVP_MD* m_sha1 = nullptr;
    EVP_MD* m_sha256 = nullptr;
    EVP_MD* m_sha384 = nullptr;
    EVP_MD* m_sha512 = nullptr;
    std::unordered_map<EVP_PKEY*, EVP_PKEY_CTX*> m_contexts; // by the caller's key
    std::vector<EVP_PKEY*> m_ownKeys;                        // this verifier's copies of them
    QByteArray m_der;
};

} // namespace danewerk::core
