#include "core/common/AtomicFile.h"
#include "core/tlsa/CertificateMaterial.h"
#include "core/tlsa/OpenSslHandles.h"
#include "core/tlsa/X509Inspector.h"

#include <QCoreApplication>

#include <openssl/crypto.h>
#include <openssl/pem.h>
#include <openssl/x509v3.h>

namespace danewerk::core {

using namespace openssl;

namespace {

constexpr qsizetype kMaxInputBytes = 1024 * 1024; // a chain of a dozen certificates is ~20 KiB
constexpr int kMaxPemBlocks = 64;

Error failure(const char* code, const QString& message, const QString& source) {
    return Error{QString::fromLatin1(code), message, source, 0, 0};
}

// Decoded bytes of one PEM block or of a DER file; zeroed before they are freed because they may be a key.
class SecretBytes {
public:
    SecretBytes() = default;
    SecretBytes(unsigned char* data, long length) : m_data(data), m_length(length) {}
    SecretBytes(const SecretBytes&) = delete;
    SecretBytes& operator=(const SecretBytes&) = delete;
    ~SecretBytes() {
        if (m_data)
            OPENSSL_clear_free(m_data, static_cast<size_t>(m_length));
    }
    [[nodiscard]] const unsigned char* data() const { return m_data; }
    [[nodiscard]] long size() const { return m_length; }
    [[nodiscard]] QByteArray copy() const { return QByteArray(reinterpret_cast<const char*>(m_data), m_length); }

private:
    unsigned char* m_data = nullptr;
    long m_length = 0;
};

struct PemBlock {
    QByteArray label; // "CERTIFICATE"
    QByteArray text;  // BEGIN line through END line
    int line = 0;     // where BEGIN stands, 1-based
};

// DER is a SEQUENCE whose header says how long it is; a shorter input was cut off.
// Returns the declared total length, or -1 when the input does not start like DER.
qint64 declaredDerLength(const unsigned char* data, qint64 size) {
    if (size < 2 || data[0] != 0x30)
        return -1;
    const unsigned char first = data[1];
    if (first < 0x80)
        return 2 + first;
    const int octets = first & 0x7f;
    if (octets == 0 || octets > 4 || size < 2 + octets)
        return -1;
    qint64 length = 0;
    for (int i = 0; i < octets; ++i)
        length = (length << 8) | data[2 + i];
    return 2 + octets + length;
}

// What a decoded structure turned out to be.
struct Parsed {
    std::vector<X509Ptr> certificates;
    EvpPkeyPtr publicKey; // from a SubjectPublicKeyInfo, a private key (public half) or a CSR
    X509ReqPtr request;
    MaterialKind kind = MaterialKind::Certificate;
};

EvpPkeyPtr privateKeyFromDer(const unsigned char* data, long size, int type) {
    const unsigned char* p = data;
    if (type == EVP_PKEY_NONE) {
        const Pkcs8Ptr info(d2i_PKCS8_PRIV_KEY_INFO(nullptr, &p, size));
        if (!info || p != data + size)
            return nullptr;
        return EvpPkeyPtr(EVP_PKCS82PKEY(info.get()));
    }
    EvpPkeyPtr key(d2i_PrivateKey(type, nullptr, &p, size));
    if (!key || p != data + size)
        return nullptr;
    return key;
}

bool isEncryptedPkcs8(const unsigned char* data, long size) {
    const unsigned char* p = data;
    const X509SigPtr sig(d2i_X509_SIG(nullptr, &p, size));
    return sig && p == data + size;
}

QString describeDamage(const unsigned char* data, long size) {
    const qint64 declared = declaredDerLength(data, size);
    if (declared > size)
        return QCoreApplication::translate("danewerk::core::CertificateLoader",
                                           "the DER data is cut off: it declares %1 bytes but only %2 are there")
            .arg(declared)
            .arg(size);
    return {};
}

// Splits PEM text into its blocks. A BEGIN without its END means the file was cut off.
Result<QList<PemBlock>> splitPem(const QByteArray& data, const QString& source) {
    static const QByteArray begin("-----BEGIN ");
    QList<PemBlock> blocks;
    qsizetype at = 0;
    while ((at = data.indexOf(begin, at)) >= 0) {
        if (blocks.size() >= kMaxPemBlocks)
            return failure("INPUT_INVALID",
                           QCoreApplication::translate("danewerk::core::CertificateLoader", "more than %1 PEM blocks")
                               .arg(kMaxPemBlocks),
                           source);
        const qsizetype labelStart = at + begin.size();
        const qsizetype labelEnd = data.indexOf("-----", labelStart);
        const qsizetype lineEnd = data.indexOf('\n', labelStart);
        if (labelEnd < 0 || (lineEnd >= 0 && labelEnd > lineEnd))
            return failure(
                "INPUT_TRUNCATED",
                QCoreApplication::translate("danewerk::core::CertificateLoader", "a PEM BEGIN line is incomplete"),
                source);
        PemBlock block;
        block.label = data.mid(labelStart, labelEnd - labelStart);
        block.line = static_cast<int>(data.left(at).count('\n')) + 1;
        const QByteArray endLine = "-----END " + block.label + "-----";
        const qsizetype endAt = data.indexOf(endLine, labelEnd);
        if (endAt < 0)
            return failure("INPUT_TRUNCATED",
                           QCoreApplication::translate(
                               "danewerk::core::CertificateLoader",
                               "the PEM block \"%1\" starting on line %2 has no END line (the file is cut off)")
                               .arg(QString::fromLatin1(block.label))
                               .arg(block.line),
                           source);
        const qsizetype nextBegin = data.indexOf(begin, labelEnd);
        if (nextBegin >= 0 && nextBegin < endAt)
            return failure(
                "INPUT_TRUNCATED",
                QCoreApplication::translate("danewerk::core::CertificateLoader",
                                            "the PEM block \"%1\" starting on line %2 ends without its END line")
                    .arg(QString::fromLatin1(block.label))
                    .arg(block.line),
                source);
        block.text = data.mid(at, endAt + endLine.size() - at) + '\n';
        blocks << block;
        at = endAt + endLine.size();
    }
    return blocks;
}

enum class BlockType {
    Certificate,
    PublicKey,
    RsaPublicKey,
    PrivateKey,
    RsaPrivateKey,
    EcPrivateKey,
    Encrypted,
    Request,
    Companion,
    Unknown
};

BlockType blockType(const QByteArray& label) {
    if (label == "CERTIFICATE" || label == "X509 CERTIFICATE")
        return BlockType::Certificate;
    if (label == "PUBLIC KEY")
        return BlockType::PublicKey;
    if (label == "RSA PUBLIC KEY")
        return BlockType::RsaPublicKey;
    if (label == "PRIVATE KEY")
        return BlockType::PrivateKey;
    if (label == "RSA PRIVATE KEY")
        return BlockType::RsaPrivateKey;
    if (label == "EC PRIVATE KEY")
        return BlockType::EcPrivateKey;
    if (label == "ENCRYPTED PRIVATE KEY")
        return BlockType::Encrypted;
    if (label == "CERTIFICATE REQUEST" || label == "NEW CERTIFICATE REQUEST")
        return BlockType::Request;
    if (label == "EC PARAMETERS")
        return BlockType::Companion; // `openssl ecparam -genkey` writes it before the key
    return BlockType::Unknown;
}

Error encryptedKey(const QString& source) {
    return failure("KEY_ENCRYPTED",
                   QCoreApplication::translate(
                       "danewerk::core::CertificateLoader",
                       "the private key is encrypted with a passphrase; give the certificate, the public key "
                       "(openssl pkey -pubout) or an unencrypted copy of the key instead"),
                   source);
}

// Turns the blocks into material: certificates win (a fullchain.pem may carry the key too), then private
// keys, public keys and requests.
Result<Parsed> parsePem(const QList<PemBlock>& blocks, const QString& source) {
    Parsed parsed;
    QList<PemBlock> keys;
    QList<PemBlock> publicKeys;
    QList<PemBlock> requests;
    QByteArray unknownLabel;
    for (const PemBlock& block : blocks) {
        switch (blockType(block.label)) {
        case BlockType::Certificate:
            break;
        case BlockType::PublicKey:
        case BlockType::RsaPublicKey:
            publicKeys << block;
            continue;
        case BlockType::PrivateKey:
        case BlockType::RsaPrivateKey:
        case BlockType::EcPrivateKey:
        case BlockType::Encrypted:
            keys << block;
            continue;
        case BlockType::Request:
            requests << block;
            continue;
        case BlockType::Companion:
            continue;
        case BlockType::Unknown:
            if (unknownLabel.isEmpty())
                unknownLabel = block.label;
            continue;
        }
        // Decode a certificate block.
        BioPtr bio(BIO_new_mem_buf(block.text.constData(), static_cast<int>(block.text.size())));
        char* name = nullptr;
        char* header = nullptr;
        unsigned char* raw = nullptr;
        long length = 0;
        if (!bio || PEM_read_bio(bio.get(), &name, &header, &raw, &length) != 1) {
            clearOpenSslErrors();
            return failure("INPUT_INVALID",
                           QCoreApplication::translate("danewerk::core::CertificateLoader",
                                                       "the certificate on line %1 is not valid base64")
                               .arg(block.line),
                           source);
        }
        OPENSSL_free(name);
        OPENSSL_free(header);
        const SecretBytes bytes(raw, length);
        X509Ptr certificate = certificateFromDer(bytes.copy());
        if (!certificate) {
            const QString damage = describeDamage(bytes.data(), bytes.size());
            const QString why = takeOpenSslError();
            if (!damage.isEmpty())
                return failure("INPUT_TRUNCATED",
                               QCoreApplication::translate("danewerk::core::CertificateLoader",
                                                           "the certificate on line %1 is cut off: %2")
                                   .arg(block.line)
                                   .arg(damage),
                               source);
            return failure(
                "INPUT_INVALID",
                QCoreApplication::translate("danewerk::core::CertificateLoader",
                                            "the certificate on line %1 is not a valid X.509 certificate (%2)")
                    .arg(block.line)
                    .arg(why.isEmpty()
                             ? QCoreApplication::translate("danewerk::core::CertificateLoader", "malformed DER")
                             : why),
                source);
        }
        parsed.certificates.push_back(std::move(certificate));
    }
    if (!parsed.certificates.empty()) {
        parsed.kind = parsed.certificates.size() == 1 ? MaterialKind::Certificate : MaterialKind::Chain;
        return parsed;
    }

    const auto decode = [&](const PemBlock& block, QByteArray* headerOut) -> std::unique_ptr<SecretBytes> {
        BioPtr bio(BIO_new_mem_buf(block.text.constData(), static_cast<int>(block.text.size())));
        char* name = nullptr;
        char* header = nullptr;
        unsigned char* raw = nullptr;
        long length = 0;
        if (!bio || PEM_read_bio(bio.get(), &name, &header, &raw, &length) != 1) {
            clearOpenSslErrors();
            return nullptr;
        }
        if (headerOut)
            *headerOut = QByteArray(header);
        OPENSSL_free(name);
        OPENSSL_free(header);
        return std::make_unique<SecretBytes>(raw, length);
    };

    if (!keys.isEmpty()) {
        const PemBlock& block = keys.first();
        const BlockType type = blockType(block.label);
        if (type == BlockType::Encrypted)
            return encryptedKey(source);
        QByteArray header;
        const auto bytes = decode(block, &header);
        if (header.contains("ENCRYPTED"))
            return encryptedKey(source);
        if (!bytes)
            return failure("INPUT_INVALID",
                           QCoreApplication::translate("danewerk::core::CertificateLoader",
                                                       "the private key on line %1 is not valid base64")
                               .arg(block.line),
                           source);
        // A mislabelled EncryptedPrivateKeyInfo must not reach a decoder that might ask for a passphrase.
        if (isEncryptedPkcs8(bytes->data(), bytes->size())) {
            clearOpenSslErrors();
            return encryptedKey(source);
        }
        const int keyType = type == BlockType::RsaPrivateKey  ? EVP_PKEY_RSA
                            : type == BlockType::EcPrivateKey ? EVP_PKEY_EC
                                                              : EVP_PKEY_NONE;
        parsed.publicKey = privateKeyFromDer(bytes->data(), bytes->size(), keyType);
        if (!parsed.publicKey) {
            clearOpenSslErrors();
            const QString damage = describeDamage(bytes->data(), bytes->size());
            return failure(damage.isEmpty() ? "INPUT_INVALID" : "INPUT_TRUNCATED",
                           damage.isEmpty() ? QCoreApplication::translate("danewerk::core::CertificateLoader",
                                                                          "the private key on line %1 cannot be read")
                                                  .arg(block.line)
                                            : damage,
                           source);
        }
        parsed.kind = MaterialKind::PrivateKey;
        return parsed;
    }
    if (!publicKeys.isEmpty()) {
        const PemBlock& block = publicKeys.first();
        const auto bytes = decode(block, nullptr);
        if (bytes) {
            if (blockType(block.label) == BlockType::RsaPublicKey) {
                const unsigned char* p = bytes->data();
                parsed.publicKey.reset(d2i_PublicKey(EVP_PKEY_RSA, nullptr, &p, bytes->size()));
            } else {
                parsed.publicKey = publicKeyFromDer(bytes->copy());
            }
        }
        if (!parsed.publicKey) {
            clearOpenSslErrors();
            return failure("INPUT_INVALID",
                           QCoreApplication::translate("danewerk::core::CertificateLoader",
                                                       "the public key on line %1 cannot be read")
                               .arg(block.line),
                           source);
        }
        parsed.kind = MaterialKind::PublicKey;
        return parsed;
    }
    if (!requests.isEmpty()) {
        const PemBlock& block = requests.first();
        const auto bytes = decode(block, nullptr);
        if (bytes)
            parsed.request = requestFromDer(bytes->copy());
        if (!parsed.request) {
            clearOpenSslErrors();
            return failure("INPUT_INVALID",
                           QCoreApplication::translate("danewerk::core::CertificateLoader",
                                                       "the certificate request on line %1 cannot be read")
                               .arg(block.line),
                           source);
        }
        parsed.kind = MaterialKind::Csr;
        return parsed;
    }
    return failure("INPUT_UNRECOGNISED",
                   QCoreApplication::translate(
                       "danewerk::core::CertificateLoader",
                       "found a PEM block of type \"%1\"; expected a certificate, a certificate chain, a public key, "
                       "a private key or a certificate request")
                       .arg(QString::fromLatin1(unknownLabel.isEmpty() ? QByteArray("?") : unknownLabel)),
                   source);
}

Result<Parsed> parseDer(const QByteArray& data, const QString& source) {
    const auto* bytes = reinterpret_cast<const unsigned char*>(data.constData());
    const long size = static_cast<long>(data.size());
    const qint64 declared = declaredDerLength(bytes, size);
    if (declared < 0)
        return failure("INPUT_UNRECOGNISED",
                       QCoreApplication::translate(
                           "danewerk::core::CertificateLoader",
                           "neither PEM nor DER: expected a certificate, a certificate chain, a public key, a private "
                           "key or a certificate request"),
                       source);
    if (declared > size)
        return failure("INPUT_TRUNCATED", describeDamage(bytes, size), source);
    Parsed parsed;
    if (X509Ptr certificate = certificateFromDer(data)) {
        parsed.certificates.push_back(std::move(certificate));
        parsed.kind = MaterialKind::Certificate;
        return parsed;
    }
    if ((parsed.request = requestFromDer(data))) {
        parsed.kind = MaterialKind::Csr;
        return parsed;
    }
    if ((parsed.publicKey = publicKeyFromDer(data))) {
        parsed.kind = MaterialKind::PublicKey;
        return parsed;
    }
    // Test for an encrypted PKCS#8 first: nothing below may ever reach a passphrase prompt.
    if (isEncryptedPkcs8(bytes, size)) {
        clearOpenSslErrors();
        return encryptedKey(source);
    }
    for (const int type : {EVP_PKEY_NONE, EVP_PKEY_RSA, EVP_PKEY_EC}) {
        if ((parsed.publicKey = privateKeyFromDer(bytes, size, type))) {
            clearOpenSslErrors();
            parsed.kind = MaterialKind::PrivateKey;
            return parsed;
        }
    }
    clearOpenSslErrors();
    return failure(
        "INPUT_UNRECOGNISED",
        QCoreApplication::translate("danewerk::core::CertificateLoader",
                                    "DER data that is no certificate, public key, private key or certificate request"),
        source);
}

} // namespace

Result<CertificateMaterial> CertificateLoader::loadFile(const QString& path) {
    auto data = readFileLimited(path, kMaxInputBytes);
    if (!data) {
        Error error = data.error();
        error.file = path;
        if (error.code == QLatin1String("FILE_TOO_LARGE"))
            error.code = QStringLiteral("INPUT_INVALID");
        return error;
    }
    auto material = loadData(*data, path);
    data->fill('\0'); // the file may have held a private key
    return material;
}

Result<CertificateMaterial> CertificateLoader::loadData(const QByteArray& data, const QString& sourceName) {
    if (data.trimmed().isEmpty())
        return failure("INPUT_EMPTY",
                       QCoreApplication::translate("danewerk::core::CertificateLoader", "the file is empty"),
                       sourceName);
    if (data.size() > kMaxInputBytes)
        return failure(
            "INPUT_INVALID",
            QCoreApplication::translate("danewerk::core::CertificateLoader", "the input is larger than %1 bytes")
                .arg(kMaxInputBytes),
            sourceName);
    clearOpenSslErrors();
    Result<Parsed> parsed = Error{};
    if (data.contains("-----BEGIN ")) {
        auto blocks = splitPem(data, sourceName);
        if (!blocks)
            return blocks.error();
        parsed = parsePem(*blocks, sourceName);
    } else {
        parsed = parseDer(data, sourceName);
    }
    if (!parsed)
        return parsed.error();

    CertificateMaterial material;
    material.kind = parsed->kind;
    material.source = sourceName;
    for (const X509Ptr& certificate : parsed->certificates)
        material.chain << inspectCertificate(certificate.get());
    if (!material.chain.isEmpty()) {
        material.spkiDer = material.chain.first().spkiDer;
        material.keyDescription = material.chain.first().keyDescription;
    } else if (parsed->request) {
        const EVP_PKEY* key = X509_REQ_get0_pubkey(parsed->request.get());
        material.spkiDer = subjectPublicKeyInfoDer(key);
        material.keyDescription = describeKey(key);
        STACK_OF(X509_EXTENSION)* extensions = X509_REQ_get_extensions(parsed->request.get());
        if (extensions) {
            const GeneralNamesPtr names(
                static_cast<GENERAL_NAMES*>(X509V3_get_d2i(extensions, NID_subject_alt_name, nullptr, nullptr)));
            material.requestedDnsNames = dnsNamesOf(names.get());
            sk_X509_EXTENSION_pop_free(extensions, X509_EXTENSION_free);
        }
        material.requestedNames = material.requestedDnsNames;
        const QString cn = lastCommonName(X509_REQ_get_subject_name(parsed->request.get())).toLower();
        if (!cn.isEmpty() && !material.requestedNames.contains(cn))
            material.requestedNames << cn;
    } else {
        material.spkiDer = subjectPublicKeyInfoDer(parsed->publicKey.get());
        material.keyDescription = describeKey(parsed->publicKey.get());
    }
    clearOpenSslErrors();
    if (material.spkiDer.isEmpty())
        return failure(
            "INPUT_INVALID",
            QCoreApplication::translate("danewerk::core::CertificateLoader", "the public key cannot be encoded"),
            sourceName);
    return material;
}

} // namespace danewerk::core
