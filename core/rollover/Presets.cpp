#include "core/rollover/Presets.h"

#include <QCoreApplication>

namespace danewerk::core {

namespace {
constexpr RolloverSeconds kMinute = 60;
constexpr RolloverSeconds kHour = 3600;
constexpr RolloverSeconds kDay = 86400;

} // namespace

QStringList RolloverPresets::names() {
    return {QStringLiteral("bind-default"), QStringLiteral("knot-default"), QStringLiteral("fast-cds-parent"),
            QStringLiteral("manual-registrar"), QStringLiteral("teaching")};
}

Result<RolloverParameters> RolloverPresets::parameters(const QString& name) {
    RolloverParameters p;
    if (name == QLatin1String("bind-default")) {
        p.TTLkey = kHour;
        p.publishSafety = kHour;
        p.retireSafety = kHour;
        p.DprpC = 5 * kMinute;
        p.TTLds = kDay;
        p.DprpP = kHour;
        p.TTLsig = kDay;
        p.Dsgn = 9 * kDay; // signatures-validity 14d - signatures-refresh 5d
    } else if (name == QLatin1String("knot-default")) {
        p.DprpC = kHour; // propagation-delay
        p.TTLkey = kHour;
        p.TTLsig = kDay;
        p.Dsgn = 0; // Knot re-signs the whole zone when the signer changes
        p.Lzsk = 30 * kDay;
    } else if (name == QLatin1String("fast-cds-parent")) {
        p.Dreg = kHour;
        p.DprpP = 5 * kMinute;
        p.TTLds = kHour;
    } else if (name == QLatin1String("manual-registrar")) {
        p.Dreg = kDay;
        p.DprpP = kHour;
        p.TTLds = kDay;
    } else if (name == QLatin1String("teaching")) {
        p.DprpC = kMinute;
        p.DprpP = kMinute;
        p.TTLkey = 5 * kMinute;
        p.TTLsig = 10 * kMinute;
        p.TTLneg = 5 * kMinute;
        p.TTLds = 10 * kMinute;
        p.TTLtlsa = 5 * kMinute;
        p.Dsgn = 0;
        p.Dreg = 5 * kMinute;
        p.Lzsk = kHour;
        p.Lksk = 2 * kHour;
    } else {
        return Error{QStringLiteral("UNKNOWN_PRESET"),
                     tr("unknown preset %1 (known: %2)").arg(name, names().join(QStringLiteral(", "))),
                     {},
                     0,
                     0};
    }
    return p;
}

QString RolloverPresets::description(const QString& name) {
    if (name == QLatin1String("bind-default"))
        return tr("BIND 9.18 default dnssec-policy (gradual re-signing: Dsgn 9d, safety margins 1h)");
    if (name == QLatin1String("knot-default"))
        return tr("Knot DNS default policy (propagation-delay 1h, full re-sign)");
    if (name == QLatin1String("fast-cds-parent"))
        return tr("a parent that scans CDS quickly (Dreg 1h, DprpP 5m, TTLds 1h)");
    if (name == QLatin1String("manual-registrar"))
        return tr("a registrar web form (Dreg 24h, DprpP 1h, TTLds 1d)");
    if (name == QLatin1String("teaching"))
        return tr("minutes instead of days, for workshops");
    return {};
}

} // namespace danewerk::core
