#pragma once

#include <QChartView>
#include <QDateTime>
#include <QList>

class QDateTimeAxis;
class QLineSeries;
class QValueAxis;

namespace danewerk::ui {

// When the zone's signatures run out: a step line of "signatures still valid" over time, from now to the
// last expiration, with "now" and the warning threshold (now + expiry warning) as vertical lines. Built from
// the sorted expirations the background load computed; the chart holds no state of its own.
class SignatureValidityChart : public QChartView {
    Q_OBJECT
public:
    explicit SignatureValidityChart(QWidget* parent = nullptr);

    // expirations: seconds since the epoch, sorted ascending.
    void setData(const QList<qint64>& expirations, const QDateTime& now, qint64 warningSeconds = 7 * 86400);

    [[nodiscard]] qsizetype pointCount() const;
    [[nodiscard]] QLineSeries* validSeries() const { return m_valid; }
    [[nodiscard]] QLineSeries* nowLine() const { return m_now; }
    [[nodiscard]] QLineSeries* warningLine() const { return m_warning; }

private:
    QLineSeries* m_valid = nullptr;
    QLineSeries* m_now = nullptr;
    QLineSeries* m_warning = nullptr;
    QDateTimeAxis* m_timeAxis = nullptr;
    QValueAxis* m_countAxis = nullptr;
};

} // namespace danewerk::ui
