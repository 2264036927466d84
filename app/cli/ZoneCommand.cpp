#include "app/cli/Command.h"
#include "core/common/AtomicFile.h"
#include "core/common/TimeFormat.h"
#include "core/dns/DnsName.h"
#include "core/dnssec/BindKeyFile.h"
#include "core/dnssec/DnssecAlgorithm.h"
#include "core/dnssec/DsRecord.h"
#include "core/dnssec/ZoneSigner.h"
#include "core/dnssec/ZoneValidator.h"
#include "core/zone/ZoneLoader.h"
#include "core/zone/ZoneStatistics.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

using namespace danewerk::core;

namespace danewerk::cli {

namespace {
constexpr quint16 TypeDnskey = 48;
} // namespace

// `zone check | ds | sign | stats` (CLI.md): offline zone validation, DS generation, signing and statistics.
class ZoneCommand : public Command {
    Q_DECLARE_TR_FUNCTIONS(danewerk::ZoneCommand)
public:
    QString name() const override { return QStringLiteral("zone"); }
    QString summary() const override {
        return QCoreApplication::translate("danewerk::cli::ZoneCommand",
                                           "check, sign and describe zone files (DNSSEC)");
    }
    int run(const QStringList& args, Context& context) override;

private:
    int check(const QStringList& args, Context& context);
    int ds(const QStringList& args, Context& context);
    int sign(const QStringList& args, Context& context);
    int stats(const QStringList& args, Context& context);

    // Loads the zone or prints "file:line:column: cause" and returns nothing (the caller exits 2).
    std::optional<Zone> load(const QString& path, const QString& origin, Context& context);
    static int inputError(Context& context, const Error& error);
    static void printFinding(Context& context, const Finding& finding);
};

int ZoneCommand::run(const QStringList& args, Context& context) {
    const std::vector<std::pair<QString, QString>> subcommands = {
        {QStringLiteral("check"),
         QCoreApplication::translate("danewerk::cli::ZoneCommand", "parse and validate a zone (structure and DNSSEC)")},
        {QStringLiteral("ds"),
         QCoreApplication::translate("danewerk::cli::ZoneCommand", "DS records for the zone's SEP keys")},
        {QStringLiteral("sign"),
         QCoreApplication::translate("danewerk::cli::ZoneCommand",
                                     "sign a zone (NSEC or NSEC3), generating keys if none are given")},
        {QStringLiteral("stats"),
         QCoreApplication::translate("danewerk::cli::ZoneCommand",
                                     "counts per type, names, delegations, TTL and signature histograms")},
    };
    if (args.isEmpty() || args.first() == QLatin1String("--help") || args.first() == QLatin1String("-h"))
        return args.isEmpty() ? (printSubcommandHelp(context, name(), summary(), subcommands), ExitUsage)
                              : printSubcommandHelp(context, name(), summary(), subcommands);
    const QString sub = args.first();
    const QStringList rest = args.mid(1);
    if (sub == QLatin1String("check"))
        return check(rest, context);
    if (sub == QLatin1String("ds"))
        return ds(rest, context);
    if (sub == QLatin1String("sign"))
        return sign(rest, context);
    if (sub == QLatin1String("stats"))
        return stats(rest, context);
    return context.usageError(QCoreApplication::translate("danewerk::cli::ZoneCommand",
                                                          "unknown subcommand '%1' of zone (check, ds, sign, stats)")
                                  .arg(sub));
}

int ZoneCommand::inputError(Context& context, const Error& error) {
    *context.err << error.toString() << '\n';
    context.err->flush();
    return ExitUsage;
}

std::optional<Zone> ZoneCommand::load(const QString& path, const QString& origin, Context& context) {
    ZoneLoadOptions options;
    options.origin = origin;
    auto zone = ZoneLoader::loadFile(path, options);
    if (!zone) {
        inputError(context, zone.error());
        return std::nullopt;
    }
    return std::move(zone).value();
}

void ZoneCommand::printFinding(Context& context, const Finding& finding) {
    QTextStream& out = *context.out;
    QString place = finding.file;
    if (finding.line > 0)
        place += QLatin1Char(':') + QString::number(finding.line);
    const QString severity = severityName(finding.severity);
    out << (place.isEmpty() ? QString() : place + QStringLiteral(": ")) << context.paint(severity, severity) << ' '
        << finding.code << ' ' << finding.message;
    if (!finding.owner.isEmpty())
        out << " [" << finding.owner << (finding.type.isEmpty() ? QString() : QLatin1Char(' ') + finding.type) << ']';
    out << '\n';
    if (!finding.fix.isEmpty())
        out << "    " << QCoreApplication::translate("danewerk::cli::ZoneCommand", "fix:") << ' ' << finding.fix
            << (finding.rfc.isEmpty() ? QString() : QStringLiteral(" (") + finding.rfc + QLatin1Char(')')) << '\n';
}

int ZoneCommand::check(const QStringList& args, Context& context) {
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "danewerk::cli::ZoneCommand", "Parse and validate a zone file; exit 1 if an error finding exists."));
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 QCoreApplication::translate("danewerk::cli::ZoneCommand", "zone file"));
    const QCommandLineOption origin(
        QStringLiteral("origin"),
        QCoreApplication::translate("danewerk::cli::ZoneCommand", "zone origin (default: from the file)"),
        QCoreApplication::translate("danewerk::cli::ZoneCommand", "NAME"));
    const QCommandLineOption expiry(
        QStringLiteral("expiry-warning"),
        QCoreApplication::translate("danewerk::cli::ZoneCommand",
                                    "warn about signatures expiring within this time (default 7d)"),
        QCoreApplication::translate("danewerk::cli::ZoneCommand", "DURATION"), QStringLiteral("7d"));
    const QCommandLineOption cert(QStringLiteral("cert"),
                                  QCoreApplication::translate("danewerk::cli::ZoneCommand",
                                                              "check the TLSA records of HOST against a certificate"),
                                  QCoreApplication::translate("danewerk::cli::ZoneCommand", "HOST=FILE"));
    const QCommandLineOption dsFile(
        QStringLiteral("ds"),
        QCoreApplication::translate("danewerk::cli::ZoneCommand", "the parent's DS records, checked against the keys"),
        QCoreApplication::translate("danewerk::cli::ZoneCommand", "FILE"));
    parser.addOptions({origin, expiry, cert, dsFile});
    if (auto exit = parseCommandLine(parser, QStringLiteral("zone check"), args, context))
        return *exit;
    if (parser.positionalArguments().size() != 1)
        return context.usageError(
            QCoreApplication::translate("danewerk::cli::ZoneCommand", "zone check needs exactly one zone file"));
    const auto warning = parseDuration(parser.value(expiry));
    if (!warning)
        return context.usageError(
            QCoreApplication::translate("danewerk::cli::ZoneCommand", "invalid duration for --expiry-warning: %1")
                .arg(parser.value(expiry)));
    ValidationOptions options;
    options.now = context.now;
    options.expiryWarning = *warning;
    for (const QString& value : parser.values(cert)) {
        const qsizetype eq = value.indexOf(QLatin1Char('='));
        if (eq < 1 || eq == value.size() - 1)
            return context.usageError(
                QCoreApplication::translate("danewerk::cli::ZoneCommand", "--cert expects HOST=FILE, got '%1'")
                    .arg(value));
        options.certificates.append({value.left(eq), value.mid(eq + 1)});
    }
    const QString path = parser.positionalArguments().first();
    auto zone = load(path, parser.value(origin), context);
    if (!zone)
        return ExitUsage;
    if (parser.isSet(dsFile)) {
        auto records = ZoneValidator::loadDsFile(parser.value(dsFile), zone->originText());
        if (!records)
            return inputError(context, records.error());
        options.dsRecords = std::move(records).value();
    }
    const ZoneReport report = ZoneValidator::validateZone(*zone, options);
    const int exitCode = hasErrors(report.findings) ? ExitFailures : ExitOk;
    if (context.json) {
        context.printJson(QJsonDocument(report.toJson()));
        return exitCode;
    }
    QTextStream& out = *context.out;
    const auto row = [&](const QString& label, const QString& value) {
        out << label.leftJustified(12) << ' ' << value << '\n';
    };
    row(QCoreApplication::translate("danewerk::cli::ZoneCommand", "zone"), report.origin);
    row(QCoreApplication::translate("danewerk::cli::ZoneCommand", "records"), QString::number(report.records));
    row(QCoreApplication::translate("danewerk::cli::ZoneCommand", "signed"),
        report.isSigned ? QCoreApplication::translate("danewerk::cli::ZoneCommand", "yes")
                        : QCoreApplication::translate("danewerk::cli::ZoneCommand", "no"));
    row(QCoreApplication::translate("danewerk::cli::ZoneCommand", "denial"), report.nsec.toUpper());
    for (const ZoneKeyInfo& key : report.keys)
        row(QCoreApplication::translate("danewerk::cli::ZoneCommand", "key"),
            QStringLiteral("%1  %2 %3  flags %4  %5")
                .arg(key.tag, 5)
                .arg(key.algorithm, 2)
                .arg(DnssecAlgorithm::mnemonic(key.algorithm).leftJustified(16))
                .arg(key.flags)
                .arg(key.role));
    const SignatureCounts& s = report.signatures;
    row(QCoreApplication::translate("danewerk::cli::ZoneCommand", "signatures"),
        QCoreApplication::translate("danewerk::cli::ZoneCommand",
                                    "%1 total, %2 valid, %3 invalid, %4 expired, %5 not yet valid, %6 without key")
            .arg(s.total)
            .arg(s.valid)
            .arg(s.invalid)
            .arg(s.expired)
            .arg(s.notYetValid)
            .arg(s.noKey));
    qsizetype errors = 0, warnings = 0;
    for (const Finding& finding : report.findings) {
        errors += finding.severity == Severity::Error;
        warnings += finding.severity == Severity::Warning;
    }
    if (!report.findings.isEmpty())
        out << '\n';
    for (const Finding& finding : report.findings)
        printFinding(context, finding);
    out << '\n'
        << (errors
                ? context.paint(QCoreApplication::translate("danewerk::cli::ZoneCommand", "%1 errors, %2 warnings")
                                    .arg(errors)
                                    .arg(warnings),
                                QStringLiteral("error"))
                : context.paint(
                      QCoreApplication::translate("danewerk::cli::ZoneCommand", "no errors, %1 warnings").arg(warnings),
                      QStringLiteral("ok")))
        << '\n';
    out.flush();
    return exitCode;
}

int ZoneCommand::ds(const QStringList& args, Context& context) {
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("danewerk::cli::ZoneCommand", "DS records for the zone's SEP keys (flags 257)."));
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 QCoreApplication::translate("danewerk::cli::ZoneCommand", "zone file"));
    const QCommandLineOption digest(
        QStringLiteral("digest"),
        QCoreApplication::translate("danewerk::cli::ZoneCommand", "digest type: 2 (SHA-256, default) or 4 (SHA-384)"),
        QCoreApplication::translate("danewerk::cli::ZoneCommand", "TYPE"), QStringLiteral("2"));
    const QCommandLineOption origin(
        QStringLiteral("origin"),
        QCoreApplication::translate("danewerk::cli::ZoneCommand", "zone origin (default: from the file)"),
        QCoreApplication::translate("danewerk::cli::ZoneCommand", "NAME"));
    parser.addOptions({digest, origin});
    if (auto exit = parseCommandLine(parser, QStringLiteral("zone ds"), args, context))
        return *exit;
    if (parser.positionalArguments().size() != 1)
        return context.usageError(
            QCoreApplication::translate("danewerk::cli::ZoneCommand", "zone ds needs exactly one zone file"));
    const int digestType = parser.value(digest).toInt();
    if (digestType != 2 && digestType != 4)
        return context.usageError(
            QCoreApplication::translate("danewerk::cli::ZoneCommand", "--digest must be 2 (SHA-256) or 4 (SHA-384)"));
    auto zone = load(parser.positionalArguments().first(), parser.value(origin), context);
    if (!zone)
        return ExitUsage;
    QJsonArray records;
    QStringList lines;
    for (qsizetype i = 0; i < zone->recordCount(); ++i) {
        const ZoneRecord& record = zone->record(i);
        if (record.type != TypeDnskey || zone->ownerOf(record) != zone->origin())
            continue;
        const auto key = DnskeyRdata::parse(zone->rdata(record));
        if (!key || !key->isSep() || key->isRevoked() || !key->isZoneKey())
            continue;
        const auto ds = DsRecord::fromDnskey(zone->origin(), *key, digestType);
        if (!ds)
            continue;
        const QString owner = zone->originText();
        lines << QStringLiteral("%1 %2 IN DS %3").arg(owner).arg(record.ttl).arg(ds->rdataText());
        records.append(QJsonObject{{QStringLiteral("owner"), owner},
                                   {QStringLiteral("ttl"), qint64(record.ttl)},
                                   {QStringLiteral("tag"), ds->keyTag},
                                   {QStringLiteral("algorithm"), ds->algorithm},
                                   {QStringLiteral("digest_type"), ds->digestType},
                                   {QStringLiteral("digest"), QString::fromLatin1(ds->digest.toHex())},
                                   {QStringLiteral("record"), lines.last()}});
    }
    if (records.isEmpty()) {
        *context.err << QCoreApplication::translate("danewerk::cli::ZoneCommand",
                                                    "%1: no DNSKEY with the SEP flag (257) at the apex of %2.")
                            .arg(parser.positionalArguments().first(), zone->originText())
                     << '\n';
        context.err->flush();
        if (context.json)
            context.printJson(QJsonDocument(QJsonObject{{QStringLiteral("ds"), records}}));
        return ExitFailures;
    }
    if (context.json)
        context.printJson(QJsonDocument(QJsonObject{{QStringLiteral("ds"), records}}));
    else
        *context.out << lines.join(QLatin1Char('\n')) << '\n';
    context.out->flush();
    return ExitOk;
}

int ZoneCommand::sign(const QStringList& args, Context& context) {
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "danewerk::cli::ZoneCommand",
        "Sign a zone. Without --key, generate a CSK (or a KSK and a ZSK with --split) next to the output."));
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 QCoreApplication::translate("danewerk::cli::ZoneCommand", "unsigned zone file"));
    const QCommandLineOption out(QStringLiteral("out"),
                                 QCoreApplication::translate("danewerk::cli::ZoneCommand", "signed zone file to write"),
                                 QCoreApplication::translate("danewerk::cli::ZoneCommand", "FILE"));
    const QCommandLineOption key(
        QStringLiteral("key"),
        QCoreApplication::translate("danewerk::cli::ZoneCommand", "a BIND key file (K*.key or K*.private); repeatable"),
        QCoreApplication::translate("danewerk::cli::ZoneCommand", "FILE"));
    const QCommandLineOption algorithm(
        QStringLiteral("algorithm"),
        QCoreApplication::translate("danewerk::cli::ZoneCommand",
                                    "algorithm of generated keys: 8, 13 (default), 14 or 15"),
        QCoreApplication::translate("danewerk::cli::ZoneCommand", "N"), QStringLiteral("13"));
    const QCommandLineOption bits(
        QStringLiteral("bits"),
        QCoreApplication::translate("danewerk::cli::ZoneCommand", "RSA key size of generated keys (default 2048)"),
        QCoreApplication::translate("danewerk::cli::ZoneCommand", "N"), QStringLiteral("2048"));
    const QCommandLineOption split(
        QStringLiteral("split"),
        QCoreApplication::translate("danewerk::cli::ZoneCommand", "generate a KSK and a ZSK instead of a CSK"));
    const QCommandLineOption nsec3(
        QStringLiteral("nsec3"),
        QCoreApplication::translate("danewerk::cli::ZoneCommand", "NSEC3 (0 iterations, no salt) instead of NSEC"));
    const QCommandLineOption iterations(
        QStringLiteral("nsec3-iterations"),
        QCoreApplication::translate("danewerk::cli::ZoneCommand", "NSEC3 extra iterations (default 0, RFC 9276)"),
        QCoreApplication::translate("danewerk::cli::ZoneCommand", "N"), QStringLiteral("0"));
    const QCommandLineOption salt(
        QStringLiteral("nsec3-salt"),
        QCoreApplication::translate("danewerk::cli::ZoneCommand", "NSEC3 salt in hex (default none, RFC 9276)"),
        QCoreApplication::translate("danewerk::cli::ZoneCommand", "HEX"));
    const QCommandLineOption optOut(
        QStringLiteral("opt-out"),
        QCoreApplication::translate("danewerk::cli::ZoneCommand", "NSEC3 opt-out for insecure delegations"));
    const QCommandLineOption inception(
        QStringLiteral("inception"),
        QCoreApplication::translate("danewerk::cli::ZoneCommand", "signature inception (default: now - 1h)"),
        QCoreApplication::translate("danewerk::cli::ZoneCommand", "TIME"));
    const QCommandLineOption expiration(
        QStringLiteral("expiration"), QCoreApplication::translate("danewerk::cli::ZoneCommand", "signature expiration"),
        QCoreApplication::translate("danewerk::cli::ZoneCommand", "TIME"));
    const QCommandLineOption validity(
        QStringLiteral("validity"),
        QCoreApplication::translate("danewerk::cli::ZoneCommand", "signature validity from now (default 14d)"),
        QCoreApplication::translate("danewerk::cli::ZoneCommand", "DURATION"));
    const QCommandLineOption origin(
        QStringLiteral("origin"),
        QCoreApplication::translate("danewerk::cli::ZoneCommand", "zone origin (default: from the file)"),
        QCoreApplication::translate("danewerk::cli::ZoneCommand", "NAME"));
    const QCommandLineOption force(
        QStringLiteral("force"),
        QCoreApplication::translate("danewerk::cli::ZoneCommand", "replace existing output and key files"));
    parser.addOptions({out, key, algorithm, bits, split, nsec3, iterations, salt, optOut, inception, expiration,
                       validity, origin, force});
    if (auto exit = parseCommandLine(parser, QStringLiteral("zone sign"), args, context))
        return *exit;
    if (parser.positionalArguments().size() != 1)
        return context.usageError(
            QCoreApplication::translate("danewerk::cli::ZoneCommand", "zone sign needs exactly one zone file"));
    if (!parser.isSet(out))
        return context.usageError(
            QCoreApplication::translate("danewerk::cli::ZoneCommand", "zone sign needs --out FILE"));
    if (parser.isSet(expiration) && parser.isSet(validity))
        return context.usageError(QCoreApplication::translate("danewerk::cli::ZoneCommand",
                                                              "give either --expiration or --validity, not both"));
    if (parser.isSet(key) && (parser.isSet(split) || parser.isSet(algorithm)))
        return context.usageError(
            QCoreApplication::translate("danewerk::cli::ZoneCommand",
                                        "--split and --algorithm apply to generated keys; they do not mix with --key"));

    SigningOptions options;
    options.inception = context.now.addSecs(-3600);
    if (parser.isSet(inception)) {
        const auto when = parseInstant(parser.value(inception));
        if (!when)
            return context.usageError(
                QCoreApplication::translate("danewerk::cli::ZoneCommand", "invalid time for --inception: %1")
                    .arg(parser.value(inception)));
        options.inception = *when;
    }
    if (parser.isSet(expiration)) {
        const auto when = parseInstant(parser.value(expiration));
        if (!when)
            return context.usageError(
                QCoreApplication::translate("danewerk::cli::ZoneCommand", "invalid time for --expiration: %1")
                    .arg(parser.value(expiration)));
        options.expiration = *when;
    } else {
        const auto span = parseDuration(parser.isSet(validity) ? parser.value(validity) : QStringLiteral("14d"));
        if (!span || *span <= 0)
            return context.usageError(
                QCoreApplication::translate("danewerk::cli::ZoneCommand", "invalid duration for --validity: %1")
                    .arg(parser.value(validity)));
        options.expiration = context.now.addSecs(*span);
    }
    if (options.expiration <= options.inception)
        return context.usageError(
            QCoreApplication::translate("danewerk::cli::ZoneCommand", "the expiration must follow the inception"));
    options.nsec3 = parser.isSet(nsec3);
    bool ok = false;
    options.nsec3Iterations = parser.value(iterations).toInt(&ok);
    if (!ok || options.nsec3Iterations < 0 || options.nsec3Iterations > 65535)
        return context.usageError(
            QCoreApplication::translate("danewerk::cli::ZoneCommand", "invalid --nsec3-iterations: %1")
                .arg(parser.value(iterations)));
    if (parser.isSet(salt)) {
        const QString hex = parser.value(salt);
        if (hex != QLatin1String("-")) {
            options.nsec3Salt = QByteArray::fromHex(hex.toLatin1());
            if (options.nsec3Salt.toHex() != hex.toLower().toLatin1() || options.nsec3Salt.size() > 255)
                return context.usageError(
                    QCoreApplication::translate("danewerk::cli::ZoneCommand",
                                                "invalid --nsec3-salt (hex, at most 255 octets): %1")
                        .arg(hex));
        }
    }
    options.nsec3OptOut = parser.isSet(optOut);
    const int algorithmNumber = parser.value(algorithm).toInt();
    if (!DnssecAlgorithm::canSign(algorithmNumber))
        return context.usageError(
            QCoreApplication::translate("danewerk::cli::ZoneCommand", "--algorithm must be 8, 13, 14 or 15"));
    const int rsaBits = parser.value(bits).toInt();
    if (rsaBits < 1024 || rsaBits > 4096)
        return context.usageError(
            QCoreApplication::translate("danewerk::cli::ZoneCommand", "--bits must lie between 1024 and 4096"));

    const QString outPath = parser.value(out);
    const bool overwrite = parser.isSet(force);
    if (!overwrite && QFileInfo::exists(outPath))
        return inputError(context, Error{QStringLiteral("FILE_EXISTS"),
                                         QCoreApplication::translate("danewerk::cli::ZoneCommand",
                                                                     "%1 exists already; use --force to replace it.")
                                             .arg(outPath),
                                         outPath, 0, 0});
    auto zone = load(parser.positionalArguments().first(), parser.value(origin), context);
    if (!zone)
        return ExitUsage;

    QList<DnssecKey> keys;
    QStringList keyFiles;
    for (const QString& path : parser.values(key)) {
        auto loaded = BindKeyFile::read(path);
        if (!loaded)
            return inputError(context, loaded.error());
        if (!loaded->hasPrivateKey())
            return inputError(context, Error{QStringLiteral("KEY_NOT_PRIVATE"),
                                             QCoreApplication::translate(
                                                 "danewerk::cli::ZoneCommand",
                                                 "%1 has no .private file beside it; signing needs the private key.")
                                                 .arg(path),
                                             path, 0, 0});
        if (loaded->owner() != zone->origin().toByteArray())
            return inputError(context, Error{QStringLiteral("KEY_WRONG_ZONE"),
                                             QCoreApplication::translate("danewerk::cli::ZoneCommand",
                                                                         "%1 is a key of %2, not of %3.")
                                                 .arg(path, loaded->ownerText(), zone->originText()),
                                             path, 0, 0});
        keys << *loaded;
        keyFiles << path;
    }
    const bool generate = keys.isEmpty();
    if (generate) {
        const QList<quint16> flags = parser.isSet(split) ? QList<quint16>{257, 256} : QList<quint16>{257};
        for (quint16 f : flags) {
            auto generated = DnssecKey::generate(zone->origin(), algorithmNumber, f, context.now, rsaBits);
            if (!generated)
                return inputError(context, generated.error());
            keys << *generated;
        }
    }
    auto signedZone = ZoneSigner::sign(*zone, keys, options);
    if (!signedZone)
        return inputError(context, signedZone.error());

    if (generate) {
        const QString directory = QFileInfo(outPath).absolutePath();
        for (const DnssecKey& k : keys) {
            auto written = BindKeyFile::write(k, directory, overwrite);
            if (!written)
                return inputError(context, written.error());
            keyFiles << *written;
        }
    }
    auto written = writeFileAtomically(outPath, ZoneSigner::zoneText(*signedZone), {overwrite, false});
    if (!written)
        return inputError(context, written.error());

    qsizetype signatures = 0;
    for (const ZoneRecord& record : signedZone->records())
        signatures += record.type == 46;
    QJsonArray keyArray;
    for (int i = 0; i < keys.size(); ++i) {
        const DnssecKey& k = keys[i];
        const bool split2 = keys.size() > 1 && std::any_of(keys.begin(), keys.end(), [&](const DnssecKey& o) {
                                return o.algorithm() == k.algorithm() && o.isSep() != k.isSep();
                            });
        const QString role = !split2     ? QStringLiteral("CSK")
                             : k.isSep() ? QStringLiteral("KSK")
                                         : QStringLiteral("ZSK");
        keyArray.append(QJsonObject{{QStringLiteral("tag"), k.keyTag()},
                                    {QStringLiteral("algorithm"), k.algorithm()},
                                    {QStringLiteral("flags"), k.flags()},
                                    {QStringLiteral("role"), role},
                                    {QStringLiteral("file"), keyFiles.value(i)},
                                    {QStringLiteral("generated"), generate}});
    }
    const QJsonObject result{{QStringLiteral("origin"), zone->originText()},
                             {QStringLiteral("out"), outPath},
                             {QStringLiteral("records"), qint64(signedZone->recordCount())},
                             {QStringLiteral("signatures"), qint64(signatures)},
                             {QStringLiteral("nsec"), options.nsec3 ? QStringLiteral("nsec3") : QStringLiteral("nsec")},
                             {QStringLiteral("inception"), formatInstant(options.inception)},
                             {QStringLiteral("expiration"), formatInstant(options.expiration)},
                             {QStringLiteral("keys"), keyArray}};
    if (context.json) {
        context.printJson(QJsonDocument(result));
        return ExitOk;
    }
    QTextStream& o = *context.out;
    o << QCoreApplication::translate("danewerk::cli::ZoneCommand",
                                     "signed %1: %2 records, %3 signatures, %4, valid %5 to %6")
             .arg(zone->originText())
             .arg(signedZone->recordCount())
             .arg(signatures)
             .arg(options.nsec3 ? QStringLiteral("NSEC3") : QStringLiteral("NSEC"))
             .arg(formatInstant(options.inception), formatInstant(options.expiration))
      << '\n';
    for (const QJsonValue& value : keyArray) {
        const QJsonObject k = value.toObject();
        o << QStringLiteral("  %1 %2  %3 %4  %5")
                 .arg(k.value(QStringLiteral("role")).toString(), -3)
                 .arg(k.value(QStringLiteral("tag")).toInt(), 5)
                 .arg(k.value(QStringLiteral("algorithm")).toInt(), 2)
                 .arg(DnssecAlgorithm::mnemonic(k.value(QStringLiteral("algorithm")).toInt()).leftJustified(16))
                 .arg(k.value(QStringLiteral("file")).toString())
          << '\n';
    }
    o << QCoreApplication::translate("danewerk::cli::ZoneCommand", "written to %1").arg(outPath) << '\n';
    o.flush();
    return ExitOk;
}

int ZoneCommand::stats(const QStringList& args, Context& context) {
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "danewerk::cli::ZoneCommand", "Counts per type, names, delegations, TTL and signature-validity histograms."));
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 QCoreApplication::translate("danewerk::cli::ZoneCommand", "zone file"));
    const QCommandLineOption origin(
        QStringLiteral("origin"),
        QCoreApplication::translate("danewerk::cli::ZoneCommand", "zone origin (default: from the file)"),
        QCoreApplication::translate("danewerk::cli::ZoneCommand", "NAME"));
    parser.addOption(origin);
    if (auto exit = parseCommandLine(parser, QStringLiteral("zone stats"), args, context))
        return *exit;
    if (parser.positionalArguments().size() != 1)
        return context.usageError(
            QCoreApplication::translate("danewerk::cli::ZoneCommand", "zone stats needs exactly one zone file"));
    auto zone = load(parser.positionalArguments().first(), parser.value(origin), context);
    if (!zone)
        return ExitUsage;
    const ZoneStatistics statistics = computeZoneStatistics(*zone, context.now);
    if (context.json) {
        context.printJson(QJsonDocument(statistics.toJson()));
        return ExitOk;
    }
    QTextStream& out = *context.out;
    const auto row = [&](const QString& label, const QString& value) {
        out << label.leftJustified(24) << ' ' << value << '\n';
    };
    row(QCoreApplication::translate("danewerk::cli::ZoneCommand", "zone"), statistics.origin);
    row(QCoreApplication::translate("danewerk::cli::ZoneCommand", "records"), QString::number(statistics.records));
    row(QCoreApplication::translate("danewerk::cli::ZoneCommand", "RRsets"), QString::number(statistics.rrsets));
    row(QCoreApplication::translate("danewerk::cli::ZoneCommand", "names"), QString::number(statistics.names));
    row(QCoreApplication::translate("danewerk::cli::ZoneCommand", "empty non-terminals"),
        QString::number(statistics.emptyNonTerminals));
    row(QCoreApplication::translate("danewerk::cli::ZoneCommand", "delegations"),
        QCoreApplication::translate("danewerk::cli::ZoneCommand", "%1 (%2 secure)")
            .arg(statistics.delegations)
            .arg(statistics.secureDelegations));
    row(QCoreApplication::translate("danewerk::cli::ZoneCommand", "signatures"),
        QString::number(statistics.signatures));
    out << '\n' << QCoreApplication::translate("danewerk::cli::ZoneCommand", "records per type") << '\n';
    for (auto it = statistics.recordsPerType.begin(); it != statistics.recordsPerType.end(); ++it)
        out << "  " << it.key().leftJustified(12) << ' ' << QString::number(it.value()).rightJustified(10) << '\n';
    const auto histogram = [&](const QString& title, const QList<ZoneHistogramBucket>& buckets) {
        out << '\n' << title << '\n';
        for (const ZoneHistogramBucket& bucket : buckets) {
            const QString label = bucket.upTo < 0 ? QCoreApplication::translate("danewerk::cli::ZoneCommand", "longer")
                                                  : QStringLiteral("<= %1").arg(formatDuration(bucket.upTo));
            out << "  " << label.leftJustified(12) << ' ' << QString::number(bucket.count).rightJustified(10) << '\n';
        }
    };
    histogram(QCoreApplication::translate("danewerk::cli::ZoneCommand", "TTL"), statistics.ttlHistogram);
    if (statistics.signatures > 0) {
        histogram(QCoreApplication::translate("danewerk::cli::ZoneCommand", "signatures expiring"),
                  statistics.signatureExpiry);
        row(QCoreApplication::translate("danewerk::cli::ZoneCommand", "signatures not yet valid"),
            QString::number(statistics.signaturesNotYetValid));
    }
    out.flush();
    return ExitOk;
}

} // namespace danewerk::cli

using danewerk::cli::ZoneCommand;
DANEWERK_REGISTER_COMMAND(ZoneCommand, "zone")
