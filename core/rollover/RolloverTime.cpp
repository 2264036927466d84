#include "core/rollover/RolloverTime.h"

namespace danewerk::core {

QString formatOffset(RolloverSeconds seconds) {
    if (seconds == 0)
        return QStringLiteral("0s");
    QString out;
    if (seconds < 0) {
        out += QLatin1Char('-');
        seconds = -seconds;
    }
    const RolloverSeconds hours = seconds / 3600;
    const RolloverSeconds minutes = seconds % 3600 / 60;
    const RolloverSeconds rest = seconds % 60;
    if (hours)
        out += QString::number(hours) + QLatin1Char('h');
    if (minutes)
        out += QString::number(minutes) + QLatin1Char('m');
    if (rest)
        out += QString::number(rest) + QLatin1Char('s');
    return out;
}

} // namespace danewerk::core
