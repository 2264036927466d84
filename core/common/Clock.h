#pragma once

#include <QDateTime>

namespace danewerk::core {

// The source of "now". Engine functions take the moment as a parameter; front ends get it from a Clock,
// tests from a FixedClock.
class Clock {
public:
    virtual ~Clock() = default;
    [[nodiscard]] virtual QDateTime now() const { return QDateTime::currentDateTimeUtc(); }
};

class FixedClock final : public Clock {
public:
    explicit FixedClock(QDateTime moment) : m_moment(std::move(moment)) {}
    [[nodiscard]] QDateTime now() const override { return m_moment; }
    void set(QDateTime moment) { m_moment = std::move(moment); }

private:
    QDateTime m_moment;
};

} // namespace danewerk::core
