#include "core/lab/LabScenario.h"

#include "core/common/ContainedPath.h"
#include "core/lab/LabError.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace danewerk::core {

namespace {

Error invalid(const QString& fileName, const QString& what) {
    return labError(
        QStringLiteral("LAB_SCENARIO_INVALID"),
        QCoreApplication::translate("danewerk::core::LabScenario", "Scenario file %1: %2").arg(fileName, what),
        fileName);
}

LabText textFrom(const QJsonValue& value) {
    const QJsonObject object = value.toObject();
    return LabText{object.value(u"en").toString(), object.value(u"de").toString()};
}

bool isFqdn(const QString& name) {
    static const QRegularExpression pattern(QStringLiteral("^([a-z0-9_-]+\\.)+$"));
    return pattern.match(name).hasMatch();
}

Result<LabZoneSpec> zoneFrom(const QJsonObject& object, const QString& fileName) {
    LabZoneSpec zone;
    zone.name = object.value(u"name").toString().toLower();
    if (!isFqdn(zone.name) || !zone.name.endsWith(u".test."))
        return invalid(fileName,
                       QCoreApplication::translate("danewerk::core::LabScenario",
                                                   "zone name \"%1\" must be a name below test. with the trailing dot")
                           .arg(zone.name));
    const QString signing = object.value(u"signing").toString(QStringLiteral("signed"));
    if (signing == u"signed")
        zone.signing = LabSigning::Signed;
    else if (signing == u"unsigned")
        zone.signing = LabSigning::Unsigned;
    else if (signing == u"proxy")
        zone.signing = LabSigning::Proxy;
    else
        return invalid(fileName,
                       QCoreApplication::translate("danewerk::core::LabScenario", "zone %1: unknown signing \"%2\"")
                           .arg(zone.name, signing));
    const QString denial = object.value(u"denial").toString(QStringLiteral("nsec"));
    if (denial != u"nsec" && denial != u"nsec3")
        return invalid(fileName,
                       QCoreApplication::translate("danewerk::core::LabScenario", "zone %1: unknown denial \"%2\"")
                           .arg(zone.name, denial));
    zone.nsec3 = denial == u"nsec3";
    const QString timing = object.value(u"signatures").toString(QStringLiteral("current"));
    if (timing == u"current")
        zone.timing = LabSignatureTiming::Current;
    else if (timing == u"expired")
        zone.timing = LabSignatureTiming::Expired;
    else if (timing == u"expiring")
        zone.timing = LabSignatureTiming::Expiring;
    else
        return invalid(fileName,
                       QCoreApplication::translate("danewerk::core::LabScenario", "zone %1: unknown signatures \"%2\"")
                           .arg(zone.name, timing));
    const QString ds = object.value(u"ds").toString(zone.signing == LabSigning::Unsigned ? QStringLiteral("none")
                                                                                         : QStringLiteral("match"));
    if (ds == u"match")
        zone.delegation = LabDelegation::MatchingDs;
    else if (ds == u"mismatch")
        zone.delegation = LabDelegation::MismatchingDs;
    else if (ds == u"none")
        zone.delegation = LabDelegation::NoDs;
    else
        return invalid(fileName,
                       QCoreApplication::translate("danewerk::core::LabScenario", "zone %1: unknown ds \"%2\"")
                           .arg(zone.name, ds));
    if (zone.signing == LabSigning::Unsigned && zone.delegation != LabDelegation::NoDs)
        return invalid(fileName, QCoreApplication::translate("danewerk::core::LabScenario",
                                                             "zone %1: an unsigned zone cannot have a DS record")
                                     .arg(zone.name));
    const QJsonArray records = object.value(u"records").toArray();
    if (records.size() > 200)
        return invalid(
            fileName,
            QCoreApplication::translate("danewerk::core::LabScenario", "zone %1: too many records").arg(zone.name));
    for (const auto& record : records)
        zone.records.append(record.toString());
    return zone;
}

} // namespace

const LabCertificateSpec* LabScenario::certificate(const QString& certificateId) const {
    for (const LabCertificateSpec& spec : certificates)
        if (spec.id == certificateId)
            return &spec;
    return nullptr;
}

const LabServerSpec* LabScenario::server(const QString& serverId) const {
    for (const LabServerSpec& spec : servers)
        if (spec.id == serverId)
            return &spec;
    return nullptr;
}

const LabZoneSpec* LabScenario::zone(const QString& zoneName) const {
    for (const LabZoneSpec& spec : zones)
        if (spec.name == zoneName)
            return &spec;
    return nullptr;
}

QJsonObject LabScenario::toJson(const QString& language) const {
    QJsonObject hostsJson;
    for (auto it = expected.hosts.cbegin(); it != expected.hosts.cend(); ++it)
        hostsJson.insert(it.key(), it.value());
    QJsonObject tlsaJson;
    for (auto it = expected.tlsaDnssec.cbegin(); it != expected.tlsaDnssec.cend(); ++it)
        tlsaJson.insert(it.key(), it.value());
    QJsonObject expectedJson{{QStringLiteral("verdict"), expected.verdict},
                             {QStringLiteral("hosts"), hostsJson},
                             {QStringLiteral("mx_dnssec"), expected.mxDnssec},
                             {QStringLiteral("tlsa_dnssec"), tlsaJson}};
    if (!expected.findings.isEmpty())
        expectedJson.insert(QStringLiteral("findings"), QJsonArray::fromStringList(expected.findings));
    QJsonArray hintsJson;
    for (const LabText& hint : hints)
        hintsJson.append(hint.in(language));
    QJsonArray zonesJson;
    for (const LabZoneSpec& zoneSpec : zones)
        zonesJson.append(zoneSpec.name);
    return QJsonObject{{QStringLiteral("id"), id},
                       {QStringLiteral("domain"), domain},
                       {QStringLiteral("title"), title.in(language)},
                       {QStringLiteral("task"), task.in(language)},
                       {QStringLiteral("hints"), hintsJson},
                       {QStringLiteral("explanation"), explanation.in(language)},
                       {QStringLiteral("zones"), zonesJson},
                       {QStringLiteral("expected"), expectedJson}};
}

Result<LabScenario> parseLabScenario(const QByteArray& json, const QString& fileName) {
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (!document.isObject())
        return invalid(fileName, parseError.errorString());
    const QJsonObject root = document.object();
    LabScenario scenario;
    scenario.id = root.value(u"id").toString();
    static const QRegularExpression idPattern(QStringLiteral("^[a-z0-9-]{1,40}$"));
    if (!idPattern.match(scenario.id).hasMatch())
        return invalid(fileName, QCoreApplication::translate("danewerk::core::LabScenario",
                                                             "\"id\" must be a short lower-case name"));
    scenario.order = root.value(u"order").toInt();
    scenario.domain = root.value(u"domain").toString().toLower();
    if (!isFqdn(scenario.domain))
        return invalid(fileName, QCoreApplication::translate("danewerk::core::LabScenario",
                                                             "\"domain\" must be a name with the trailing dot"));
    scenario.title = textFrom(root.value(u"title"));
    scenario.task = textFrom(root.value(u"task"));
    scenario.explanation = textFrom(root.value(u"explanation"));
    if (scenario.title.en.isEmpty() || scenario.title.de.isEmpty() || scenario.task.en.isEmpty() ||
        scenario.task.de.isEmpty())
        return invalid(fileName, QCoreApplication::translate("danewerk::core::LabScenario",
                                                             "title and task are needed in English and German"));
    for (const auto& hint : root.value(u"hints").toArray())
        scenario.hints.append(textFrom(hint));

    const QJsonArray certificates = root.value(u"certificates").toArray();
    for (qsizetype index = 0; index < certificates.size(); ++index) {
        const QJsonObject object = certificates.at(index).toObject();
        LabCertificateSpec spec;
        spec.id = object.value(u"id").toString();
        // The id names the certificate's files below the lab's certs/<scenario>/ directory.
        if (!spec.id.isEmpty())
            if (auto component = fileNameComponent(spec.id, fileName, QStringLiteral("certificates[%1].id").arg(index));
                !component)
                return component.error();
        const QString kind = object.value(u"kind").toString(QStringLiteral("self-signed"));
        if (kind != u"self-signed" && kind != u"ca-leaf")
            return invalid(fileName, QCoreApplication::translate("danewerk::core::LabScenario",
                                                                 "certificate %1: unknown kind \"%2\"")
                                         .arg(spec.id, kind));
        spec.privateCa = kind == u"ca-leaf";
        for (const auto& name : object.value(u"names").toArray())
            spec.names.append(name.toString());
        if (spec.id.isEmpty() || spec.names.isEmpty())
            return invalid(fileName,
                           QCoreApplication::translate("danewerk::core::LabScenario",
                                                       "every certificate needs an id and at least one name"));
        scenario.certificates.append(spec);
    }
    const QJsonArray servers = root.value(u"servers").toArray();
    for (qsizetype index = 0; index < servers.size(); ++index) {
        const QJsonObject object = servers.at(index).toObject();
        LabServerSpec spec;
        spec.id = object.value(u"id").toString();
        if (!spec.id.isEmpty())
            if (auto component = fileNameComponent(spec.id, fileName, QStringLiteral("servers[%1].id").arg(index));
                !component)
                return component.error();
        spec.ipv6 = object.value(u"ipv6").toBool();
        spec.addressOffset = object.value(u"address").toInt();
        spec.starttls = object.value(u"starttls").toBool(true);
        spec.certificate = object.value(u"certificate").toString();
        if (spec.id.isEmpty() || (!spec.ipv6 && (spec.addressOffset < 1 || spec.addressOffset > 254)))
            return invalid(fileName,
                           QCoreApplication::translate("danewerk::core::LabScenario",
                                                       "server %1: needs an id and an address offset 1-254 (or ipv6)")
                               .arg(spec.id));
        if (!scenario.certificate(spec.certificate))
            return invalid(fileName, QCoreApplication::translate("danewerk::core::LabScenario",
                                                                 "server %1: unknown certificate \"%2\"")
                                         .arg(spec.id, spec.certificate));
        scenario.servers.append(spec);
    }
    for (const auto& value : root.value(u"zones").toArray()) {
        auto zone = zoneFrom(value.toObject(), fileName);
        if (!zone)
            return zone.error();
        scenario.zones.append(zone.value());
    }
    if (scenario.zones.isEmpty())
        return invalid(
            fileName, QCoreApplication::translate("danewerk::core::LabScenario", "a scenario needs at least one zone"));

    const QJsonObject expected = root.value(u"expected").toObject();
    scenario.expected.verdict = expected.value(u"verdict").toString();
    scenario.expected.mxDnssec = expected.value(u"mx_dnssec").toString();
    const QJsonObject hosts = expected.value(u"hosts").toObject();
    for (auto it = hosts.begin(); it != hosts.end(); ++it)
        scenario.expected.hosts.insert(it.key(), it.value().toString());
    const QJsonObject tlsa = expected.value(u"tlsa_dnssec").toObject();
    for (auto it = tlsa.begin(); it != tlsa.end(); ++it)
        scenario.expected.tlsaDnssec.insert(it.key(), it.value().toString());
    for (const auto& code : expected.value(u"findings").toArray())
        scenario.expected.findings.append(code.toString());
    if (scenario.expected.verdict.isEmpty() || scenario.expected.mxDnssec.isEmpty())
        return invalid(fileName, QCoreApplication::translate("danewerk::core::LabScenario",
                                                             "\"expected\" needs a verdict and mx_dnssec"));
    return scenario;
}

} // namespace danewerk::core
