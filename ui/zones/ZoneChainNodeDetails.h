#pragma once

#include "core/findings/Finding.h"
#include "core/zone/Zone.h"
#include "ui/zones/ZoneDnssecData.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <memory>

namespace danewerk::ui {

// What the details of a node of the Zones page's chain are read from.
struct ZoneChainContext {
    std::shared_ptr<const core::Zone> zone;
    QJsonObject chain; // the zone's chain graph (CLI.md "chain")
    core::Findings findings;
    QList<ZoneKeyRow> keys;
    QDateTime now;
};

// The text shown for a clicked node of the zone's own chain: the node and its edges as the Live check page shows
// them (CheckNodeDetails), then the zone's records behind it (a key's DNSKEY record with tag, algorithm and role,
// its DS, the signatures it makes with their validity; an RRset group's RRsets and their signatures) and the
// findings that concern it. Reads the whole zone (bounded output): run it off the GUI thread for large zones.
class ZoneChainNodeDetails {
    Q_DECLARE_TR_FUNCTIONS(danewerk::ui::ZoneChainNodeDetails)

public:
    [[nodiscard]] static QString describe(const ZoneChainContext& context, const QString& nodeId);
    // The record a double-click on the node shows in the table (a key's DNSKEY, the first RRset of a group,
    // the SOA for the zone); -1 if there is none.
    [[nodiscard]] static qsizetype recordOf(const core::Zone& zone, const QString& nodeId);
};

} // namespace danewerk::ui
