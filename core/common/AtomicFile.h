#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QString>

namespace danewerk::core {

struct WriteOptions {
    bool overwrite = false;  // replace an existing file (the CLI's --force); otherwise refuse
    bool privateKey = false; // create with mode 0600 from the first byte on
};

// Writes the whole content to a temporary file in the target's directory and renames it into place, so a
// reader sees either the old file or the new one, never half of one. Refuses to replace an existing file
// unless options.overwrite. Error codes: FILE_EXISTS, FILE_UNWRITABLE.
[[nodiscard]] Result<void> writeFileAtomically(const QString& path, const QByteArray& content,
                                               WriteOptions options = {});

// Reads a whole file with a size limit; error codes FILE_UNREADABLE, FILE_TOO_LARGE.
[[nodiscard]] Result<QByteArray> readFileLimited(const QString& path, qint64 maxBytes = 64 * 1024 * 1024);

} // namespace danewerk::core
