#pragma once

#include "core/lab/LabAddressPlan.h"
#include "core/lab/LabPaths.h"

#include <QList>
#include <QString>

namespace danewerk::core {

// A zone the public authoritative server serves: from a file, or as a secondary of the signer.
struct LabServedZone {
    QString name;
    bool fromSigner = false;
};

// One SMTP listener.
struct LabSmtpListener {
    QString address;
    quint16 port = 25;
    bool starttls = true;
    QString chainFile; // key + certificate chain (PEM)
};

// The configuration files of the lab's real servers, as text. Every server listens only on its own
// loopback address, runs in the foreground as the user who started the lab, and keeps its state below
// the lab directory.
class LabConfigWriter {
public:
    LabConfigWriter(const LabAddressPlan& plan, const LabPaths& paths) : m_plan(plan), m_paths(paths) {}

    [[nodiscard]] QString nsd(const QList<LabServedZone>& zones) const;
    [[nodiscard]] QString hiddenPrimary(const QStringList& zones) const;
    [[nodiscard]] QString knot(const QStringList& zones) const;
    [[nodiscard]] QString unbound(const QStringList& zones) const;
    // dataDirectory: where the postfix user can reach it (see WorkshopLab).
    [[nodiscard]] QString postfixMain(bool ipv6, const QString& dataDirectory) const;
    [[nodiscard]] QString postfixMaster(const QList<LabSmtpListener>& listeners) const;

private:
    [[nodiscard]] QString at(const QString& address) const; // "127.30.0.1@53"

    LabAddressPlan m_plan;
    LabPaths m_paths;
};

} // namespace danewerk::core
