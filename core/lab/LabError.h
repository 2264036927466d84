#pragma once

#include "core/common/Error.h"

namespace danewerk::core {

// An Error with a code, a message and optionally the file it concerns.
[[nodiscard]] inline Error labError(QString code, QString message, QString file = {}) {
    Error error;
    error.code = std::move(code);
    error.message = std::move(message);
    error.file = std::move(file);
    return error;
}

} // namespace danewerk::core
