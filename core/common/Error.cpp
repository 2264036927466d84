#include "core/common/Error.h"

namespace danewerk::core {

QString Error::toString() const {
    QString where = file;
    if (line > 0) {
        where += QLatin1Char(':') + QString::number(line);
        if (column > 0)
            where += QLatin1Char(':') + QString::number(column);
    }
    if (where.isEmpty())
        return message;
    return where + QLatin1String(": ") + message;
}

} // namespace danewerk::core
