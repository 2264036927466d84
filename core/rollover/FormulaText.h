#pragma once

#include "core/rollover/RolloverTime.h"

#include <QString>

namespace danewerk::core {

// An interval built from named parameters that can say how it was computed, in symbols and in numbers:
// "DprpC + TTLkey" and "5m + 1h" with value 3900. Terms named *_safety are left out while they are zero,
// as RFC 7583 writes Ipub without them.
class FormulaText {
public:
    FormulaText() = default;
    [[nodiscard]] static FormulaText term(const QString& symbol, RolloverSeconds value);
    [[nodiscard]] static FormulaText optionalTerm(const QString& symbol, RolloverSeconds value);
    [[nodiscard]] static FormulaText max(const FormulaText& a, const FormulaText& b);

    FormulaText operator+(const FormulaText& other) const;

    [[nodiscard]] RolloverSeconds value() const { return m_value; }
    [[nodiscard]] const QString& symbols() const { return m_symbols; }
    [[nodiscard]] const QString& numbers() const { return m_numbers; }
    [[nodiscard]] bool isEmpty() const { return m_terms == 0; }
    // "Ipub = DprpC + TTLkey = 5m + 1h = 1h5m" (the last part only when there is something to add up).
    [[nodiscard]] QString definition(const QString& name) const;

private:
    QString m_symbols;
    QString m_numbers;
    RolloverSeconds m_value = 0;
    int m_terms = 0;
    bool m_compound = false;
};

} // namespace danewerk::core
