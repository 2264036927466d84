#include "ui/charts/SignatureValidityChart.h"

#include <QChart>
#include <QDateTimeAxis>
#include <QGraphicsLayout>
#include <QLineSeries>
#include <QPen>
#include <QValueAxis>

#include <algorithm>

namespace danewerk::ui {

namespace {

constexpr qint64 Day = 86400;
// A zone with millions of signatures still draws a few thousand steps: expirations within one step width
// are merged (the line stays a correct upper envelope to the minute).
constexpr qint64 MaxSteps = 4000;

qreal ms(qint64 seconds) {
    return qreal(seconds) * 1000.0;
}

} // namespace

SignatureValidityChart::SignatureValidityChart(QWidget* parent) : QChartView(parent) {
    setRenderHint(QPainter::Antialiasing);
    setObjectName(QStringLiteral("signatureValidityChart"));
    auto* chart = new QChart;
    // The chart lives in a short tab under the record table: every pixel of height goes to the plot.
    chart->setMargins(QMargins(2, 2, 2, 2));
    chart->setBackgroundRoundness(0);
    chart->layout()->setContentsMargins(0, 0, 0, 0);
    chart->legend()->setAlignment(Qt::AlignRight);
    // QChartView starts with a chart of its own and gives up its ownership in setChart(): free it.
    QChart* initial = this->chart();
    setChart(chart);
    delete initial;

    m_valid = new QLineSeries(chart);
    m_valid->setName(tr("Signatures still valid"));
    QPen valid(QColor(0x2e, 0x7d, 0x32));
    valid.setWidthF(2.0);
    m_valid->setPen(valid);
    m_now = new QLineSeries(chart);
    m_now->setName(tr("Now"));
    QPen now(QColor(0x15, 0x65, 0xc0));
    now.setWidthF(1.5);
    m_now->setPen(now);
    m_warning = new QLineSeries(chart);
    m_warning->setName(tr("Expiry warning"));
    QPen warning(QColor(0xef, 0x6c, 0x00));
    warning.setWidthF(1.5);
    warning.setStyle(Qt::DashLine);
    m_warning->setPen(warning);
    chart->addSeries(m_valid);
    chart->addSeries(m_now);
    chart->addSeries(m_warning);

    m_timeAxis = new QDateTimeAxis(chart);
    m_timeAxis->setFormat(QStringLiteral("yyyy-MM-dd"));
    m_timeAxis->setTitleText(tr("Time (UTC)"));
    m_countAxis = new QValueAxis(chart);
    m_countAxis->setLabelFormat(QStringLiteral("%d"));
    m_countAxis->setTitleText(tr("Signatures"));
    chart->addAxis(m_timeAxis, Qt::AlignBottom);
    chart->addAxis(m_countAxis, Qt::AlignLeft);
    for (QLineSeries* series : {m_valid, m_now, m_warning}) {
        series->attachAxis(m_timeAxis);
        series->attachAxis(m_countAxis);
    }
    setData({}, QDateTime::fromSecsSinceEpoch(0, Qt::UTC));
}

void SignatureValidityChart::setData(const QList<qint64>& expirations, const QDateTime& now, qint64 warningSeconds) {
    const qint64 nowSeconds = now.toSecsSinceEpoch();
    const qint64 warnSeconds = nowSeconds + warningSeconds;
    // Signatures that already expired count as nothing here; the line starts with those valid now.
    const auto firstValid = std::upper_bound(expirations.cbegin(), expirations.cend(), nowSeconds);
    qint64 remaining = expirations.cend() - firstValid;
    const qint64 last = expirations.isEmpty() ? warnSeconds : std::max(expirations.last(), warnSeconds);
    const qint64 start = nowSeconds - Day;
    const qint64 end = last + Day;
    const qint64 stepWidth = std::max<qint64>(60, (end - start) / MaxSteps);

    QList<QPointF> points;
    points.reserve(qsizetype(std::min<qint64>(remaining, MaxSteps) * 2 + 4));
    points << QPointF(ms(nowSeconds), qreal(remaining));
    for (auto it = firstValid; it != expirations.cend();) {
        const qint64 at = *it;
        const qint64 until = at + stepWidth;
        qint64 gone = 0;
        while (it != expirations.cend() && *it < until) {
            ++gone;
            ++it;
        }
        points << QPointF(ms(at), qreal(remaining));
        remaining -= gone;
        points << QPointF(ms(at), qreal(remaining));
    }
    points << QPointF(ms(end), qreal(remaining));
    m_valid->replace(points);

    const qreal top = std::max<qreal>(1.0, points.first().y()) * 1.1;
    m_now->replace({QPointF(ms(nowSeconds), 0), QPointF(ms(nowSeconds), top)});
    m_warning->replace({QPointF(ms(warnSeconds), 0), QPointF(ms(warnSeconds), top)});
    m_timeAxis->setRange(QDateTime::fromSecsSinceEpoch(start, Qt::UTC), QDateTime::fromSecsSinceEpoch(end, Qt::UTC));
    m_timeAxis->setTickCount(std::clamp(int((end - start) / Day) + 1, 2, 8));
    m_countAxis->setRange(0, top);
    m_countAxis->applyNiceNumbers();
    m_warning->setName(tr("Expiry warning (now + %n day(s))", nullptr, int(warningSeconds / Day)));
}

qsizetype SignatureValidityChart::pointCount() const {
    return m_valid->count();
}

} // namespace danewerk::ui
