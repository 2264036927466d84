#include "core/tlsa/TlsaParameters.h"

#include <array>

namespace danewerk::core {

namespace {

// RFC 7218 section 2: the acronyms the IANA registries carry beside the numbers.
constexpr std::array<const char*, 4> kUsages{"PKIX-TA", "PKIX-EE", "DANE-TA", "DANE-EE"};
constexpr std::array<const char*, 2> kSelectors{"Cert", "SPKI"};
constexpr std::array<const char*, 3> kMatchingTypes{"Full", "SHA2-256", "SHA2-512"};

template <std::size_t N> QString mnemonicOf(const std::array<const char*, N>& names, int value) {
    if (value < 0 || value >= static_cast<int>(N))
        return {};
    return QString::fromLatin1(names[static_cast<std::size_t>(value)]);
}

// Accepts a decimal 0..255 (the field is one octet) or one of the mnemonics, case-insensitively.
template <std::size_t N> std::optional<int> parseField(const std::array<const char*, N>& names, const QString& text) {
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    bool isNumber = false;
    const int number = trimmed.toInt(&isNumber, 10);
    if (isNumber)
        return (number >= 0 && number <= 255) ? std::optional<int>(number) : std::nullopt;
    for (std::size_t i = 0; i < N; ++i) {
        if (trimmed.compare(QLatin1String(names[i]), Qt::CaseInsensitive) == 0)
            return static_cast<int>(i);
    }
    return std::nullopt;
}

} // namespace

QString usageMnemonic(int usage) {
    return mnemonicOf(kUsages, usage);
}
QString selectorMnemonic(int selector) {
    return mnemonicOf(kSelectors, selector);
}
QString matchingMnemonic(int mtype) {
    return mnemonicOf(kMatchingTypes, mtype);
}

QString tlsaMnemonics(int usage, int selector, int mtype) {
    const auto orNumber = [](const QString& mnemonic, int value) {
        return mnemonic.isEmpty() ? QString::number(value) : mnemonic;
    };
    return orNumber(usageMnemonic(usage), usage) + QLatin1Char(' ') + orNumber(selectorMnemonic(selector), selector) +
           QLatin1Char(' ') + orNumber(matchingMnemonic(mtype), mtype);
}

std::optional<int> parseUsage(const QString& text) {
    return parseField(kUsages, text);
}
std::optional<int> parseSelector(const QString& text) {
    return parseField(kSelectors, text);
}
std::optional<int> parseMatchingType(const QString& text) {
    return parseField(kMatchingTypes, text);
}

int digestLength(int mtype) {
    switch (mtype) {
    case 0:
        return 0;
    case 1:
        return 32;
    case 2:
        return 64;
    default:
        return -1;
    }
}

} // namespace danewerk::core
