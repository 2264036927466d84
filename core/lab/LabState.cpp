#include "core/lab/LabState.h"

#include "core/common/AtomicFile.h"
#include "core/lab/LabError.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace danewerk::core {

QString LabState::checkOptions() const {
    QString options = QStringLiteral("--resolver %1 --trust-anchor %2").arg(resolver, trustAnchor);
    if (smtpPort != 25)
        options += QStringLiteral(" --smtp-port %1").arg(smtpPort);
    return options;
}

QJsonObject LabState::toJson() const {
    QJsonArray processList;
    for (const LabProcess& process : processes) {
        QJsonObject entry = process.toJson();
        entry.insert(QStringLiteral("running"), LabProcessControl::running(process));
        processList.append(entry);
    }
    return QJsonObject{{QStringLiteral("directory"), directory},
                       {QStringLiteral("base"), base},
                       {QStringLiteral("unprivileged"), unprivileged},
                       {QStringLiteral("started_at"), startedAt.toUTC().toString(Qt::ISODate)},
                       {QStringLiteral("serial"), qint64(serial)},
                       {QStringLiteral("processes"), processList},
                       {QStringLiteral("resolver"), resolver},
                       {QStringLiteral("authoritative"), authoritative},
                       {QStringLiteral("trust_anchor"), trustAnchor},
                       {QStringLiteral("bind_trust_anchor"), bindTrustAnchor},
                       {QStringLiteral("smtp_port"), smtpPort},
                       {QStringLiteral("smtp_server"), smtpServer},
                       {QStringLiteral("signer"), signer},
                       {QStringLiteral("check_options"), checkOptions()},
                       {QStringLiteral("elapsed_ms"), elapsedMs},
                       {QStringLiteral("already_running"), alreadyRunning}};
}

LabState LabState::fromJson(const QJsonObject& object) {
    LabState state;
    state.directory = object.value(u"directory").toString();
    state.base = object.value(u"base").toString();
    state.unprivileged = object.value(u"unprivileged").toBool();
    state.startedAt = QDateTime::fromString(object.value(u"started_at").toString(), Qt::ISODate);
    state.serial = quint32(object.value(u"serial").toDouble());
    for (const auto& value : object.value(u"processes").toArray())
        state.processes.append(LabProcess::fromJson(value.toObject()));
    state.resolver = object.value(u"resolver").toString();
    state.authoritative = object.value(u"authoritative").toString();
    state.trustAnchor = object.value(u"trust_anchor").toString();
    state.bindTrustAnchor = object.value(u"bind_trust_anchor").toString();
    state.smtpPort = quint16(object.value(u"smtp_port").toInt(25));
    state.smtpServer = object.value(u"smtp_server").toString();
    state.signer = object.value(u"signer").toString();
    state.elapsedMs = qint64(object.value(u"elapsed_ms").toDouble());
    return state;
}

Result<LabState> LabState::read(const QString& file) {
    auto bytes = readFileLimited(file, 1024 * 1024);
    if (!bytes)
        return bytes.error();
    const QJsonDocument document = QJsonDocument::fromJson(bytes.value());
    if (!document.isObject())
        return labError(
            QStringLiteral("LAB_STATE_INVALID"),
            QCoreApplication::translate("danewerk::core::LabState", "The lab state file %1 is damaged.").arg(file),
            file);
    return fromJson(document.object());
}

Result<void> LabState::write(const QString& file) const {
    return writeFileAtomically(file, QJsonDocument(toJson()).toJson(QJsonDocument::Indented), {true, false});
}

} // namespace danewerk::core
