#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace danewerk::ui {

// The text shown when a diagram node or tree item is selected: the node's records (TLSA rdata, TLS session,
// presented certificates, DNSSEC states and signers) and the findings that concern it.
class CheckNodeDetails {
    Q_DECLARE_TR_FUNCTIONS(danewerk::ui::CheckNodeDetails)

public:
    [[nodiscard]] static QString describe(const QJsonObject& result, const QString& nodeId);
};

} // namespace danewerk::ui
