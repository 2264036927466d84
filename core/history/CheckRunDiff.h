#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace danewerk::core {

// What changed between two saved runs of one domain (the engine's JSON, older first): records added or
// removed (MX, addresses, TLSA, presented certificates), status changes (verdict, hosts, addresses, every
// chain node), TLSA records swapped (some removed and others added at once), and findings that came or went
// (RRSIG_EXPIRED, RRSIG_EXPIRES_SOON, CERT_EXPIRED ... are how signature windows show in the JSON).
class CheckRunDiff {
    Q_DECLARE_TR_FUNCTIONS(danewerk::core::CheckRunDiff)

public:
    enum class Kind { Added, Removed, StatusChanged, TlsaSwapped, FindingAdded, FindingRemoved };
    struct Change {
        Kind kind;
        QString subject; // "mx.example./TLSA", "verdict", "127.0.0.1", a chain node id
        QString before;
        QString after;
        [[nodiscard]] QString describe() const;
    };

    [[nodiscard]] static QList<Change> compare(const QJsonObject& older, const QJsonObject& newer);
    [[nodiscard]] static QString kindName(Kind kind); // "added", "removed", "status", "tlsa-swapped", ...
};

} // namespace danewerk::core
