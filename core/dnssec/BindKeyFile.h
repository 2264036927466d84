#pragma once

#include "core/common/Result.h"
#include "core/dnssec/DnssecKey.h"

#include <QString>

namespace danewerk::core {

// BIND's key files: K<zone>.+<alg:3>+<tag:5>.key (the DNSKEY record) and .private (Private-key-format v1.3).
class BindKeyFile {
public:
    // "Kexample.+013+01234"
    [[nodiscard]] static QString baseName(const DnssecKey& key);

    // Writes both files into directory (the .private with mode 0600); refuses to replace existing files
    // unless overwrite. Returns the path of the .key file.
    [[nodiscard]] static Result<QString> write(const DnssecKey& key, const QString& directory, bool overwrite = false,
                                               quint32 ttl = 3600);

    // The file contents, for callers that place them elsewhere (the lab).
    [[nodiscard]] static QByteArray publicFileContent(const DnssecKey& key, quint32 ttl = 3600);
    [[nodiscard]] static Result<QByteArray> privateFileContent(const DnssecKey& key);

    // Reads a key pair: path may name the .key, the .private, or their common base. Without a .private file
    // the key is public only (good for verifying and DS, not for signing). Errors: FILE_UNREADABLE,
    // KEY_MALFORMED (with file and line).
    [[nodiscard]] static Result<DnssecKey> read(const QString& path);

    // Parses the text of a .key file (the first DNSKEY record in it).
    [[nodiscard]] static Result<DnssecKey> parsePublic(const QByteArray& text, const QString& fileName);
};

} // namespace danewerk::core
