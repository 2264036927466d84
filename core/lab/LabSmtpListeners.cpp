#include "core/lab/LabSmtpListeners.h"

#include "core/common/AtomicFile.h"
#include "core/lab/LabError.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace danewerk::core {

QList<LabSmtpListener> LabSmtpListeners::fromCatalog(const LabScenarioCatalog& catalog, const LabAddressPlan& plan,
                                                     const LabPaths& paths, bool ipv6) {
    QList<LabSmtpListener> listeners;
    for (const LabScenario& scenario : catalog.scenarios()) {
        for (const LabServerSpec& server : scenario.servers) {
            if (server.ipv6 && !ipv6)
                continue;
            LabSmtpListener listener;
            listener.address = server.ipv6 ? LabAddressPlan::ipv6Server() : plan.smtpServer(server.addressOffset);
            listener.port = plan.smtpPort();
            listener.starttls = server.starttls;
            listener.chainFile =
                QDir(paths.certsDir(scenario.id)).filePath(server.certificate + QStringLiteral(".chain.pem"));
            listeners.append(listener);
        }
    }
    return listeners;
}

Result<void> LabSmtpListeners::write(const QList<LabSmtpListener>& listeners, const QString& file) {
    QJsonArray array;
    for (const LabSmtpListener& listener : listeners)
        array.append(QJsonObject{{QStringLiteral("address"), listener.address},
                                 {QStringLiteral("port"), listener.port},
                                 {QStringLiteral("starttls"), listener.starttls},
                                 {QStringLiteral("chain"), listener.chainFile}});
    QDir().mkpath(QFileInfo(file).path());
    return writeFileAtomically(file, QJsonDocument(QJsonObject{{QStringLiteral("listeners"), array}}).toJson(),
                               {true, false});
}

Result<QList<LabSmtpListener>> LabSmtpListeners::read(const QString& file) {
    auto bytes = readFileLimited(file, 1024 * 1024);
    if (!bytes)
        return bytes.error();
    const QJsonDocument document = QJsonDocument::fromJson(bytes.value());
    if (!document.isObject())
        return labError(QStringLiteral("LAB_STATE_INVALID"),
                        QCoreApplication::translate("danewerk::core::LabSmtpListeners", "%1 is damaged.").arg(file),
                        file);
    QList<LabSmtpListener> listeners;
    for (const auto& value : document.object().value(u"listeners").toArray()) {
        const QJsonObject object = value.toObject();
        listeners.append({object.value(u"address").toString(), quint16(object.value(u"port").toInt()),
                          object.value(u"starttls").toBool(), object.value(u"chain").toString()});
    }
    return listeners;
}

} // namespace danewerk::core
