#pragma once

#include <QString>

namespace danewerk::core {

// DNSSEC algorithm numbers (IANA "DNS Security Algorithm Numbers") and their standing under RFC 8624.
enum class AlgorithmStatus { Recommended, NotRecommended, Prohibited, Unknown };

class DnssecAlgorithm {
public:
    static constexpr int RsaMd5 = 1;
    static constexpr int Dsa = 3;
    static constexpr int RsaSha1 = 5;
    static constexpr int DsaNsec3Sha1 = 6;
    static constexpr int RsaSha1Nsec3Sha1 = 7;
    static constexpr int RsaSha256 = 8;
    static constexpr int RsaSha512 = 10;
    static constexpr int EccGost = 12;
    static constexpr int EcdsaP256Sha256 = 13;
    static constexpr int EcdsaP384Sha384 = 14;
    static constexpr int Ed25519 = 15;
    static constexpr int Ed448 = 16;

    [[nodiscard]] static QString mnemonic(int algorithm); // "ECDSAP256SHA256", "ALG200" for unknown ones
    [[nodiscard]] static AlgorithmStatus signingStatus(int algorithm);
    [[nodiscard]] static bool isRsa(int algorithm);
    [[nodiscard]] static bool isEcdsa(int algorithm);
    [[nodiscard]] static bool canSign(int algorithm);   // algorithms this engine generates keys for and signs with
    [[nodiscard]] static bool canVerify(int algorithm); // algorithms this engine verifies
};

// DS digest types (RFC 4034, 4509, 6605) and their standing under RFC 8624 3.3.
class DsDigestType {
public:
    static constexpr int Sha1 = 1;
    static constexpr int Sha256 = 2;
    static constexpr int Gost = 3;
    static constexpr int Sha384 = 4;

    [[nodiscard]] static QString mnemonic(int digestType);
    [[nodiscard]] static bool isProhibited(int digestType);
    [[nodiscard]] static int digestLength(int digestType); // 0 if unknown
};

} // namespace danewerk::core
