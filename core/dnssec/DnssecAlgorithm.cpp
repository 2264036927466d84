#include "core/dnssec/DnssecAlgorithm.h"

namespace danewerk::core {

QString DnssecAlgorithm::mnemonic(int algorithm) {
    switch (algorithm) {
    case RsaMd5:
        return QStringLiteral("RSAMD5");
    case Dsa:
        return QStringLiteral("DSA");
    case RsaSha1:
        return QStringLiteral("RSASHA1");
    case DsaNsec3Sha1:
        return QStringLiteral("DSA-NSEC3-SHA1");
    case RsaSha1Nsec3Sha1:
        return QStringLiteral("RSASHA1-NSEC3-SHA1");
    case RsaSha256:
        return QStringLiteral("RSASHA256");
    case RsaSha512:
        return QStringLiteral("RSASHA512");
    case EccGost:
        return QStringLiteral("ECC-GOST");
    case EcdsaP256Sha256:
        return QStringLiteral("ECDSAP256SHA256");
    case EcdsaP384Sha384:
        return QStringLiteral("ECDSAP384SHA384");
    case Ed25519:
        return QStringLiteral("ED25519");
    case Ed448:
        return QStringLiteral("ED448");
    default:
        return QStringLiteral("ALG%1").arg(algorithm);
    }
}

AlgorithmStatus DnssecAlgorithm::signingStatus(int algorithm) {
    switch (algorithm) {
    case RsaMd5:
    case Dsa:
    case DsaNsec3Sha1:
    case EccGost:
        return AlgorithmStatus::Prohibited;
    case RsaSha1:
    case RsaSha1Nsec3Sha1:
    case RsaSha512:
        return AlgorithmStatus::NotRecommended;
    case RsaSha256:
    case EcdsaP256Sha256:
    case EcdsaP384Sha384:
    case Ed25519:
    case Ed448:
        return AlgorithmStatus::Recommended;
    default:
        return AlgorithmStatus::Unknown;
    }
}

bool DnssecAlgorithm::isRsa(int algorithm) {
    return algorithm == RsaSha1 || algorithm == RsaSha1Nsec3Sha1 || algorithm == RsaSha256 || algorithm == RsaSha512;
}

bool DnssecAlgorithm::isEcdsa(int algorithm) {
    return algorithm == EcdsaP256Sha256 || algorithm == EcdsaP384Sha384;
}

bool DnssecAlgorithm::canSign(int algorithm) {
    return algorithm == RsaSha256 || algorithm == EcdsaP256Sha256 || algorithm == EcdsaP384Sha384 ||
           algorithm == Ed25519;
}

bool DnssecAlgorithm::canVerify(int algorithm) {
    return isRsa(algorithm) || isEcdsa(algorithm) || algorithm == Ed25519 || algorithm == Ed448;
}

QString DsDigestType::mnemonic(int digestType) {
    switch (digestType) {
    case Sha1:
        return QStringLiteral("SHA-1");
    case Sha256:
        return QStringLiteral("SHA-256");
    case Gost:
        return QStringLiteral("GOST R 34.11-94");
    case Sha384:
        return QStringLiteral("SHA-384");
    default:
        return QStringLiteral("DIGEST%1").arg(digestType);
    }
}

bool DsDigestType::isProhibited(int digestType) {
    return digestType == Sha1 || digestType == Gost;
}

int DsDigestType::digestLength(int digestType) {
    switch (digestType) {
    case Sha1:
        return 20;
    case Sha256:
    case Gost:
        return 32;
    case Sha384:
        return 48;
    default:
        return 0;
    }
}

} // namespace danewerk::core
