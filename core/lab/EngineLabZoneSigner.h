#pragma once

#include "core/lab/LabZoneSigner.h"

namespace danewerk::core {

// The lab's signer: Danewerk's own key generation (DnssecKey, BindKeyFile) and ZoneSigner.
class EngineLabZoneSigner final : public LabZoneSigner {
public:
    [[nodiscard]] Result<QString> generateKey(const QString& origin, bool keySigningKey, const QString& directory,
                                              const QDateTime& now) override;
    [[nodiscard]] Result<void> sign(const LabSigningRequest& request) override;
    [[nodiscard]] QString name() const override;
};

} // namespace danewerk::core
