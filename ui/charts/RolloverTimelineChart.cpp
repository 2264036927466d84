#include "ui/charts/RolloverTimelineChart.h"

#include "core/rollover/PlanSteps.h"

#include <QAreaSeries>
#include <QCategoryAxis>
#include <QChart>
#include <QCursor>
#include <QDateTimeAxis>
#include <QLineSeries>
#include <QPen>
#include <QTimeZone>
#include <QToolTip>

#include <algorithm>
#include <functional>

namespace danewerk::ui {

using namespace core;

namespace {

constexpr double kBarHalfHeight = 0.32;

QColor classColour(RrsetClass rrset) {
    switch (rrset) {
    case RrsetClass::Ds:
        return QColor(0x6a, 0x3d, 0x9a);
    case RrsetClass::Dnskey:
        return QColor(0x1f, 0x78, 0xb4);
    case RrsetClass::Data:
    case RrsetClass::Neg:
        return QColor(0x33, 0xa0, 0x2c);
    case RrsetClass::Tlsa:
        return QColor(0xb1, 0x59, 0x28);
    }
    return Qt::gray;
}

QString braces(const QStringList& keys) {
    return PlanSteps::keySet(keys);
}

} // namespace

RolloverTimelineChart::RolloverTimelineChart(QWidget* parent) : QChartView(parent) {
    setRenderHint(QPainter::Antialiasing);
    chart()->legend()->hide();
    chart()->setMargins(QMargins(4, 4, 4, 4));
    setMinimumHeight(260);
}

qreal RolloverTimelineChart::x(RolloverSeconds t) const {
    return qreal(m_origin.addSecs(clamp(t)).toMSecsSinceEpoch());
}

RolloverSeconds RolloverTimelineChart::clamp(RolloverSeconds t) const {
    return std::clamp(t, m_first, m_last);
}

QAreaSeries* RolloverTimelineChart::band(RolloverSeconds from, RolloverSeconds to, double low, double high,
                                         const QColor& fill, const QColor& border) {
    auto* upper = new QLineSeries;
    auto* lower = new QLineSeries;
    upper->append(x(from), high);
    upper->append(x(to), high);
    lower->append(x(from), low);
    lower->append(x(to), low);
    auto* area = new QAreaSeries(upper, lower);
    // QAreaSeries leaves its boundary lines to the caller: let the area own them, so removing it frees them.
    upper->setParent(area);
    lower->setParent(area);
    area->setBrush(fill);
    area->setPen(border.isValid() ? QPen(border, 1) : QPen(Qt::NoPen));
    chart()->addSeries(area);
    area->attachAxis(m_timeAxis);
    area->attachAxis(m_laneAxis);
    return area;
}

void RolloverTimelineChart::addBar(const Bar& bar) {
    const double y = bar.lane;
    const QString tip =
        tr("%1\npublished %2, master until %3, cached until %4")
            .arg(bar.label, PlanSteps::when(*m_plan, bar.from),
                 isBounded(bar.masterUntil) ? PlanSteps::when(*m_plan, bar.masterUntil) : tr("open end"),
                 isBounded(bar.cachedUntil) ? PlanSteps::when(*m_plan, bar.cachedUntil) : tr("open end"));
    QAreaSeries* master =
        band(bar.from, bar.masterUntil, y - kBarHalfHeight, y + kBarHalfHeight, bar.colour, bar.colour.darker(130));
    master->setName(bar.label);
    connect(master, &QAreaSeries::hovered, this, [tip](const QPointF&, bool state) {
        if (state)
            QToolTip::showText(QCursor::pos(), tip);
    });
    if (bar.cachedUntil > bar.masterUntil) {
        // The cache tail: resolvers may still hold this version.
        QColor pale = bar.colour;
        pale.setAlpha(70);
        QAreaSeries* tail =
            band(bar.masterUntil, bar.cachedUntil, y - kBarHalfHeight * 0.7, y + kBarHalfHeight * 0.7, pale, QColor());
        connect(tail, &QAreaSeries::hovered, this, [tip](const QPointF&, bool state) {
            if (state)
                QToolTip::showText(QCursor::pos(), tip);
        });
    }
}

void RolloverTimelineChart::addOverlay(const SafetyWindow& w, int index) {
    const bool bogus = w.status == QLatin1String("bogus");
    QColor fill = bogus ? QColor(0xe3, 0x1a, 0x1c) : QColor(0xff, 0x9f, 0x00);
    fill.setAlpha(bogus ? 60 : 70);
    QStringList lines;
    lines << tr("%1 %2 (%3): %4 to %5")
                 .arg(w.status, rrsetClassName(w.rrset), validationProfileName(w.profile),
                      isBounded(w.from) ? PlanSteps::when(*m_plan, w.from) : tr("always"),
                      isBounded(w.to) ? PlanSteps::when(*m_plan, w.to) : tr("open end"));
    for (const WitnessEntry& e : w.witness)
        lines << tr("witness: %1 %2, published %3, cached until %4")
                     .arg(e.rrset, braces(e.content),
                          isBounded(e.published) ? PlanSteps::when(*m_plan, e.published) : tr("before the plan"),
                          isBounded(e.cachedUntil) ? PlanSteps::when(*m_plan, e.cachedUntil) : tr("open end"));
    lines << tr("fix: %1").arg(w.fix.sentence);
    const QString tip = lines.join(QLatin1Char('\n'));
    QAreaSeries* area =
        band(isBounded(w.from) ? w.from : m_first, isBounded(w.to) ? w.to : m_last, -0.5, double(m_lanes.size()) - 0.5,
             fill, bogus ? QColor(0xe3, 0x1a, 0x1c) : QColor(0xff, 0x9f, 0x00));
    area->setObjectName(QStringLiteral("window%1").arg(index));
    connect(area, &QAreaSeries::hovered, this, [tip](const QPointF&, bool state) {
        if (state)
            QToolTip::showText(QCursor::pos(), tip);
    });
    ++m_overlays;
}

void RolloverTimelineChart::setData(const RolloverPlan& plan, const CacheTimeline& timeline,
                                    const SafetyReport& report) {
    m_plan = &plan;
    chart()->removeAllSeries();
    for (QAbstractAxis* axis : chart()->axes()) {
        chart()->removeAxis(axis); // the chart gives up its ownership of a removed axis
        delete axis;
    }
    m_overlays = 0;
    m_lanes.clear();
    m_origin = plan.origin ? plan.origin->toUTC() : QDateTime(QDate(2027, 1, 1), QTime(0, 0), QTimeZone::utc());

    // The span: from a little before the first event to after the last cache tail that ends.
    RolloverSeconds first = 0;
    RolloverSeconds last = 0;
    for (const PlanEvent& e : plan.events) {
        first = std::min(first, e.at);
        last = std::max(last, e.effectiveAt(plan.parameters));
    }
    for (const auto& list : timeline.versions)
        for (const RrsetVersion& v : list)
            if (isBounded(v.cachedUntil))
                last = std::max(last, v.cachedUntil);
    for (const SafetyWindow& w : report.windows)
        if (isBounded(w.to))
            last = std::max(last, w.to);
    if (!plan.events.isEmpty())
        first = std::min_element(plan.events.begin(), plan.events.end(), [](const PlanEvent& a, const PlanEvent& b) {
                    return a.at < b.at;
                })->at;
    const RolloverSeconds span = std::max<RolloverSeconds>(last - first, 3600);
    m_first = first - span / 10;
    m_last = last + span / 10;

    // Lanes, top to bottom: DS, each key's DNSKEY presence, each key's signatures, TLSA, deployed.
    struct LaneSpec {
        QString name;
        std::function<void(int)> fill;
    };
    QList<LaneSpec> specs;
    if (plan.hasDnssecKeys())
        specs << LaneSpec{tr("DS (parent)"), [&](int lane) {
                              for (const RrsetVersion& v : timeline.of(RrsetClass::Ds))
                                  if (!v.content.isEmpty())
                                      addBar({lane, clamp(v.published), clamp(v.masterUntil), clamp(v.cachedUntil),
                                              tr("DS %1").arg(braces(v.content)), classColour(RrsetClass::Ds)});
                          }};
    for (const RolloverKey& k : plan.keys) {
        if (k.role == KeyRole::Tlsa)
            continue;
        specs << LaneSpec{tr("DNSKEY %1").arg(k.id), [&, id = k.id](int lane) {
                              for (const RrsetVersion& v : timeline.of(RrsetClass::Dnskey))
                                  if (v.content.contains(id))
                                      addBar(
                                          {lane, clamp(v.published), clamp(v.masterUntil), clamp(v.cachedUntil),
                                           tr("DNSKEY RRset %1 signed by %2").arg(braces(v.content), braces(v.signers)),
                                           v.revoked.contains(id) ? Qt::darkGray : classColour(RrsetClass::Dnskey)});
                          }};
    }
    for (const RolloverKey& k : plan.keys) {
        if (k.role == KeyRole::Tlsa)
            continue;
        specs << LaneSpec{
            tr("signatures %1").arg(k.id), [&, id = k.id](int lane) {
                for (const RrsetVersion& v : timeline.of(RrsetClass::Dnskey))
                    if (v.signers.contains(id))
                        addBar({lane, clamp(v.published), clamp(v.masterUntil), clamp(v.cachedUntil),
                                tr("RRSIG over DNSKEY by %1").arg(id), QColor(0x1f, 0x78, 0xb4).lighter(140)});
                for (const RrsetVersion& v : timeline.of(RrsetClass::Data))
                    if (v.content.contains(id))
                        addBar({lane, clamp(v.published), clamp(v.masterUntil), clamp(v.cachedUntil),
                                tr("zone data signed by %1").arg(braces(v.content)), classColour(RrsetClass::Data)});
            }};
    }
    // TLSA: one lane per certificate or key for its record, one for the time the server presents it.
    for (const RolloverKey& k : plan.keys) {
        if (k.role != KeyRole::Tlsa)
            continue;
        specs << LaneSpec{tr("TLSA %1").arg(k.id), [&, id = k.id](int lane) {
                              for (const RrsetVersion& v : timeline.of(RrsetClass::Tlsa))
                                  if (v.content.contains(id))
                                      addBar({lane, clamp(v.published), clamp(v.masterUntil), clamp(v.cachedUntil),
                                              tr("TLSA RRset %1").arg(braces(v.content)),
                                              classColour(RrsetClass::Tlsa)});
                          }};
    }
    for (const RolloverKey& k : plan.keys) {
        if (k.role != KeyRole::Tlsa)
            continue;
        specs << LaneSpec{tr("server presents %1").arg(k.id), [&, id = k.id](int lane) {
                              for (const Deployment& d : timeline.deployments)
                                  if (d.key == id)
                                      addBar({lane, clamp(d.from), clamp(d.until), clamp(d.until),
                                              tr("server presents %1").arg(d.key), QColor(0x70, 0x70, 0x70)});
                          }};
    }
    // Lane 0 is drawn at the bottom: reverse so that DS is on top.
    std::reverse(specs.begin(), specs.end());

    m_timeAxis = new QDateTimeAxis;
    m_timeAxis->setFormat(span > 10 * 86400 ? QStringLiteral("yyyy-MM-dd") : QStringLiteral("MM-dd HH:mm"));
    m_timeAxis->setTitleText(tr("UTC"));
    m_timeAxis->setTickCount(7);
    m_timeAxis->setRange(m_origin.addSecs(m_first), m_origin.addSecs(m_last));
    chart()->addAxis(m_timeAxis, Qt::AlignBottom);
    m_laneAxis = new QCategoryAxis;
    m_laneAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    m_laneAxis->setRange(-0.5, double(specs.size()) - 0.5);
    for (qsizetype i = 0; i < specs.size(); ++i) {
        m_lanes.prepend(specs[i].name);
        m_laneAxis->append(specs[i].name, double(i));
    }
    m_laneAxis->setGridLineVisible(false);
    chart()->addAxis(m_laneAxis, Qt::AlignLeft);
    for (qsizetype i = 0; i < specs.size(); ++i)
        specs[i].fill(int(i));
    for (qsizetype i = 0; i < report.windows.size(); ++i)
        addOverlay(report.windows[i], int(i));

    // One thin line per operator step; hovering it shows what to do and the formula behind the time.
    const QList<OperatorStep> steps = PlanSteps::group(plan);
    for (qsizetype i = 0; i < steps.size(); ++i) {
        auto* line = new QLineSeries;
        line->setPen(QPen(QColor(0x55, 0x55, 0x55), 1, Qt::DotLine));
        line->append(x(steps[i].at), -0.5);
        line->append(x(steps[i].at), double(m_lanes.size()) - 0.5);
        chart()->addSeries(line);
        line->attachAxis(m_timeAxis);
        line->attachAxis(m_laneAxis);
        QStringList text{tr("Step %1: %2").arg(i + 1).arg(PlanSteps::when(plan, steps[i].at))};
        for (int index : steps[i].events)
            text << QStringLiteral("• ") + PlanSteps::describe(plan, plan.events[index]);
        if (!plan.events[steps[i].events.first()].formula.isEmpty())
            text << plan.events[steps[i].events.first()].formula;
        const QString tip = text.join(QLatin1Char('\n'));
        connect(line, &QLineSeries::hovered, this, [tip](const QPointF&, bool state) {
            if (state)
                QToolTip::showText(QCursor::pos(), tip);
        });
    }

    m_cursor = new QLineSeries;
    m_cursor->setPen(QPen(QColor(0x20, 0x20, 0x20), 2, Qt::DashLine));
    chart()->addSeries(m_cursor);
    m_cursor->attachAxis(m_timeAxis);
    m_cursor->attachAxis(m_laneAxis);
}

void RolloverTimelineChart::setCursor(RolloverSeconds t) {
    if (!m_cursor)
        return;
    m_cursor->clear();
    m_cursor->append(x(t), -0.5);
    m_cursor->append(x(t), double(m_lanes.size()) - 0.5);
}

} // namespace danewerk::ui
