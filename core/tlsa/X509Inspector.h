#pragma once

#include "core/tlsa/CertificateMaterial.h"
#include "core/tlsa/OpenSslHandles.h"

namespace danewerk::core::openssl {

// At most this many subjectAltNames are read from one certificate (hostile input stays bounded).
inline constexpr int kMaxSubjectAltNames = 1000;

// Everything CertificateInfo holds, read from a parsed certificate.
[[nodiscard]] CertificateInfo inspectCertificate(X509* certificate);
// "CN=mx.example.org,O=Example" (RFC 4514, UTF-8, most specific RDN first).
[[nodiscard]] QString rfc4514Name(const X509_NAME* name);
// The last commonName of a name, or empty.
[[nodiscard]] QString lastCommonName(const X509_NAME* name);
// DNS-ID subjectAltNames, lower case, in certificate order.
[[nodiscard]] QStringList dnsNamesOf(const GENERAL_NAMES* names);
// "RSA 2048", "EC P-256", "Ed25519", "Ed448".
[[nodiscard]] QString describeKey(const EVP_PKEY* key);
// ASN1_TIME as UTC; invalid when unreadable.
[[nodiscard]] QDateTime toDateTime(const ASN1_TIME* time);

} // namespace danewerk::core::openssl
