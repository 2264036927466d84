#include "core/dnssec/ZoneReport.h"

#include <QJsonArray>

namespace danewerk::core {

QJsonObject ZoneReport::toJson() const {
    QJsonArray keyArray;
    for (const ZoneKeyInfo& key : keys)
        keyArray.append(QJsonObject{{QStringLiteral("tag"), key.tag},
                                    {QStringLiteral("algorithm"), key.algorithm},
                                    {QStringLiteral("flags"), key.flags},
                                    {QStringLiteral("role"), key.role}});
    QJsonArray findingArray;
    for (const Finding& finding : findings)
        findingArray.append(finding.toJson());
    return QJsonObject{
        {QStringLiteral("origin"), origin},
        {QStringLiteral("records"), records},
        {QStringLiteral("signed"), isSigned},
        {QStringLiteral("keys"), keyArray},
        {QStringLiteral("signatures"), QJsonObject{{QStringLiteral("total"), signatures.total},
                                                   {QStringLiteral("valid"), signatures.valid},
                                                   {QStringLiteral("invalid"), signatures.invalid},
                                                   {QStringLiteral("expired"), signatures.expired},
                                                   {QStringLiteral("not_yet_valid"), signatures.notYetValid},
                                                   {QStringLiteral("no_key"), signatures.noKey}}},
        {QStringLiteral("nsec"), nsec},
        {QStringLiteral("findings"), findingArray}};
}

} // namespace danewerk::core
