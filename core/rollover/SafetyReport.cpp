#include "core/rollover/SafetyReport.h"

#include "core/rollover/PlanJson.h"

#include <QJsonArray>

namespace danewerk::core {

namespace {
QJsonValue timeValue(RolloverSeconds t) {
    return isBounded(t) ? QJsonValue(qint64(t)) : QJsonValue(QJsonValue::Null);
}
} // namespace

QJsonObject WitnessEntry::toJson() const {
    QJsonObject o;
    o.insert(QStringLiteral("rrset"), rrset);
    o.insert(QStringLiteral("content"), QJsonArray::fromStringList(content));
    if (showSigners)
        o.insert(QStringLiteral("signers"), QJsonArray::fromStringList(signers));
    if (!revoked.isEmpty())
        o.insert(QStringLiteral("revoked"), QJsonArray::fromStringList(revoked));
    o.insert(QStringLiteral("published"), timeValue(published));
    o.insert(QStringLiteral("master_until"), timeValue(masterUntil));
    o.insert(QStringLiteral("cached_until"), timeValue(cachedUntil));
    return o;
}

QJsonObject SafetyWindow::toJson() const {
    QJsonObject o;
    o.insert(QStringLiteral("from"), timeValue(from));
    o.insert(QStringLiteral("to"), timeValue(to));
    o.insert(QStringLiteral("status"), status);
    o.insert(QStringLiteral("profile"), validationProfileName(profile));
    o.insert(QStringLiteral("rrset"), rrsetClassName(rrset));
    QJsonArray entries;
    for (const WitnessEntry& w : witness)
        entries.append(w.toJson());
    o.insert(QStringLiteral("witness"), entries);
    o.insert(QStringLiteral("fix"), fix.sentence);
    return o;
}

QJsonObject SafetyReport::toJson() const {
    QJsonObject o;
    o.insert(QStringLiteral("safe"), safe());
    QJsonArray eventArray;
    for (const PlanEvent& e : events)
        eventArray.append(PlanJson::eventToCheckJson(e));
    o.insert(QStringLiteral("events"), eventArray);
    QJsonArray windowArray;
    for (const SafetyWindow& w : windows)
        windowArray.append(w.toJson());
    o.insert(QStringLiteral("windows"), windowArray);
    QJsonArray warningArray;
    for (const Finding& f : warnings)
        warningArray.append(f.toJson());
    o.insert(QStringLiteral("warnings"), warningArray);
    return o;
}

} // namespace danewerk::core
