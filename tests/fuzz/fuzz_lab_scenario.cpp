// Lab scenario files (lab scenarios directory, JSON).
#include "FuzzInput.h"
#include "core/lab/LabScenario.h"

using namespace danewerk::core;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    (void)parseLabScenario(danewerk::fuzz::inputBytes(data, size), QStringLiteral("fuzz.json"));
    return 0;
}
