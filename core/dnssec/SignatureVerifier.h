#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <unordered_map>
#include <vector>

typedef struct evp_pkey_st EVP_PKEY;
typedef struct evp_pkey_ctx_st EVP_PKEY_CTX;
typedef struct evp_md_ctx_st EVP_MD_CTX;
typedef struct evp_md_st EVP_MD;
typedef struct bignum_st BIGNUM;
typedef struct bignum_ctx BN_CTX;
typedef struct bn_mont_ctx_st BN_MONT_CTX;

namespace danewerk::core {

// Verifies DNSSEC signatures fast: one instance per thread (not thread-safe itself, no locks), with the
// digests fetched once and one prepared verification context per key, reused for every signature.
// The EVP_PKEYs are shared between threads (read-only) and must outlive the verifier.
//
// RSA signatures of ordinary keys (odd modulus of 512 to 16384 bits, exponent below it) are checked by the
// public-key operation itself, s^e mod n on this verifier's own Montgomery context, and a comparison with the
// PKCS #1 v1.5 encoding of the digest (RFC 8017 8.2.2: encode and compare). That accepts exactly what
// OpenSSL's RSA_verify accepts and takes about an eighth less time: no provider dispatch, no lock on the
// key's Montgomery cache, no padding parser. Any other RSA key goes through OpenSSL's EVP interface.
class SignatureVerifier {
public:
    SignatureVerifier();
    ~SignatureVerifier();
    SignatureVerifier(const SignatureVerifier&) = delete;
    SignatureVerifier& operator=(const SignatureVerifier&) = delete;

    // data: the signing input (SigningInput::build); signature in DNSSEC format.
    [[nodiscard]] bool verify(int algorithm, EVP_PKEY* key, QByteArrayView data, QByteArrayView signature);

private:
    struct RsaKey {
        BIGNUM* modulus = nullptr;
        BIGNUM* exponent = nullptr;
        BN_MONT_CTX* montgomery = nullptr;
        // R^(m+1) mod n, where the exponentiation from the plain signature leaves s^e R^-m (see unscaleFor).
        BIGNUM* unscale = nullptr;
        int bytes = 0;
    };
    EVP_PKEY_CTX* contextFor(int algorithm, EVP_PKEY* key);
    const RsaKey* rsaKeyFor(EVP_PKEY* key); // null: not an ordinary RSA key
    BIGNUM* unscaleFor(const BIGNUM* modulus, const BIGNUM* exponent, BN_MONT_CTX* montgomery);
    bool verifyRsa(const RsaKey& key, int algorithm, const unsigned char* digest, unsigned int digestLength,
                   QByteArrayView signature);

    EVP_MD_CTX* m_mdContext = nullptr;     // EdDSA one-shot verification
    EVP_MD_CTX* m_digestContext = nullptr; // RSA and ECDSA message digests
    EVP_MD* m_sha1 = nullptr;
    EVP_MD* m_sha256 = nullptr;
    EVP_MD* m_sha384 = nullptr;
    EVP_MD* m_sha512 = nullptr;
    std::unordered_map<EVP_PKEY*, EVP_PKEY_CTX*> m_contexts; // by the caller's key
    std::vector<EVP_PKEY*> m_ownKeys;                        // this verifier's copies of them
    QByteArray m_der;
    std::unordered_map<EVP_PKEY*, RsaKey> m_rsaKeys; // by the caller's key; modulus null: use EVP
    BN_CTX* m_bnContext = nullptr;
    BIGNUM* m_value = nullptr;
    BIGNUM* m_power = nullptr;
    std::vector<unsigned char> m_recovered;
    std::vector<unsigned char> m_expected;
};

} // namespace danewerk::core
