#include "core/lab/LabKeySet.h"

#include "core/lab/LabDnssecRecords.h"

#include <QDir>

namespace danewerk::core {

namespace {

// The DNSKEY flags of a .key file (257 KSK, 256 ZSK), or 0.
int flagsOf(const QString& keyFile) {
    auto line = LabDnssecRecords::dnskeyFromKeyFile(keyFile);
    if (!line)
        return 0;
    const QStringList fields = line->simplified().split(u' ');
    const qsizetype type = fields.indexOf(QStringLiteral("DNSKEY"));
    return type >= 0 ? fields.value(type + 1).toInt() : 0;
}

} // namespace

Result<LabKeySet> LabKeySet::ensure(LabZoneSigner& signer, const QString& zone, const QString& directory,
                                    const QDateTime& now) {
    LabKeySet keys;
    const QDir dir(directory);
    for (const QString& file : dir.entryList({QStringLiteral("K*.key")}, QDir::Files, QDir::Name)) {
        const QString path = dir.filePath(file);
        const int flags = flagsOf(path);
        if (flags == 257 && keys.ksk.isEmpty())
            keys.ksk = path;
        else if (flags == 256 && keys.zsk.isEmpty())
            keys.zsk = path;
    }
    if (keys.ksk.isEmpty()) {
        auto made = signer.generateKey(zone, true, directory, now);
        if (!made)
            return made.error();
        keys.ksk = made.value();
    }
    if (keys.zsk.isEmpty()) {
        auto made = signer.generateKey(zone, false, directory, now);
        if (!made)
            return made.error();
        keys.zsk = made.value();
    }
    return keys;
}

Result<QString> LabKeySet::ensureLostKey(LabZoneSigner& signer, const QString& zone, const QString& directory,
                                         const QDateTime& now) {
    const QString lostDir = QDir(directory).filePath(QStringLiteral("lost"));
    const QDir dir(lostDir);
    const QStringList existing = dir.entryList({QStringLiteral("K*.key")}, QDir::Files, QDir::Name);
    if (!existing.isEmpty())
        return dir.filePath(existing.first());
    return signer.generateKey(zone, true, lostDir, now);
}

} // namespace danewerk::core
