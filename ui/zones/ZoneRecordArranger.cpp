#include "ui/zones/ZoneRecordArranger.h"

#include "ui/zones/ZoneRecordModel.h"

#include <array>
#include <atomic>
#include <mutex>

namespace danewerk::ui {

// What the GUI thread and the jobs of one zone share.
struct ZoneRecordArranger::Control {
    std::atomic<quint64> latest{0};    // generation of the newest request
    std::atomic<int> wantedColumn{-1}; // its sort column: an index for another column is not worth finishing
    std::atomic_bool closed{false};    // the zone was replaced or the arranger is going
    std::mutex mutex;                  // guards indexes
    std::array<std::shared_ptr<const ZoneSortIndex>, ZoneRecordModel::ColumnCount> indexes;
};

ZoneRecordArranger::ZoneRecordArranger(QObject* parent) : QObject(parent), m_control(std::make_shared<Control>()) {
    m_pool.setMaxThreadCount(1);
}

ZoneRecordArranger::~ZoneRecordArranger() {
    m_control->closed = true;
    m_pool.waitForDone();
}

void ZoneRecordArranger::setZone(std::shared_ptr<const core::Zone> zone) {
    m_control->closed = true;
    m_control = std::make_shared<Control>();
    m_zone = std::move(zone);
    setBusy(false);
}

std::shared_ptr<const ZoneSortIndex> ZoneRecordArranger::indexFor(Control& control, const core::Zone& zone, int column,
                                                                  const CancelCheck& cancelled) {
    if (column < 0 || column >= ZoneRecordModel::ColumnCount)
        return nullptr;
    {
        const std::lock_guard lock(control.mutex);
        if (control.indexes[size_t(column)])
            return control.indexes[size_t(column)];
    }
    std::shared_ptr<const ZoneSortIndex> index = ZoneRecordArrangement::sortIndex(zone, column, cancelled);
    if (index) {
        const std::lock_guard lock(control.mutex);
        control.indexes[size_t(column)] = index;
    }
    return index;
}

void ZoneRecordArranger::request(const ZoneRecordQuery& query) {
    if (!m_zone)
        return;
    const std::shared_ptr<Control> control = m_control;
    const quint64 generation = ++control->latest;
    control->wantedColumn = query.column;
    if (m_zone->recordCount() < m_backgroundThreshold) {
        const CancelCheck never = [] { return false; };
        const std::shared_ptr<const ZoneSortIndex> index = indexFor(*control, *m_zone, query.column, never);
        std::optional<ZoneRecordRows> rows = ZoneRecordArrangement::arrange(*m_zone, query, index.get(), never);
        deliver(control, generation, query, std::make_shared<ZoneRecordRows>(std::move(*rows)));
        return;
    }
    setBusy(true);
    const std::shared_ptr<const core::Zone> zone = m_zone;
    m_pool.start([this, zone, control, generation, query] {
        const auto superseded = [&control, generation] { return control->closed || control->latest != generation; };
        if (superseded())
            return; // a newer request is queued behind this one
        // The sort index goes on while the column is still wanted, even if this request was superseded (by a
        // filter, say): the next job needs the same index.
        const int column = query.column;
        const CancelCheck columnDropped = [&control, column] {
            return control->closed || control->wantedColumn != column;
        };
        const std::shared_ptr<const ZoneSortIndex> index = indexFor(*control, *zone, column, columnDropped);
        if (superseded() || (column >= 0 && !index))
            return;
        std::optional<ZoneRecordRows> rows = ZoneRecordArrangement::arrange(*zone, query, index.get(), superseded);
        if (!rows)
            return;
        auto shared = std::make_shared<ZoneRecordRows>(std::move(*rows));
        // The arranger waits for this pool before it goes, so it is alive when the call is queued; Qt drops
        // the call if it goes before it runs.
        QMetaObject::invokeMethod(
            this, [this, control, generation, query, shared] { deliver(control, generation, query, shared); },
            Qt::QueuedConnection);
    });
}

void ZoneRecordArranger::deliver(const std::shared_ptr<Control>& control, quint64 generation,
                                 const ZoneRecordQuery& query, const std::shared_ptr<ZoneRecordRows>& rows) {
    if (control != m_control || generation != control->latest)
        return; // another zone, or a newer request whose rows follow
    Q_EMIT arranged(query, rows);
    setBusy(false);
}

void ZoneRecordArranger::setBusy(bool busy) {
    if (busy == m_busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged(busy);
}

} // namespace danewerk::ui
