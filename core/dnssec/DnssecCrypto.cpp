#include "core/dnssec/DnssecCrypto.h"

#include "core/dnssec/DnssecAlgorithm.h"
#include "core/dnssec/DnssecError.h"

#include <QCoreApplication>

#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/param_build.h>

namespace danewerk::core {

namespace {

struct BnFree {
    void operator()(BIGNUM* p) const { BN_clear_free(p); }
};
using BnPtr = std::unique_ptr<BIGNUM, BnFree>;
struct CtxFree {
    void operator()(EVP_PKEY_CTX* p) const { EVP_PKEY_CTX_free(p); }
};
struct MdCtxFree {
    void operator()(EVP_MD_CTX* p) const { EVP_MD_CTX_free(p); }
};
struct ParamBldFree {
    void operator()(OSSL_PARAM_BLD* p) const { OSSL_PARAM_BLD_free(p); }
};
struct ParamFree {
    void operator()(OSSL_PARAM* p) const { OSSL_PARAM_free(p); }
};

EvpKeyPtr wrap(EVP_PKEY* key) {
    return EvpKeyPtr(key, EVP_PKEY_free);
}

Error cryptoError(const QString& what) {
    return dnssecError(QStringLiteral("CRYPTO_ERROR"), what + QStringLiteral(": ") + DnssecCrypto::lastOpenSslError());
}

Error unsupported(int algorithm) {
    return dnssecError(
        QStringLiteral("ALGORITHM_UNSUPPORTED"),
        QCoreApplication::translate("danewerk::core::DnssecCrypto", "DNSSEC algorithm %1 (%2) is not supported here.")
            .arg(algorithm)
            .arg(DnssecAlgorithm::mnemonic(algorithm)));
}

const EVP_MD* digestFor(int algorithm) {
    switch (algorithm) {
    case DnssecAlgorithm::RsaSha1:
    case DnssecAlgorithm::RsaSha1Nsec3Sha1:
        return EVP_sha1();
    case DnssecAlgorithm::RsaSha256:
    case DnssecAlgorithm::EcdsaP256Sha256:
        return EVP_sha256();
    case DnssecAlgorithm::RsaSha512:
        return EVP_sha512();
    case DnssecAlgorithm::EcdsaP384Sha384:
        return EVP_sha384();
    default:
        return nullptr;
    }
}

int ecFieldBytes(int algorithm) {
    return algorithm == DnssecAlgorithm::EcdsaP384Sha384 ? 48 : 32;
}
const char* ecGroup(int algorithm) {
    return algorithm == DnssecAlgorithm::EcdsaP384Sha384 ? "secp384r1" : "prime256v1";
}

QByteArray bnBytes(const BIGNUM* bn, int width = 0) {
    const int size = std::max(BN_num_bytes(bn), width);
    QByteArray out(size, '\0');
    BN_bn2binpad(bn, reinterpret_cast<unsigned char*>(out.data()), size);
    return out;
}

BnPtr bnFrom(QByteArrayView bytes) {
    return BnPtr(BN_bin2bn(reinterpret_cast<const unsigned char*>(bytes.data()), int(bytes.size()), nullptr));
}

Result<QByteArray> getBn(EVP_PKEY* key, const char* name, int width = 0) {
    BIGNUM* bn = nullptr;
    if (EVP_PKEY_get_bn_param(key, name, &bn) != 1)
        return cryptoError(QCoreApplication::translate("danewerk::core::DnssecCrypto", "Cannot read key parameter %1")
                               .arg(QLatin1String(name)));
    BnPtr owned(bn);
    return bnBytes(bn, width);
}

Result<EvpKeyPtr> fromData(const char* type, OSSL_PARAM_BLD* builder, int selection) {
    std::unique_ptr<OSSL_PARAM, ParamFree> params(OSSL_PARAM_BLD_to_param(builder));
    std::unique_ptr<EVP_PKEY_CTX, CtxFree> ctx(EVP_PKEY_CTX_new_from_name(nullptr, type, nullptr));
    EVP_PKEY* key = nullptr;
    if (!params || !ctx || EVP_PKEY_fromdata_init(ctx.get()) != 1 ||
        EVP_PKEY_fromdata(ctx.get(), &key, selection, params.get()) != 1)
        return cryptoError(QCoreApplication::translate("danewerk::core::DnssecCrypto", "Cannot build the key"));
    return wrap(key);
}

// RFC 3110: exponent length (1 octet, or 0 and 2 octets), exponent, modulus.
bool splitRsaPublicKey(QByteArrayView key, QByteArrayView& exponent, QByteArrayView& modulus) {
    const auto* p = reinterpret_cast<const quint8*>(key.data());
    if (key.size() < 3)
        return false;
    qsizetype length = p[0];
    qsizetype offset = 1;
    if (length == 0) {
        length = (p[1] << 8) | p[2];
        offset = 3;
    }
    if (length == 0 || offset + length >= key.size())
        return false;
    exponent = key.sliced(offset, length);
    modulus = key.sliced(offset + length);
    return true;
}

} // namespace

QString DnssecCrypto::lastOpenSslError() {
    const unsigned long code = ERR_get_error();
    ERR_clear_error();
    if (code == 0)
        return QCoreApplication::translate("danewerk::core::DnssecCrypto", "unknown OpenSSL error");
    char buffer[256];
    ERR_error_string_n(code, buffer, sizeof buffer);
    return QString::fromLatin1(buffer);
}

Result<EvpKeyPtr> DnssecCrypto::generateKey(int algorithm, int bits) {
    EVP_PKEY* key = nullptr;
    if (DnssecAlgorithm::isRsa(algorithm)) {
        if (bits == 0)
            bits = 2048;
        if (bits < 1024 || bits > 4096)
            return dnssecError(
                QStringLiteral("KEY_SIZE_INVALID"),
                QCoreApplication::translate("danewerk::core::DnssecCrypto", "RSA keys must have 1024 to 4096 bits."));
        key = EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", size_t(bits));
    } else if (algorithm == DnssecAlgorithm::EcdsaP256Sha256) {
        key = EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256");
    } else if (algorithm == DnssecAlgorithm::EcdsaP384Sha384) {
        key = EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-384");
    } else if (algorithm == DnssecAlgorithm::Ed25519) {
        key = EVP_PKEY_Q_keygen(nullptr, nullptr, "ED25519");
    } else if (algorithm == DnssecAlgorithm::Ed448) {
        key = EVP_PKEY_Q_keygen(nullptr, nullptr, "ED448");
    } else {
        return unsupported(algorithm);
    }
    if (!key)
        return cryptoError(QCoreApplication::translate("danewerk::core::DnssecCrypto", "Key generation failed"));
    return wrap(key);
}

Result<QByteArray> DnssecCrypto::dnskeyPublicKey(int algorithm, EVP_PKEY* key) {
    if (DnssecAlgorithm::isRsa(algorithm)) {
        auto e = getBn(key, OSSL_PKEY_PARAM_RSA_E);
        auto n = getBn(key, OSSL_PKEY_PARAM_RSA_N);
        if (!e)
            return e.error();
        if (!n)
            return n.error();
        QByteArray out;
        if (e->size() < 256) {
            out.append(char(e->size()));
        } else {
            out.append('\0').append(char(e->size() >> 8)).append(char(e->size() & 0xff));
        }
        return out + *e + *n;
    }
    if (DnssecAlgorithm::isEcdsa(algorithm)) {
        const int width = ecFieldBytes(algorithm);
        auto x = getBn(key, OSSL_PKEY_PARAM_EC_PUB_X, width);
        auto y = getBn(key, OSSL_PKEY_PARAM_EC_PUB_Y, width);
        if (!x)
            return x.error();
        if (!y)
            return y.error();
        return *x + *y;
    }
    if (algorithm == DnssecAlgorithm::Ed25519 || algorithm == DnssecAlgorithm::Ed448) {
        size_t length = 0;
        if (EVP_PKEY_get_raw_public_key(key, nullptr, &length) != 1)
            return cryptoError(
                QCoreApplication::translate("danewerk::core::DnssecCrypto", "Cannot read the public key"));
        QByteArray out(qsizetype(length), '\0');
        if (EVP_PKEY_get_raw_public_key(key, reinterpret_cast<unsigned char*>(out.data()), &length) != 1)
            return cryptoError(
                QCoreApplication::translate("danewerk::core::DnssecCrypto", "Cannot read the public key"));
        return out;
    }
    return unsupported(algorithm);
}

Result<EvpKeyPtr> DnssecCrypto::publicKeyFromDnskey(int algorithm, QByteArrayView publicKey) {
    if (DnssecAlgorithm::isRsa(algorithm)) {
        QByteArrayView exponent, modulus;
        if (!splitRsaPublicKey(publicKey, exponent, modulus))
            return dnssecError(
                QStringLiteral("KEY_MALFORMED"),
                QCoreApplication::translate("danewerk::core::DnssecCrypto", "The RSA public key is malformed."));
        std::unique_ptr<OSSL_PARAM_BLD, ParamBldFree> builder(OSSL_PARAM_BLD_new());
        BnPtr n = bnFrom(modulus), e = bnFrom(exponent);
        OSSL_PARAM_BLD_push_BN(builder.get(), OSSL_PKEY_PARAM_RSA_N, n.get());
        OSSL_PARAM_BLD_push_BN(builder.get(), OSSL_PKEY_PARAM_RSA_E, e.get());
        return fromData("RSA", builder.get(), EVP_PKEY_PUBLIC_KEY);
    }
    if (DnssecAlgorithm::isEcdsa(algorithm)) {
        if (publicKey.size() != 2 * ecFieldBytes(algorithm))
            return dnssecError(QStringLiteral("KEY_MALFORMED"),
                               QCoreApplication::translate("danewerk::core::DnssecCrypto",
                                                           "The ECDSA public key has the wrong length."));
        QByteArray point = QByteArray(1, '\x04') + publicKey.toByteArray();
        std::unique_ptr<OSSL_PARAM_BLD, ParamBldFree> builder(OSSL_PARAM_BLD_new());
        OSSL_PARAM_BLD_push_utf8_string(builder.get(), OSSL_PKEY_PARAM_GROUP_NAME, ecGroup(algorithm), 0);
        OSSL_PARAM_BLD_push_octet_string(builder.get(), OSSL_PKEY_PARAM_PUB_KEY, point.constData(),
                                         size_t(point.size()));
        return fromData("EC", builder.get(), EVP_PKEY_PUBLIC_KEY);
    }
    if (algorithm == DnssecAlgorithm::Ed25519 || algorithm == DnssecAlgorithm::Ed448) {
        EVP_PKEY* key = EVP_PKEY_new_raw_public_key(
            algorithm == DnssecAlgorithm::Ed25519 ? EVP_PKEY_ED25519 : EVP_PKEY_ED448, nullptr,
            reinterpret_cast<const unsigned char*>(publicKey.data()), size_t(publicKey.size()));
        if (!key)
            return dnssecError(
                QStringLiteral("KEY_MALFORMED"),
                QCoreApplication::translate("danewerk::core::DnssecCrypto", "The EdDSA public key is malformed."));
        return wrap(key);
    }
    return unsupported(algorithm);
}

Result<QList<QPair<QString, QByteArray>>> DnssecCrypto::privateKeyFields(int algorithm, EVP_PKEY* key) {
    QList<QPair<QString, QByteArray>> fields;
    if (DnssecAlgorithm::isRsa(algorithm)) {
        static const std::pair<const char*, const char*> names[] = {
            {"Modulus", OSSL_PKEY_PARAM_RSA_N},           {"PublicExponent", OSSL_PKEY_PARAM_RSA_E},
            {"PrivateExponent", OSSL_PKEY_PARAM_RSA_D},   {"Prime1", OSSL_PKEY_PARAM_RSA_FACTOR1},
            {"Prime2", OSSL_PKEY_PARAM_RSA_FACTOR2},      {"Exponent1", OSSL_PKEY_PARAM_RSA_EXPONENT1},
            {"Exponent2", OSSL_PKEY_PARAM_RSA_EXPONENT2}, {"Coefficient", OSSL_PKEY_PARAM_RSA_COEFFICIENT1}};
        for (const auto& [field, param] : names) {
            auto value = getBn(key, param);
            if (!value)
                return value.error();
            fields.append({QLatin1String(field), *value});
        }
        return fields;
    }
    if (DnssecAlgorithm::isEcdsa(algorithm)) {
        auto value = getBn(key, OSSL_PKEY_PARAM_PRIV_KEY, ecFieldBytes(algorithm));
        if (!value)
            return value.error();
        fields.append({QStringLiteral("PrivateKey"), *value});
        return fields;
    }
    if (algorithm == DnssecAlgorithm::Ed25519 || algorithm == DnssecAlgorithm::Ed448) {
        size_t length = 0;
        if (EVP_PKEY_get_raw_private_key(key, nullptr, &length) != 1)
            return cryptoError(
                QCoreApplication::translate("danewerk::core::DnssecCrypto", "Cannot read the private key"));
        QByteArray out(qsizetype(length), '\0');
        if (EVP_PKEY_get_raw_private_key(key, reinterpret_cast<unsigned char*>(out.data()), &length) != 1)
            return cryptoError(
                QCoreApplication::translate("danewerk::core::DnssecCrypto", "Cannot read the private key"));
        fields.append({QStringLiteral("PrivateKey"), out});
        return fields;
    }
    return unsupported(algorithm);
}

Result<EvpKeyPtr> DnssecCrypto::privateKeyFromFields(int algorithm, const QMap<QString, QByteArray>& fields,
                                                     QByteArrayView dnskeyPublicKey) {
    const auto missing = [](const QString& name) {
        return dnssecError(
            QStringLiteral("KEY_MALFORMED"),
            QCoreApplication::translate("danewerk::core::DnssecCrypto", "The private key file lacks the field %1.")
                .arg(name));
    };
    if (DnssecAlgorithm::isRsa(algorithm)) {
        static const std::pair<const char*, const char*> names[] = {
            {"Modulus", OSSL_PKEY_PARAM_RSA_N},           {"PublicExponent", OSSL_PKEY_PARAM_RSA_E},
            {"PrivateExponent", OSSL_PKEY_PARAM_RSA_D},   {"Prime1", OSSL_PKEY_PARAM_RSA_FACTOR1},
            {"Prime2", OSSL_PKEY_PARAM_RSA_FACTOR2},      {"Exponent1", OSSL_PKEY_PARAM_RSA_EXPONENT1},
            {"Exponent2", OSSL_PKEY_PARAM_RSA_EXPONENT2}, {"Coefficient", OSSL_PKEY_PARAM_RSA_COEFFICIENT1}};
        std::unique_ptr<OSSL_PARAM_BLD, ParamBldFree> builder(OSSL_PARAM_BLD_new());
        std::vector<BnPtr> numbers;
        for (const auto& [field, param] : names) {
            const QString name = QLatin1String(field);
            if (!fields.contains(name))
                return missing(name);
            numbers.push_back(bnFrom(fields.value(name)));
            OSSL_PARAM_BLD_push_BN(builder.get(), param, numbers.back().get());
        }
        return fromData("RSA", builder.get(), EVP_PKEY_KEYPAIR);
    }
    const QString privateKey = QStringLiteral("PrivateKey");
    if (!fields.contains(privateKey))
        return missing(privateKey);
    if (DnssecAlgorithm::isEcdsa(algorithm)) {
        if (dnskeyPublicKey.size() != 2 * ecFieldBytes(algorithm))
            return dnssecError(QStringLiteral("KEY_MALFORMED"),
                               QCoreApplication::translate("danewerk::core::DnssecCrypto",
                                                           "The ECDSA public key has the wrong length."));
        const QByteArray point = QByteArray(1, '\x04') + dnskeyPublicKey.toByteArray();
        std::unique_ptr<OSSL_PARAM_BLD, ParamBldFree> builder(OSSL_PARAM_BLD_new());
        BnPtr secret = bnFrom(fields.value(privateKey));
        OSSL_PARAM_BLD_push_utf8_string(builder.get(), OSSL_PKEY_PARAM_GROUP_NAME, ecGroup(algorithm), 0);
        OSSL_PARAM_BLD_push_BN(builder.get(), OSSL_PKEY_PARAM_PRIV_KEY, secret.get());
        OSSL_PARAM_BLD_push_octet_string(builder.get(), OSSL_PKEY_PARAM_PUB_KEY, point.constData(),
                                         size_t(point.size()));
        return fromData("EC", builder.get(), EVP_PKEY_KEYPAIR);
    }
    if (algorithm == DnssecAlgorithm::Ed25519 || algorithm == DnssecAlgorithm::Ed448) {
        const QByteArray raw = fields.value(privateKey);
        EVP_PKEY* key = EVP_PKEY_new_raw_private_key(
            algorithm == DnssecAlgorithm::Ed25519 ? EVP_PKEY_ED25519 : EVP_PKEY_ED448, nullptr,
            reinterpret_cast<const unsigned char*>(raw.constData()), size_t(raw.size()));
        if (!key)
            return dnssecError(
                QStringLiteral("KEY_MALFORMED"),
                QCoreApplication::translate("danewerk::core::DnssecCrypto", "The EdDSA private key is malformed."));
        return wrap(key);
    }
    return unsupported(algorithm);
}

Result<QByteArray> DnssecCrypto::sign(int algorithm, EVP_PKEY* key, QByteArrayView data) {
    if (!DnssecAlgorithm::canVerify(algorithm))
        return unsupported(algorithm);
    std::unique_ptr<EVP_MD_CTX, MdCtxFree> ctx(EVP_MD_CTX_new());
    size_t length = 0;
    const auto* input = reinterpret_cast<const unsigned char*>(data.data());
    if (!ctx || EVP_DigestSignInit(ctx.get(), nullptr, digestFor(algorithm), nullptr, key) != 1 ||
        EVP_DigestSign(ctx.get(), nullptr, &length, input, size_t(data.size())) != 1)
        return cryptoError(QCoreApplication::translate("danewerk::core::DnssecCrypto", "Signing failed"));
    QByteArray signature(qsizetype(length), '\0');
    if (EVP_DigestSign(ctx.get(), reinterpret_cast<unsigned char*>(signature.data()), &length, input,
                       size_t(data.size())) != 1)
        return cryptoError(QCoreApplication::translate("danewerk::core::DnssecCrypto", "Signing failed"));
    signature.truncate(qsizetype(length));
    if (DnssecAlgorithm::isEcdsa(algorithm))
        return ecdsaDerToRaw(signature, ecFieldBytes(algorithm));
    return signature;
}

bool DnssecCrypto::verify(int algorithm, EVP_PKEY* key, QByteArrayView data, QByteArrayView signature) {
    QByteArray der;
    if (DnssecAlgorithm::isEcdsa(algorithm)) {
        if (signature.size() != 2 * ecFieldBytes(algorithm))
            return false;
        der = ecdsaRawToDer(signature);
        signature = der;
    }
    std::unique_ptr<EVP_MD_CTX, MdCtxFree> ctx(EVP_MD_CTX_new());
    const bool ok =
        ctx && EVP_DigestVerifyInit(ctx.get(), nullptr, digestFor(algorithm), nullptr, key) == 1 &&
        EVP_DigestVerify(ctx.get(), reinterpret_cast<const unsigned char*>(signature.data()), size_t(signature.size()),
                         reinterpret_cast<const unsigned char*>(data.data()), size_t(data.size())) == 1;
    ERR_clear_error();
    return ok;
}

QByteArray DnssecCrypto::dsDigest(int digestType, QByteArrayView data) {
    const EVP_MD* md = nullptr;
    switch (digestType) {
    case 1:
        md = EVP_sha1();
        break;
    case 2:
        md = EVP_sha256();
        break;
    case 4:
        md = EVP_sha384();
        break;
    default:
        return {};
    }
    unsigned char out[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (EVP_Digest(data.data(), size_t(data.size()), out, &length, md, nullptr) != 1)
        return {};
    return QByteArray(reinterpret_cast<const char*>(out), int(length));
}

QByteArray DnssecCrypto::sha1(QByteArrayView data) {
    return dsDigest(1, data);
}

QByteArray DnssecCrypto::ecdsaRawToDer(QByteArrayView raw) {
    const qsizetype half = raw.size() / 2;
    const auto integer = [](QByteArrayView value) {
        qsizetype start = 0;
        while (start + 1 < value.size() && value[start] == '\0')
            ++start;
        QByteArray body = value.sliced(start).toByteArray();
        if (quint8(body[0]) & 0x80)
            body.prepend('\0');
        return QByteArray(1, '\x02') + char(body.size()) + body;
    };
    const QByteArray content = integer(raw.first(half)) + integer(raw.sliced(half));
    return QByteArray(1, '\x30') + char(content.size()) + content;
}

QByteArray DnssecCrypto::ecdsaDerToRaw(QByteArrayView der, int fieldBytes) {
    const auto* p = reinterpret_cast<const quint8*>(der.data());
    const qsizetype n = der.size();
    qsizetype pos = 0;
    if (n < 2 || p[pos++] != 0x30)
        return {};
    if (p[pos] & 0x80)
        pos += 1 + (p[pos] & 0x7f);
    else
        ++pos;
    QByteArray raw;
    for (int part = 0; part < 2; ++part) {
        if (pos + 2 > n || p[pos] != 0x02)
            return {};
        const qsizetype length = p[pos + 1];
        pos += 2;
        if (pos + length > n)
            return {};
        QByteArrayView value = der.sliced(pos, length);
        while (value.size() > fieldBytes && value[0] == '\0')
            value = value.sliced(1);
        if (value.size() > fieldBytes)
            return {};
        raw.append(QByteArray(fieldBytes - value.size(), '\0')).append(value);
        pos += length;
    }
    return raw;
}

} // namespace danewerk::core
