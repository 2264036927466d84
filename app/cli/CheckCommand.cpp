// danewerk-cli check: the live DANE-for-SMTP check of mail domains (CLI.md "check (live)").

#include "app/cli/Command.h"
#include "core/check/CheckObservations.h"
#include "core/check/DnsNames.h"
#include "core/checkrun/CheckRunner.h"
#include "core/common/AtomicFile.h"
#include "core/common/TimeFormat.h"
#include "core/dns/DnsClient.h"
#include "ui/render/DiagramExport.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFuture>
#include <QThreadPool>
#include <QUrl>
#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>
#include <optional>

namespace danewerk::cli {

namespace {

using namespace danewerk::core;

QString tr(const char* text) {
    return QCoreApplication::translate("danewerk::cli::CheckCommand", text);
}

// RFC 7218 mnemonics for the text output.
QString mnemonics(int usage, int selector, int mtype) {
    static const QStringList usages{"PKIX-TA", "PKIX-EE", "DANE-TA", "DANE-EE"};
    static const QStringList selectors{"Cert", "SPKI"};
    static const QStringList mtypes{"Full", "SHA2-256", "SHA2-512"};
    const auto pick = [](const QStringList& list, int value) {
        return value >= 0 && value < list.size() ? list[value] : QString::number(value);
    };
    return pick(usages, usage) + QLatin1Char(' ') + pick(selectors, selector) + QLatin1Char(' ') + pick(mtypes, mtype);
}

class CheckCommand final : public Command {
public:
    QString name() const override { return QStringLiteral("check"); }
    QString summary() const override { return tr("Check DANE for SMTP of mail domains, live, from the trust anchor."); }
    int run(const QStringList& args, Context& context) override;

private:
    void printText(const MailDomainResult& r, Context& context) const;
};

QString statusKind(const QString& status) {
    if (status == QLatin1String("authenticated") || status == QLatin1String("dane-authenticated"))
        return QStringLiteral("ok");
    if (status == QLatin1String("no-tlsa") || status == QLatin1String("insecure") ||
        status == QLatin1String("not-applicable") || status == QLatin1String("not-checked") ||
        status == QLatin1String("tlsa-unusable") || status == QLatin1String("no-mx"))
        return QStringLiteral("notice");
    return QStringLiteral("error");
}

void CheckCommand::printText(const MailDomainResult& r, Context& context) const {
    QTextStream& out = *context.out;
    out << context.paint(r.domain, QStringLiteral("bold")) << "  " << context.paint(r.verdict, statusKind(r.verdict))
        << "  " << tr("MX %1").arg(dnssecStateName(r.mxDnssec)) << '\n';
    for (const HostResult& h : r.hosts) {
        int usable = 0;
        for (const TlsaEntry& t : h.tlsa)
            usable += t.usable ? 1 : 0;
        out << "  " << QString::number(h.preference).rightJustified(3) << ' ' << h.name.leftJustified(30) << ' '
            << context.paint(addressStatusName(h.status).leftJustified(16), statusKind(addressStatusName(h.status)))
            << ' ' << tr("addresses %1").arg(dnssecStateName(h.dnssec)) << ", TLSA _25._tcp." << h.tlsaBase << ' '
            << (h.tlsaDnssec ? dnssecStateName(*h.tlsaDnssec) : QStringLiteral("absent"));
        if (!h.tlsa.isEmpty())
            out << ' ' << tr("(%1 usable of %2)").arg(usable).arg(h.tlsa.size());
        out << '\n';
        for (int i = 0; i < h.tlsa.size(); ++i) {
            const TlsaEntry& t = h.tlsa[i];
            out << "        [" << i << "] " << t.usage << ' ' << t.selector << ' ' << t.mtype << "  "
                << mnemonics(t.usage, t.selector, t.mtype).leftJustified(22) << ' '
                << QString::fromLatin1(t.data.toHex().left(24)) << (t.data.size() > 12 ? "..." : "") << "  "
                << (t.usable ? tr("usable") : tr("unusable")) << '\n';
        }
        for (const AddressResult& a : h.addresses) {
            out << "      " << a.address.leftJustified(28) << ' '
                << context.paint(addressStatusName(a.status), statusKind(addressStatusName(a.status)));
            if (!a.tlsVersion.isEmpty())
                out << "  " << a.tlsVersion << ' ' << a.cipher;
            else if (!a.detail.isEmpty())
                out << "  " << a.detail;
            out << '\n';
            const auto printChain = [&](const QList<CertificateSummary>& chain, bool alternate,
                                        const QString& keyType) {
                if (!keyType.isEmpty())
                    out << "          " << tr("%1 certificate:").arg(keyType) << '\n';
                for (const CertificateSummary& c : chain) {
                    out << "          " << tr("depth %1").arg(c.depth) << "  " << c.subject << "  "
                        << tr("until %1").arg(formatInstant(c.notAfter));
                    for (const TlsaMatchEntry& m : a.matched) {
                        if (m.depth != c.depth || m.alternate != alternate)
                            continue;
                        int index = -1;
                        for (int i = 0; i < h.tlsa.size(); ++i)
                            if (h.tlsa[i].data == m.data && h.tlsa[i].usage == m.usage && h.tlsa[i].mtype == m.mtype)
                                index = i;
                        out << "  "
                            << context.paint(
                                   tr("matched by [%1] %2 %3 %4").arg(index).arg(m.usage).arg(m.selector).arg(m.mtype),
                                   QStringLiteral("ok"));
                    }
                    out << '\n';
                }
            };
            printChain(a.chain, false, a.alternateChain.isEmpty() ? QString() : a.keyType);
            if (!a.alternateChain.isEmpty())
                printChain(a.alternateChain, true, a.alternateKeyType);
        }
    }
    for (const Finding& f : r.allFindings()) {
        const QString severity = severityName(f.severity);
        out << "  " << context.paint(severity, severity) << ' ' << f.code << ": " << f.message;
        if (!f.rfc.isEmpty())
            out << " (" << f.rfc << ')';
        out << '\n';
        if (!f.fix.isEmpty())
            out << "      " << tr("fix: %1").arg(f.fix) << '\n';
    }
    out << tr("  %1 ms").arg(r.elapsedMs) << "\n\n";
    out.flush();
}

int CheckCommand::run(const QStringList& args, Context& context) {
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    parser.addPositionalArgument(QStringLiteral("DOMAIN"), tr("Mail domains to check."), QStringLiteral("DOMAIN..."));
    const QCommandLineOption domainsOption(QStringLiteral("domains"), tr("Read domains from FILE, one per line."),
                                           QStringLiteral("FILE"));
    const QCommandLineOption resolverOption(
        QStringLiteral("resolver"), tr("Recursive resolver ADDR[#PORT] (repeatable; default /etc/resolv.conf)."),
        QStringLiteral("ADDR"));
    const QCommandLineOption anchorOption(QStringLiteral("trust-anchor"),
                                          tr("DS or DNSKEY records in zone format (default: the IANA root KSKs)."),
                                          QStringLiteral("FILE"));
    const QCommandLineOption portOption(QStringLiteral("smtp-port"),
                                        tr("Connect to port N (the TLSA owner stays _25._tcp)."), QStringLiteral("N"),
                                        QStringLiteral("25"));
    const QCommandLineOption ehloOption(QStringLiteral("ehlo"),
                                        tr("EHLO name (default: this machine's fully qualified name)."),
                                        QStringLiteral("NAME"));
    const QCommandLineOption v4Option(QStringLiteral("4"), tr("IPv4 only."));
    const QCommandLineOption v6Option(QStringLiteral("6"), tr("IPv6 only."));
    const QCommandLineOption timeoutOption(QStringLiteral("timeout"),
                                           tr("Seconds per DNS query and per SMTP dialogue (default 10)."),
                                           QStringLiteral("SECONDS"), QStringLiteral("10"));
    const QCommandLineOption jobsOption(QStringLiteral("jobs"), tr("Domains checked at once (default 8)."),
                                        QStringLiteral("N"), QStringLiteral("8"));
    const QCommandLineOption expiryOption(QStringLiteral("expiry-warning"),
                                          tr("Warn about signatures and certificates expiring within this time."),
                                          QStringLiteral("DURATION"), QStringLiteral("7d"));
    const QCommandLineOption failOnOption(QStringLiteral("fail-on"), tr("error (default) or warning."),
                                          QStringLiteral("LEVEL"), QStringLiteral("error"));
    const QCommandLineOption noSmtpOption(QStringLiteral("no-smtp"), tr("DNS only; no SMTP connections."));
    const QCommandLineOption saveOption(QStringLiteral("save"), tr("Write the raw observations to DIR."),
                                        QStringLiteral("DIR"));
    const QCommandLineOption replayOption(QStringLiteral("replay"),
                                          tr("Re-assess saved observations from DIR, offline."), QStringLiteral("DIR"));
    const QCommandLineOption forceOption(QStringLiteral("force"), tr("Overwrite files written by --save."));
    const QCommandLineOption diagramOption(QStringLiteral("diagram"),
                                           tr("Write DIR/<domain>.svg and DIR/<domain>.png chain diagrams."),
                                           QStringLiteral("DIR"));
    for (const auto* o : {&domainsOption, &resolverOption, &anchorOption, &portOption, &ehloOption, &v4Option,
                          &v6Option, &timeoutOption, &jobsOption, &expiryOption, &failOnOption, &noSmtpOption,
                          &saveOption, &replayOption, &forceOption, &diagramOption})
        parser.addOption(*o);
    if (const auto done = parseCommandLine(parser, QStringLiteral("check"), args, context))
        return *done;

    QStringList domains = parser.positionalArguments();
    if (parser.isSet(domainsOption)) {
        const auto bytes = readFileLimited(parser.value(domainsOption), 16 * 1024 * 1024);
        if (!bytes.ok())
            return context.usageError(bytes.error().toString());
        for (const QByteArray& line : bytes->split('\n')) {
            const QString d = QString::fromUtf8(line).trimmed();
            if (!d.isEmpty() && !d.startsWith(QLatin1Char('#')))
                domains << d;
        }
    }
    const bool replay = parser.isSet(replayOption);
    const QString replayDir = parser.value(replayOption);
    if (replay && domains.isEmpty())
        domains = CheckRunner::replayDomains(replayDir);
    if (domains.isEmpty())
        return context.usageError(tr("no domain given; try 'check --help'"));
    // Internationalised names are checked (and shown) as A-labels.
    for (QString& d : domains) {
        QString ascii = d;
        if (std::any_of(d.cbegin(), d.cend(), [](QChar c) { return c.unicode() > 127; }))
            ascii = QString::fromLatin1(QUrl::toAce(d.endsWith(QLatin1Char('.')) ? d.chopped(1) : d));
        if (ascii.isEmpty() || ascii.contains(QLatin1Char(' ')) || ascii.contains(QLatin1Char('/')) ||
            ascii.size() > 254)
            return context.usageError(tr("'%1' is not a domain name").arg(d));
        d = ascii;
    }

    // The CLI validates and explains its options; the check itself, live or replayed, with --save, runs
    // through CheckRunner like the GUI's.
    CheckRunSettings settings;
    // A replay decides at the recorded moment unless --now says otherwise.
    settings.now = replay && !context.nowGiven ? QDateTime() : context.now;
    bool ok = false;
    const uint port = parser.value(portOption).toUInt(&ok);
    if (!ok || port == 0 || port > 65535)
        return context.usageError(tr("--smtp-port: '%1' is not a port").arg(parser.value(portOption)));
    settings.smtpPort = quint16(port);
    const auto timeout = parseDuration(parser.value(timeoutOption));
    if (!timeout || *timeout <= 0 || *timeout > 3600)
        return context.usageError(tr("--timeout: '%1' is not a duration").arg(parser.value(timeoutOption)));
    settings.timeoutMs = int(*timeout * 1000);
    const int jobs = parser.value(jobsOption).toInt(&ok);
    if (!ok || jobs < 1 || jobs > 256)
        return context.usageError(tr("--jobs: give a number from 1 to 256"));
    const auto expiry = parseDuration(parser.value(expiryOption));
    if (!expiry)
        return context.usageError(tr("--expiry-warning: '%1' is not a duration").arg(parser.value(expiryOption)));
    settings.expiryWarningSeconds = *expiry;
    const QString failOn = parser.value(failOnOption);
    if (failOn != QLatin1String("error") && failOn != QLatin1String("warning"))
        return context.usageError(tr("--fail-on: error or warning"));
    if (parser.isSet(v4Option) && parser.isSet(v6Option))
        return context.usageError(tr("-4 and -6 exclude each other"));
    settings.ipv4 = !parser.isSet(v6Option);
    settings.ipv6 = !parser.isSet(v4Option);
    settings.smtp = !parser.isSet(noSmtpOption);
    settings.ehloName = parser.value(ehloOption);
    if (parser.isSet(anchorOption)) {
        const auto anchors = ValidationTrustAnchors::fromFile(parser.value(anchorOption));
        if (!anchors.ok())
            return context.usageError(anchors.error().toString());
        settings.trustAnchorFile = parser.value(anchorOption);
    }
    for (const QString& text : parser.values(resolverOption)) {
        const auto server = parseDnsServerAddress(text);
        if (!server.ok())
            return context.usageError(QStringLiteral("--resolver: ") + server.error().message);
        settings.resolvers << text;
    }
    if (settings.resolvers.isEmpty() && !replay && dnsServersFromResolvConf().isEmpty()) {
        *context.err << context.program << ": "
                     << tr("no resolver configured (/etc/resolv.conf has none; use --resolver)") << '\n';
        return ExitEnvironment;
    }
    const bool force = parser.isSet(forceOption);
    if (parser.isSet(saveOption)) {
        settings.saveDir = parser.value(saveOption);
        settings.overwriteSaved = force;
        if (!QDir().mkpath(settings.saveDir))
            return context.usageError(tr("--save: cannot create %1").arg(settings.saveDir));
        // Refused before anything runs, so nothing is written.
        for (const QString& d : std::as_const(domains)) {
            const QString path = QDir(settings.saveDir).filePath(CheckObservations::fileNameFor(normalizedName(d)));
            if (!force && QFileInfo::exists(path))
                return context.usageError(tr("--save: %1 exists (use --force to overwrite)").arg(path));
        }
    }
    if (replay)
        settings.replayDir = replayDir;
    const auto runner = CheckRunner::create(settings);
    if (!runner.ok())
        return context.usageError(runner.error().message);

    // Replay input is read before anything runs, so an unreadable file is a usage error with nothing written.
    QHash<QString, CheckObservations> saved;
    if (replay) {
        for (const QString& d : std::as_const(domains)) {
            const auto observations = runner->readObservations(d);
            if (!observations.ok())
                return context.usageError(observations.error().toString());
            saved.insert(normalizedName(d), *observations);
        }
    }

    std::atomic<bool> saveFailed{false};
    QString saveError;
    std::mutex saveMutex;
    const auto checkOne = [&](const QString& domain) -> std::optional<MailDomainResult> {
        const QString name = normalizedName(domain);
        const auto result = replay ? runner->replay(*saved.constFind(name), name) : runner->run(name);
        if (result.ok())
            return *result;
        // Only writing the observations can fail here (nothing cancels a CLI run): no line for this domain.
        std::lock_guard lock(saveMutex);
        saveFailed = true;
        saveError = result.error().toString();
        return std::nullopt;
    };
    QThreadPool pool;
    pool.setMaxThreadCount(jobs);
    // Domains run --jobs at a time; each line is printed as soon as it and all before it are done, so a long
    // list streams in the order given.
    QFuture<std::optional<MailDomainResult>> results = QtConcurrent::mapped(&pool, domains, checkOne);

    bool failures = false;
    bool warnings = false;
    bool anyAnswer = false;
    bool stripped = false;
    int attempts = 0;
    int timeouts = 0;
    for (int i = 0; i < domains.size(); ++i) {
        const std::optional<MailDomainResult> run = results.resultAt(i);
        if (!run)
            continue;
        const MailDomainResult& r = *run;
        if (context.json)
            context.printJsonLine(r.toJson());
        else
            printText(r, context);
        static const QStringList failing{"dane-partial", "dane-failed", "dnssec-bogus", "unresolved", "unreachable"};
        failures = failures || failing.contains(r.verdict) || hasErrors(r.allFindings());
        for (const Finding& f : r.allFindings())
            warnings = warnings || f.severity == Severity::Warning;
        anyAnswer = anyAnswer || r.resolverAnswered;
        stripped = stripped || r.dnssecStripped;
        attempts += r.connectAttempts;
        timeouts += r.connectTimeouts;
    }
    for (const std::optional<MailDomainResult>& r : results) {
        if (!parser.isSet(diagramOption))
            break;
        if (!r)
            continue;
        if (const auto drawn = render::DiagramExport::writeForResult(parser.value(diagramOption), r->toJson(), force);
            !drawn.ok()) {
            saveFailed = true;
            saveError = drawn.error().message;
        }
    }
    if (saveFailed) {
        *context.err << context.program << ": " << saveError << '\n';
        return ExitUsage;
    }
    // The environment checks hold for a replay too: it re-assesses what the live run saw.
    if (!anyAnswer) {
        *context.err << context.program << ": " << tr("no resolver answered") << '\n';
        return ExitEnvironment;
    }
    if (stripped) {
        *context.err
            << context.program << ": "
            << tr("the resolver strips DNSSEC records (no RRSIGs): use a DNSSEC-aware resolver (RFC 7672 2.1.1)")
            << '\n';
        return ExitEnvironment;
    }
    if (attempts > 0 && timeouts == attempts) {
        *context.err << context.program << ": " << tr("outbound port 25 appears blocked from this machine") << '\n';
        return ExitEnvironment;
    }
    if (failures || (failOn == QLatin1String("warning") && warnings))
        return ExitFailures;
    return ExitOk;
}

} // namespace

} // namespace danewerk::cli

using danewerk::cli::CheckCommand;
DANEWERK_REGISTER_COMMAND(CheckCommand, "check")
