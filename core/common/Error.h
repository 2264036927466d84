#pragma once

#include <QString>

namespace danewerk::core {

// A coded error with the place it concerns. The message is a translated sentence for people;
// the code is stable for scripts and tests.
struct Error {
    QString code;    // e.g. "FILE_UNREADABLE", "PARSE_ERROR", "KEY_ENCRYPTED"
    QString message; // what failed and why
    QString file;    // the input it concerns, if any
    int line = 0;    // 1-based; 0 when not applicable
    int column = 0;  // 1-based; 0 when not applicable

    // "file:line:column: message" with the parts that are known.
    [[nodiscard]] QString toString() const;
};

} // namespace danewerk::core
