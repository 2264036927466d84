#pragma once

#include "core/common/Result.h"
#include "core/lab/LabZoneSigner.h"

#include <QString>

namespace danewerk::core {

// The two keys of one lab zone (KSK with the SEP flag, ZSK), as BIND .key file paths.
struct LabKeySet {
    QString ksk;
    QString zsk;

    // Reuses the keys in directory (so DS records and trust anchors survive `lab down`), or makes new ones.
    [[nodiscard]] static Result<LabKeySet> ensure(LabZoneSigner& signer, const QString& zone, const QString& directory,
                                                  const QDateTime& now);
    // A KSK that signs nothing: the key a ds-mismatch scenario's DS points to.
    [[nodiscard]] static Result<QString> ensureLostKey(LabZoneSigner& signer, const QString& zone,
                                                       const QString& directory, const QDateTime& now);
};

} // namespace danewerk::core
