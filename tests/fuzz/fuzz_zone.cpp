// Zone text: the loader (tokenizer, fast RDATA scanner, ldns fallback), then the offline checks and DNSSEC
// validation of whatever loaded.
#include "FuzzInput.h"
#include "core/dnssec/ZoneValidator.h"
#include "core/zone/ZoneLoader.h"

#include <QDateTime>

using namespace danewerk::core;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    if (size > 64 * 1024)
        return 0;
    const QByteArray text = danewerk::fuzz::inputBytes(data, size);
    // $INCLUDE reads files from disk (/dev/stdin, /dev/zero ...): not what this target is about.
    if (text.toLower().contains("$include"))
        return 0;
    ZoneLoadOptions options;
    options.origin = QStringLiteral("example.");
    const auto zone = ZoneLoader::loadText(text, QStringLiteral("fuzz.zone"), options);
    if (!zone.ok())
        return 0;
    ValidationOptions validation;
    validation.now = QDateTime::fromSecsSinceEpoch(1767225600, Qt::UTC); // 2026-01-01T00:00:00Z
    validation.threads = 1;
    (void)ZoneValidator::validateZone(*zone, validation);
    return 0;
}
