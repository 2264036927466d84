#include "core/lab/LabZoneSigner.h"

#include "core/lab/EngineLabZoneSigner.h"

namespace danewerk::core {

std::unique_ptr<LabZoneSigner> LabZoneSigner::create() {
    return std::make_unique<EngineLabZoneSigner>();
}

} // namespace danewerk::core
