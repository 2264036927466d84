#include "core/rollover/Parameters.h"

#include "core/common/TimeFormat.h"

#include <algorithm>

namespace danewerk::core {

namespace {

struct ParameterSlot {
    const char* name;
    RolloverSeconds RolloverParameters::*member;
    const char* description;
};

// The translatable descriptions are marked with QT_TRANSLATE_NOOP and translated in description().
const ParameterSlot kSlots[] = {
    {"DprpC", &RolloverParameters::DprpC,
     QT_TRANSLATE_NOOP("danewerk::core::RolloverParameters", "child propagation delay (to the slowest secondary)")},
    {"DprpP", &RolloverParameters::DprpP,
     QT_TRANSLATE_NOOP("danewerk::core::RolloverParameters", "parent propagation delay")},
    {"TTLkey", &RolloverParameters::TTLkey, QT_TRANSLATE_NOOP("danewerk::core::RolloverParameters", "DNSKEY TTL")},
    {"TTLsig", &RolloverParameters::TTLsig,
     QT_TRANSLATE_NOOP("danewerk::core::RolloverParameters", "largest TTL of signed data")},
    {"TTLneg", &RolloverParameters::TTLneg,
     QT_TRANSLATE_NOOP("danewerk::core::RolloverParameters", "negative TTL (denial records)")},
    {"TTLds", &RolloverParameters::TTLds,
     QT_TRANSLATE_NOOP("danewerk::core::RolloverParameters", "DS TTL at the parent")},
    {"TTLtlsa", &RolloverParameters::TTLtlsa, QT_TRANSLATE_NOOP("danewerk::core::RolloverParameters", "TLSA TTL")},
    {"Dsgn", &RolloverParameters::Dsgn,
     QT_TRANSLATE_NOOP("danewerk::core::RolloverParameters",
                       "time for a signer change to reach every RRset (0 for a full re-sign)")},
    {"Dreg", &RolloverParameters::Dreg,
     QT_TRANSLATE_NOOP("danewerk::core::RolloverParameters", "delay from DS submission to DS published at the parent")},
    {"publish_safety", &RolloverParameters::publishSafety,
     QT_TRANSLATE_NOOP("danewerk::core::RolloverParameters", "extra margin before a new key is used")},
    {"retire_safety", &RolloverParameters::retireSafety,
     QT_TRANSLATE_NOOP("danewerk::core::RolloverParameters", "extra margin before an old key is removed")},
    {"Lzsk", &RolloverParameters::Lzsk, QT_TRANSLATE_NOOP("danewerk::core::RolloverParameters", "ZSK lifetime")},
    {"Lksk", &RolloverParameters::Lksk,
     QT_TRANSLATE_NOOP("danewerk::core::RolloverParameters", "KSK and CSK lifetime")},
};

constexpr auto kMaxCacheTtl = "max_cache_ttl";

} // namespace

QStringList RolloverParameters::names() {
    QStringList out;
    for (const auto& slot : kSlots)
        out << QLatin1String(slot.name);
    out << QLatin1String(kMaxCacheTtl);
    return out;
}

std::optional<RolloverSeconds> RolloverParameters::value(const QString& name) const {
    for (const auto& slot : kSlots)
        if (name == QLatin1String(slot.name))
            return this->*slot.member;
    if (name == QLatin1String(kMaxCacheTtl))
        return maxCacheTtl;
    return std::nullopt;
}

bool RolloverParameters::set(const QString& name, RolloverSeconds seconds) {
    if (seconds < 0 || seconds > kMaxPlanSeconds)
        return false;
    for (const auto& slot : kSlots) {
        if (name == QLatin1String(slot.name)) {
            this->*slot.member = seconds;
            return true;
        }
    }
    if (name == QLatin1String(kMaxCacheTtl)) {
        maxCacheTtl = seconds;
        return true;
    }
    return false;
}

std::optional<RolloverSeconds> RolloverParameters::namedResolverCap(const QString& name) {
    const QString lower = name.trimmed().toLower();
    if (lower == QLatin1String("unbound"))
        return 86400; // unbound.conf cache-max-ttl default
    if (lower == QLatin1String("bind"))
        return 7 * 86400; // named.conf max-cache-ttl default
    return std::nullopt;
}

bool RolloverParameters::setFromText(const QString& name, const QString& text, QString* error) {
    if (!value(name).has_value() && name != QLatin1String(kMaxCacheTtl)) {
        if (error)
            *error =
                QCoreApplication::translate("danewerk::core::RolloverParameters", "unknown parameter %1 (known: %2)")
                    .arg(name, names().join(QStringLiteral(", ")));
        return false;
    }
    std::optional<RolloverSeconds> seconds;
    if (name == QLatin1String(kMaxCacheTtl))
        seconds = namedResolverCap(text);
    if (!seconds)
        seconds = parseDuration(text);
    if (!seconds || !set(name, *seconds)) {
        if (error)
            *error =
                QCoreApplication::translate("danewerk::core::RolloverParameters", "malformed duration \"%1\" for %2")
                    .arg(text, name);
        return false;
    }
    return true;
}

QString RolloverParameters::description(const QString& name) {
    for (const auto& slot : kSlots)
        if (name == QLatin1String(slot.name))
            return QCoreApplication::translate("danewerk::core::RolloverParameters", slot.description);
    if (name == QLatin1String(kMaxCacheTtl))
        return QCoreApplication::translate("danewerk::core::RolloverParameters",
                                           "assume every resolver caps TTLs at this value (unbound 1d, bind 1w)");
    return {};
}

RolloverSeconds RolloverParameters::cached(RolloverSeconds ttl) const {
    return maxCacheTtl ? std::min(ttl, *maxCacheTtl) : ttl;
}

} // namespace danewerk::core
