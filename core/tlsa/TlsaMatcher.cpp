#include "core/tlsa/TlsaMatcher.h"

#include "core/common/TimeFormat.h"
#include "core/tlsa/OpenSslHandles.h"
#include "core/tlsa/TlsaGenerator.h"
#include "core/tlsa/TlsaParameters.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <openssl/x509v3.h>

#include <map>
#include <vector>

namespace danewerk::core {

using namespace openssl;

namespace {

// Digest agility order (RFC 7671 9): higher is stronger.
int digestStrength(int mtype) {
    switch (mtype) {
    case 2:
        return 3; // SHA2-512
    case 1:
        return 2; // SHA2-256
    case 0:
        return 1; // Full
    default:
        return 0;
    }
}

struct PathCheck {
    bool ok = false;
    bool dateProblem = false;
    int errorDepth = 0;
    QString reason;
};

// Does the leaf chain up to the anchor (at anchorDepth of the presented chain), in date at `now`?
PathCheck verifyPathToAnchor(const std::vector<X509Ptr>& chain, int anchorDepth, const QDateTime& now) {
    PathCheck check;
    X509StorePtr store(X509_STORE_new());
    X509StackPtr untrusted(sk_X509_new_null());
    X509StoreCtxPtr context(X509_STORE_CTX_new());
    if (!store || !untrusted || !context || X509_STORE_add_cert(store.get(), chain[anchorDepth].get()) != 1) {
        check.reason = takeOpenSslError();
        return check;
    }
    for (std::size_t i = 1; i < chain.size(); ++i) {
        if (X509_up_ref(chain[i].get()) != 1)
            continue;
        if (sk_X509_push(untrusted.get(), chain[i].get()) <= 0)
            X509_free(chain[i].get());
    }
    if (X509_STORE_CTX_init(context.get(), store.get(), chain[0].get(), untrusted.get()) != 1) {
        check.reason = takeOpenSslError();
        return check;
    }
    X509_VERIFY_PARAM* param = X509_STORE_CTX_get0_param(context.get());
    // The anchor need not be self-signed (RFC 7671 5.2.2): partial chains end at it.
    X509_VERIFY_PARAM_set_flags(param, X509_V_FLAG_PARTIAL_CHAIN);
    X509_VERIFY_PARAM_set_time(param, static_cast<time_t>(now.toSecsSinceEpoch()));
    const int result = X509_verify_cert(context.get());
    if (result == 1) {
        check.ok = true;
    } else {
        const int error = X509_STORE_CTX_get_error(context.get());
        check.errorDepth = X509_STORE_CTX_get_error_depth(context.get());
        check.dateProblem = error == X509_V_ERR_CERT_HAS_EXPIRED || error == X509_V_ERR_CERT_NOT_YET_VALID;
        check.reason = QString::fromUtf8(X509_verify_cert_error_string(error));
    }
    clearOpenSslErrors();
    return check;
}

struct Judged {
    TlsaRecord record;
    bool usable = false;
    bool counted = false; // usable and of the strongest digest of its (usage, selector)
    bool matched = false;
    int depth = 0;
};

} // namespace

QString tlsaVerdictName(TlsaVerdict verdict) {
    switch (verdict) {
    case TlsaVerdict::Match:
        return QStringLiteral("match");
    case TlsaVerdict::NameMismatch:
        return QStringLiteral("name-mismatch");
    case TlsaVerdict::Unusable:
        return QStringLiteral("unusable");
    case TlsaVerdict::Mismatch:
        break;
    }
    return QStringLiteral("mismatch");
}

QJsonObject TlsaPreflight::toJson() const {
    QJsonArray matchArray;
    for (const TlsaMatch& match : matched) {
        QJsonObject o;
        o.insert(QStringLiteral("usage"), match.usage);
        o.insert(QStringLiteral("selector"), match.selector);
        o.insert(QStringLiteral("mtype"), match.mtype);
        o.insert(QStringLiteral("depth"), match.depth);
        matchArray.append(o);
    }
    QJsonArray findingArray;
    for (const Finding& finding : findings)
        findingArray.append(finding.toJson());
    QJsonObject out;
    out.insert(QStringLiteral("result"), tlsaVerdictName(verdict));
    out.insert(QStringLiteral("matched"), matchArray);
    out.insert(QStringLiteral("findings"), findingArray);
    return out;
}

QString tlsaUnusableReason(const TlsaRecord& record, int port) {
    if (record.usage > 3)
        return QCoreApplication::translate("danewerk::core::TlsaMatcher", "certificate usage %1 is not defined")
            .arg(record.usage);
    if (record.selector > 1)
        return QCoreApplication::translate("danewerk::core::TlsaMatcher", "selector %1 is not defined")
            .arg(record.selector);
    if (record.mtype > 2)
        return QCoreApplication::translate("danewerk::core::TlsaMatcher", "matching type %1 is not defined")
            .arg(record.mtype);
    if ((record.usage == 0 || record.usage == 1) && port == 25)
        return QCoreApplication::translate("danewerk::core::TlsaMatcher", "usage %1 (%2) is not used for SMTP")
            .arg(record.usage)
            .arg(usageMnemonic(record.usage));
    const int expected = digestLength(record.mtype);
    if (expected > 0 && record.data.size() != expected)
        return QCoreApplication::translate("danewerk::core::TlsaMatcher", "%1 data must be %2 bytes long, this is %3")
            .arg(matchingMnemonic(record.mtype))
            .arg(expected)
            .arg(record.data.size());
    if (record.data.isEmpty())
        return QCoreApplication::translate("danewerk::core::TlsaMatcher", "the association data is empty");
    return {};
}

bool tlsaReferenceNameMatches(const CertificateInfo& leaf, const QString& name) {
    const QString reference = tlsaHostToAscii(name);
    if (reference.isEmpty())
        return false;
    const X509Ptr certificate = certificateFromDer(leaf.der);
    if (!certificate)
        return false;
    const QByteArray ascii = reference.toLatin1();
    // Without NEVER_CHECK_SUBJECT OpenSSL consults the CN only when there is no DNS-ID; single-label,
    // leftmost-only wildcards are its default, and partial ones ("m*") are switched off here.
    const int result = X509_check_host(certificate.get(), ascii.constData(), static_cast<size_t>(ascii.size()),
                                       X509_CHECK_FLAG_NO_PARTIAL_WILDCARDS, nullptr);
    clearOpenSslErrors();
    return result == 1;
}

TlsaPreflight verifyTlsa(const QList<CertificateInfo>& chainInfo, const QList<TlsaRecord>& records,
                         const PreflightOptions& options) {
    TlsaPreflight preflight;
    const QString host = tlsaHostToAscii(options.host);
    const QString owner = host.isEmpty() ? QString() : tlsaOwnerName(host, options.port);
    const auto finding = [&](Severity severity, const char* code, const QString& message, const char* rfc,
                             const QString& fix) {
        Finding f = Finding::make(severity, QString::fromLatin1(code), message, QString::fromLatin1(rfc), fix);
        f.owner = owner;
        f.type = QStringLiteral("TLSA");
        if (!host.isEmpty())
            f.host = host + QLatin1Char('.');
        preflight.findings << f;
    };

    std::vector<X509Ptr> chain;
    for (const CertificateInfo& info : chainInfo) {
        X509Ptr certificate = certificateFromDer(info.der);
        if (!certificate)
            break;
        chain.push_back(std::move(certificate));
    }
    clearOpenSslErrors();

    // 1. Usability.
    std::vector<Judged> judged;
    int usableCount = 0;
    bool pkixWarned = false;
    for (const TlsaRecord& record : records) {
        Judged j;
        j.record = record;
        const QString reason = tlsaUnusableReason(record, options.port);
        j.usable = reason.isEmpty();
        if (j.usable) {
            ++usableCount;
        } else if ((record.usage == 0 || record.usage == 1) && options.port == 25 && record.selector <= 1 &&
                   record.mtype <= 2) {
            if (!pkixWarned)
                finding(Severity::Warning, "TLSA_USAGE_PKIX_FOR_SMTP",
                        QCoreApplication::translate(
                            "danewerk::core::TlsaMatcher",
                            "records with usage 0 (PKIX-TA) or 1 (PKIX-EE) are unusable for SMTP; DANE senders "
                            "ignore them"),
                        "RFC 7672 3.1.3",
                        QCoreApplication::translate("danewerk::core::TlsaMatcher",
                                                    "replace them with 3 1 1 (DANE-EE) or 2 1 1 (DANE-TA) records"));
            pkixWarned = true;
        } else {
            finding(Severity::Warning, "TLSA_RECORD_UNUSABLE",
                    QCoreApplication::translate("danewerk::core::TlsaMatcher", "the record %1 is unusable: %2")
                        .arg(record.rdataText().left(40), reason),
                    "RFC 7672 2.2",
                    QCoreApplication::translate("danewerk::core::TlsaMatcher", "correct or remove the record"));
        }
        judged.push_back(j);
    }
    if (usableCount == 0) {
        const int recordCount = static_cast<int>(records.size());
        preflight.verdict = TlsaVerdict::Unusable;
        finding(
            Severity::Error, "TLSA_NO_USABLE_RECORDS",
            QCoreApplication::translate("danewerk::core::TlsaMatcher",
                                        "none of the %n TLSA record(s) is usable, so DANE cannot authenticate "
                                        "the server",
                                        nullptr, recordCount),
            "RFC 7672 2.2",
            QCoreApplication::translate("danewerk::core::TlsaMatcher", "publish a 3 1 1 record for the server's key"));
        return preflight;
    }

    // 2. Digest agility: per (usage, selector) only the strongest matching type present counts.
    std::map<std::pair<int, int>, int> strongest;
    for (const Judged& j : judged) {
        if (!j.usable)
            continue;
        auto& best = strongest[{j.record.usage, j.record.selector}];
        best = std::max(best, digestStrength(j.record.mtype));
    }
    for (Judged& j : judged)
        j.counted = j.usable && digestStrength(j.record.mtype) == strongest[{j.record.usage, j.record.selector}];

    if (chain.empty()) {
        finding(Severity::Error, "TLSA_NO_MATCH",
                QCoreApplication::translate("danewerk::core::TlsaMatcher", "there is no certificate to match"),
                "RFC 7672 3",
                QCoreApplication::translate("danewerk::core::TlsaMatcher", "give the server's certificate or chain"));
        return preflight;
    }

    // 3. Matching. Evaluated for every usable record so hidden matches can be reported.
    QStringList referenceNames;
    if (!host.isEmpty())
        referenceNames << host;
    for (const QString& extra : options.extraNames) {
        const QString name = tlsaHostToAscii(extra);
        if (!name.isEmpty() && !referenceNames.contains(name))
            referenceNames << name;
    }
    const auto nameMatches = [&]() {
        for (const QString& name : std::as_const(referenceNames)) {
            if (tlsaReferenceNameMatches(chainInfo.first(), name))
                return true;
        }
        return false;
    };
    bool anchorFoundButNameFailed = false;
    QStringList reportedProblems;
    const auto reportOnce = [&](const QString& key) {
        if (reportedProblems.contains(key))
            return false;
        reportedProblems << key;
        return true;
    };
    const bool leafNameOk = nameMatches();
    for (Judged& j : judged) {
        if (!j.usable)
            continue;
        const TlsaRecord& r = j.record;
        if (r.usage == 3 || r.usage == 1) {
            const CertificateInfo& leaf = chainInfo.first();
            if (tlsaAssociationData(leaf.der, leaf.spkiDer, r.selector, r.mtype) != r.data)
                continue;
            if (r.usage == 1 && !(leafNameOk && leaf.notBefore <= options.now && options.now <= leaf.notAfter))
                continue;
            j.matched = true;
            j.depth = 0;
            continue;
        }
        // DANE-TA (and PKIX-TA off port 25): find the anchor in the presented chain.
        for (int depth = 0; depth < static_cast<int>(chain.size()) && !j.matched; ++depth) {
            const CertificateInfo& candidate = chainInfo[depth];
            if (depth == 0 && !candidate.selfSigned)
                continue;
            if (tlsaAssociationData(candidate.der, candidate.spkiDer, r.selector, r.mtype) != r.data)
                continue;
            if (!j.counted)
                break; // hidden by agility; the match itself is what matters for the report
            const PathCheck path = verifyPathToAnchor(chain, depth, options.now);
            if (!path.ok) {
                if (path.dateProblem) {
                    const CertificateInfo& bad = chainInfo.value(path.errorDepth, chainInfo.first());
                    if (reportOnce(QStringLiteral("date%1").arg(path.errorDepth)))
                        finding(Severity::Error, "CERT_EXPIRED",
                                QCoreApplication::translate(
                                    "danewerk::core::TlsaMatcher",
                                    "the certificate at depth %1 (%2) is not valid at %3 (valid %4 to %5); DANE-TA "
                                    "needs an in-date chain")
                                    .arg(path.errorDepth)
                                    .arg(bad.subject, formatInstant(options.now), formatInstant(bad.notBefore),
                                         formatInstant(bad.notAfter)),
                                "RFC 7672 3.1.2",
                                QCoreApplication::translate("danewerk::core::TlsaMatcher",
                                                            "renew the certificate and install the new chain"));
                } else if (reportOnce(QStringLiteral("path%1").arg(depth))) {
                    finding(
                        Severity::Error, "TLSA_TA_PATH_INVALID",
                        QCoreApplication::translate("danewerk::core::TlsaMatcher",
                                                    "the chain does not verify up to the trust anchor at depth %1: %2")
                            .arg(depth)
                            .arg(path.reason),
                        "RFC 7671 5.2",
                        QCoreApplication::translate("danewerk::core::TlsaMatcher",
                                                    "serve the complete chain from the leaf up to the anchor"));
                }
                break;
            }
            if (!nameMatches()) {
                anchorFoundButNameFailed = true;
                break;
            }
            j.matched = true;
            j.depth = depth;
        }
        if (!j.counted && !j.matched) {
            // Re-test a hidden record fully so "hides a match" is only claimed for a real match.
            for (int depth = 0; depth < static_cast<int>(chain.size()); ++depth) {
                const CertificateInfo& candidate = chainInfo[depth];
                if (depth == 0 && !candidate.selfSigned)
                    continue;
                if (tlsaAssociationData(candidate.der, candidate.spkiDer, r.selector, r.mtype) == r.data &&
                    verifyPathToAnchor(chain, depth, options.now).ok && nameMatches()) {
                    j.matched = true;
                    j.depth = depth;
                    break;
                }
            }
        }
    }

    // 4. Verdict. Hidden records never authenticate.
    for (const Judged& j : judged) {
        if (j.counted && j.matched)
            preflight.matched << TlsaMatch{j.record.usage, j.record.selector, j.record.mtype, j.depth};
    }
    for (const Judged& hidden : judged) {
        if (hidden.counted || !hidden.usable || !hidden.matched)
            continue;
        const bool groupMatched = std::any_of(judged.cbegin(), judged.cend(), [&](const Judged& j) {
            return j.counted && j.matched && j.record.usage == hidden.record.usage &&
                   j.record.selector == hidden.record.selector;
        });
        if (groupMatched)
            continue;
        const QString key = QStringLiteral("agility%1%2").arg(hidden.record.usage).arg(hidden.record.selector);
        if (!reportOnce(key))
            continue;
        const int strongMtype = strongest[{hidden.record.usage, hidden.record.selector}] == 3 ? 2 : 1;
        finding(Severity::Warning, "TLSA_DIGEST_AGILITY_HIDES_MATCH",
                QCoreApplication::translate(
                    "danewerk::core::TlsaMatcher",
                    "the record %1 %2 %3 would match, but a %1 %2 %4 record is present and does not: senders use "
                    "only the strongest digest (%5), so the matching record is ignored")
                    .arg(hidden.record.usage)
                    .arg(hidden.record.selector)
                    .arg(hidden.record.mtype)
                    .arg(strongMtype)
                    .arg(matchingMnemonic(strongMtype)),
                "RFC 7671 9",
                QCoreApplication::translate("danewerk::core::TlsaMatcher", "fix or remove the %1 %2 %3 record")
                    .arg(hidden.record.usage)
                    .arg(hidden.record.selector)
                    .arg(strongMtype));
    }

    if (!preflight.matched.isEmpty()) {
        preflight.verdict = TlsaVerdict::Match;
        // What failed beside a match does not break delivery: keep it, but not as an error.
        for (Finding& f : preflight.findings) {
            if (f.severity == Severity::Error)
                f.severity = Severity::Warning;
        }
        // RFC 7671 8: a client may support only some parameter combinations, so every combination published
        // needs a record that matches the current chain.
        QStringList unmatchedCombinations;
        for (const Judged& j : judged) {
            if (!j.usable)
                continue;
            const QString combination = j.record.rdataText().section(QLatin1Char(' '), 0, 2);
            const bool combinationMatched = std::any_of(judged.cbegin(), judged.cend(), [&](const Judged& other) {
                return other.usable && other.matched && other.record.usage == j.record.usage &&
                       other.record.selector == j.record.selector && other.record.mtype == j.record.mtype;
            });
            if (!combinationMatched && !unmatchedCombinations.contains(combination))
                unmatchedCombinations << combination;
        }
        for (const QString& combination : std::as_const(unmatchedCombinations))
            finding(Severity::Warning, "TLSA_PARAMETERS_NOT_MATCHED",
                    QCoreApplication::translate("danewerk::core::TlsaMatcher",
                                                "no %1 record matches the chain; a sender that supports only these "
                                                "parameters cannot authenticate the server")
                        .arg(combination),
                    "RFC 7671 8",
                    QCoreApplication::translate("danewerk::core::TlsaMatcher",
                                                "publish a %1 record for the current certificate as well, or remove "
                                                "the %1 records")
                        .arg(combination));
        // Off port 25 PKIX usages also need validation against public roots, which an offline check cannot do.
        if (std::any_of(preflight.matched.cbegin(), preflight.matched.cend(),
                        [](const TlsaMatch& m) { return m.usage == 0 || m.usage == 1; }))
            finding(Severity::Notice, "TLSA_PKIX_NOT_VALIDATED",
                    QCoreApplication::translate("danewerk::core::TlsaMatcher",
                                                "a PKIX-TA/PKIX-EE record matched; the chain's validation against "
                                                "public root CAs is not part of this offline check"),
                    "RFC 6698 2.1.1",
                    QCoreApplication::translate("danewerk::core::TlsaMatcher",
                                                "make sure the chain also validates against the clients' root store"));
        const CertificateInfo& leaf = chainInfo.first();
        const bool onlyEe = std::all_of(preflight.matched.cbegin(), preflight.matched.cend(),
                                        [](const TlsaMatch& m) { return m.usage == 3; });
        if (onlyEe && leaf.notAfter.isValid() && (options.now > leaf.notAfter || options.now < leaf.notBefore))
            finding(Severity::Notice, "CERT_EXPIRED",
                    QCoreApplication::translate(
                        "danewerk::core::TlsaMatcher",
                        "the certificate is not valid at %1 (valid %2 to %3); DANE-EE ignores dates, but clients "
                        "without DANE will refuse it")
                        .arg(formatInstant(options.now), formatInstant(leaf.notBefore), formatInstant(leaf.notAfter)),
                    "RFC 7672 3.1.1",
                    QCoreApplication::translate("danewerk::core::TlsaMatcher", "renew the certificate"));
        // Rollover readiness (RFC 7671 8.1): a single usable record leaves no room for the next key.
        QStringList distinct;
        for (const Judged& j : judged) {
            if (j.usable && !distinct.contains(j.record.rdataText()))
                distinct << j.record.rdataText();
        }
        if (distinct.size() == 1)
            finding(Severity::Notice, "TLSA_NO_ROLLOVER_RECORD",
                    QCoreApplication::translate(
                        "danewerk::core::TlsaMatcher",
                        "only one usable TLSA record: the next key or certificate change breaks DANE until a new "
                        "record has spread"),
                    "RFC 7671 8.1",
                    QCoreApplication::translate(
                        "danewerk::core::TlsaMatcher",
                        "publish a second record for the next key (3 1 1) or the issuing CA (2 1 1) ahead of the "
                        "change"));
        return preflight;
    }
    if (anchorFoundButNameFailed) {
        preflight.verdict = TlsaVerdict::NameMismatch;
        finding(Severity::Error, "DANE_TA_NAME_MISMATCH",
                QCoreApplication::translate(
                    "danewerk::core::TlsaMatcher",
                    "the chain leads to the DANE-TA trust anchor, but the certificate names none of %1 (it names "
                    "%2)")
                    .arg(referenceNames.isEmpty()
                             ? QCoreApplication::translate("danewerk::core::TlsaMatcher", "(no reference name given)")
                             : referenceNames.join(QStringLiteral(", ")),
                         chainInfo.first().dnsNames.isEmpty() ? chainInfo.first().commonName
                                                              : chainInfo.first().dnsNames.join(QStringLiteral(", "))),
                "RFC 7672 3.2.2",
                QCoreApplication::translate("danewerk::core::TlsaMatcher",
                                            "issue a certificate whose subjectAltName includes the MX host name"));
        return preflight;
    }
    preflight.verdict = TlsaVerdict::Mismatch;
    finding(Severity::Error, "TLSA_NO_MATCH",
            QCoreApplication::translate(
                "danewerk::core::TlsaMatcher",
                "no usable TLSA record matches the certificate chain; DANE senders will defer mail to this host"),
            "RFC 7672 3",
            QCoreApplication::translate("danewerk::core::TlsaMatcher",
                                        "publish a record for the new certificate (e.g. 3 1 1) before installing it"));
    return preflight;
}

} // namespace danewerk::core
