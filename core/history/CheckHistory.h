#pragma once

#include "core/common/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace danewerk::core {

// Every run of a live check kept as the engine's JSON (CLI.md `check`), one file per run:
// <root>/<domain without the trailing dot>/<yyyyMMddTHHmmsszzzZ>.json. The GUI passes
// QStandardPaths::AppDataLocation + "/history" as the root.
class CheckHistory {
public:
    struct Entry {
        QString domain; // "good.test."
        QDateTime at;
        QString verdict;
        QString path;
    };

    explicit CheckHistory(QString root);

    // Error code HISTORY_WRITE.
    [[nodiscard]] Result<Entry> save(const QJsonObject& result, const QDateTime& at) const;
    // Newest first. At most `limit` entries.
    [[nodiscard]] QList<Entry> runs(const QString& domain, int limit = 200) const;
    [[nodiscard]] QStringList domains() const;
    // Error code HISTORY_READ.
    [[nodiscard]] static Result<QJsonObject> load(const QString& path);

private:
    [[nodiscard]] QString directoryFor(const QString& domain) const;
    QString m_root;
};

} // namespace danewerk::core
