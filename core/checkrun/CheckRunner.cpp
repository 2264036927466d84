#include "core/checkrun/CheckRunner.h"

#include "core/check/DnsNames.h"
#include "core/check/MailDomainCheck.h"
#include "core/check/SmtpProber.h"
#include "core/common/AtomicFile.h"
#include "core/dns/DnsClient.h"
#include "core/dns/DnsObservationLog.h"
#include "core/dns/ReplayDnsSource.h"
#include "core/smtp/LocalHostName.h"

#include <QDir>
#include <QJsonDocument>

namespace danewerk::core {

namespace {

constexpr qint64 MaxObservationBytes = 256 * 1024 * 1024;

Error settingsError(const QString& message) {
    return Error{QStringLiteral("CHECK_SETTINGS"), message, {}, 0, 0};
}

} // namespace

Result<CheckRunner> CheckRunner::create(CheckRunSettings settings) {
    CheckRunner runner;
    MailCheckOptions& o = runner.m_options;
    o.now = settings.now;
    o.smtpPort = settings.smtpPort;
    o.smtp = settings.smtp;
    o.timeoutMs = settings.timeoutMs;
    o.ipv4 = settings.ipv4;
    o.ipv6 = settings.ipv6;
    o.expiryWarningSeconds = settings.expiryWarningSeconds;
    o.observer = settings.observer;
    o.ehloName = settings.ehloName.isEmpty() ? machineFqdn() : settings.ehloName;
    if (!settings.trustAnchorFile.isEmpty()) {
        const auto anchors = ValidationTrustAnchors::fromFile(settings.trustAnchorFile);
        if (!anchors.ok())
            return settingsError(anchors.error().toString());
        o.anchors = *anchors;
        runner.m_customAnchor = true;
    }
    for (const QString& r : std::as_const(settings.resolvers)) {
        const auto server = parseDnsServerAddress(r);
        if (!server.ok())
            return settingsError(tr("resolver '%1': %2").arg(r, server.error().message));
    }
    if (settings.replayDir.isEmpty() && settings.resolvers.isEmpty() && dnsServersFromResolvConf().isEmpty())
        return settingsError(tr("no resolver configured (/etc/resolv.conf has none)"));
    runner.m_settings = std::move(settings);
    return runner;
}

Result<MailDomainResult> CheckRunner::run(const QString& domain) const {
    const QString name = normalizedName(domain);
    if (m_settings.replayDir.isEmpty())
        return live(name);
    const auto observations = readObservations(name);
    if (!observations.ok())
        return observations.error();
    return replay(*observations, name);
}

Result<MailDomainResult> CheckRunner::unlessCancelled(MailDomainResult result) {
    if (result.cancelled)
        return Error{QStringLiteral("CHECK_CANCELLED"), tr("%1: cancelled").arg(result.domain), {}, 0, 0};
    return result;
}

Result<CheckObservations> CheckRunner::readObservations(const QString& domain) const {
    const QString path = QDir(m_settings.replayDir).filePath(CheckObservations::fileNameFor(normalizedName(domain)));
    const auto bytes = readFileLimited(path, MaxObservationBytes);
    if (!bytes.ok())
        return bytes.error();
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(*bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error{QStringLiteral("OBSERVATIONS_INVALID"),
                     QStringLiteral("%1: %2").arg(path, parseError.errorString()), path, 0, 0};
    return CheckObservations::fromJson(document.object(), path);
}

Result<MailDomainResult> CheckRunner::replay(const CheckObservations& observations, const QString& domain) const {
    MailCheckOptions options = m_options;
    if (!m_settings.now.isValid() && observations.recordedAt.isValid())
        options.now = observations.recordedAt;
    options.smtpPort = observations.smtpPort;
    // The anchors of the live run, unless the user names others.
    if (!m_customAnchor && !observations.trustAnchor.isEmpty()) {
        const auto anchors = ValidationTrustAnchors::fromText(observations.trustAnchor);
        if (anchors.ok())
            options.anchors = *anchors;
    }
    QList<DnsResponse> responses;
    for (const auto& v : observations.dns)
        responses << DnsResponse::fromJson(v.toObject());
    ReplayDnsSource dns(responses);
    ReplaySmtpProber smtp(observations.smtp);
    MailDomainResult result = MailDomainCheck(options, dns, smtp).run(domain);
    result.elapsedMs = observations.elapsedMs;
    return unlessCancelled(std::move(result));
}

Result<MailDomainResult> CheckRunner::live(const QString& name) const {
    MailCheckOptions options = m_options;
    if (!options.now.isValid())
        options.now = QDateTime::currentDateTimeUtc();
    DnsClientOptions dnsOptions;
    dnsOptions.timeoutMs = options.timeoutMs;
    for (const QString& r : m_settings.resolvers)
        dnsOptions.servers << parseDnsServerAddress(r).value();
    if (dnsOptions.servers.isEmpty())
        dnsOptions.servers = dnsServersFromResolvConf();
    DnsObservationLog log;
    DnsClient dns(dnsOptions, &log);
    LiveSmtpProber smtp;
    MailDomainResult result = MailDomainCheck(options, dns, smtp).run(name);
    if (result.cancelled) // a half-observed run is no observation worth replaying
        return unlessCancelled(std::move(result));
    if (!m_settings.saveDir.isEmpty()) {
        CheckObservations observations;
        observations.domain = result.domain;
        observations.recordedAt = options.now;
        observations.elapsedMs = result.elapsedMs;
        observations.smtpPort = options.smtpPort;
        observations.trustAnchor = options.anchors.text();
        observations.dns = log.toJson();
        observations.smtp = smtp.toJson();
        if (!QDir().mkpath(m_settings.saveDir))
            return Error{QStringLiteral("CHECK_SAVE"), tr("cannot create %1").arg(m_settings.saveDir), {}, 0, 0};
        const QString path = QDir(m_settings.saveDir).filePath(CheckObservations::fileNameFor(result.domain));
        const auto written = writeFileAtomically(path, QJsonDocument(observations.toJson()).toJson(),
                                                 WriteOptions{m_settings.overwriteSaved, false});
        if (!written.ok())
            return written.error();
    }
    return result;
}

QStringList CheckRunner::replayDomains(const QString& dir) {
    QStringList out;
    for (const QString& f : QDir(dir).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name))
        out << (f == QLatin1String("root.json") ? QStringLiteral(".") : f.chopped(5) + QLatin1Char('.'));
    return out;
}

std::optional<LabCheckSettings> readLabCheckSettings(const QString& labDir) {
    const auto bytes = readFileLimited(QDir(labDir).filePath(QStringLiteral("state.json")), 1024 * 1024);
    if (!bytes.ok())
        return std::nullopt;
    const QJsonObject state = QJsonDocument::fromJson(*bytes).object();
    LabCheckSettings lab;
    lab.resolver = state.value(QStringLiteral("resolver")).toString();
    lab.trustAnchorFile = state.value(QStringLiteral("trust_anchor")).toString();
    lab.smtpPort = quint16(state.value(QStringLiteral("smtp_port")).toInt(25));
    if (lab.resolver.isEmpty())
        return std::nullopt;
    return lab;
}

} // namespace danewerk::core
