#pragma once

#include "core/common/Result.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <memory>

namespace danewerk::core {

// One signing job of the lab: an unsigned zone file in, a signed one out, with keys in BIND's
// K<zone>.+<alg>+<tag>.key/.private format.
struct LabSigningRequest {
    QString origin; // "good.test." or "."
    QString unsignedFile;
    QString signedFile;
    QStringList keyFiles; // paths of the .key files (KSK first)
    QDateTime inception;
    QDateTime expiration;
    bool nsec3 = false; // NSEC3, no salt, 0 iterations (RFC 9276)
};

// The lab's one door to key generation and signing, so that the signer behind it can be swapped.
class LabZoneSigner {
public:
    virtual ~LabZoneSigner() = default;
    // Generates an ECDSA P-256 (algorithm 13) key into directory; returns the path of its .key file.
    [[nodiscard]] virtual Result<QString> generateKey(const QString& origin, bool keySigningKey,
                                                      const QString& directory, const QDateTime& now) = 0;
    [[nodiscard]] virtual Result<void> sign(const LabSigningRequest& request) = 0;
    // Which signer this is, for the log ("ldns-signzone", "Danewerk engine").
    [[nodiscard]] virtual QString name() const = 0;

    // The signer the lab uses.
    [[nodiscard]] static std::unique_ptr<LabZoneSigner> create();
};

} // namespace danewerk::core
