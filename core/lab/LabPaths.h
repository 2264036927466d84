#pragma once

#include <QDir>
#include <QString>

namespace danewerk::core {

// The lab directory's layout: everything `lab up` writes lives below one directory.
class LabPaths {
public:
    explicit LabPaths(QString root) : m_root(std::move(root)) {}

    [[nodiscard]] QString root() const { return m_root; }
    [[nodiscard]] QString path(const QString& relative) const { return QDir(m_root).filePath(relative); }

    [[nodiscard]] QString stateFile() const { return path(QStringLiteral("state.json")); }
    [[nodiscard]] QString trustAnchorDs() const { return path(QStringLiteral("trust-anchor.ds")); }
    [[nodiscard]] QString trustAnchorDnskey() const { return path(QStringLiteral("trust-anchor.dnskey")); }
    [[nodiscard]] QString trustAnchorBind() const { return path(QStringLiteral("trust-anchor.bind")); }
    [[nodiscard]] QString resolvConf() const { return path(QStringLiteral("resolv.conf")); }
    [[nodiscard]] QString zonesDir() const { return path(QStringLiteral("zones")); }
    [[nodiscard]] QString logsDir() const { return path(QStringLiteral("logs")); }
    [[nodiscard]] QString log(const QString& name) const {
        return path(QStringLiteral("logs/") + name + QStringLiteral(".log"));
    }

    // "root" for ".", else the name without its trailing dot.
    [[nodiscard]] static QString zoneBase(const QString& zone) {
        return zone == u"." ? QStringLiteral("root") : zone.chopped(1);
    }
    // The unsigned source a participant edits, and the file the authoritative server serves.
    [[nodiscard]] QString zoneSource(const QString& zone) const {
        return path(QStringLiteral("zones/") + zoneBase(zone) + QStringLiteral(".zone"));
    }
    [[nodiscard]] QString zoneServed(const QString& zone) const {
        return path(QStringLiteral("zones/") + zoneBase(zone) + QStringLiteral(".signed"));
    }
    [[nodiscard]] QString keysDir(const QString& zone) const { return path(QStringLiteral("keys/") + zoneBase(zone)); }
    [[nodiscard]] QString certsDir(const QString& scenario) const { return path(QStringLiteral("certs/") + scenario); }
    [[nodiscard]] QString hiddenZone(const QString& zone) const {
        return path(QStringLiteral("hidden/") + zoneBase(zone) + QStringLiteral(".zone"));
    }

private:
    QString m_root;
};

} // namespace danewerk::core
