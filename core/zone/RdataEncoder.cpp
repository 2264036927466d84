#include "core/zone/RdataEncoder.h"

namespace danewerk::core {

RdataEncoder::Outcome RdataEncoder::encode(quint16, const std::vector<ZoneToken>&, size_t, QByteArrayView, QByteArray&,
                                           QString&, size_t&) {
    return Outcome::Fallback;
}

} // namespace danewerk::core
