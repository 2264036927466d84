#include "core/findings/Finding.h"

#include <algorithm>

namespace danewerk::core {

QString severityName(Severity severity) {
    switch (severity) {
    case Severity::Error:
        return QStringLiteral("error");
    case Severity::Warning:
        return QStringLiteral("warning");
    case Severity::Notice:
        break;
    }
    return QStringLiteral("notice");
}

Severity severityFromName(const QString& name) {
    if (name == QLatin1String("error"))
        return Severity::Error;
    if (name == QLatin1String("warning"))
        return Severity::Warning;
    return Severity::Notice;
}

bool hasErrors(const Findings& findings) {
    return std::any_of(findings.begin(), findings.end(),
                       [](const Finding& f) { return f.severity == Severity::Error; });
}

Finding Finding::make(Severity severity, QString code, QString message, QString rfc, QString fix) {
    Finding f;
    f.severity = severity;
    f.code = std::move(code);
    f.message = std::move(message);
    f.rfc = std::move(rfc);
    f.fix = std::move(fix);
    return f;
}

QJsonObject Finding::toJson() const {
    QJsonObject o;
    o.insert(QStringLiteral("severity"), severityName(severity));
    o.insert(QStringLiteral("code"), code);
    const auto put = [&o](const char* key, const QString& value) {
        if (!value.isEmpty())
            o.insert(QLatin1String(key), value);
    };
    put("message", message);
    put("rfc", rfc);
    put("fix", fix);
    put("owner", owner);
    put("type", type);
    put("file", file);
    if (line > 0)
        o.insert(QStringLiteral("line"), line);
    if (column > 0)
        o.insert(QStringLiteral("column"), column);
    put("host", host);
    put("address", address);
    return o;
}

Finding Finding::fromJson(const QJsonObject& o) {
    Finding f;
    f.severity = severityFromName(o.value(QStringLiteral("severity")).toString());
    f.code = o.value(QStringLiteral("code")).toString();
    f.message = o.value(QStringLiteral("message")).toString();
    f.rfc = o.value(QStringLiteral("rfc")).toString();
    f.fix = o.value(QStringLiteral("fix")).toString();
    f.owner = o.value(QStringLiteral("owner")).toString();
    f.type = o.value(QStringLiteral("type")).toString();
    f.file = o.value(QStringLiteral("file")).toString();
    f.line = o.value(QStringLiteral("line")).toInt();
    f.column = o.value(QStringLiteral("column")).toInt();
    f.host = o.value(QStringLiteral("host")).toString();
    f.address = o.value(QStringLiteral("address")).toString();
    return f;
}

} // namespace danewerk::core
