#include "core/dns/DnsServerAddress.h"

#include <QCoreApplication>
#include <QFile>

#include <arpa/inet.h>

namespace danewerk::core {

QString DnsServerAddress::toString() const {
    return address + QLatin1Char('#') + QString::number(port);
}

Result<DnsServerAddress> parseDnsServerAddress(const QString& text) {
    QString host = text.trimmed();
    quint16 port = 53;
    const qsizetype hash = host.indexOf(QLatin1Char('#'));
    if (hash >= 0) {
        bool ok = false;
        const uint value = host.mid(hash + 1).toUInt(&ok);
        if (!ok || value == 0 || value > 65535)
            return Error{
                QStringLiteral("RESOLVER_INVALID"),
                QCoreApplication::translate("danewerk::core::DnsServerAddress", "Invalid port in %1.").arg(text),
                {},
                0,
                0};
        port = quint16(value);
        host = host.left(hash);
    }
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    unsigned char binary[16];
    const QByteArray latin = host.toLatin1();
    const bool v4 = inet_pton(AF_INET, latin.constData(), binary) == 1;
    const bool v6 = !v4 && inet_pton(AF_INET6, latin.constData(), binary) == 1;
    if (!v4 && !v6)
        return Error{QStringLiteral("RESOLVER_INVALID"),
                     QCoreApplication::translate("danewerk::core::DnsServerAddress",
                                                 "%1 is not an IP address (ADDR or ADDR#PORT).")
                         .arg(text),
                     {},
                     0,
                     0};
    char canonical[INET6_ADDRSTRLEN] = {};
    inet_ntop(v4 ? AF_INET : AF_INET6, binary, canonical, sizeof canonical);
    return DnsServerAddress{QString::fromLatin1(canonical), port};
}

QList<DnsServerAddress> dnsServersFromResolvConf(const QString& path) {
    QList<DnsServerAddress> servers;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return servers;
    const QList<QByteArray> lines = file.read(64 * 1024).split('\n');
    for (const QByteArray& raw : lines) {
        const QList<QByteArray> fields = raw.simplified().split(' ');
        if (fields.size() < 2 || fields[0] != "nameserver")
            continue;
        QString address = QString::fromLatin1(fields[1]);
        address =
            address.left(address.indexOf(QLatin1Char('%')) >= 0 ? address.indexOf(QLatin1Char('%')) : address.size());
        const auto parsed = parseDnsServerAddress(address);
        if (parsed.ok())
            servers.append(*parsed);
    }
    return servers;
}

} // namespace danewerk::core
