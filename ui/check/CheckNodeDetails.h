#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace danewerk::ui {

// The text shown when a diagram node or tree item is selected: the node's records (TLSA rdata, TLS session,
// presented certificates, DNSSEC states and signers) and the findings that concern it.
class CheckNodeDetails {
    Q_DECLARE_TR_FUNCTIONS(danewerk::ui::CheckNodeDetails)

public:
    [[nodiscard]] static QString describe(const QJsonObject& result, const QString& nodeId);

    // The parts describe() is made of, for other diagrams of the same graph (the Zones page's chain): the node's
    // kind, label, status and id and its incoming and outgoing edges; one finding with its RFC and fix.
    [[nodiscard]] static QStringList nodeLines(const QJsonObject& chain, const QString& nodeId);
    [[nodiscard]] static QString findingLine(const QJsonObject& finding);
};

} // namespace danewerk::ui
