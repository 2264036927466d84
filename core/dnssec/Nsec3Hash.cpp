#include "core/dnssec/Nsec3Hash.h"

#include <openssl/evp.h>

#include <cstring>

namespace danewerk::core {

bool Nsec3Hash::sha1Into(QByteArrayView canonicalName, QByteArrayView salt, int iterations, int algorithm,
                         unsigned char (&out)[20]) {
    if (algorithm != 1 || iterations < 0)
        return false;
    // The zone check hashes every name of an NSEC3 zone: one fetched SHA-1 and one context per thread, instead
    // of an implicit fetch and a new context per name.
    struct Sha1 {
        EVP_MD* md = EVP_MD_fetch(nullptr, "SHA1", nullptr);
        EVP_MD_CTX* ctx = EVP_MD_CTX_new();
        ~Sha1() {
            EVP_MD_CTX_free(ctx);
            EVP_MD_free(md);
        }
    };
    thread_local Sha1 perThread;
    if (!perThread.md || !perThread.ctx)
        return false;
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    EVP_MD_CTX* ctx = perThread.ctx;
    const EVP_MD* sha1 = perThread.md;
    QByteArrayView input = canonicalName;
    for (int i = 0; i <= iterations; ++i) {
        EVP_DigestInit_ex(ctx, sha1, nullptr);
        EVP_DigestUpdate(ctx, input.data(), size_t(input.size()));
        EVP_DigestUpdate(ctx, salt.data(), size_t(salt.size()));
        EVP_DigestFinal_ex(ctx, digest, &length);
        input = QByteArrayView(reinterpret_cast<const char*>(digest), qsizetype(length));
    }
    if (length != sizeof out)
        return false;
    std::memcpy(out, digest, sizeof out);
    return true;
}

QByteArray Nsec3Hash::hash(QByteArrayView canonicalName, QByteArrayView salt, int iterations, int algorithm) {
    unsigned char digest[20];
    if (!sha1Into(canonicalName, salt, iterations, algorithm, digest))
        return {};
    return QByteArray(reinterpret_cast<const char*>(digest), int(sizeof digest));
}

QByteArray Nsec3Hash::toBase32Hex(QByteArrayView bytes) {
    static const char alphabet[] = "0123456789abcdefghijklmnopqrstuv";
    QByteArray out;
    out.reserve((bytes.size() * 8 + 4) / 5);
    quint32 buffer = 0;
    int bits = 0;
    for (char c : bytes) {
        buffer = (buffer << 8) | quint8(c);
        bits += 8;
        while (bits >= 5) {
            out.append(alphabet[(buffer >> (bits - 5)) & 31]);
            bits -= 5;
        }
    }
    if (bits > 0)
        out.append(alphabet[(buffer << (5 - bits)) & 31]);
    return out;
}

std::optional<QByteArray> Nsec3Hash::fromBase32Hex(QByteArrayView text) {
    QByteArray out(text.size() * 5 / 8 + 1, Qt::Uninitialized);
    const qsizetype size = fromBase32HexInto(text, reinterpret_cast<unsigned char*>(out.data()), out.size());
    if (size < 0)
        return std::nullopt;
    out.truncate(size);
    return out;
}

qsizetype Nsec3Hash::fromBase32HexInto(QByteArrayView text, unsigned char* out, qsizetype capacity) {
    qsizetype size = 0;
    quint32 buffer = 0;
    int bits = 0;
    for (char c : text) {
        int value;
        if (c >= '0' && c <= '9')
            value = c - '0';
        else if (c >= 'a' && c <= 'v')
            value = c - 'a' + 10;
        else if (c >= 'A' && c <= 'V')
            value = c - 'A' + 10;
        else
            return -1;
        buffer = (buffer << 5) | quint32(value);
        bits += 5;
        if (bits >= 8) {
            if (size == capacity)
                return -1;
            out[size++] = static_cast<unsigned char>((buffer >> (bits - 8)) & 0xff);
            bits -= 8;
        }
    }
    return size;
}

} // namespace danewerk::core
