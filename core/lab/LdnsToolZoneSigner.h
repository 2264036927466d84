#pragma once

#include "core/lab/LabZoneSigner.h"

namespace danewerk::core {

// Interim signer: ldns-keygen and ldns-signzone from ldnsutils, run as programs.
class LdnsToolZoneSigner final : public LabZoneSigner {
public:
    [[nodiscard]] Result<QString> generateKey(const QString& origin, bool keySigningKey,
                                              const QString& directory) override;
    [[nodiscard]] Result<void> sign(const LabSigningRequest& request) override;
    [[nodiscard]] QString name() const override { return QStringLiteral("ldns-signzone"); }
};

} // namespace danewerk::core
