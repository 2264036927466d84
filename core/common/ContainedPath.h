#pragma once

#include "core/common/Result.h"

#include <QString>

namespace danewerk::core {

// Values read from scenario and plan files that end up in file names must stay inside the directory they
// are meant for. Both functions refuse absolute paths, ".." components and (for paths) symbolic links that
// lead out, with error code PATH_ESCAPES and a message naming the file and the field.

// A single file-name component (an id that becomes "<id>.pem"): no separator, no "." or "..", nothing
// but [a-z0-9-], at most 40 characters.
[[nodiscard]] Result<QString> fileNameComponent(const QString& value, const QString& sourceFile, const QString& field);

// `relative` below `directory`: the resolved path, after following every symbolic link that exists, must
// still be inside the resolved directory.
[[nodiscard]] Result<QString> containedPath(const QString& directory, const QString& relative,
                                            const QString& sourceFile, const QString& field);

} // namespace danewerk::core
