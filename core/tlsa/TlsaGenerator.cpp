#include "core/tlsa/TlsaGenerator.h"

#include "core/tlsa/TlsaParameters.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <openssl/evp.h>

namespace danewerk::core {

namespace {

// Certificates shorter-lived than this are renewed too often for a record that pins the whole certificate.
constexpr qint64 kShortLivedDays = 100;

Error failure(const char* code, const QString& message, const QString& source) {
    return Error{QString::fromLatin1(code), message, source, 0, 0};
}

// Host names as DNS wants them: lower case, no trailing dot, LDH labels (underscores tolerated).
std::optional<QString> normaliseHost(const QString& text) {
    const QString host = tlsaHostToAscii(text);
    static const QRegularExpression label(QStringLiteral("^[a-z0-9_]([a-z0-9_-]{0,61}[a-z0-9_])?$"));
    if (host.isEmpty() || host.size() > 253)
        return std::nullopt;
    for (const QString& part : host.split(QLatin1Char('.'))) {
        if (!label.match(part).hasMatch())
            return std::nullopt;
    }
    return host;
}

QString firstPlainName(const QStringList& names) {
    for (const QString& name : names) {
        if (!name.startsWith(QLatin1String("*")) && normaliseHost(name))
            return *normaliseHost(name);
    }
    return {};
}

// Organisations whose public CAs issue from intermediates they rotate (RFC 7671 5.2 warns against pinning
// those with DANE-TA).
bool isPublicCaName(const QString& name) {
    static const char* const organisations[] = {"Let's Encrypt",
                                                "Internet Security Research Group",
                                                "ISRG",
                                                "DigiCert",
                                                "Sectigo",
                                                "COMODO",
                                                "GlobalSign",
                                                "ZeroSSL",
                                                "Google Trust Services",
                                                "Amazon",
                                                "Entrust",
                                                "GoDaddy",
                                                "IdenTrust",
                                                "Buypass",
                                                "Certum",
                                                "HARICA",
                                                "SSL.com",
                                                "Microsoft",
                                                "Starfield",
                                                "QuoVadis",
                                                "Thawte",
                                                "GeoTrust",
                                                "RapidSSL",
                                                "USERTrust"};
    for (const char* organisation : organisations) {
        if (name.contains(QLatin1String(organisation), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

Finding makeFinding(Severity severity, const char* code, const QString& message, const char* rfc, const QString& fix,
                    const GeneratedTlsa& generated) {
    Finding finding;
    finding.severity = severity;
    finding.code = QString::fromLatin1(code);
    finding.message = message;
    finding.rfc = QString::fromLatin1(rfc);
    finding.fix = fix;
    finding.owner = generated.record.owner;
    finding.type = QStringLiteral("TLSA");
    finding.file = generated.source;
    return finding;
}

// Which certificate of the chain a record pins: the leaf for end-entity usages, the top CA (or --depth)
// for trust-anchor usages.
Result<int> chooseDepth(const CertificateMaterial& material, const TlsaRequest& request) {
    const bool anchorUsage = request.usage == 0 || request.usage == 2;
    const qsizetype count = material.chain.size();
    if (request.depth) {
        if (!material.hasCertificates() || *request.depth < 0 || *request.depth >= count)
            return failure("DEPTH_OUT_OF_RANGE",
                           QCoreApplication::translate(
                               "danewerk::core::TlsaGenerator",
                               "depth %1 is outside the chain, which has %2 certificate(s) (depth 0 is the leaf)")
                               .arg(*request.depth)
                               .arg(count),
                           material.source);
        if (!anchorUsage && *request.depth != 0)
            return failure("PARAMETER_INVALID",
                           QCoreApplication::translate(
                               "danewerk::core::TlsaGenerator",
                               "a depth other than 0 only makes sense for the trust-anchor usages 0 and 2"),
                           material.source);
    }
    if (!anchorUsage)
        return 0;
    if (!material.hasCertificates())
        return failure("DANE_TA_NEEDS_CA",
                       QCoreApplication::translate(
                           "danewerk::core::TlsaGenerator",
                           "usage %1 (%2) pins a CA certificate, but this input holds only a key or a request; give "
                           "the chain (fullchain.pem) or the CA certificate")
                           .arg(request.usage)
                           .arg(usageMnemonic(request.usage)),
                       material.source);
    int depth = -1;
    if (request.depth) {
        depth = *request.depth;
    } else {
        for (int i = static_cast<int>(count) - 1; i >= 0; --i) {
            if (material.chain[i].isCa) {
                depth = i;
                break;
            }
        }
    }
    if (depth < 0 || !material.chain[depth].isCa)
        return failure(
            "DANE_TA_NEEDS_CA",
            count == 1
                ? QCoreApplication::translate("danewerk::core::TlsaGenerator",
                                              "usage %1 (%2) needs a CA certificate, but this is a lone end-entity "
                                              "certificate; give the chain (fullchain.pem) or use usage 3 (DANE-EE)")
                      .arg(request.usage)
                      .arg(usageMnemonic(request.usage))
                : QCoreApplication::translate("danewerk::core::TlsaGenerator",
                                              "usage %1 (%2) needs a CA certificate, but the chosen certificate is not "
                                              "a CA")
                      .arg(request.usage)
                      .arg(usageMnemonic(request.usage)),
            material.source);
    return depth;
}

Result<GeneratedTlsa> generateOne(const CertificateMaterial& material, const TlsaRequest& request, Findings& findings) {
    if (request.usage < 0 || request.usage > 3 || request.selector < 0 || request.selector > 1 || request.mtype < 0 ||
        request.mtype > 2)
        return failure("PARAMETER_INVALID",
                       QCoreApplication::translate(
                           "danewerk::core::TlsaGenerator",
                           "%1 %2 %3 is not a TLSA parameter combination this tool can create (usage 0-3, selector "
                           "0-1, matching type 0-2)")
                           .arg(request.usage)
                           .arg(request.selector)
                           .arg(request.mtype),
                       material.source);
    if (request.port < 1 || request.port > 65535)
        return failure(
            "PARAMETER_INVALID",
            QCoreApplication::translate("danewerk::core::TlsaGenerator", "port %1 is not between 1 and 65535")
                .arg(request.port),
            material.source);
    static const QRegularExpression protocol(QStringLiteral("^[a-z][a-z0-9-]{0,30}$"));
    if (!protocol.match(request.proto.toLower()).hasMatch())
        return failure(
            "PARAMETER_INVALID",
            QCoreApplication::translate("danewerk::core::TlsaGenerator", "\"%1\" is not a transport protocol name")
                .arg(request.proto),
            material.source);
    auto depth = chooseDepth(material, request);
    if (!depth)
        return depth.error();
    if (request.selector == 0 && !material.hasCertificates())
        return failure("SELECTOR_NEEDS_CERTIFICATE",
                       QCoreApplication::translate(
                           "danewerk::core::TlsaGenerator",
                           "selector 0 (Cert) hashes a whole certificate, but this input holds only a key or a "
                           "request; use selector 1 (SPKI) or give the certificate"),
                       material.source);

    QString host;
    if (!request.host.trimmed().isEmpty()) {
        const auto normalised = normaliseHost(request.host);
        if (!normalised)
            return failure(
                "PARAMETER_INVALID",
                QCoreApplication::translate("danewerk::core::TlsaGenerator", "\"%1\" is not a valid host name")
                    .arg(request.host),
                material.source);
        host = *normalised;
    } else {
        host =
            firstPlainName(material.hasCertificates() ? material.chain.first().dnsNames : material.requestedDnsNames);
        if (host.isEmpty() && request.requireHost)
            return failure("HOST_REQUIRED",
                           QCoreApplication::translate(
                               "danewerk::core::TlsaGenerator",
                               "the input names no host (no DNS subjectAltName that is not a wildcard); give the "
                               "host with --host"),
                           material.source);
    }

    GeneratedTlsa generated;
    generated.source = material.source;
    generated.depth = *depth;
    if (!host.isEmpty())
        generated.record.owner = tlsaOwnerName(host, request.port, request.proto);
    generated.record.ttl = request.ttl;
    generated.record.usage = request.usage;
    generated.record.selector = request.selector;
    generated.record.mtype = request.mtype;
    const CertificateInfo* certificate = material.hasCertificates() ? &material.chain[*depth] : nullptr;
    if (certificate) {
        generated.subject = certificate->subject;
        generated.notAfter = certificate->notAfter;
        generated.record.data =
            tlsaAssociationData(certificate->der, certificate->spkiDer, request.selector, request.mtype);
    } else {
        generated.record.data = tlsaAssociationData({}, material.spkiDer, request.selector, request.mtype);
    }
    if (generated.record.data.isEmpty())
        return failure(
            "PARAMETER_INVALID",
            QCoreApplication::translate("danewerk::core::TlsaGenerator", "the association data could not be computed"),
            material.source);

    // Recommendations.
    const int usage = request.usage;
    bool covered = false;
    if ((usage == 0 || usage == 1) && request.port == 25) {
        covered = true;
        findings << makeFinding(
            Severity::Warning, "TLSA_USAGE_PKIX_FOR_SMTP",
            QCoreApplication::translate("danewerk::core::TlsaGenerator",
                                        "usage %1 (%2) is unusable for SMTP: DANE senders ignore PKIX-TA and PKIX-EE "
                                        "records, so this record protects nothing")
                .arg(usage)
                .arg(usageMnemonic(usage)),
            "RFC 7672 3.1.3",
            QCoreApplication::translate("danewerk::core::TlsaGenerator",
                                        "publish 3 1 1 (DANE-EE SPKI SHA2-256) instead"),
            generated);
    }
    if (request.mtype == 0) {
        covered = true;
        findings << makeFinding(
            Severity::Warning, "TLSA_FULL_MATCHING",
            QCoreApplication::translate("danewerk::core::TlsaGenerator",
                                        "matching type 0 (Full) puts the whole certificate or key into DNS: large "
                                        "answers, and no digest agility"),
            "RFC 7671 10.1.2",
            QCoreApplication::translate("danewerk::core::TlsaGenerator", "use matching type 1 (SHA2-256)"), generated);
    }
    if (usage == 3 && request.selector == 0 && certificate && certificate->notBefore.isValid() &&
        certificate->notBefore.daysTo(certificate->notAfter) < kShortLivedDays) {
        covered = true;
        findings << makeFinding(
            Severity::Warning, "TLSA_CERT_SELECTOR_SHORT_LIVED",
            QCoreApplication::translate("danewerk::core::TlsaGenerator",
                                        "3 0 x pins the whole certificate, which is valid for only %1 days: every "
                                        "renewal breaks the record, even when the key stays")
                .arg(certificate->notBefore.daysTo(certificate->notAfter)),
            "RFC 7671 5.1",
            QCoreApplication::translate("danewerk::core::TlsaGenerator",
                                        "use 3 1 1 (SPKI) and keep the key across renewals (certbot --reuse-key)"),
            generated);
    }
    if ((usage == 2 || usage == 0) && certificate && !certificate->selfSigned &&
        (isPublicCaName(certificate->subject) || isPublicCaName(certificate->issuer))) {
        findings << makeFinding(
            Severity::Warning, "TLSA_TA_PUBLIC_CA_INTERMEDIATE",
            QCoreApplication::translate("danewerk::core::TlsaGenerator",
                                        "the record pins the intermediate CA \"%1\" of a public CA, which issues from "
                                        "changing intermediates without notice: a renewal from another intermediate "
                                        "breaks DANE")
                .arg(certificate->subject),
            "RFC 7671 5.2",
            QCoreApplication::translate("danewerk::core::TlsaGenerator",
                                        "prefer 3 1 1 with a stable key, or publish records for every intermediate the "
                                        "CA may use"),
            generated);
    }
    const bool recommended =
        (usage == 3 && request.selector == 1 && request.mtype == 1) || (usage == 2 && request.mtype == 1);
    if (!recommended && !covered) {
        findings << makeFinding(
            Severity::Notice, "TLSA_NOT_RECOMMENDED_PARAMETERS",
            QCoreApplication::translate("danewerk::core::TlsaGenerator",
                                        "%1 (%2) works, but 3 1 1 (DANE-EE SPKI SHA2-256) is the recommended form")
                .arg(generated.record.rdataText().section(QLatin1Char(' '), 0, 2),
                     tlsaMnemonics(usage, request.selector, request.mtype)),
            "RFC 7672 3.1.1", QCoreApplication::translate("danewerk::core::TlsaGenerator", "publish 3 1 1"), generated);
    }
    return generated;
}

} // namespace

QByteArray tlsaAssociationData(const QByteArray& certDer, const QByteArray& spkiDer, int selector, int mtype) {
    const QByteArray& input = selector == 0 ? certDer : spkiDer;
    if ((selector != 0 && selector != 1) || input.isEmpty())
        return {};
    const EVP_MD* digest = nullptr;
    switch (mtype) {
    case 0:
        return input;
    case 1:
        digest = EVP_sha256();
        break;
    case 2:
        digest = EVP_sha512();
        break;
    default:
        return {};
    }
    unsigned char out[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (EVP_Digest(input.constData(), static_cast<size_t>(input.size()), out, &length, digest, nullptr) != 1)
        return {};
    return QByteArray(reinterpret_cast<const char*>(out), static_cast<qsizetype>(length));
}

Result<TlsaGeneration> generateTlsa(const CertificateMaterial& material, const TlsaRequest& request) {
    return generateTlsaSet({material}, request);
}

Result<TlsaGeneration> generateTlsaSet(const QList<CertificateMaterial>& materials, const TlsaRequest& request) {
    TlsaGeneration generation;
    for (const CertificateMaterial& material : materials) {
        Findings findings;
        auto generated = generateOne(material, request, findings);
        if (!generated)
            return generated.error();
        generation.records << *generated;
        // The same advice for several inputs is said once.
        for (const Finding& finding : std::as_const(findings)) {
            const bool known =
                std::any_of(generation.findings.cbegin(), generation.findings.cend(),
                            [&](const Finding& f) { return f.code == finding.code && f.owner == finding.owner; });
            if (!known)
                generation.findings << finding;
        }
    }
    if (generation.records.isEmpty())
        return generation;
    // Rollover readiness (RFC 7671 8.1): a second record for the next key or its issuer lets the key change
    // without a gap.
    QStringList owners;
    for (const GeneratedTlsa& generated : std::as_const(generation.records)) {
        if (!owners.contains(generated.record.owner))
            owners << generated.record.owner;
    }
    for (const QString& owner : std::as_const(owners)) {
        QList<QByteArray> distinct;
        const GeneratedTlsa* first = nullptr;
        for (const GeneratedTlsa& generated : std::as_const(generation.records)) {
            if (generated.record.owner != owner)
                continue;
            first = first ? first : &generated;
            const QByteArray key = generated.record.rdataText().toLatin1();
            if (!distinct.contains(key))
                distinct << key;
        }
        if (distinct.size() == 1) {
            generation.findings << makeFinding(
                Severity::Notice, "TLSA_NO_ROLLOVER_RECORD",
                QCoreApplication::translate(
                    "danewerk::core::TlsaGenerator",
                    "only one TLSA record: when the key or certificate changes, DANE breaks until the new record "
                    "has spread through caches"),
                "RFC 7671 8.1",
                QCoreApplication::translate(
                    "danewerk::core::TlsaGenerator",
                    "publish a second record for the next key (3 1 1 of a pre-generated key) or for the issuing "
                    "CA (2 1 1) before you change the certificate"),
                *first);
        }
    }
    return generation;
}

} // namespace danewerk::core
