#include "core/dnssec/SignatureVerifier.h"

#include "core/dnssec/DnssecAlgorithm.h"
#include "core/dnssec/DnssecCrypto.h"

#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/rsa.h>

#include <cstring>

namespace danewerk::core {

namespace {

// The DER of DigestInfo up to the digest (RFC 8017 9.2, note 1).
constexpr unsigned char Sha1DigestInfo[] = {0x30, 0x21, 0x30, 0x09, 0x06, 0x05, 0x2b, 0x0e,
                                            0x03, 0x02, 0x1a, 0x05, 0x00, 0x04, 0x14};
constexpr unsigned char Sha256DigestInfo[] = {0x30, 0x31, 0x30, 0x0d, 0x06, 0x09, 0x60, 0x86, 0x48, 0x01,
                                              0x65, 0x03, 0x04, 0x02, 0x01, 0x05, 0x00, 0x04, 0x20};
constexpr unsigned char Sha512DigestInfo[] = {0x30, 0x51, 0x30, 0x0d, 0x06, 0x09, 0x60, 0x86, 0x48, 0x01,
                                              0x65, 0x03, 0x04, 0x02, 0x03, 0x05, 0x00, 0x04, 0x40};

} // namespace

SignatureVerifier::SignatureVerifier()
    : m_mdContext(EVP_MD_CTX_new()), m_digestContext(EVP_MD_CTX_new()), m_sha1(EVP_MD_fetch(nullptr, "SHA1", nullptr)),
      m_sha256(EVP_MD_fetch(nullptr, "SHA256", nullptr)), m_sha384(EVP_MD_fetch(nullptr, "SHA384", nullptr)),
      m_sha512(EVP_MD_fetch(nullptr, "SHA512", nullptr)), m_bnContext(BN_CTX_new()), m_value(BN_new()),
      m_power(BN_new()) {}

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
    for (auto& [key, rsa] : m_rsaKeys) {
        BN_free(rsa.modulus);
        BN_free(rsa.exponent);
        BN_MONT_CTX_free(rsa.montgomery);
        BN_free(rsa.unscale);
    }
    BN_free(m_value);
    BN_free(m_power);
    BN_CTX_free(m_bnContext);
}

// The exponentiation in verifyRsa starts from the plain signature s, not from its Montgomery form s R: each
// squaring then leaves one more factor R^-1 than the Montgomery domain would (m -> 2m + 1) and each
// multiplication by s one more (m -> m + 1), so it ends at s^e R^-m. One Montgomery multiplication by
// R^(m+1) mod n takes that to s^e. For e = 65537 that is 18 multiplications where converting into the domain
// and out of it took 18.5 (the conversion out is a reduction, about half a multiplication). Also sets up
// `montgomery` for the modulus; null on failure.
BIGNUM* SignatureVerifier::unscaleFor(const BIGNUM* modulus, const BIGNUM* exponent, BN_MONT_CTX* montgomery) {
    BIGNUM* m = BN_new(); // zero
    BIGNUM* r = BN_new();
    BIGNUM* unscale = BN_new();
    bool ok = m && r && unscale && BN_MONT_CTX_set(montgomery, modulus, m_bnContext) == 1 && BN_one(r) == 1 &&
              BN_to_montgomery(r, r, montgomery, m_bnContext) == 1; // r = R mod n
    for (int bit = BN_num_bits(exponent) - 2; ok && bit >= 0; --bit)
        ok = BN_lshift1(m, m) == 1 && BN_add_word(m, BN_is_bit_set(exponent, bit) ? 2 : 1) == 1;
    ok = ok && BN_add_word(m, 1) == 1 && BN_mod_exp(unscale, r, m, modulus, m_bnContext) == 1;
    BN_free(m);
    BN_free(r);
    if (!ok) {
        BN_free(unscale);
        return nullptr;
    }
    return unscale;
}

const SignatureVerifier::RsaKey* SignatureVerifier::rsaKeyFor(EVP_PKEY* key) {
    auto found = m_rsaKeys.find(key);
    if (found == m_rsaKeys.end()) {
        RsaKey rsa;
        BIGNUM* modulus = nullptr;
        BIGNUM* exponent = nullptr;
        if (m_bnContext && m_value && m_power && EVP_PKEY_is_a(key, "RSA") &&
            EVP_PKEY_get_bn_param(key, OSSL_PKEY_PARAM_RSA_N, &modulus) == 1 &&
            EVP_PKEY_get_bn_param(key, OSSL_PKEY_PARAM_RSA_E, &exponent) == 1) {
            // Keys for which OpenSSL's public-key operation works (rsa_ossl_public_decrypt's checks pass);
            // anything odd stays with OpenSSL.
            const int bits = BN_num_bits(modulus);
            const bool ordinary = BN_is_odd(modulus) && bits >= 512 && bits <= 16384 && !BN_is_zero(exponent) &&
                                  !BN_is_negative(exponent) && BN_ucmp(modulus, exponent) > 0 &&
                                  (bits <= 3072 || BN_num_bits(exponent) <= 64);
            BN_MONT_CTX* montgomery = ordinary ? BN_MONT_CTX_new() : nullptr;
            BIGNUM* unscale = montgomery ? unscaleFor(modulus, exponent, montgomery) : nullptr;
            if (unscale) {
                rsa = RsaKey{modulus, exponent, montgomery, unscale, BN_num_bytes(modulus)};
                modulus = exponent = nullptr;
            } else {
                BN_MONT_CTX_free(montgomery);
            }
        }
        BN_free(modulus);
        BN_free(exponent);
        ERR_clear_error();
        found = m_rsaKeys.emplace(key, rsa).first;
    }
    return found->second.modulus ? &found->second : nullptr;
}

bool SignatureVerifier::verifyRsa(const RsaKey& key, int algorithm, const unsigned char* digest,
                                  unsigned int digestLength, QByteArrayView signature) {
    const unsigned char* prefix = Sha256DigestInfo;
    size_t prefixLength = sizeof(Sha256DigestInfo);
    if (algorithm == DnssecAlgorithm::RsaSha1 || algorithm == DnssecAlgorithm::RsaSha1Nsec3Sha1) {
        prefix = Sha1DigestInfo;
        prefixLength = sizeof(Sha1DigestInfo);
    } else if (algorithm == DnssecAlgorithm::RsaSha512) {
        prefix = Sha512DigestInfo;
        prefixLength = sizeof(Sha512DigestInfo);
    }
    const auto size = size_t(key.bytes);
    const size_t encodedLength = prefixLength + digestLength;
    // 00 01, at least eight FF, 00, DigestInfo: anything shorter is what RSA_verify refuses too.
    if (signature.size() != qsizetype(size) || size < encodedLength + 11)
        return false;
    m_expected.resize(size);
    m_expected[0] = 0x00;
    m_expected[1] = 0x01;
    std::memset(m_expected.data() + 2, 0xff, size - encodedLength - 3);
    m_expected[size - encodedLength - 1] = 0x00;
    std::memcpy(m_expected.data() + size - encodedLength, prefix, prefixLength);
    std::memcpy(m_expected.data() + size - digestLength, digest, digestLength);

    // s^e mod n, exponent bits from the left, from the plain s (for e = 65537: 16 squarings and one
    // multiplication), then one multiplication by the key's constant (see unscaleFor).
    if (!BN_bin2bn(reinterpret_cast<const unsigned char*>(signature.data()), int(size), m_value) ||
        BN_ucmp(m_value, key.modulus) >= 0 || !BN_copy(m_power, m_value))
        return false;
    for (int bit = BN_num_bits(key.exponent) - 2; bit >= 0; --bit) {
        if (BN_mod_mul_montgomery(m_power, m_power, m_power, key.montgomery, m_bnContext) != 1)
            return false;
        if (BN_is_bit_set(key.exponent, bit) &&
            BN_mod_mul_montgomery(m_power, m_power, m_value, key.montgomery, m_bnContext) != 1)
            return false;
    }
    m_recovered.resize(size);
    if (BN_mod_mul_montgomery(m_value, m_power, key.unscale, key.montgomery, m_bnContext) != 1 ||
        BN_bn2binpad(m_value, m_recovered.data(), int(size)) != int(size))
        return false;
    return std::memcmp(m_recovered.data(), m_expected.data(), size) == 0;
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
    if (!md)
        return false;
    const RsaKey* rsa = DnssecAlgorithm::isRsa(algorithm) ? rsaKeyFor(key) : nullptr;
    EVP_PKEY_CTX* context = rsa ? nullptr : contextFor(algorithm, key);
    if (!rsa && !context)
        return false;
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int digestLength = 0;
    // One digest context per verifier, re-initialised per signature (EVP_Digest would allocate one each time).
    if (EVP_DigestInit_ex(m_digestContext, md, nullptr) != 1 ||
        EVP_DigestUpdate(m_digestContext, data.data(), size_t(data.size())) != 1 ||
        EVP_DigestFinal_ex(m_digestContext, digest, &digestLength) != 1)
        return false;
    if (rsa) {
        const bool ok = verifyRsa(*rsa, algorithm, digest, digestLength, signature);
        if (!ok) // a verification that held queued no error; clearing costs a thread-local lookup
            ERR_clear_error();
        return ok;
    }
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
