#include "core/lab/LabZoneSigner.h"

#include "core/lab/LdnsToolZoneSigner.h"

namespace danewerk::core {

std::unique_ptr<LabZoneSigner> LabZoneSigner::create() {
    return std::make_unique<LdnsToolZoneSigner>();
}

} // namespace danewerk::core
