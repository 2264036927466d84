#pragma once

#include "core/rollover/PlanModel.h"

#include <QStringList>

namespace danewerk::core {

// What the authoritative servers publish at one instant (after every event effective by then): the
// operator's view, used by runbooks and the GUI's cursor panel.
struct PublishedState {
    QStringList dnskey;
    QStringList ksign;
    QStringList zsign;
    QStringList revoked;
    QStringList ds;
    QStringList tlsa;
    QString deployed;
};

[[nodiscard]] PublishedState publishedStateAt(const RolloverPlan& plan, RolloverSeconds t);

} // namespace danewerk::core
