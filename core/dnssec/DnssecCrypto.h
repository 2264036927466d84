#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QMap>
#include <QPair>
#include <QString>

#include <memory>

typedef struct evp_pkey_st EVP_PKEY;

namespace danewerk::core {

// Every OpenSSL call for DNSSEC keys and signatures lives here: key generation, conversion between the
// DNSKEY/BIND encodings and EVP_PKEY, signing in DNSSEC signature format, digests.
using EvpKeyPtr = std::shared_ptr<EVP_PKEY>;

class DnssecCrypto {
public:
    // bits only matters for RSA (0: 2048).
    [[nodiscard]] static Result<EvpKeyPtr> generateKey(int algorithm, int bits = 0);

    // The public key field of a DNSKEY (RFC 3110, RFC 6605, RFC 8080) and back.
    [[nodiscard]] static Result<QByteArray> dnskeyPublicKey(int algorithm, EVP_PKEY* key);
    [[nodiscard]] static Result<EvpKeyPtr> publicKeyFromDnskey(int algorithm, QByteArrayView publicKey);

    // BIND Private-key-format v1.3 fields (name -> raw bytes, in file order) and back.
    [[nodiscard]] static Result<QList<QPair<QString, QByteArray>>> privateKeyFields(int algorithm, EVP_PKEY* key);
    [[nodiscard]] static Result<EvpKeyPtr> privateKeyFromFields(int algorithm, const QMap<QString, QByteArray>& fields,
                                                                QByteArrayView dnskeyPublicKey);

    // A signature in DNSSEC format (RSA: PKCS#1 v1.5; ECDSA: r|s; EdDSA: raw) over data.
    [[nodiscard]] static Result<QByteArray> sign(int algorithm, EVP_PKEY* key, QByteArrayView data);

    // One-shot verification (the validator uses SignatureVerifier for speed).
    [[nodiscard]] static bool verify(int algorithm, EVP_PKEY* key, QByteArrayView data, QByteArrayView signature);

    // digestType as in DS records: 1 SHA-1, 2 SHA-256, 4 SHA-384; empty if unknown.
    [[nodiscard]] static QByteArray dsDigest(int digestType, QByteArrayView data);
    [[nodiscard]] static QByteArray sha1(QByteArrayView data);

    // DER ECDSA-Sig-Value from r|s and back (fieldBytes: 32 for P-256, 48 for P-384).
    [[nodiscard]] static QByteArray ecdsaRawToDer(QByteArrayView raw);
    [[nodiscard]] static QByteArray ecdsaDerToRaw(QByteArrayView der, int fieldBytes);

    [[nodiscard]] static QString lastOpenSslError();
};

} // namespace danewerk::core
