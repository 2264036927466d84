#include "core/lab/EngineLabZoneSigner.h"

#include "core/common/AtomicFile.h"
#include "core/dns/DnsName.h"
#include "core/dnssec/BindKeyFile.h"
#include "core/dnssec/DnssecKey.h"
#include "core/dnssec/ZoneSigner.h"

#include <QCoreApplication>
#include <QDir>

namespace danewerk::core {

namespace {

constexpr int EcdsaP256Sha256 = 13;

} // namespace

QString EngineLabZoneSigner::name() const {
    return QCoreApplication::translate("danewerk::core::EngineLabZoneSigner", "Danewerk engine");
}

Result<QString> EngineLabZoneSigner::generateKey(const QString& origin, bool keySigningKey, const QString& directory,
                                                 const QDateTime& now) {
    auto owner = dnsNameFromText(origin);
    if (!owner)
        return owner.error();
    auto key = DnssecKey::generate(owner.value(), EcdsaP256Sha256,
                                   keySigningKey ? DnskeyRdata::KskFlags : DnskeyRdata::ZskFlags, now);
    if (!key)
        return key.error();
    QDir().mkpath(directory);
    return BindKeyFile::write(key.value(), directory);
}

Result<void> EngineLabZoneSigner::sign(const LabSigningRequest& request) {
    QList<DnssecKey> keys;
    for (const QString& keyFile : request.keyFiles) {
        auto key = BindKeyFile::read(keyFile);
        if (!key)
            return key.error();
        keys.append(key.value());
    }
    auto source = readFileLimited(request.unsignedFile);
    if (!source)
        return source.error();
    SigningOptions options;
    options.inception = request.inception;
    options.expiration = request.expiration;
    options.nsec3 = request.nsec3;
    options.threads = 1; // small zones; the lab signs them one after another
    auto signedText = ZoneSigner::signText(source.value(), request.origin, keys, options);
    if (!signedText)
        return signedText.error();
    return writeFileAtomically(request.signedFile, signedText.value(), {true, false});
}

} // namespace danewerk::core
