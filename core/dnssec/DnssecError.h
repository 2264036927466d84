#pragma once

#include "core/common/Error.h"

namespace danewerk::core {

// A coded Error with every field set (the aggregate otherwise trips -Wmissing-field-initializers).
[[nodiscard]] inline Error dnssecError(const QString& code, const QString& message, const QString& file = {},
                                       int line = 0, int column = 0) {
    return Error{code, message, file, line, column};
}

} // namespace danewerk::core
