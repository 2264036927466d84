// Certificates, chains, public and private keys, CSRs in PEM and DER: the TLSA loader.
#include "FuzzInput.h"
#include "core/tlsa/CertificateMaterial.h"

using namespace danewerk::core;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    if (size > 256 * 1024)
        return 0;
    (void)CertificateLoader::loadData(danewerk::fuzz::inputBytes(data, size), QStringLiteral("fuzz.pem"));
    return 0;
}
