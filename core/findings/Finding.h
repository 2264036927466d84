#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace danewerk::core {

enum class Severity { Notice, Warning, Error };

// One diagnostic, everywhere (zones, TLSA, rollovers, live checks). Codes are stable strings documented in
// the specs; message and fix are translated sentences.
struct Finding {
    Severity severity = Severity::Notice;
    QString code;
    QString message;
    QString rfc; // "RFC 4035 5.3.1"
    QString fix;
    QString owner; // lower-case FQDN with trailing dot
    QString type;  // RR type mnemonic
    QString file;
    int line = 0;
    int column = 0;
    QString host;
    QString address;

    // The fields every finding has; callers add what it concerns (owner, type, file, line, host, address).
    [[nodiscard]] static Finding make(Severity severity, QString code, QString message, QString rfc = {},
                                      QString fix = {});

    [[nodiscard]] QJsonObject toJson() const; // fields without a value are omitted
    [[nodiscard]] static Finding fromJson(const QJsonObject& object);
};

using Findings = QList<Finding>;

[[nodiscard]] QString severityName(Severity severity); // "error", "warning", "notice"
[[nodiscard]] Severity severityFromName(const QString& name);
[[nodiscard]] bool hasErrors(const Findings& findings);

} // namespace danewerk::core
