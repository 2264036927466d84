#include "app/cli/Command.h"
#include "core/check/LiveTlsaLookup.h"
#include "core/common/AtomicFile.h"
#include "core/common/TimeFormat.h"
#include "core/dns/DnsServerAddress.h"
#include "core/tlsa/CertificateMaterial.h"
#include "core/tlsa/TlsaGenerator.h"
#include "core/tlsa/TlsaMatcher.h"
#include "core/tlsa/TlsaParameters.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace danewerk::cli {

using namespace danewerk::core;

// `danewerk-cli tlsa create|verify`: TLSA records from certificates and keys, and the offline pre-flight
// "will this certificate still pass DANE?" (../shared/spec/CLI.md).
class TlsaCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(danewerk::cli::TlsaCommand)

public:
    [[nodiscard]] QString name() const override { return QStringLiteral("tlsa"); }
    [[nodiscard]] QString summary() const override {
        return tr("create TLSA records and check a certificate against them (DANE)");
    }

    int run(const QStringList& args, Context& context) override {
        const std::vector<std::pair<QString, QString>> subcommands{
            {QStringLiteral("create"), tr("make TLSA records from certificates, chains, keys or CSRs")},
            {QStringLiteral("verify"), tr("check a certificate or chain against TLSA records (pre-flight)")},
        };
        if (args.isEmpty() || args.front() == QLatin1String("--help") || args.front() == QLatin1String("-h") ||
            args.front() == QLatin1String("help")) {
            printSubcommandHelp(context, name(), summary(), subcommands);
            return args.isEmpty() ? ExitUsage : ExitOk;
        }
        const QString subcommand = args.front();
        if (subcommand == QLatin1String("create"))
            return create(args.mid(1), context);
        if (subcommand == QLatin1String("verify"))
            return verify(args.mid(1), context);
        return context.usageError(tr("unknown subcommand 'tlsa %1'; try 'tlsa --help'").arg(subcommand));
    }

private:
    static void printFindings(QTextStream& stream, const Context& context, const Findings& findings) {
        for (const Finding& f : findings) {
            const QString severity = severityName(f.severity);
            stream << "  " << context.paint(severity.leftJustified(8), severity) << ' ' << f.code << ": " << f.message;
            if (!f.rfc.isEmpty())
                stream << " (" << f.rfc << ')';
            stream << '\n';
            if (!f.fix.isEmpty())
                stream << "           " << tr("fix:") << ' ' << f.fix << '\n';
        }
    }

    // --usage/--selector/--mtype: numbers or RFC 7218 mnemonics.
    static std::optional<int> fieldOption(const QCommandLineParser& parser, const QCommandLineOption& option,
                                          std::optional<int> (*parse)(const QString&), int fallback) {
        if (!parser.isSet(option))
            return fallback;
        return parse(parser.value(option));
    }

    int create(const QStringList& args, Context& context) {
        QCommandLineParser parser;
        parser.setApplicationDescription(
            tr("Makes one TLSA record per FILE: a PEM or DER certificate, a PEM chain (leaf first, as in "
               "fullchain.pem), a public key, a private key (only its public half is used) or a PKCS#10 CSR."));
        const QCommandLineOption usage(QStringLiteral("usage"),
                                       tr("certificate usage: 0-3 or PKIX-TA, PKIX-EE, DANE-TA, DANE-EE (default 3)"),
                                       QStringLiteral("U"));
        const QCommandLineOption selector(QStringLiteral("selector"), tr("selector: 0, 1, Cert or SPKI (default 1)"),
                                          QStringLiteral("S"));
        const QCommandLineOption mtype(QStringLiteral("mtype"),
                                       tr("matching type: 0, 1, 2, Full, SHA2-256 or SHA2-512 (default 1)"),
                                       QStringLiteral("M"));
        const QCommandLineOption host(QStringLiteral("host"),
                                      tr("TLSA base domain (default: the certificate's first DNS name that is not "
                                         "a wildcard)"),
                                      QStringLiteral("HOST"));
        const QCommandLineOption port(QStringLiteral("port"), tr("port (default 25)"), QStringLiteral("PORT"),
                                      QStringLiteral("25"));
        const QCommandLineOption proto(QStringLiteral("proto"), tr("protocol (default tcp)"), QStringLiteral("PROTO"),
                                       QStringLiteral("tcp"));
        const QCommandLineOption ttl(QStringLiteral("ttl"), tr("TTL (default 3600)"), QStringLiteral("TTL"),
                                     QStringLiteral("3600"));
        const QCommandLineOption depth(QStringLiteral("depth"),
                                       tr("DANE-TA: which certificate of the chain (0 = leaf; default: the top CA)"),
                                       QStringLiteral("N"));
        const QCommandLineOption format(QStringLiteral("format"), tr("output: zone (default), rdata, nsupdate, json"),
                                        QStringLiteral("FORMAT"), QStringLiteral("zone"));
        parser.addOptions({usage, selector, mtype, host, port, proto, ttl, depth, format});
        parser.addPositionalArgument(QStringLiteral("FILE"), tr("certificate, chain, key or CSR"),
                                     QStringLiteral("FILE..."));
        if (const auto done = parseCommandLine(parser, QStringLiteral("tlsa create"), args, context))
            return *done;

        TlsaRequest request;
        const auto u = fieldOption(parser, usage, &parseUsage, 3);
        if (!u)
            return context.usageError(tr("--usage: '%1' is not a certificate usage").arg(parser.value(usage)));
        const auto s = fieldOption(parser, selector, &parseSelector, 1);
        if (!s)
            return context.usageError(tr("--selector: '%1' is not a selector").arg(parser.value(selector)));
        const auto m = fieldOption(parser, mtype, &parseMatchingType, 1);
        if (!m)
            return context.usageError(tr("--mtype: '%1' is not a matching type").arg(parser.value(mtype)));
        request.usage = *u;
        request.selector = *s;
        request.mtype = *m;
        request.host = parser.value(host);
        bool ok = false;
        request.port = parser.value(port).toInt(&ok);
        if (!ok || request.port < 1 || request.port > 65535)
            return context.usageError(tr("--port: '%1' is not a port number").arg(parser.value(port)));
        request.proto = parser.value(proto).toLower();
        const auto seconds = parseDuration(parser.value(ttl));
        if (!seconds || *seconds > 0x7fffffff)
            return context.usageError(tr("--ttl: '%1' is not a TTL").arg(parser.value(ttl)));
        request.ttl = static_cast<quint32>(*seconds);
        if (parser.isSet(depth)) {
            const int n = parser.value(depth).toInt(&ok);
            if (!ok || n < 0)
                return context.usageError(tr("--depth: '%1' is not a chain depth").arg(parser.value(depth)));
            request.depth = n;
        }
        const QString outputFormat = context.json ? QStringLiteral("json") : parser.value(format).toLower();
        static const QStringList formats{QStringLiteral("zone"), QStringLiteral("rdata"), QStringLiteral("nsupdate"),
                                         QStringLiteral("json")};
        if (!formats.contains(outputFormat))
            return context.usageError(
                tr("--format: '%1' is not one of zone, rdata, nsupdate, json").arg(parser.value(format)));
        request.requireHost = outputFormat != QLatin1String("rdata");
        const QStringList files = parser.positionalArguments();
        if (files.isEmpty())
            return context.usageError(tr("tlsa create needs at least one FILE; try 'tlsa create --help'"));

        QList<CertificateMaterial> materials;
        for (const QString& file : files) {
            auto material = CertificateLoader::loadFile(file);
            if (!material)
                return context.usageError(material.error().toString());
            materials << *material;
        }
        const auto generation = generateTlsaSet(materials, request);
        if (!generation)
            return context.usageError(generation.error().toString());

        QTextStream& out = *context.out;
        if (outputFormat == QLatin1String("json")) {
            context.printJson(QJsonDocument(tlsaGenerationToJson(generation->records, generation->findings)));
            return ExitOk;
        }
        if (outputFormat == QLatin1String("rdata"))
            out << formatTlsaRdata(generation->records);
        else if (outputFormat == QLatin1String("nsupdate"))
            out << formatTlsaNsupdate(generation->records);
        else
            out << formatTlsaZone(generation->records);
        out.flush();
        // The records go to stdout untouched (scripts paste them); what they mean goes to stderr.
        QTextStream& err = *context.err;
        for (const GeneratedTlsa& g : generation->records) {
            err << "; " << g.record.usage << ' ' << g.record.selector << ' ' << g.record.mtype << "  "
                << tlsaMnemonics(g.record.usage, g.record.selector, g.record.mtype) << "  " << g.source;
            if (!g.subject.isEmpty())
                err << ' '
                    << tr("(depth %1: %2, valid until %3)").arg(g.depth).arg(g.subject, formatInstant(g.notAfter));
            err << '\n';
        }
        if (!generation->findings.isEmpty()) {
            err << tr("Findings:") << '\n';
            printFindings(err, context, generation->findings);
        }
        err.flush();
        return ExitOk;
    }

    int verify(const QStringList& args, Context& context) {
        QCommandLineParser parser;
        parser.setApplicationDescription(
            tr("Pre-flight: does CERTFILE (a certificate or a chain, leaf first) pass against these TLSA records "
               "the way a DANE sender (RFC 7672) checks it? Exit 0 on a match, 1 otherwise."));
        const QCommandLineOption host(QStringLiteral("host"), tr("TLSA base domain, e.g. the MX host (required)"),
                                      QStringLiteral("HOST"));
        const QCommandLineOption port(QStringLiteral("port"), tr("port (default 25)"), QStringLiteral("PORT"),
                                      QStringLiteral("25"));
        const QCommandLineOption record(QStringLiteral("record"), tr("a TLSA record \"U S M HEX\" (repeatable)"),
                                        QStringLiteral("RECORD"));
        const QCommandLineOption records(QStringLiteral("records"),
                                         tr("a file of zone-file TLSA lines or \"U S M HEX\" lines"),
                                         QStringLiteral("FILE"));
        const QCommandLineOption extraName(QStringLiteral("name"),
                                           tr("a further DANE-TA reference name, e.g. the next-hop domain "
                                              "(repeatable)"),
                                           QStringLiteral("NAME"));
        const QCommandLineOption live(QStringLiteral("live"),
                                      tr("fetch the published TLSA records and validate them from the trust anchor"));
        const QCommandLineOption resolver(
            QStringLiteral("resolver"), tr("with --live: resolver ADDR[#PORT] (repeatable; default /etc/resolv.conf)"),
            QStringLiteral("ADDR"));
        const QCommandLineOption trustAnchor(QStringLiteral("trust-anchor"),
                                             tr("with --live: DS or DNSKEY records (default: the IANA root KSKs)"),
                                             QStringLiteral("FILE"));
        const QCommandLineOption timeout(QStringLiteral("timeout"),
                                         tr("with --live: seconds per DNS query (default 10)"),
                                         QStringLiteral("SECONDS"), QStringLiteral("10"));
        parser.addOptions({host, port, record, records, extraName, live, resolver, trustAnchor, timeout});
        parser.addPositionalArgument(QStringLiteral("CERTFILE"), tr("certificate or chain (PEM or DER)"));
        if (const auto done = parseCommandLine(parser, QStringLiteral("tlsa verify"), args, context))
            return *done;

        if (!parser.isSet(host))
            return context.usageError(tr("tlsa verify needs --host"));
        PreflightOptions options;
        options.host = parser.value(host);
        bool ok = false;
        options.port = parser.value(port).toInt(&ok);
        if (!ok || options.port < 1 || options.port > 65535)
            return context.usageError(tr("--port: '%1' is not a port number").arg(parser.value(port)));
        options.extraNames = parser.values(extraName);
        options.now = context.now;

        QList<TlsaRecord> tlsa;
        for (const QString& text : parser.values(record)) {
            const auto parsed = parseTlsaRecord(text);
            if (!parsed)
                return context.usageError(QStringLiteral("--record \"%1\": %2").arg(text, parsed.error().message));
            tlsa << *parsed;
        }
        for (const QString& file : parser.values(records)) {
            const auto bytes = readFileLimited(file, 4 * 1024 * 1024);
            if (!bytes) {
                Error error = bytes.error();
                error.file = file;
                return context.usageError(error.toString());
            }
            const auto parsed = parseTlsaRecords(QString::fromUtf8(*bytes), file);
            if (!parsed)
                return context.usageError(parsed.error().toString());
            tlsa << *parsed;
        }
        Findings liveFindings;
        if (parser.isSet(live)) {
            if (!tlsa.isEmpty())
                return context.usageError(tr("--live excludes --record and --records"));
            const auto fetched = fetchLive(parser.values(resolver), parser.value(trustAnchor), parser.value(timeout),
                                           tlsaOwnerName(options.host, options.port), context);
            if (fetched.exitCode)
                return *fetched.exitCode;
            if (!fetched.problem.code.isEmpty()) {
                TlsaPreflight unusable;
                unusable.verdict = TlsaVerdict::Unusable;
                unusable.findings = fetched.answer.findings;
                unusable.findings << fetched.problem;
                if (context.json)
                    context.printJson(QJsonDocument(unusable.toJson()));
                else
                    *context.out << tr("Result:") << ' '
                                 << context.paint(tlsaVerdictName(unusable.verdict), QStringLiteral("error")) << "\n  "
                                 << fetched.problem.code << ": " << fetched.problem.message << '\n';
                return ExitFailures;
            }
            tlsa = fetched.answer.records;
            liveFindings = fetched.answer.findings;
        }
        if (tlsa.isEmpty())
            return context.usageError(tr("tlsa verify needs --record, --records or --live"));
        const QStringList files = parser.positionalArguments();
        if (files.size() != 1)
            return context.usageError(tr("tlsa verify needs exactly one CERTFILE"));
        const auto material = CertificateLoader::loadFile(files.front());
        if (!material)
            return context.usageError(material.error().toString());
        if (!material->hasCertificates())
            return context.usageError(
                tr("%1: holds no certificate; tlsa verify needs the certificate or chain the server will present")
                    .arg(files.front()));

        TlsaPreflight result = verifyTlsa(material->chain, tlsa, options);
        result.findings = liveFindings + result.findings;
        if (context.json) {
            context.printJson(QJsonDocument(result.toJson()));
            return result.verdict == TlsaVerdict::Match ? ExitOk : ExitFailures;
        }
        printVerifyText(context, *material, tlsa, options, result);
        return result.verdict == TlsaVerdict::Match ? ExitOk : ExitFailures;
    }

    struct LiveFetch {
        std::optional<int> exitCode; // usage or environment error, already reported
        LiveTlsaAnswer answer;
        Finding problem; // set when the published RRset cannot be used
    };

    // `tlsa verify --live`: the published TLSA RRset, validated by the engine from the trust anchor.
    static LiveFetch fetchLive(const QStringList& resolverTexts, const QString& anchorFile, const QString& timeoutText,
                               const QString& owner, Context& context) {
        LiveFetch fetch;
        QList<DnsServerAddress> servers;
        for (const QString& text : resolverTexts) {
            const auto server = parseDnsServerAddress(text);
            if (!server) {
                fetch.exitCode = context.usageError(QStringLiteral("--resolver: ") + server.error().message);
                return fetch;
            }
            servers << *server;
        }
        if (servers.isEmpty())
            servers = dnsServersFromResolvConf();
        ValidationTrustAnchors anchors = ValidationTrustAnchors::ianaRoot();
        if (!anchorFile.isEmpty()) {
            const auto loaded = ValidationTrustAnchors::fromFile(anchorFile);
            if (!loaded) {
                fetch.exitCode = context.usageError(loaded.error().toString());
                return fetch;
            }
            anchors = *loaded;
        }
        const auto seconds = parseDuration(timeoutText);
        if (!seconds || *seconds <= 0 || *seconds > 3600) {
            fetch.exitCode = context.usageError(tr("--timeout: '%1' is not a duration").arg(timeoutText));
            return fetch;
        }
        fetch.answer = LiveTlsaLookup::fetch(owner, servers, anchors, context.now, int(*seconds * 1000));
        if (!fetch.answer.resolverAnswered || fetch.answer.dnssecStripped) {
            *context.err << context.program << ": "
                         << (fetch.answer.dnssecStripped ? tr("the resolver strips DNSSEC records (no RRSIGs)")
                                                         : tr("no resolver answered"))
                         << '\n';
            fetch.exitCode = ExitEnvironment;
            return fetch;
        }
        Finding& f = fetch.problem;
        f.severity = Severity::Error;
        f.owner = owner;
        f.type = QStringLiteral("TLSA");
        if (fetch.answer.state != DnssecState::Secure) {
            f.code = QStringLiteral("TLSA_NOT_SECURE");
            f.message = tr("The TLSA records at %1 are %2 (%3): DANE senders do not use them.")
                            .arg(owner, dnssecStateName(fetch.answer.state), fetch.answer.reason);
            f.rfc = QStringLiteral("RFC 7672 2.2");
            f.fix = tr("Sign the zone and make the chain of trust complete (DS at the parent).");
        } else if (!fetch.answer.exists) {
            f.code = QStringLiteral("TLSA_NONE");
            f.message = tr("No TLSA records are published at %1.").arg(owner);
            f.rfc = QStringLiteral("RFC 7672 2.2");
            f.fix = tr("Publish the records first (danewerk-cli tlsa create).");
        }
        return fetch;
    }

    static void printVerifyText(Context& context, const CertificateMaterial& material, const QList<TlsaRecord>& tlsa,
                                const PreflightOptions& options, const TlsaPreflight& result) {
        QTextStream& out = *context.out;
        const QString verdict = tlsaVerdictName(result.verdict);
        out << tr("Result:") << ' '
            << context.paint(verdict,
                             result.verdict == TlsaVerdict::Match ? QStringLiteral("ok") : QStringLiteral("error"))
            << "  (" << tlsaOwnerName(options.host, options.port) << ", "
            << tr("as of %1").arg(formatInstant(options.now)) << ")\n\n";
        out << tr("Chain:") << '\n';
        for (int depth = 0; depth < material.chain.size(); ++depth) {
            const CertificateInfo& c = material.chain[depth];
            out << "  " << depth << "  " << c.subject << "  [" << c.keyDescription << ", "
                << tr("valid %1 to %2").arg(formatInstant(c.notBefore), formatInstant(c.notAfter)) << "]\n";
        }
        out << '\n' << tr("Records:") << '\n';
        for (const TlsaRecord& r : tlsa) {
            QString status;
            const QString unusable = tlsaUnusableReason(r, options.port);
            if (!unusable.isEmpty()) {
                status = tr("unusable: %1").arg(unusable);
            } else {
                status = tr("no match");
                for (const TlsaMatch& m : result.matched) {
                    if (m.usage == r.usage && m.selector == r.selector && m.mtype == r.mtype &&
                        tlsaAssociationData(material.chain[m.depth].der, material.chain[m.depth].spkiDer, r.selector,
                                            r.mtype) == r.data) {
                        status = tr("matches depth %1").arg(m.depth);
                        break;
                    }
                }
            }
            const QString hex = QString::fromLatin1(r.data.toHex());
            out << "  " << r.usage << ' ' << r.selector << ' ' << r.mtype << "  "
                << tlsaMnemonics(r.usage, r.selector, r.mtype).leftJustified(22) << ' '
                << (hex.size() > 16 ? hex.left(16) + QStringLiteral("...") : hex) << "  " << status << '\n';
        }
        if (!result.findings.isEmpty()) {
            out << '\n' << tr("Findings:") << '\n';
            printFindings(out, context, result.findings);
        }
        out.flush();
    }
};

} // namespace danewerk::cli

using danewerk::cli::TlsaCommand;
DANEWERK_REGISTER_COMMAND(TlsaCommand, "tlsa")
