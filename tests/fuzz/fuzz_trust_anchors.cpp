// Trust-anchor files (check --trust-anchor FILE): DS / DNSKEY records in zone format.
#include "FuzzInput.h"
#include "core/check/ValidationTrustAnchors.h"

using namespace danewerk::core;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    if (size > 64 * 1024)
        return 0;
    (void)ValidationTrustAnchors::fromText(QString::fromUtf8(danewerk::fuzz::inputBytes(data, size)),
                                           QStringLiteral("fuzz.anchors"));
    return 0;
}
