#include "core/rollover/OrderedJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace danewerk::core {

namespace {

QByteArray scalar(const QJsonValue& value) {
    const QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return wrapped.mid(1, wrapped.size() - 2);
}

bool isScalarArray(const QJsonArray& array) {
    for (const auto& v : array)
        if (v.isArray() || v.isObject())
            return false;
    return true;
}

// Recursive by design: the depth is bounded by what QJsonDocument accepts when a plan is read (it refuses
// documents nested deeper than 1024 levels) and by the plan schema, which nests four levels.
void write(QByteArray& out, const QJsonValue& value, const QStringList& order, int depth) { // NOLINT(misc-no-recursion)
    const QByteArray pad((depth + 1) * 4, ' ');
    const QByteArray closing(depth * 4, ' ');
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        if (object.isEmpty()) {
            out += "{}";
            return;
        }
        QStringList keys;
        for (const QString& k : order)
            if (object.contains(k) && !keys.contains(k))
                keys << k;
        for (const QString& k : object.keys())
            if (!keys.contains(k))
                keys << k;
        out += "{\n";
        for (qsizetype i = 0; i < keys.size(); ++i) {
            out += pad + scalar(keys[i]) + ": ";
            write(out, object.value(keys[i]), order, depth + 1);
            out += i + 1 < keys.size() ? ",\n" : "\n";
        }
        out += closing + '}';
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        if (isScalarArray(array)) {
            out += '[';
            for (qsizetype i = 0; i < array.size(); ++i)
                out += (i ? ", " : "") + scalar(array.at(i));
            out += ']';
            return;
        }
        out += "[\n";
        for (qsizetype i = 0; i < array.size(); ++i) {
            out += pad;
            write(out, array.at(i), order, depth + 1);
            out += i + 1 < array.size() ? ",\n" : "\n";
        }
        out += closing + ']';
    } else {
        out += scalar(value);
    }
}

} // namespace

QByteArray orderedJson(const QJsonValue& value, const QStringList& keyOrder) {
    QByteArray out;
    write(out, value, keyOrder, 0);
    return out + '\n';
}

const QStringList& safetyReportKeyOrder() {
    static const QStringList order{
        QStringLiteral("safe"),         QStringLiteral("events"),    QStringLiteral("windows"),
        QStringLiteral("warnings"),     QStringLiteral("at"),        QStringLiteral("op"),
        QStringLiteral("key"),          QStringLiteral("keys"),      QStringLiteral("from"),
        QStringLiteral("to"),           QStringLiteral("status"),    QStringLiteral("profile"),
        QStringLiteral("rrset"),        QStringLiteral("ttl"),       QStringLiteral("spread"),
        QStringLiteral("witness"),      QStringLiteral("content"),   QStringLiteral("signers"),
        QStringLiteral("revoked"),      QStringLiteral("published"), QStringLiteral("master_until"),
        QStringLiteral("cached_until"), QStringLiteral("fix"),       QStringLiteral("severity"),
        QStringLiteral("code"),         QStringLiteral("message"),   QStringLiteral("rfc")};
    return order;
}

} // namespace danewerk::core
