#pragma once

#include "core/rollover/CacheModel.h"
#include "core/rollover/SafetyReport.h"

#include <QChartView>
#include <QDateTime>

class QAreaSeries;
class QCategoryAxis;
class QDateTimeAxis;
class QLineSeries;

namespace danewerk::ui {

// The rollover timeline: one lane per RRset or key (DS at the parent, each DNSKEY, the signatures of each
// key, TLSA, the deployed key); each version as a bar over its master interval with its cache tail as a
// paler band; bogus (red) and deferred (amber) windows as overlays whose tooltip is the witness and the
// fix; a vertical time cursor. The chart is rebuilt from engine values, never the source of truth.
class RolloverTimelineChart : public QChartView {
    Q_OBJECT
public:
    explicit RolloverTimelineChart(QWidget* parent = nullptr);

    void setData(const core::RolloverPlan& plan, const core::CacheTimeline& timeline, const core::SafetyReport& report);
    void setCursor(core::RolloverSeconds t);

    // The span shown, in plan seconds (for the cursor slider).
    [[nodiscard]] core::RolloverSeconds firstSecond() const { return m_first; }
    [[nodiscard]] core::RolloverSeconds lastSecond() const { return m_last; }
    [[nodiscard]] QStringList laneNames() const { return m_lanes; }
    [[nodiscard]] int overlayCount() const { return m_overlays; }

private:
    struct Bar {
        int lane = 0;
        core::RolloverSeconds from = 0;
        core::RolloverSeconds masterUntil = 0;
        core::RolloverSeconds cachedUntil = 0;
        QString label;
        QColor colour;
    };
    void addBar(const Bar& bar);
    void addOverlay(const core::SafetyWindow& window, int index);
    QAreaSeries* band(core::RolloverSeconds from, core::RolloverSeconds to, double low, double high, const QColor& fill,
                      const QColor& border);
    [[nodiscard]] qreal x(core::RolloverSeconds t) const;
    [[nodiscard]] core::RolloverSeconds clamp(core::RolloverSeconds t) const;

    QDateTime m_origin;
    const core::RolloverPlan* m_plan = nullptr;
    core::RolloverSeconds m_first = 0;
    core::RolloverSeconds m_last = 1;
    QStringList m_lanes;
    int m_overlays = 0;
    QDateTimeAxis* m_timeAxis = nullptr;
    QCategoryAxis* m_laneAxis = nullptr;
    QLineSeries* m_cursor = nullptr;
};

} // namespace danewerk::ui
