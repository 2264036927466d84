#include "core/check/TlsaAssessment.h"

#include "core/smtp/CertificateSummary.h"

#include <QSet>

namespace danewerk::core {

namespace {

TlsaRecord toRecord(const TlsaEntry& e) {
    TlsaRecord r;
    r.usage = e.usage;
    r.selector = e.selector;
    r.mtype = e.mtype;
    r.data = e.data;
    return r;
}

QString combination(const TlsaEntry& e) {
    return QStringLiteral("%1 %2 %3").arg(e.usage).arg(e.selector).arg(e.mtype);
}

Finding makeFinding(Severity severity, const QString& code, const QString& message, const QString& rfc,
                    const QString& fix, const QString& host, const QString& owner, const QString& address = {}) {
    Finding f = Finding::make(severity, code, message, rfc, fix);
    f.host = host;
    f.owner = owner;
    f.type = owner.isEmpty() ? QString() : QStringLiteral("TLSA");
    f.address = address;
    return f;
}

// Organisations of public CAs whose intermediates change under the subscriber's feet (a short list of the
// ones mail servers use most; a heuristic, it only adds a warning).
bool isPublicCa(const QString& subject) {
    static const QStringList organisations{"O=Let's Encrypt",   "O=ZeroSSL",          "O=Google Trust Services",
                                           "O=Sectigo Limited", "O=DigiCert Inc",     "O=Buypass AS-983163327",
                                           "O=SSL Corporation", "O=GlobalSign nv-sa", "O=Amazon"};
    for (const QString& o : organisations)
        if (subject.contains(o))
            return true;
    return false;
}

} // namespace

bool TlsaAssessment::isUsable(const TlsaEntry& e) {
    if (e.usage != 2 && e.usage != 3)
        return false;
    if (e.selector != 0 && e.selector != 1)
        return false;
    switch (e.mtype) {
    case 0:
        return !e.data.isEmpty();
    case 1:
        return e.data.size() == 32;
    case 2:
        return e.data.size() == 64;
    default:
        return false;
    }
}

Findings TlsaAssessment::recordFindings(const QList<TlsaEntry>& records, const QString& host, const QString& owner) {
    Findings findings;
    int usable = 0;
    bool pkix = false;
    bool badLength = false;
    bool unknown = false;
    bool full = false;
    bool certSelector = false;
    QSet<QByteArray> data;
    bool duplicate = false;
    for (const TlsaEntry& e : records) {
        if (isUsable(e)) {
            ++usable;
            if (data.contains(e.data))
                duplicate = true;
            data.insert(e.data);
        }
        pkix = pkix || e.usage == 0 || e.usage == 1;
        unknown = unknown || e.usage > 3 || e.selector > 1 || e.mtype > 2;
        badLength = badLength || (e.mtype == 1 && e.data.size() != 32) || (e.mtype == 2 && e.data.size() != 64);
        full = full || e.mtype == 0;
        certSelector = certSelector || (e.usage == 3 && e.selector == 0);
    }
    if (pkix)
        findings << makeFinding(
            Severity::Warning, QStringLiteral("TLSA_USAGE_PKIX_FOR_SMTP"),
            tr("PKIX-TA(0) and PKIX-EE(1) records are unusable for SMTP: DANE senders ignore them."),
            QStringLiteral("RFC 7672 3.1.3"),
            tr("Publish DANE-EE(3) or DANE-TA(2) records instead (3 1 1 recommended)."), host, owner);
    if (unknown || badLength)
        findings << makeFinding(Severity::Warning, QStringLiteral("TLSA_RECORD_UNUSABLE"),
                                tr("Some TLSA records have unknown parameters or a digest of the wrong length."),
                                QStringLiteral("RFC 6698 2.1"),
                                tr("Regenerate the records from the certificate (danewerk-cli tlsa create)."), host,
                                owner);
    if (usable == 0 && !records.isEmpty())
        findings << makeFinding(
            Severity::Error, QStringLiteral("TLSA_NONE_USABLE"),
            tr("None of the %1 TLSA records is usable: senders require TLS but cannot authenticate.")
                .arg(records.size()),
            QStringLiteral("RFC 7672 2.2"), tr("Publish a 3 1 1 record for the server's key."), host, owner);
    else if (usable < records.size())
        findings << makeFinding(Severity::Notice, QStringLiteral("TLSA_PARTLY_USABLE"),
                                tr("%1 usable of %2 TLSA records.").arg(usable).arg(records.size()),
                                QStringLiteral("RFC 7672 3.1.3"), tr("Remove the unusable records."), host, owner);
    if (usable == 1)
        findings << makeFinding(Severity::Warning, QStringLiteral("TLSA_NO_ROLLOVER_RECORD"),
                                tr("Only one usable TLSA record: a key or certificate change breaks mail delivery."),
                                QStringLiteral("RFC 7671 8.1"),
                                tr("Publish a second record for the next key (current + next), or a 2 1 1 record for "
                                   "the issuing CA."),
                                host, owner);
    if (duplicate)
        findings << makeFinding(Severity::Warning, QStringLiteral("TLSA_ROLLOVER_SAME_KEY"),
                                tr("Two TLSA records carry the same data: the \"next\" record is the current key."),
                                QStringLiteral("RFC 7671 8.1"), tr("Publish the digest of the next key instead."), host,
                                owner);
    if (full)
        findings << makeFinding(Severity::Warning, QStringLiteral("TLSA_FULL_DATA"),
                                tr("Full(0) records hold whole certificates or keys: large answers, fragile."),
                                QStringLiteral("RFC 7671 10.1.2"), tr("Use SHA2-256(1) instead."), host, owner);
    if (certSelector)
        findings << makeFinding(Severity::Notice, QStringLiteral("TLSA_CERT_SELECTOR"),
                                tr("3 0 x records change with every certificate renewal, even when the key stays."),
                                QStringLiteral("RFC 7671 5.1"), tr("Prefer 3 1 1 (the public key)."), host, owner);
    return findings;
}

TlsaAssessment::ChainResult TlsaAssessment::assessChain(const QList<QByteArray>& chainDer,
                                                        const QList<TlsaEntry>& records, const QString& baseDomain,
                                                        const QStringList& extraNames, const QDateTime& now,
                                                        const QString& host, const QString& address) {
    ChainResult result;
    QList<TlsaRecord> usable;
    for (const TlsaEntry& e : records)
        if (isUsable(e))
            usable << toRecord(e);
    result.overall = DaneVerifier::verify(chainDer, usable, baseDomain, extraNames, now);

    // Each record alone: which would match, at which depth (rules 14, 15, 20).
    QSet<QString> combinations;
    QSet<QString> matchingCombinations;
    bool anyAloneMatches = false;
    for (const TlsaEntry& e : records) {
        if (!isUsable(e))
            continue;
        combinations.insert(combination(e));
        const DaneVerification alone = DaneVerifier::verify(chainDer, {toRecord(e)}, baseDomain, extraNames, now);
        if (alone.matchedDepth < 0)
            continue;
        matchingCombinations.insert(combination(e));
        anyAloneMatches = true;
        if (result.overall.outcome == DaneVerification::Outcome::Authenticated)
            result.matched << TlsaMatchEntry{e.usage, e.selector, e.mtype, alone.matchedDepth, e.data};
    }
    if (result.overall.outcome != DaneVerification::Outcome::Authenticated && result.overall.matchedDepth < 0 &&
        anyAloneMatches)
        result.findings << makeFinding(
            Severity::Error, QStringLiteral("TLSA_DIGEST_AGILITY_HIDES_MATCH"),
            tr("A matching record is ignored because a stronger digest for the same usage and selector does not match "
               "(digest agility)."),
            QStringLiteral("RFC 7671 9"),
            tr("Fix or remove the non-matching record with the stronger matching type (e.g. 3 1 2)."), host, {},
            address);
    if (result.overall.outcome == DaneVerification::Outcome::Authenticated) {
        QStringList ordered(combinations.begin(), combinations.end());
        ordered.sort();
        for (const QString& c : std::as_const(ordered))
            if (!matchingCombinations.contains(c))
                result.findings << makeFinding(
                    Severity::Warning, QStringLiteral("TLSA_COMBINATION_NO_MATCH"),
                    tr("No %1 record matches the presented chain: every combination published should match.").arg(c),
                    QStringLiteral("RFC 7671 8"), tr("Update or remove the stale %1 records.").arg(c), host, {},
                    address);
        // Rollover readiness (rule 17): a DANE-TA record is best the leaf's issuer, whose key changes least
        // surprisingly with the leaf; one higher up survives an intermediate change only by luck.
        for (const TlsaMatchEntry& m : std::as_const(result.matched))
            if (m.usage == 2 && m.depth > 1)
                result.findings << makeFinding(Severity::Warning, QStringLiteral("TLSA_TA_NOT_ISSUER"),
                                               tr("The DANE-TA(2) record matches the certificate at depth %1, not the "
                                                  "leaf's issuer.")
                                                   .arg(m.depth),
                                               QStringLiteral("RFC 7671 5.2"),
                                               tr("Pin the issuing CA of the server certificate (depth 1)."), host, {},
                                               address);
        // Rule 18: public CAs rotate their issuing intermediates (Let's Encrypt every few months, picked at
        // random per certificate): a DANE-TA record pinned to one breaks at some renewal.
        for (const TlsaMatchEntry& m : std::as_const(result.matched)) {
            if (m.usage != 2 || m.depth < 1 || m.depth >= chainDer.size())
                continue;
            const CertificateSummary ca = CertificateSummary::fromDer(chainDer[m.depth], m.depth);
            const bool selfSigned = ca.subject == ca.issuer;
            if (!selfSigned && isPublicCa(ca.subject))
                result.findings << makeFinding(
                    Severity::Warning, QStringLiteral("TLSA_TA_PUBLIC_INTERMEDIATE"),
                    tr("The DANE-TA(2) record pins %1, an intermediate of a public CA that rotates its "
                       "intermediates.")
                        .arg(ca.subject),
                    QStringLiteral("RFC 7671 5.2"),
                    tr("Publish 3 1 1 for the server key (with a record for the next key) instead."), host, {},
                    address);
        }
        // Rule 18: 3 0 x follows the certificate, so short-lived certificates change it every few weeks.
        if (!chainDer.isEmpty()) {
            const CertificateSummary leaf = CertificateSummary::fromDer(chainDer.first(), 0);
            bool certSelectorEe = false;
            for (const TlsaEntry& e : records)
                certSelectorEe = certSelectorEe || (e.usage == 3 && e.selector == 0);
            if (certSelectorEe && leaf.notBefore.isValid() && leaf.notBefore.daysTo(leaf.notAfter) <= 100)
                result.findings << makeFinding(Severity::Warning, QStringLiteral("TLSA_CERT_SELECTOR_SHORT_LIVED"),
                                               tr("3 0 x records pin a certificate that lives only %1 days: every "
                                                  "renewal breaks them.")
                                                   .arg(leaf.notBefore.daysTo(leaf.notAfter)),
                                               QStringLiteral("RFC 7671 5.1"),
                                               tr("Publish 3 1 1 (the key survives renewals)."), host, {}, address);
        }
        for (const TlsaMatchEntry& m : std::as_const(result.matched))
            if (m.usage == 2 && m.depth == 0)
                result.findings << makeFinding(Severity::Warning, QStringLiteral("TLSA_TA_MATCHES_LEAF"),
                                               tr("A DANE-TA(2) record matches the leaf certificate itself."),
                                               QStringLiteral("RFC 7671 5.2"),
                                               tr("Use DANE-EE(3) for the server's own key."), host, {}, address);
    }
    return result;
}

} // namespace danewerk::core
