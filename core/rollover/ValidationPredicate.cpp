#include "core/rollover/ValidationPredicate.h"

#include <algorithm>

namespace danewerk::core {

QString validationProfileName(ValidationProfile profile) {
    switch (profile) {
    case ValidationProfile::Liberal:
        return QStringLiteral("liberal");
    case ValidationProfile::StrictDs:
        return QStringLiteral("strict-ds");
    case ValidationProfile::StrictAll:
        return QStringLiteral("strict-all");
    }
    return {};
}

std::optional<ValidationProfile> validationProfileFromName(const QString& name) {
    for (auto p : {ValidationProfile::Liberal, ValidationProfile::StrictDs, ValidationProfile::StrictAll})
        if (validationProfileName(p) == name)
            return p;
    return std::nullopt;
}

QList<int> ValidationPredicate::algorithms(const QStringList& keys) const {
    QList<int> out;
    for (const QString& k : keys) {
        const int a = m_plan.algorithmOf(k);
        if (!out.contains(a))
            out << a;
    }
    std::sort(out.begin(), out.end());
    return out;
}

QStringList ValidationPredicate::withAlgorithm(const QStringList& keys, int algorithm) const {
    QStringList out;
    for (const QString& k : keys)
        if (m_plan.algorithmOf(k) == algorithm)
            out << k;
    return out;
}

std::optional<ValidationFailure> ValidationPredicate::chain(const RrsetVersion& ds, const RrsetVersion& dnskey) const {
    if (ds.content.isEmpty())
        return std::nullopt;
    const QStringList valid = dnskey.validKeys();
    QStringList paths;
    for (const QString& k : ds.content)
        if (valid.contains(k) && dnskey.signers.contains(k))
            paths << k;
    ValidationFailure failure;
    failure.kind = FailureKind::ChainDs;
    failure.ds = &ds;
    failure.dnskey = &dnskey;
    // The class that changed last broke the pair; a tie names the DNSKEY RRset.
    failure.rrset = ds.published > dnskey.published ? RrsetClass::Ds : RrsetClass::Dnskey;
    if (paths.isEmpty()) {
        failure.missing = ds.content;
        return failure;
    }
    if (m_profile == ValidationProfile::Liberal)
        return std::nullopt;
    for (int algorithm : algorithms(ds.content)) {
        if (withAlgorithm(paths, algorithm).isEmpty()) {
            failure.missing = withAlgorithm(ds.content, algorithm);
            failure.algorithm = algorithm;
            return failure;
        }
    }
    if (m_profile == ValidationProfile::StrictAll) {
        QStringList validSigners;
        for (const QString& s : dnskey.signers)
            if (valid.contains(s))
                validSigners << s;
        for (int algorithm : algorithms(valid)) {
            if (withAlgorithm(validSigners, algorithm).isEmpty()) {
                failure.kind = FailureKind::ChainAlgorithm;
                failure.rrset = RrsetClass::Dnskey;
                failure.ds = nullptr;
                failure.algorithm = algorithm;
                failure.missing = withAlgorithm(valid, algorithm);
                return failure;
            }
        }
    }
    return std::nullopt;
}

std::optional<ValidationFailure> ValidationPredicate::data(const RrsetVersion& ds, const RrsetVersion& dnskey,
                                                           const RrsetVersion& data) const {
    if (ds.content.isEmpty())
        return std::nullopt;
    const QStringList valid = dnskey.validKeys();
    QStringList usable;
    for (const QString& s : data.content)
        if (valid.contains(s))
            usable << s;
    ValidationFailure failure;
    failure.rrset = data.rrset;
    failure.data = &data;
    auto signerFailure = [&](const QStringList& missing, int algorithm) {
        failure.kind = FailureKind::DataSigner;
        failure.dnskey = &dnskey;
        failure.missing = missing;
        failure.algorithm = algorithm;
        return failure;
    };
    auto unsignedFailure = [&](int algorithm) {
        failure.kind = FailureKind::DataUnsigned;
        failure.ds = &ds;
        failure.missing = algorithm ? withAlgorithm(ds.content, algorithm) : ds.content;
        failure.algorithm = algorithm;
        return failure;
    };
    if (usable.isEmpty())
        return data.content.isEmpty() ? unsignedFailure(0) : signerFailure(data.content, 0);
    if (m_profile == ValidationProfile::Liberal)
        return std::nullopt;
    for (int algorithm : algorithms(ds.content)) {
        if (!withAlgorithm(usable, algorithm).isEmpty())
            continue;
        const QStringList signers = withAlgorithm(data.content, algorithm);
        return signers.isEmpty() ? unsignedFailure(algorithm) : signerFailure(signers, algorithm);
    }
    if (m_profile == ValidationProfile::StrictAll) {
        for (int algorithm : algorithms(valid)) {
            if (!withAlgorithm(usable, algorithm).isEmpty())
                continue;
            failure.kind = FailureKind::DataAlgorithm;
            failure.dnskey = &dnskey;
            failure.algorithm = algorithm;
            failure.missing = withAlgorithm(valid, algorithm);
            return failure;
        }
    }
    return std::nullopt;
}

std::optional<ValidationFailure> ValidationPredicate::dane(const RrsetVersion& tlsa,
                                                           const Deployment* deployment) const {
    // No TLSA RRset: DANE is not in use, the sender does opportunistic TLS and nothing is deferred.
    if (tlsa.content.isEmpty() || !deployment || deployment->key.isEmpty() || tlsa.content.contains(deployment->key))
        return std::nullopt;
    ValidationFailure failure;
    failure.kind = FailureKind::TlsaMissing;
    failure.rrset = RrsetClass::Tlsa;
    failure.tlsa = &tlsa;
    failure.deployment = deployment;
    failure.missing = {deployment->key};
    return failure;
}

} // namespace danewerk::core
