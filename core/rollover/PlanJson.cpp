#include "core/rollover/PlanJson.h"

#include "core/common/TimeFormat.h"
#include "core/rollover/Presets.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QSet>

#include <cmath>

namespace danewerk::core {

namespace {

// Collects the first error with its JSON path; the reader stops at the first one.
class PlanReader {
    Q_DECLARE_TR_FUNCTIONS(danewerk::core::PlanReader)

public:
    explicit PlanReader(QString fileName) : m_fileName(std::move(fileName)) {}

    Result<RolloverPlan> read(const QJsonObject& root);

private:
    Error fail(const QString& path, const QString& cause) const {
        return Error{QStringLiteral("PLAN_INVALID"), path.isEmpty() ? cause : path + QStringLiteral(": ") + cause,
                     m_fileName, 0, 0};
    }
    std::optional<Error> checkKeys(const QJsonObject& object, const QString& path, const QStringList& allowed) const;
    Result<RolloverSeconds> readTime(const QJsonValue& value, const QString& path) const;
    Result<QString> readKeyId(const QJsonValue& value, const QString& path, const RolloverPlan& plan) const;
    Result<QStringList> readKeyList(const QJsonValue& value, const QString& path, const RolloverPlan& plan) const;
    std::optional<Error> readParameters(const QJsonValue& value, RolloverPlan& plan) const;
    std::optional<Error> readKeys(const QJsonValue& value, RolloverPlan& plan) const;
    std::optional<Error> readInitial(const QJsonValue& value, RolloverPlan& plan) const;
    std::optional<Error> readEvent(const QJsonValue& value, const QString& path, RolloverPlan& plan) const;
    std::optional<Error> checkRoles(const PlanEvent& event, const QString& path, const RolloverPlan& plan) const;

    QString m_fileName;
};

std::optional<Error> PlanReader::checkKeys(const QJsonObject& object, const QString& path,
                                           const QStringList& allowed) const {
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!allowed.contains(it.key())) {
            const QString where = path.isEmpty() ? it.key() : path + QLatin1Char('.') + it.key();
            return fail(
                where,
                tr("unknown key \"%1\" (expected one of: %2)").arg(it.key(), allowed.join(QStringLiteral(", "))));
        }
    }
    return std::nullopt;
}

Result<RolloverSeconds> PlanReader::readTime(const QJsonValue& value, const QString& path) const {
    if (value.isDouble()) {
        const double d = value.toDouble();
        if (d < 0)
            return fail(path, tr("negative time %1").arg(d));
        if (d != std::floor(d))
            return fail(path, tr("%1 is not a whole number of seconds").arg(d));
        if (d > double(kMaxPlanSeconds))
            return fail(path, tr("%1 is too far in the future").arg(d));
        return RolloverSeconds(d);
    }
    if (value.isString()) {
        const QString text = value.toString().trimmed();
        if (text.startsWith(QLatin1Char('-')))
            return fail(path, tr("negative time \"%1\"").arg(text));
        const auto seconds = parseDuration(text);
        if (!seconds)
            return fail(path, tr("malformed duration \"%1\" (use 3600, 3600s, 90m, 2h, 7d or P1DT2H)").arg(text));
        if (*seconds > kMaxPlanSeconds)
            return fail(path, tr("%1 is too far in the future").arg(text));
        return *seconds;
    }
    return fail(path, tr("expected a duration or integer seconds"));
}

Result<QString> PlanReader::readKeyId(const QJsonValue& value, const QString& path, const RolloverPlan& plan) const {
    if (!value.isString())
        return fail(path, tr("expected a key id"));
    const QString id = value.toString();
    if (!plan.key(id))
        return fail(path, tr("unknown key \"%1\"").arg(id));
    return id;
}

Result<QStringList> PlanReader::readKeyList(const QJsonValue& value, const QString& path,
                                            const RolloverPlan& plan) const {
    if (!value.isArray())
        return fail(path, tr("expected an array of key ids"));
    QStringList out;
    const QJsonArray array = value.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        auto id = readKeyId(array.at(i), path + QStringLiteral("[%1]").arg(i), plan);
        if (!id)
            return id.error();
        if (!out.contains(*id))
            out << *id;
    }
    return out;
}

std::optional<Error> PlanReader::readParameters(const QJsonValue& value, RolloverPlan& plan) const {
    if (!value.isObject())
        return fail(QStringLiteral("parameters"), tr("expected an object"));
    const QJsonObject object = value.toObject();
    if (auto e = checkKeys(object, QStringLiteral("parameters"), RolloverParameters::names()))
        return e;
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString path = QStringLiteral("parameters.") + it.key();
        if (it.key() == QLatin1String("max_cache_ttl") && it.value().isString()) {
            if (auto cap = RolloverParameters::namedResolverCap(it.value().toString())) {
                plan.parameters.maxCacheTtl = *cap;
                continue;
            }
        }
        auto seconds = readTime(it.value(), path);
        if (!seconds)
            return seconds.error();
        if (!plan.parameters.set(it.key(), *seconds))
            return fail(path, tr("value out of range"));
    }
    return std::nullopt;
}

std::optional<Error> PlanReader::readKeys(const QJsonValue& value, RolloverPlan& plan) const {
    if (!value.isArray())
        return fail(QStringLiteral("keys"), tr("expected an array"));
    const QJsonArray array = value.toArray();
    if (array.size() > PlanJson::kMaxKeys)
        return fail(QStringLiteral("keys"), tr("too many keys (at most %1)").arg(PlanJson::kMaxKeys));
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString path = QStringLiteral("keys[%1]").arg(i);
        if (!array.at(i).isObject())
            return fail(path, tr("expected an object"));
        const QJsonObject k = array.at(i).toObject();
        if (auto e = checkKeys(
                k, path,
                {QStringLiteral("id"), QStringLiteral("role"), QStringLiteral("algorithm"), QStringLiteral("note")}))
            return e;
        RolloverKey key;
        key.id = k.value(QStringLiteral("id")).toString();
        if (key.id.isEmpty() || key.id.size() > 64)
            return fail(path + QStringLiteral(".id"), tr("expected a key id of 1 to 64 characters"));
        if (plan.key(key.id))
            return fail(path + QStringLiteral(".id"), tr("duplicate key id \"%1\"").arg(key.id));
        const auto role = keyRoleFromName(k.value(QStringLiteral("role")).toString());
        if (!role)
            return fail(path + QStringLiteral(".role"), tr("expected KSK, ZSK, CSK or TLSA"));
        key.role = *role;
        if (key.role == KeyRole::Tlsa)
            key.algorithm = 0;
        if (k.contains(QStringLiteral("algorithm"))) {
            const QJsonValue alg = k.value(QStringLiteral("algorithm"));
            const double d = alg.toDouble(-1);
            if (!alg.isDouble() || d != std::floor(d) || d < 1 || d > 255)
                return fail(path + QStringLiteral(".algorithm"), tr("expected an algorithm number from 1 to 255"));
            key.algorithm = int(d);
        }
        plan.keys << key;
    }
    return std::nullopt;
}

std::optional<Error> PlanReader::readInitial(const QJsonValue& value, RolloverPlan& plan) const {
    if (!value.isObject())
        return fail(QStringLiteral("initial"), tr("expected an object"));
    const QJsonObject object = value.toObject();
    if (auto e = checkKeys(object, QStringLiteral("initial"),
                           {QStringLiteral("dnskey"), QStringLiteral("ksign"), QStringLiteral("zsign"),
                            QStringLiteral("ds"), QStringLiteral("tlsa"), QStringLiteral("deployed")}))
        return e;
    const std::pair<const char*, QStringList*> lists[] = {{"dnskey", &plan.initial.dnskey},
                                                          {"ksign", &plan.initial.ksign},
                                                          {"zsign", &plan.initial.zsign},
                                                          {"ds", &plan.initial.ds},
                                                          {"tlsa", &plan.initial.tlsa}};
    for (const auto& [name, target] : lists) {
        const QString key = QLatin1String(name);
        if (!object.contains(key))
            continue;
        auto ids = readKeyList(object.value(key), QStringLiteral("initial.") + key, plan);
        if (!ids)
            return ids.error();
        *target = *ids;
    }
    if (object.contains(QStringLiteral("deployed"))) {
        auto id = readKeyId(object.value(QStringLiteral("deployed")), QStringLiteral("initial.deployed"), plan);
        if (!id)
            return id.error();
        plan.initial.deployed = *id;
    }
    return std::nullopt;
}

std::optional<Error> PlanReader::checkRoles(const PlanEvent& event, const QString& path,
                                            const RolloverPlan& plan) const {
    if (eventShape(event.op) == EventShape::TtlChange)
        return std::nullopt;
    const bool tlsaOp = event.op == EventOp::TlsaSet || event.op == EventOp::Deploy;
    const QStringList ids = eventShape(event.op) == EventShape::KeyList ? event.keys : QStringList{event.key};
    const QString field =
        eventShape(event.op) == EventShape::KeyList ? QStringLiteral(".keys") : QStringLiteral(".key");
    for (const QString& id : ids) {
        const bool tlsaKey = plan.key(id)->role == KeyRole::Tlsa;
        if (tlsaOp && !tlsaKey)
            return fail(path + field,
                        tr("%1 is a DNSSEC key; %2 takes keys with role TLSA").arg(id, eventOpName(event.op)));
        if (!tlsaOp && tlsaKey)
            return fail(path + field, tr("%1 has role TLSA; %2 takes DNSSEC keys").arg(id, eventOpName(event.op)));
    }
    return std::nullopt;
}

std::optional<Error> PlanReader::readEvent(const QJsonValue& value, const QString& path, RolloverPlan& plan) const {
    if (!value.isObject())
        return fail(path, tr("expected an object"));
    const QJsonObject object = value.toObject();
    if (!object.contains(QStringLiteral("op")))
        return fail(path + QStringLiteral(".op"), tr("missing operation"));
    const auto op = eventOpFromName(object.value(QStringLiteral("op")).toString());
    if (!op) {
        QStringList known;
        for (EventOp o : allEventOps())
            known << eventOpName(o);
        return fail(path + QStringLiteral(".op"),
                    tr("unknown operation \"%1\" (known: %2)")
                        .arg(object.value(QStringLiteral("op")).toString(), known.join(QStringLiteral(", "))));
    }
    PlanEvent event;
    event.op = *op;
    QStringList allowed{QStringLiteral("at"), QStringLiteral("op"), QStringLiteral("formula"), QStringLiteral("note")};
    switch (eventShape(event.op)) {
    case EventShape::SingleKey:
        allowed << QStringLiteral("key");
        if (isZoneSigningOp(event.op))
            allowed << QStringLiteral("spread");
        break;
    case EventShape::KeyList:
        allowed << QStringLiteral("keys");
        break;
    case EventShape::TtlChange:
        allowed << QStringLiteral("rrset") << QStringLiteral("ttl");
        break;
    }
    if (auto e = checkKeys(object, path, allowed))
        return e;
    if (!object.contains(QStringLiteral("at")))
        return fail(path + QStringLiteral(".at"), tr("missing time"));
    auto at = readTime(object.value(QStringLiteral("at")), path + QStringLiteral(".at"));
    if (!at)
        return at.error();
    event.at = *at;
    switch (eventShape(event.op)) {
    case EventShape::SingleKey: {
        if (!object.contains(QStringLiteral("key")))
            return fail(path + QStringLiteral(".key"), tr("missing key"));
        auto id = readKeyId(object.value(QStringLiteral("key")), path + QStringLiteral(".key"), plan);
        if (!id)
            return id.error();
        event.key = *id;
        if (object.contains(QStringLiteral("spread"))) {
            auto spread = readTime(object.value(QStringLiteral("spread")), path + QStringLiteral(".spread"));
            if (!spread)
                return spread.error();
            event.spread = *spread;
        }
        break;
    }
    case EventShape::KeyList: {
        if (!object.contains(QStringLiteral("keys")))
            return fail(path + QStringLiteral(".keys"), tr("missing keys"));
        auto ids = readKeyList(object.value(QStringLiteral("keys")), path + QStringLiteral(".keys"), plan);
        if (!ids)
            return ids.error();
        event.keys = *ids;
        break;
    }
    case EventShape::TtlChange: {
        const auto rrset = rrsetClassFromName(object.value(QStringLiteral("rrset")).toString());
        if (!rrset)
            return fail(path + QStringLiteral(".rrset"), tr("expected DS, DNSKEY, DATA, NEG or TLSA"));
        event.rrset = *rrset;
        if (!object.contains(QStringLiteral("ttl")))
            return fail(path + QStringLiteral(".ttl"), tr("missing TTL"));
        auto ttl = readTime(object.value(QStringLiteral("ttl")), path + QStringLiteral(".ttl"));
        if (!ttl)
            return ttl.error();
        event.ttl = *ttl;
        break;
    }
    }
    if (auto e = checkRoles(event, path, plan))
        return e;
    if (object.contains(QStringLiteral("formula")) && !object.value(QStringLiteral("formula")).isString())
        return fail(path + QStringLiteral(".formula"), tr("expected a string"));
    if (object.contains(QStringLiteral("note")) && !object.value(QStringLiteral("note")).isString())
        return fail(path + QStringLiteral(".note"), tr("expected a string"));
    event.formula = object.value(QStringLiteral("formula")).toString();
    event.note = object.value(QStringLiteral("note")).toString();
    plan.events << event;
    return std::nullopt;
}

Result<RolloverPlan> PlanReader::read(const QJsonObject& root) {
    if (auto e = checkKeys(root, {},
                           {QStringLiteral("zone"), QStringLiteral("origin"), QStringLiteral("method"),
                            QStringLiteral("preset"), QStringLiteral("parameters"), QStringLiteral("keys"),
                            QStringLiteral("initial"), QStringLiteral("events"), QStringLiteral("note")}))
        return *e;
    RolloverPlan plan;
    if (root.contains(QStringLiteral("zone"))) {
        QString zone = root.value(QStringLiteral("zone")).toString().trimmed().toLower();
        if (zone.isEmpty() || zone.size() > 255 || zone.contains(QLatin1Char(' ')))
            return fail(QStringLiteral("zone"), tr("expected a domain name"));
        if (!zone.endsWith(QLatin1Char('.')))
            zone += QLatin1Char('.');
        plan.zone = zone;
    }
    if (root.contains(QStringLiteral("origin"))) {
        const auto origin = parseInstant(root.value(QStringLiteral("origin")).toString());
        if (!origin || !root.value(QStringLiteral("origin")).isString())
            return fail(QStringLiteral("origin"), tr("expected an ISO 8601 UTC time such as 2027-01-01T00:00:00Z"));
        plan.origin = *origin;
    }
    plan.method = root.value(QStringLiteral("method")).toString();
    if (root.contains(QStringLiteral("preset"))) {
        plan.preset = root.value(QStringLiteral("preset")).toString();
        auto preset = RolloverPresets::parameters(plan.preset);
        if (!preset)
            return fail(QStringLiteral("preset"), preset.error().message);
        plan.parameters = *preset;
    }
    if (root.contains(QStringLiteral("parameters")))
        if (auto e = readParameters(root.value(QStringLiteral("parameters")), plan))
            return *e;
    if (root.contains(QStringLiteral("keys")))
        if (auto e = readKeys(root.value(QStringLiteral("keys")), plan))
            return *e;
    if (root.contains(QStringLiteral("initial")))
        if (auto e = readInitial(root.value(QStringLiteral("initial")), plan))
            return *e;
    const QJsonValue events = root.value(QStringLiteral("events"));
    if (!events.isUndefined()) {
        if (!events.isArray())
            return fail(QStringLiteral("events"), tr("expected an array"));
        const QJsonArray array = events.toArray();
        if (array.size() > PlanJson::kMaxEvents)
            return fail(QStringLiteral("events"), tr("too many events (at most %1)").arg(PlanJson::kMaxEvents));
        for (qsizetype i = 0; i < array.size(); ++i)
            if (auto e = readEvent(array.at(i), QStringLiteral("events[%1]").arg(i), plan))
                return *e;
    }
    return plan;
}

// "5m", "24h", "720h", "90s": one unit, exact, as ROLLOVER.md writes parameters.
QString singleUnitDuration(RolloverSeconds seconds) {
    if (seconds != 0 && seconds % 3600 == 0)
        return QString::number(seconds / 3600) + QLatin1Char('h');
    if (seconds != 0 && seconds % 60 == 0)
        return QString::number(seconds / 60) + QLatin1Char('m');
    return QString::number(seconds) + QLatin1Char('s');
}

QJsonArray idArray(const QStringList& ids) {
    return QJsonArray::fromStringList(ids);
}

} // namespace

Result<RolloverPlan> PlanJson::read(const QByteArray& json, const QString& fileName) {
    if (json.size() > kMaxBytes)
        return Error{QStringLiteral("PLAN_INVALID"), tr("plan file larger than %1 bytes").arg(kMaxBytes), fileName, 0,
                     0};
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < parseError.offset && i < json.size(); ++i) {
            if (json.at(i) == '\n') {
                ++line;
                column = 1;
            } else {
                ++column;
            }
        }
        return Error{QStringLiteral("JSON_INVALID"), tr("bad JSON: %1").arg(parseError.errorString()), fileName, line,
                     column};
    }
    if (!document.isObject())
        return Error{QStringLiteral("PLAN_INVALID"), tr("the plan must be a JSON object"), fileName, 0, 0};
    return fromJson(document.object(), fileName);
}

Result<RolloverPlan> PlanJson::fromJson(const QJsonObject& object, const QString& fileName) {
    return PlanReader(fileName).read(object);
}

QJsonObject PlanJson::eventToCheckJson(const PlanEvent& event) {
    QJsonObject o;
    o.insert(QStringLiteral("at"), qint64(event.at));
    o.insert(QStringLiteral("op"), eventOpName(event.op));
    switch (eventShape(event.op)) {
    case EventShape::SingleKey:
        o.insert(QStringLiteral("key"), event.key);
        if (event.spread)
            o.insert(QStringLiteral("spread"), qint64(*event.spread));
        break;
    case EventShape::KeyList:
        o.insert(QStringLiteral("keys"), idArray(event.keys));
        break;
    case EventShape::TtlChange:
        o.insert(QStringLiteral("rrset"), rrsetClassName(event.rrset));
        o.insert(QStringLiteral("ttl"), qint64(event.ttl));
        break;
    }
    return o;
}

QJsonObject PlanJson::toJson(const RolloverPlan& plan) {
    QJsonObject root;
    root.insert(QStringLiteral("zone"), plan.zone);
    if (plan.origin)
        root.insert(QStringLiteral("origin"), formatInstant(*plan.origin));
    if (!plan.method.isEmpty())
        root.insert(QStringLiteral("method"), plan.method);
    if (!plan.preset.isEmpty())
        root.insert(QStringLiteral("preset"), plan.preset);
    QJsonObject parameters;
    for (const QString& name : RolloverParameters::names())
        if (const auto v = plan.parameters.value(name))
            parameters.insert(name, singleUnitDuration(*v));
    root.insert(QStringLiteral("parameters"), parameters);
    QJsonArray keys;
    for (const RolloverKey& k : plan.keys) {
        QJsonObject key{{QStringLiteral("id"), k.id}, {QStringLiteral("role"), keyRoleName(k.role)}};
        if (k.role != KeyRole::Tlsa) // TLSA keys are certificates or SPKIs, not DNSSEC algorithms
            key.insert(QStringLiteral("algorithm"), k.algorithm);
        keys.append(key);
    }
    root.insert(QStringLiteral("keys"), keys);
    QJsonObject initial;
    initial.insert(QStringLiteral("dnskey"), idArray(plan.initial.dnskey));
    initial.insert(QStringLiteral("ksign"), idArray(plan.initial.ksign));
    initial.insert(QStringLiteral("zsign"), idArray(plan.initial.zsign));
    initial.insert(QStringLiteral("ds"), idArray(plan.initial.ds));
    if (!plan.initial.tlsa.isEmpty())
        initial.insert(QStringLiteral("tlsa"), idArray(plan.initial.tlsa));
    if (!plan.initial.deployed.isEmpty())
        initial.insert(QStringLiteral("deployed"), plan.initial.deployed);
    root.insert(QStringLiteral("initial"), initial);
    QJsonArray events;
    for (const PlanEvent& e : plan.events) {
        QJsonObject o = eventToCheckJson(e);
        // Times as integer seconds, the form every reader of the contract understands; the formula shows the
        // same time as an offset for people ("at = S - Ipub = 720h - 1h5m = 718h55m").
        if (!e.formula.isEmpty())
            o.insert(QStringLiteral("formula"), e.formula);
        if (!e.note.isEmpty())
            o.insert(QStringLiteral("note"), e.note);
        events.append(o);
    }
    root.insert(QStringLiteral("events"), events);
    return root;
}

namespace {

// Plan files are read and edited by people: keys in the order of ROLLOVER.md (zone, origin, parameters,
// keys, initial, events; within an event at, op, its operands, formula), one key or event per line.
const QStringList kTopOrder{QStringLiteral("zone"),    QStringLiteral("origin"),     QStringLiteral("method"),
                            QStringLiteral("preset"),  QStringLiteral("parameters"), QStringLiteral("keys"),
                            QStringLiteral("initial"), QStringLiteral("events")};
const QStringList kInnerOrder{QStringLiteral("id"),       QStringLiteral("role"),    QStringLiteral("algorithm"),
                              QStringLiteral("at"),       QStringLiteral("op"),      QStringLiteral("key"),
                              QStringLiteral("keys"),     QStringLiteral("rrset"),   QStringLiteral("ttl"),
                              QStringLiteral("spread"),   QStringLiteral("dnskey"),  QStringLiteral("ksign"),
                              QStringLiteral("zsign"),    QStringLiteral("ds"),      QStringLiteral("tlsa"),
                              QStringLiteral("deployed"), QStringLiteral("formula"), QStringLiteral("note")};

QByteArray compact(const QJsonValue& value) {
    const QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return wrapped.mid(1, wrapped.size() - 2); // without the surrounding [ ]
}

// {"a": 1, "b": [..]} on one line, keys in the given order (the rest after them, alphabetically).
QByteArray orderedLine(const QJsonObject& object, const QStringList& order) {
    QStringList keys;
    for (const QString& k : order)
        if (object.contains(k))
            keys << k;
    for (const QString& k : object.keys())
        if (!keys.contains(k))
            keys << k;
    QByteArray out = "{";
    for (qsizetype i = 0; i < keys.size(); ++i) {
        if (i)
            out += ", ";
        out += compact(keys[i]) + ": " + compact(object.value(keys[i]));
    }
    return out + '}';
}

} // namespace

QByteArray PlanJson::write(const RolloverPlan& plan) {
    const QJsonObject root = toJson(plan);
    QByteArray out = "{\n";
    QStringList keys;
    for (const QString& k : kTopOrder)
        if (root.contains(k))
            keys << k;
    for (qsizetype i = 0; i < keys.size(); ++i) {
        const QJsonValue value = root.value(keys[i]);
        out += "  " + compact(keys[i]) + ": ";
        if (keys[i] == QLatin1String("parameters")) {
            out += orderedLine(value.toObject(), RolloverParameters::names());
        } else if (value.isArray()) {
            const QJsonArray array = value.toArray();
            out += "[";
            for (qsizetype j = 0; j < array.size(); ++j)
                out += (j ? ",\n    " : "\n    ") + orderedLine(array.at(j).toObject(), kInnerOrder);
            out += array.isEmpty() ? "]" : "\n  ]";
        } else if (value.isObject()) {
            out += orderedLine(value.toObject(), kInnerOrder);
        } else {
            out += compact(value);
        }
        out += i + 1 < keys.size() ? ",\n" : "\n";
    }
    return out + "}\n";
}

} // namespace danewerk::core
