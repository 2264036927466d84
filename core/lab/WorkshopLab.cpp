#include "core/lab/WorkshopLab.h"

#include "core/common/AtomicFile.h"
#include "core/lab/LabConfigWriter.h"
#include "core/lab/LabDnsProbe.h"
#include "core/lab/LabDnssecRecords.h"
#include "core/lab/LabError.h"
#include "core/lab/LabPortCheck.h"
#include "core/lab/LabSmtpListeners.h"
#include "core/lab/LabZoneFactory.h"
#include "core/lab/LabZoneSigner.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QThread>

#include <csignal>
#include <grp.h>
#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

namespace danewerk::core {

namespace {

const WriteOptions Overwrite{true, false};
// While waiting for a server, ask often with short timeouts: a question sent before it listened is lost.
constexpr int ProbeMs = 250;

bool ipv6LoopbackAvailable() {
    QFile file(QStringLiteral("/proc/net/if_inet6"));
    return file.open(QIODevice::ReadOnly) && file.readAll().contains("00000000000000000000000000000001");
}

QStringList proxyZones(const LabScenarioCatalog& catalog) {
    QStringList zones;
    for (const LabScenario& scenario : catalog.scenarios())
        for (const LabZoneSpec& zone : scenario.zones)
            if (zone.signing == LabSigning::Proxy)
                zones.append(zone.name);
    return zones;
}

QStringList allZones(const LabScenarioCatalog& catalog) {
    QStringList zones{QStringLiteral("."), QStringLiteral("test.")};
    for (const LabScenario& scenario : catalog.scenarios())
        for (const LabZoneSpec& zone : scenario.zones)
            zones.append(zone.name);
    return zones;
}

// Makes a directory the postfix user owns (Postfix insists on it for data_directory).
void giveToPostfix(const QString& path) {
    if (const passwd* user = getpwnam("postfix"))
        (void)!chown(path.toLocal8Bit().constData(), user->pw_uid, user->pw_gid);
}

// True when the postfix user can walk down to path (every directory on the way searchable for it).
bool postfixCanReach(const QString& path) {
    const passwd* user = getpwnam("postfix");
    if (!user)
        return false;
    QString current = QDir::cleanPath(path);
    for (int depth = 0; depth < 64 && !current.isEmpty(); ++depth) {
        struct stat info {};
        if (::stat(current.toLocal8Bit().constData(), &info) != 0)
            return false;
        const bool searchable = (info.st_mode & S_IXOTH) || (info.st_uid == user->pw_uid && (info.st_mode & S_IXUSR)) ||
                                (info.st_gid == user->pw_gid && (info.st_mode & S_IXGRP));
        if (!searchable)
            return false;
        if (current == u"/")
            return true;
        current = QFileInfo(current).path();
    }
    return false;
}

// Postfix's data_directory: inside the lab directory when the postfix user can reach it there; otherwise
// (a lab below /root or a private temporary directory) in /var/lib/danewerk, one per lab directory.
QString postfixDataDirectory(const LabPaths& paths) {
    if (postfixCanReach(paths.root()))
        return paths.path(QStringLiteral("postfix/data"));
    const QByteArray key = QCryptographicHash::hash(paths.root().toUtf8(), QCryptographicHash::Sha256).toHex().left(12);
    return QStringLiteral("/var/lib/danewerk/lab-%1/postfix-data").arg(QString::fromLatin1(key));
}

} // namespace

WorkshopLab::WorkshopLab(const QString& directory, Log log)
    : m_paths(QDir(directory).absolutePath()), m_log(std::move(log)) {}

QString WorkshopLab::defaultDirectory() {
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/lab");
}

void WorkshopLab::log(const QString& line) const {
    if (m_log)
        m_log(line);
}

bool WorkshopLab::isRunning(const LabState& state) {
    if (state.processes.isEmpty())
        return false;
    for (const LabProcess& process : state.processes)
        if (!LabProcessControl::running(process))
            return false;
    return true;
}

std::optional<LabState> WorkshopLab::status() const {
    if (!QFile::exists(m_paths.stateFile()))
        return std::nullopt;
    auto state = LabState::read(m_paths.stateFile());
    if (!state)
        return std::nullopt;
    return state.value();
}

Result<void> WorkshopLab::checkEnvironment(const LabAddressPlan& plan, const LabScenarioCatalog& catalog,
                                           const LabUpOptions& options) const {
    if (!options.unprivileged && geteuid() != 0)
        return labError(QStringLiteral("LAB_NEEDS_ROOT"),
                        tr("The lab binds ports 53 and 25 and runs Postfix, which needs root. Run it as root, or use "
                           "--unprivileged (high ports, Danewerk's own STARTTLS server instead of Postfix)."));
    QStringList programs{QStringLiteral("nsd"), QStringLiteral("unbound")};
    if (!proxyZones(catalog).isEmpty())
        programs << QStringLiteral("knotd");
    if (!options.unprivileged)
        programs << QStringLiteral("postfix") << QStringLiteral("master");
    QStringList missing;
    for (const QString& program : programs)
        if (LabProcessControl::findProgram(program).isEmpty())
            missing << program;
    if (!missing.isEmpty())
        return labError(QStringLiteral("LAB_PROGRAM_MISSING"),
                        tr("The lab needs these programs, which are not installed: %1 (Debian packages nsd, unbound, "
                           "knot, postfix).")
                            .arg(missing.join(QStringLiteral(", "))));

    QList<LabEndpoint> endpoints;
    for (const QString& dns : {plan.authoritative(), plan.resolver(), plan.hiddenPrimary(), plan.signer()}) {
        endpoints.append({dns, plan.dnsPort(), false});
        endpoints.append({dns, plan.dnsPort(), true});
    }
    for (const LabSmtpListener& listener :
         LabSmtpListeners::fromCatalog(catalog, plan, m_paths, ipv6LoopbackAvailable()))
        endpoints.append({listener.address, listener.port, true});
    const QList<LabPortConflict> conflicts = LabPortCheck::conflicts(endpoints);
    if (!conflicts.isEmpty()) {
        QStringList lines;
        for (const LabPortConflict& conflict : conflicts)
            lines.append(conflict.describe());
        return labError(QStringLiteral("LAB_ADDRESS_IN_USE"),
                        tr("The lab's addresses are not free:\n%1\nStop that process or choose another --base.")
                            .arg(lines.join(u'\n')));
    }
    return {};
}

Result<void> WorkshopLab::waitUntil(const LabProcess& process, const std::function<bool()>& ready, const QString& what,
                                    int timeoutMs) const {
    QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        if (ready())
            return {};
        if (!LabProcessControl::running(process))
            return labError(QStringLiteral("LAB_SERVER_FAILED"),
                            tr("%1 stopped while starting. Its log (%2) ends with:\n%3")
                                .arg(process.name, process.logFile, LabProcessControl::logTail(process.logFile)));
        QThread::msleep(50);
    }
    return labError(QStringLiteral("LAB_SERVER_FAILED"),
                    tr("%1 did not answer within %2 s (%3). Its log (%4) ends with:\n%5")
                        .arg(process.name)
                        .arg(timeoutMs / 1000)
                        .arg(what, process.logFile, LabProcessControl::logTail(process.logFile)));
}

void WorkshopLab::stopAll(QList<LabProcess>& started) const {
    // Reverse order: mail servers, resolver, public server, then the signer's chain.
    for (auto it = started.rbegin(); it != started.rend(); ++it)
        LabProcessControl::stop(*it);
    started.clear();
}

void WorkshopLab::signalAll(const LabState& state, const QStringList& names, int signal) const {
    for (const LabProcess& process : state.processes)
        if (names.contains(process.name) && LabProcessControl::running(process))
            ::kill(pid_t(process.pid), signal);
}

Result<LabState> WorkshopLab::down() {
    auto state = status();
    if (!state) {
        LabState nothing;
        nothing.directory = m_paths.root();
        return nothing;
    }
    QList<LabProcess> processes = state->processes;
    for (const LabProcess& process : processes)
        if (LabProcessControl::running(process))
            log(tr("Stopping %1 (PID %2)").arg(process.name).arg(process.pid));
    stopAll(processes);
    LabState stopped = state.value();
    stopped.processes.clear();
    if (auto written = stopped.write(m_paths.stateFile()); !written)
        return written.error();
    return state.value();
}

Result<void> WorkshopLab::reload() {
    auto state = status();
    if (!state || !isRunning(state.value()))
        return labError(QStringLiteral("LAB_NOT_RUNNING"), tr("No lab is running in %1.").arg(m_paths.root()));
    // NSD re-reads zone files whose mtime changed on SIGHUP; unbound reloads and empties its cache.
    signalAll(state.value(), {QStringLiteral("nsd"), QStringLiteral("nsd-hidden")}, SIGHUP);
    QThread::msleep(300);
    signalAll(state.value(), {QStringLiteral("unbound")}, SIGHUP);
    log(tr("Zone files re-read; resolver cache emptied."));
    return {};
}

Result<void> WorkshopLab::reset(const QString& scenarioId, const QDateTime& now) {
    auto state = status();
    if (!state || !isRunning(state.value()))
        return labError(QStringLiteral("LAB_NOT_RUNNING"), tr("No lab is running in %1.").arg(m_paths.root()));
    auto catalog = LabScenarioCatalog::load();
    if (!catalog)
        return catalog.error();
    const LabScenario* scenario = catalog->find(scenarioId);
    if (!scenario)
        return labError(QStringLiteral("LAB_SCENARIO_UNKNOWN"), tr("There is no scenario \"%1\".").arg(scenarioId));
    auto plan = LabAddressPlan::create(state->base, state->unprivileged);
    if (!plan)
        return plan.error();
    // A fresh serial above the last one, so that secondaries (the signing proxy) take the change.
    LabState updated = state.value();
    updated.serial = std::max<quint32>(quint32(now.toSecsSinceEpoch()), state->serial + 1);
    auto signer = LabZoneSigner::create();
    LabZoneFactory factory(plan.value(), m_paths, *signer, now, updated.serial);
    auto delegations = factory.scenario(*scenario);
    if (!delegations)
        return delegations.error();
    if (auto written = updated.write(m_paths.stateFile()); !written)
        return written.error();
    log(tr("Scenario %1 restored.").arg(scenario->id));
    return reload();
}

Result<LabState> WorkshopLab::up(const LabUpOptions& options, const QDateTime& now) {
    QElapsedTimer timer;
    timer.start();
    if (auto previous = status(); previous && !previous->processes.isEmpty()) {
        if (isRunning(previous.value()) && previous->base == options.base &&
            previous->unprivileged == options.unprivileged) {
            LabState running = previous.value();
            running.alreadyRunning = true;
            return running;
        }
        log(tr("Stopping what is left of the previous lab."));
        if (auto stopped = down(); !stopped)
            return stopped.error();
    }

    auto plan = LabAddressPlan::create(options.base, options.unprivileged);
    if (!plan)
        return plan.error();
    auto catalog = LabScenarioCatalog::load();
    if (!catalog)
        return catalog.error();
    if (auto checked = checkEnvironment(plan.value(), catalog.value(), options); !checked)
        return checked.error();

    // Generated state is made anew; keys and certificates are kept so the trust anchor stays the same.
    for (const QString& generated :
         {QStringLiteral("zones"), QStringLiteral("nsd"), QStringLiteral("hidden"), QStringLiteral("knot"),
          QStringLiteral("unbound"), QStringLiteral("postfix/etc"), QStringLiteral("smtp"), QStringLiteral("logs")})
        QDir(m_paths.path(generated)).removeRecursively();
    for (const QString& made : {QStringLiteral("zones"), QStringLiteral("nsd"), QStringLiteral("hidden"),
                                QStringLiteral("knot/db"), QStringLiteral("knot/keys"), QStringLiteral("unbound"),
                                QStringLiteral("logs"), QStringLiteral("keys"), QStringLiteral("certs")})
        if (!QDir().mkpath(m_paths.path(made)))
            return labError(QStringLiteral("FILE_UNWRITABLE"), tr("Cannot create %1.").arg(m_paths.path(made)));
    // Knot writes the signing keys it generates 0640 whatever the umask (knotd sets its own): its keystore
    // directory is owner-only, so those keys are as private as the lab's own 0600 key files.
    if (!QFile::setPermissions(m_paths.path(QStringLiteral("knot/keys")),
                               QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner))
        return labError(QStringLiteral("FILE_UNWRITABLE"),
                        tr("Cannot create %1.").arg(m_paths.path(QStringLiteral("knot/keys"))));

    LabState state;
    state.directory = m_paths.root();
    state.base = options.base;
    state.unprivileged = options.unprivileged;
    state.startedAt = now;
    state.serial = quint32(now.toSecsSinceEpoch());
    const quint16 dnsPort = plan->dnsPort();
    const QString portSuffix = options.unprivileged ? QStringLiteral("#%1").arg(dnsPort) : QString();
    state.resolver = plan->resolverOption();
    state.authoritative = plan->authoritative() + portSuffix;
    state.trustAnchor = m_paths.trustAnchorDs();
    state.bindTrustAnchor = m_paths.trustAnchorBind();
    state.smtpPort = plan->smtpPort();
    state.smtpServer = options.unprivileged ? QStringLiteral("danewerk") : QStringLiteral("postfix");

    auto signer = LabZoneSigner::create();
    state.signer = signer->name();
    log(tr("Making keys, certificates and signed zones (signer: %1)…").arg(signer->name()));
    LabZoneFactory factory(plan.value(), m_paths, *signer, now, state.serial);
    QList<LabDelegationRecords> delegations;
    for (const LabScenario& scenario : catalog->scenarios()) {
        auto made = factory.scenario(scenario);
        if (!made)
            return made.error();
        delegations += made.value();
    }

    QList<LabProcess> started;
    const auto fail = [&](const Error& error) -> Result<LabState> {
        stopAll(started);
        return error;
    };
    const auto launch = [&](const QString& name, const QString& program,
                            const QStringList& arguments) -> Result<LabProcess> {
        auto process = LabProcessControl::start(name, LabProcessControl::findProgram(program), arguments,
                                                m_paths.log(name), m_paths.root());
        if (process) {
            started.append(process.value());
            log(tr("Started %1 (PID %2)").arg(name).arg(process->pid));
        }
        return process;
    };
    const LabConfigWriter configs(plan.value(), m_paths);

    // The signing proxy first: its DS must be in test. before test. is signed.
    const QStringList proxied = proxyZones(catalog.value());
    if (!proxied.isEmpty()) {
        const QString hiddenConf = m_paths.path(QStringLiteral("hidden/nsd.conf"));
        const QString knotConf = m_paths.path(QStringLiteral("knot/knot.conf"));
        if (auto written = writeFileAtomically(hiddenConf, configs.hiddenPrimary(proxied).toUtf8(), Overwrite);
            !written)
            return fail(written.error());
        if (auto written = writeFileAtomically(knotConf, configs.knot(proxied).toUtf8(), Overwrite); !written)
            return fail(written.error());
        auto hidden = launch(QStringLiteral("nsd-hidden"), QStringLiteral("nsd"),
                             {QStringLiteral("-d"), QStringLiteral("-c"), hiddenConf});
        if (!hidden)
            return fail(hidden.error());
        for (const QString& zone : proxied)
            if (auto ready = waitUntil(
                    hidden.value(),
                    [&] {
                        return !LabDnsProbe::query(plan->hiddenPrimary(), dnsPort, zone, QStringLiteral("SOA"), false,
                                                   ProbeMs)
                                    .isEmpty();
                    },
                    zone + QStringLiteral(" SOA"));
                !ready)
                return fail(ready.error());
        auto knot = launch(QStringLiteral("knot"), QStringLiteral("knotd"), {QStringLiteral("-c"), knotConf});
        if (!knot)
            return fail(knot.error());
        for (const QString& zone : proxied) {
            QString ksk;
            if (auto ready = waitUntil(
                    knot.value(),
                    [&] {
                        for (const QString& line : LabDnsProbe::query(plan->signer(), dnsPort, zone,
                                                                      QStringLiteral("DNSKEY"), false, ProbeMs))
                            if (line.simplified().split(u' ').value(4) == u"257")
                                ksk = line;
                        return !ksk.isEmpty();
                    },
                    zone + QStringLiteral(" DNSKEY"));
                !ready)
                return fail(ready.error());
            auto ds = LabDnssecRecords::dsFromDnskey(ksk, LabZoneBuilder::Ttl);
            if (!ds)
                return fail(ds.error());
            delegations.append({zone, {ds.value()}});
        }
    }
    if (auto parents = factory.parents(delegations); !parents)
        return fail(parents.error());

    // Public authoritative server.
    QList<LabServedZone> served;
    for (const QString& zone : allZones(catalog.value()))
        served.append({zone, proxied.contains(zone)});
    const QString nsdConf = m_paths.path(QStringLiteral("nsd/nsd.conf"));
    if (auto written = writeFileAtomically(nsdConf, configs.nsd(served).toUtf8(), Overwrite); !written)
        return fail(written.error());
    auto nsd =
        launch(QStringLiteral("nsd"), QStringLiteral("nsd"), {QStringLiteral("-d"), QStringLiteral("-c"), nsdConf});
    if (!nsd)
        return fail(nsd.error());
    for (const LabServedZone& zone : served)
        if (auto ready = waitUntil(
                nsd.value(),
                [&] {
                    return !LabDnsProbe::query(plan->authoritative(), dnsPort, zone.name, QStringLiteral("SOA"), false,
                                               ProbeMs)
                                .isEmpty();
                },
                zone.name + QStringLiteral(" SOA"));
            !ready)
            return fail(ready.error());

    // Validating resolver.
    const QString unboundConf = m_paths.path(QStringLiteral("unbound/unbound.conf"));
    if (auto written = writeFileAtomically(unboundConf, configs.unbound(allZones(catalog.value())).toUtf8(), Overwrite);
        !written)
        return fail(written.error());
    auto unbound = launch(QStringLiteral("unbound"), QStringLiteral("unbound"),
                          {QStringLiteral("-d"), QStringLiteral("-c"), unboundConf});
    if (!unbound)
        return fail(unbound.error());
    if (auto ready = waitUntil(
            unbound.value(),
            [&] {
                return !LabDnsProbe::query(plan->resolver(), dnsPort, QStringLiteral("test."), QStringLiteral("SOA"),
                                           true)
                            .isEmpty();
            },
            QStringLiteral("test. SOA"));
        !ready)
        return fail(ready.error());

    // Mail servers.
    const bool ipv6 = ipv6LoopbackAvailable();
    if (!ipv6)
        log(tr("This machine has no IPv6 loopback address (::1): the IPv6 mail server is left out."));
    const QList<LabSmtpListener> listeners =
        LabSmtpListeners::fromCatalog(catalog.value(), plan.value(), m_paths, ipv6);
    Result<LabProcess> mail = Error{};
    if (options.unprivileged) {
        log(tr("Unprivileged mode: Danewerk's own STARTTLS test server stands in for Postfix."));
        if (auto written = LabSmtpListeners::write(listeners, m_paths.path(QStringLiteral("smtp/listeners.json")));
            !written)
            return fail(written.error());
        if (options.smtpServerProgram.isEmpty())
            return fail(labError(QStringLiteral("LAB_SERVER_FAILED"), tr("No SMTP server program was given.")));
        auto process = LabProcessControl::start(
            QStringLiteral("smtp"), options.smtpServerProgram,
            {QStringLiteral("lab"), QStringLiteral("smtp-serve"), QStringLiteral("--dir"), m_paths.root()},
            m_paths.log(QStringLiteral("smtp")), m_paths.root());
        if (process) {
            started.append(process.value());
            log(tr("Started %1 (PID %2)").arg(process->name).arg(process->pid));
        }
        mail = process;
    } else {
        const QString etc = m_paths.path(QStringLiteral("postfix/etc"));
        QDir().mkpath(etc);
        QDir().mkpath(m_paths.path(QStringLiteral("postfix/queue")));
        const QString dataDirectory = postfixDataDirectory(m_paths);
        if (!QDir().mkpath(dataDirectory))
            return fail(labError(QStringLiteral("FILE_UNWRITABLE"), tr("Cannot create %1.").arg(dataDirectory)));
        giveToPostfix(dataDirectory);
        if (auto written = writeFileAtomically(etc + QStringLiteral("/main.cf"),
                                               configs.postfixMain(ipv6, dataDirectory).toUtf8(), Overwrite);
            !written)
            return fail(written.error());
        if (auto written = writeFileAtomically(etc + QStringLiteral("/master.cf"),
                                               configs.postfixMaster(listeners).toUtf8(), Overwrite);
            !written)
            return fail(written.error());
        // `postfix check` creates the queue directories with the owners Postfix wants. It takes seconds, so
        // the queue is kept between runs and the check made only when it is missing.
        if (!QFileInfo::exists(m_paths.path(QStringLiteral("postfix/queue/public")))) {
            QProcess check;
            check.setStandardOutputFile(m_paths.log(QStringLiteral("postfix-check")));
            check.setStandardErrorFile(m_paths.log(QStringLiteral("postfix-check")), QIODevice::Append);
            check.start(LabProcessControl::findProgram(QStringLiteral("postfix")),
                        {QStringLiteral("-c"), etc, QStringLiteral("check")});
            check.waitForFinished(20000);
        }
        mail = launch(QStringLiteral("postfix"), QStringLiteral("master"),
                      {QStringLiteral("-c"), etc, QStringLiteral("-d")});
    }
    if (!mail)
        return fail(mail.error());
    // The server opens every listening socket when it starts: a banner from the first and a connection to
    // each of the others show it is up (a banner from each would cost an smtpd start per address).
    for (qsizetype index = 0; index < listeners.size(); ++index) {
        const LabSmtpListener& listener = listeners[index];
        const auto ready = [&, index] {
            return index == 0 ? LabProcessControl::smtpGreets(listener.address, listener.port, ProbeMs)
                              : LabProcessControl::accepts(listener.address, listener.port, ProbeMs);
        };
        if (auto waited = waitUntil(mail.value(), ready,
                                    QStringLiteral("SMTP %1 port %2").arg(listener.address).arg(listener.port));
            !waited)
            return fail(waited.error());
    }

    // For posttls-finger and other tools that read resolv.conf (run them in `unshare -m` with this file
    // bind-mounted over /etc/resolv.conf). glibc drops the AD bit without trust-ad.
    if (auto written = writeFileAtomically(
            m_paths.resolvConf(), QStringLiteral("nameserver %1\noptions trust-ad\n").arg(plan->resolver()).toUtf8(),
            Overwrite);
        !written)
        return fail(written.error());

    state.processes = started;
    state.elapsedMs = timer.elapsed();
    if (auto written = state.write(m_paths.stateFile()); !written)
        return fail(written.error());
    return state;
}

} // namespace danewerk::core
