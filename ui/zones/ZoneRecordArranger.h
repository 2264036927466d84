#pragma once

#include "ui/zones/ZoneRecordArrangement.h"

#include <QObject>
#include <QThreadPool>

#include <memory>

namespace danewerk::ui {

// Computes the record table's rows for a query (sort column, direction, filters) off the GUI thread. Every
// request supersedes the ones before it: a superseded job stops within milliseconds and its result is never
// delivered, so the table always ends in the state of the newest request. Sort indexes are kept per column
// for the zone, so switching the direction or filtering a sorted table only redoes the linear work. Zones
// below the background threshold are arranged directly, because that is quicker than a round trip.
class ZoneRecordArranger : public QObject {
    Q_OBJECT
public:
    explicit ZoneRecordArranger(QObject* parent = nullptr);
    ~ZoneRecordArranger() override; // stops the running job and waits for it (milliseconds)

    void setBackgroundThreshold(qsizetype records) { m_backgroundThreshold = records; }
    [[nodiscard]] qsizetype backgroundThreshold() const { return m_backgroundThreshold; }

    // A new zone: the jobs and sort indexes of the old one are dropped.
    void setZone(std::shared_ptr<const core::Zone> zone);
    // Arranges the zone for the query: `arranged` follows at once for a small zone, later for a large one
    // (unless another request comes first).
    void request(const ZoneRecordQuery& query);
    // True from a background request until its rows are delivered.
    [[nodiscard]] bool isBusy() const { return m_busy; }

Q_SIGNALS:
    void arranged(const ZoneRecordQuery& query, const std::shared_ptr<ZoneRecordRows>& rows);
    void busyChanged(bool busy);

private:
    struct Control;
    void deliver(const std::shared_ptr<Control>& control, quint64 generation, const ZoneRecordQuery& query,
                 const std::shared_ptr<ZoneRecordRows>& rows);
    void setBusy(bool busy);
    // The sort index of a column, computed (and kept) if needed; null when cancelled.
    [[nodiscard]] static std::shared_ptr<const ZoneSortIndex> indexFor(Control& control, const core::Zone& zone,
                                                                       int column, const CancelCheck& cancelled);

    std::shared_ptr<const core::Zone> m_zone;
    std::shared_ptr<Control> m_control; // per zone; shared with that zone's jobs
    QThreadPool m_pool;                 // one thread: jobs run one after the other, the newest last
    qsizetype m_backgroundThreshold = 20000;
    bool m_busy = false;
};

} // namespace danewerk::ui
