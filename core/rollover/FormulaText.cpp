#include "core/rollover/FormulaText.h"

#include <algorithm>

namespace danewerk::core {

FormulaText FormulaText::term(const QString& symbol, RolloverSeconds value) {
    FormulaText f;
    f.m_symbols = symbol;
    f.m_numbers = formatOffset(value);
    f.m_value = value;
    f.m_terms = 1;
    return f;
}

FormulaText FormulaText::optionalTerm(const QString& symbol, RolloverSeconds value) {
    return value == 0 ? FormulaText() : term(symbol, value);
}

FormulaText FormulaText::max(const FormulaText& a, const FormulaText& b) {
    FormulaText f;
    f.m_symbols = QStringLiteral("max(%1, %2)").arg(a.m_symbols, b.m_symbols);
    f.m_numbers = QStringLiteral("max(%1, %2)").arg(a.m_numbers, b.m_numbers);
    f.m_value = std::max(a.m_value, b.m_value);
    f.m_terms = 1;
    f.m_compound = true;
    return f;
}

FormulaText FormulaText::operator+(const FormulaText& other) const {
    if (other.isEmpty())
        return *this;
    if (isEmpty())
        return other;
    FormulaText f;
    f.m_symbols = m_symbols + QStringLiteral(" + ") + other.m_symbols;
    f.m_numbers = m_numbers + QStringLiteral(" + ") + other.m_numbers;
    f.m_value = m_value + other.m_value;
    f.m_terms = m_terms + other.m_terms;
    f.m_compound = true;
    return f;
}

QString FormulaText::definition(const QString& name) const {
    QString out = name + QStringLiteral(" = ") + m_symbols + QStringLiteral(" = ") + m_numbers;
    if (m_compound)
        out += QStringLiteral(" = ") + formatOffset(m_value);
    return out;
}

} // namespace danewerk::core
