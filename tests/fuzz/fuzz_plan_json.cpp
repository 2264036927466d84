// Rollover plan files (rollover plan --in / check --plan).
#include "FuzzInput.h"
#include "core/rollover/PlanJson.h"

using namespace danewerk::core;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const auto plan = PlanJson::read(danewerk::fuzz::inputBytes(data, size), QStringLiteral("fuzz.json"));
    if (plan.ok())
        (void)PlanJson::write(*plan); // a plan that reads must also write
    return 0;
}
