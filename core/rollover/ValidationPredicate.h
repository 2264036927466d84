#pragma once

#include "core/rollover/CacheModel.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace danewerk::core {

// How a validator decides. liberal: RFC 6840 5.11, any one valid path. strict-ds: a valid path for every
// algorithm in the DS RRset (unbound's harden-algo-downgrade). strict-all: in addition every algorithm of
// the DNSKEY RRset signs every RRset (the conservative worst case of RFC 6781 4.1.4).
enum class ValidationProfile { Liberal, StrictDs, StrictAll };

[[nodiscard]] QString validationProfileName(ValidationProfile profile);
[[nodiscard]] std::optional<ValidationProfile> validationProfileFromName(const QString& name);

enum class FailureKind {
    ChainDs,        // no DS of the (required) algorithm matches a valid key that signs the DNSKEY RRset
    ChainAlgorithm, // strict-all: an algorithm of the DNSKEY RRset does not sign it
    DataSigner,     // no zone-data signer (of the required algorithm) is a valid key of the DNSKEY RRset
    DataUnsigned,   // the DS RRset says "secure" but the data carries no signature (of that algorithm)
    DataAlgorithm,  // strict-all: an algorithm of the DNSKEY RRset does not sign the data
    TlsaMissing,    // the live TLSA RRset does not contain what the server presents (DANE: deferred)
};

// One failed combination: which versions meet, and what the fresh side needs from the stale side.
struct ValidationFailure {
    FailureKind kind = FailureKind::ChainDs;
    RrsetClass rrset = RrsetClass::Dnskey; // the class named by the window
    const RrsetVersion* ds = nullptr;
    const RrsetVersion* dnskey = nullptr;
    const RrsetVersion* data = nullptr; // DATA or NEG
    const RrsetVersion* tlsa = nullptr;
    const Deployment* deployment = nullptr;
    QStringList missing; // keys one side needs from the other
    int algorithm = 0;   // for algorithm failures
};

class ValidationPredicate {
public:
    ValidationPredicate(const RolloverPlan& plan, ValidationProfile profile) : m_plan(plan), m_profile(profile) {}

    // DS empty: insecure, never a failure.
    [[nodiscard]] std::optional<ValidationFailure> chain(const RrsetVersion& ds, const RrsetVersion& dnskey) const;
    // Only meaningful when chain() succeeded for the same DS and DNSKEY versions.
    [[nodiscard]] std::optional<ValidationFailure> data(const RrsetVersion& ds, const RrsetVersion& dnskey,
                                                        const RrsetVersion& data) const;
    [[nodiscard]] std::optional<ValidationFailure> dane(const RrsetVersion& tlsa, const Deployment* deployment) const;

private:
    [[nodiscard]] QList<int> algorithms(const QStringList& keys) const;
    [[nodiscard]] QStringList withAlgorithm(const QStringList& keys, int algorithm) const;

    const RolloverPlan& m_plan;
    ValidationProfile m_profile;
};

} // namespace danewerk::core
