#include "core/lab/LabPortCheck.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>

#include <arpa/inet.h>
#include <cstring>
#include <unistd.h>

namespace danewerk::core {

namespace {

struct BoundSocket {
    QString address;
    quint16 port = 0;
    bool tcp = true;
    quint64 inode = 0;
};

// /proc/net addresses are the in-memory bytes of the address in hex (IPv4: one 32-bit word; IPv6: four).
QString decodeAddress(const QString& hex) {
    if (hex.size() == 8) {
        in_addr address{};
        address.s_addr = quint32(hex.toULongLong(nullptr, 16));
        char text[INET_ADDRSTRLEN] = {};
        inet_ntop(AF_INET, &address, text, sizeof text);
        return QString::fromLatin1(text);
    }
    if (hex.size() == 32) {
        in6_addr address{};
        for (int word = 0; word < 4; ++word) {
            const quint32 value = quint32(hex.mid(word * 8, 8).toULongLong(nullptr, 16));
            memcpy(address.s6_addr + word * 4, &value, 4);
        }
        char text[INET6_ADDRSTRLEN] = {};
        inet_ntop(AF_INET6, &address, text, sizeof text);
        return QString::fromLatin1(text);
    }
    return {};
}

QList<BoundSocket> readTable(const QString& path, bool tcp) {
    QList<BoundSocket> sockets;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return sockets;
    file.readLine(); // header
    for (int lines = 0; lines < 100000 && !file.atEnd(); ++lines) {
        const QStringList fields = QString::fromLatin1(file.readLine()).simplified().split(u' ');
        if (fields.size() < 10)
            continue;
        // TCP: only listening sockets (state 0A) hold a port against a new listener.
        if (tcp && fields[3] != u"0A")
            continue;
        const QStringList local = fields[1].split(u':');
        if (local.size() != 2)
            continue;
        sockets.append({decodeAddress(local[0]), quint16(local[1].toUInt(nullptr, 16)), tcp, fields[9].toULongLong()});
    }
    return sockets;
}

bool isWildcard(const QString& address) {
    return address == u"0.0.0.0" || address == u"::";
}

QHash<quint64, qint64> socketOwners(const QString& procRoot, const QSet<quint64>& wanted) {
    QHash<quint64, qint64> owners;
    const QDir proc(procRoot);
    for (const QString& entry : proc.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        bool numeric = false;
        const qint64 pid = entry.toLongLong(&numeric);
        if (!numeric)
            continue;
        const QDir fds(proc.filePath(entry + QStringLiteral("/fd")));
        for (const QFileInfo& fd : fds.entryInfoList(QDir::System | QDir::NoDotAndDotDot)) {
            char buffer[64] = {};
            const QByteArray fdPath = fd.filePath().toLocal8Bit();
            const ssize_t length = readlink(fdPath.constData(), buffer, sizeof buffer - 1);
            if (length <= 0)
                continue;
            const QByteArray text(buffer, int(length));
            if (!text.startsWith("socket:["))
                continue;
            const quint64 inode = text.mid(8, text.size() - 9).toULongLong();
            // Several processes share a listening socket (NSD's servers, Postfix's master and its smtpd):
            // name the oldest, usually the parent that opened it.
            if (wanted.contains(inode) && (!owners.contains(inode) || pid < owners.value(inode)))
                owners.insert(inode, pid);
        }
    }
    return owners;
}

} // namespace

QString LabPortConflict::describe() const {
    const QString where = wanted.address.contains(u':') ? QStringLiteral("[%1]:%2").arg(wanted.address).arg(wanted.port)
                                                        : QStringLiteral("%1:%2").arg(wanted.address).arg(wanted.port);
    const QString protocol = wanted.tcp ? QStringLiteral("TCP") : QStringLiteral("UDP");
    if (pid == 0)
        return QCoreApplication::translate("danewerk::core::LabPortCheck",
                                           "%1 %2 is taken (bound to %3) by a process this user cannot see")
            .arg(protocol, where, boundAddress);
    return QCoreApplication::translate("danewerk::core::LabPortCheck", "%1 %2 is taken (bound to %3) by %4 (PID %5)")
        .arg(protocol, where, boundAddress, process)
        .arg(pid);
}

QList<LabPortConflict> LabPortCheck::conflicts(const QList<LabEndpoint>& endpoints, const QString& procRoot) {
    QList<BoundSocket> bound = readTable(procRoot + QStringLiteral("/net/tcp"), true);
    bound += readTable(procRoot + QStringLiteral("/net/tcp6"), true);
    bound += readTable(procRoot + QStringLiteral("/net/udp"), false);
    bound += readTable(procRoot + QStringLiteral("/net/udp6"), false);

    QList<LabPortConflict> found;
    QSet<quint64> inodes;
    for (const LabEndpoint& endpoint : endpoints) {
        for (const BoundSocket& socket : bound) {
            if (socket.tcp != endpoint.tcp || socket.port != endpoint.port)
                continue;
            const bool sameFamily = socket.address.contains(u':') == endpoint.address.contains(u':');
            // An IPv6 wildcard socket normally accepts IPv4 too (unless V6ONLY, which /proc does not show).
            if (socket.address == endpoint.address ||
                (isWildcard(socket.address) && (sameFamily || socket.address == u"::"))) {
                found.append({endpoint, socket.address, qint64(socket.inode), {}});
                inodes.insert(socket.inode);
                break;
            }
        }
    }
    if (found.isEmpty())
        return found;
    const QHash<quint64, qint64> owners = socketOwners(procRoot, inodes);
    for (LabPortConflict& conflict : found) {
        const quint64 inode = quint64(conflict.pid);
        conflict.pid = owners.value(inode, 0);
        if (conflict.pid != 0) {
            QFile comm(QStringLiteral("%1/%2/comm").arg(procRoot).arg(conflict.pid));
            if (comm.open(QIODevice::ReadOnly))
                conflict.process = QString::fromLocal8Bit(comm.readAll()).trimmed();
        }
    }
    return found;
}

} // namespace danewerk::core
