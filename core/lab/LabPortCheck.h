#pragma once

#include <QList>
#include <QString>

namespace danewerk::core {

// One socket the lab wants to bind.
struct LabEndpoint {
    QString address; // "127.30.0.1" or "::1"
    quint16 port = 0;
    bool tcp = true;
};

// A socket of another process that stands in the way, with the process that holds it.
struct LabPortConflict {
    LabEndpoint wanted;
    QString boundAddress; // what is bound ("0.0.0.0" for a wildcard)
    qint64 pid = 0;       // 0 when the holder cannot be found (another user's process)
    QString process;      // its command name
    [[nodiscard]] QString describe() const;
};

// Finds which of the endpoints are taken, from /proc/net/{tcp,tcp6,udp,udp6} and the sockets in
// /proc/<pid>/fd. A wildcard bind on the same port conflicts with every address.
class LabPortCheck {
public:
    [[nodiscard]] static QList<LabPortConflict> conflicts(const QList<LabEndpoint>& endpoints,
                                                          const QString& procRoot = QStringLiteral("/proc"));
};

} // namespace danewerk::core
