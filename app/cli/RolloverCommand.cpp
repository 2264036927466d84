// danewerk-cli rollover plan|check|export: the rollover planner and simulator (ROLLOVER.md, CLI.md).
#include "app/cli/Command.h"
#include "core/common/AtomicFile.h"
#include "core/common/TimeFormat.h"
#include "core/rollover/Exporters.h"
#include "core/rollover/MethodTemplates.h"
#include "core/rollover/OrderedJson.h"
#include "core/rollover/PlanJson.h"
#include "core/rollover/Presets.h"
#include "core/rollover/SafetyChecker.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QJsonDocument>

namespace danewerk::cli {

namespace {

using namespace danewerk::core;

QString tr(const char* text, const char* disambiguation = nullptr, int n = -1) {
    return QCoreApplication::translate("danewerk::cli", text, disambiguation, n);
}

// Reads and parses a plan file; on failure prints "file: path: cause" and gives ExitUsage.
std::optional<RolloverPlan> loadPlan(const QString& path, Context& context, int& exitCode) {
    auto bytes = readFileLimited(path, PlanJson::kMaxBytes);
    if (!bytes) {
        exitCode = context.usageError(
            bytes.error().toString().isEmpty() ? path : path + QStringLiteral(": ") + bytes.error().message);
        return std::nullopt;
    }
    auto plan = PlanJson::read(*bytes, path);
    if (!plan) {
        exitCode = context.usageError(plan.error().toString());
        return std::nullopt;
    }
    return std::move(plan).value();
}

// Writes to --out atomically (refusing to overwrite without --force) or to stdout.
int writeOutput(const QByteArray& bytes, const QString& out, bool force, Context& context) {
    if (out.isEmpty() || out == QLatin1String("-")) {
        *context.out << QString::fromUtf8(bytes);
        context.out->flush();
        return ExitOk;
    }
    const auto written = writeFileAtomically(out, bytes, WriteOptions{force, false});
    if (!written) {
        if (written.error().code == QLatin1String("FILE_EXISTS"))
            return context.usageError(tr("%1 exists; use --force to replace it").arg(out));
        return context.usageError(out + QStringLiteral(": ") + written.error().message);
    }
    return ExitOk;
}

QString timeText(const RolloverPlan& plan, RolloverSeconds t) {
    if (!isBounded(t))
        return t < 0 ? QStringLiteral("-inf") : QStringLiteral("+inf");
    QString text = QString::number(t) + QStringLiteral(" (") + formatOffset(t) + QLatin1Char(')');
    if (plan.origin)
        text += QLatin1Char(' ') + formatInstant(plan.origin->addSecs(t));
    return text;
}

void printReportText(const RolloverPlan& plan, const SafetyReport& report, Context& context) {
    QTextStream& out = *context.out;
    QStringList profiles;
    for (ValidationProfile p : report.profiles)
        profiles << validationProfileName(p);
    out << context.paint(tr("Rollover check of %1 (%2)").arg(plan.zone, profiles.join(QStringLiteral(", "))),
                         QStringLiteral("bold"))
        << '\n';
    out << (report.safe()
                ? context.paint(tr("SAFE: no resolver can see a bogus answer or defer mail."), QStringLiteral("ok"))
                : context.paint(tr("UNSAFE: %n window(s) found.", nullptr, int(report.windows.size())),
                                QStringLiteral("error")))
        << "\n\n";
    if (!report.windows.isEmpty()) {
        out << QStringLiteral("%1  %2  %3  %4  %5  %6\n")
                   .arg(tr("status").leftJustified(8), tr("profile").leftJustified(10), tr("rrset").leftJustified(6),
                        tr("from").leftJustified(22), tr("to").leftJustified(22), tr("length"));
        for (const SafetyWindow& w : report.windows) {
            const QString length = isBounded(w.from) && isBounded(w.to) ? formatOffset(w.length()) : tr("unbounded");
            const QString from = isBounded(w.from) ? QString::number(w.from) + QStringLiteral(" (") +
                                                         formatOffset(w.from) + QLatin1Char(')')
                                                   : QStringLiteral("-inf");
            const QString to =
                isBounded(w.to) ? QString::number(w.to) + QStringLiteral(" (") + formatOffset(w.to) + QLatin1Char(')')
                                : QStringLiteral("+inf");
            out << context.paint(w.status.leftJustified(8), w.status == QLatin1String("bogus")
                                                                ? QStringLiteral("error")
                                                                : QStringLiteral("warning"))
                << "  " << validationProfileName(w.profile).leftJustified(10) << "  "
                << rrsetClassName(w.rrset).leftJustified(6) << "  " << from.leftJustified(22) << "  "
                << to.leftJustified(22) << "  " << length << '\n';
            for (const WitnessEntry& e : w.witness) {
                out << "    "
                    << tr("witness: %1 %2 published %3, master until %4, cached until %5")
                           .arg(e.rrset, QLatin1Char('{') + e.content.join(QStringLiteral(", ")) + QLatin1Char('}'),
                                timeText(plan, e.published), timeText(plan, e.masterUntil),
                                timeText(plan, e.cachedUntil))
                    << '\n';
            }
            out << "    " << tr("fix: %1").arg(w.fix.sentence) << '\n';
        }
        out << '\n';
    }
    for (const Finding& f : report.warnings) {
        out << context.paint(severityName(f.severity),
                             f.severity == Severity::Warning ? QStringLiteral("warning") : QStringLiteral("notice"))
            << ' ' << f.code << ": " << f.message;
        if (!f.rfc.isEmpty())
            out << " (" << f.rfc << ')';
        out << '\n';
        if (!f.fix.isEmpty())
            out << "    " << tr("fix: %1").arg(f.fix) << '\n';
    }
    out.flush();
}

int runPlan(const QStringList& args, Context& context) {
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Print a rollover plan (JSON) with every event at its earliest safe time."));
    const QCommandLineOption method(QStringLiteral("method"),
                                    tr("Method: %1.").arg(MethodTemplates::ids().join(QStringLiteral(", "))),
                                    QStringLiteral("ID"));
    const QCommandLineOption preset(
        QStringLiteral("preset"), tr("Parameter preset: %1.").arg(RolloverPresets::names().join(QStringLiteral(", "))),
        QStringLiteral("NAME"));
    const QCommandLineOption param(
        QStringLiteral("param"),
        tr("Override a parameter (repeatable): %1.").arg(RolloverParameters::names().join(QStringLiteral(", "))),
        QStringLiteral("NAME=DURATION"));
    const QCommandLineOption algorithm(QStringLiteral("algorithm"),
                                       tr("Algorithm (N), or OLD:NEW for algorithm rollovers (default 8:13)."),
                                       QStringLiteral("ALG"));
    const QCommandLineOption origin(QStringLiteral("origin"), tr("Absolute UTC time of t = 0 (ISO 8601)."),
                                    QStringLiteral("TIME"));
    const QCommandLineOption zone(QStringLiteral("zone"), tr("Zone name (default example.)."), QStringLiteral("NAME"));
    const QCommandLineOption out(QStringLiteral("out"), tr("Write the plan to FILE instead of stdout."),
                                 QStringLiteral("FILE"));
    const QCommandLineOption force(QStringLiteral("force"), tr("Replace an existing output file."));
    parser.addOptions({method, preset, param, algorithm, origin, zone, out, force});
    if (auto exit = parseCommandLine(parser, QStringLiteral("rollover plan"), args, context))
        return *exit;
    if (!parser.positionalArguments().isEmpty())
        return context.usageError(tr("rollover plan takes no arguments"));
    if (!parser.isSet(method))
        return context.usageError(
            tr("--method is required (%1)").arg(MethodTemplates::ids().join(QStringLiteral(", "))));
    const QString id = parser.value(method);
    if (!MethodTemplates::ids().contains(id))
        return context.usageError(
            tr("unknown method %1 (known: %2)").arg(id, MethodTemplates::ids().join(QStringLiteral(", "))));

    RolloverParameters parameters;
    TemplateOptions options;
    if (parser.isSet(preset)) {
        auto p = RolloverPresets::parameters(parser.value(preset));
        if (!p)
            return context.usageError(p.error().message);
        parameters = *p;
        options.preset = parser.value(preset);
    }
    for (const QString& assignment : parser.values(param)) {
        const qsizetype eq = assignment.indexOf(QLatin1Char('='));
        if (eq <= 0)
            return context.usageError(tr("--param takes NAME=DURATION, not \"%1\"").arg(assignment));
        QString error;
        if (!parameters.setFromText(assignment.left(eq).trimmed(), assignment.mid(eq + 1).trimmed(), &error))
            return context.usageError(error);
    }
    if (parser.isSet(algorithm)) {
        const QStringList parts = parser.value(algorithm).split(QLatin1Char(':'));
        QList<int> numbers;
        for (const QString& part : parts) {
            bool ok = false;
            const int n = part.trimmed().toInt(&ok);
            if (!ok || n < 1 || n > 255)
                return context.usageError(tr("--algorithm takes N or OLD:NEW with numbers from 1 to 255"));
            numbers << n;
        }
        const bool rollover = MethodTemplates::isAlgorithmRollover(id);
        if (numbers.size() == 2 && rollover) {
            options.oldAlgorithm = numbers[0];
            options.newAlgorithm = numbers[1];
            if (numbers[0] == numbers[1])
                return context.usageError(tr("an algorithm rollover needs two different algorithms"));
        } else if (numbers.size() == 1 && !rollover) {
            options.algorithm = numbers[0];
        } else {
            return context.usageError(rollover ? tr("%1 takes --algorithm OLD:NEW").arg(id)
                                               : tr("%1 keeps one algorithm: --algorithm N").arg(id));
        }
    }
    if (parser.isSet(origin)) {
        const auto t = parseInstant(parser.value(origin));
        if (!t)
            return context.usageError(tr("--origin: not an ISO 8601 UTC time: %1").arg(parser.value(origin)));
        options.origin = *t;
    }
    if (parser.isSet(zone)) {
        QString name = parser.value(zone).trimmed().toLower();
        if (name.isEmpty())
            return context.usageError(tr("--zone: empty name"));
        if (!name.endsWith(QLatin1Char('.')))
            name += QLatin1Char('.');
        options.zone = name;
    }
    auto generated = MethodTemplates::generate(id, parameters, options);
    if (!generated)
        return context.usageError(generated.error().message);
    return writeOutput(PlanJson::write(generated->plan), parser.value(out), parser.isSet(force), context);
}

int runCheck(const QStringList& args, Context& context) {
    QCommandLineParser parser;
    parser.setApplicationDescription(tr(
        "Prove a plan against the worst-case resolver cache model: exit 1 when any bogus or deferred window exists."));
    const QCommandLineOption profile(QStringLiteral("profile"),
                                     tr("Validator profile (repeatable): liberal, strict-ds, strict-all."),
                                     QStringLiteral("PROFILE"));
    parser.addOptions({profile});
    parser.addPositionalArgument(QStringLiteral("PLAN.json"), tr("The plan file."));
    if (auto exit = parseCommandLine(parser, QStringLiteral("rollover check"), args, context))
        return *exit;
    if (parser.positionalArguments().size() != 1)
        return context.usageError(tr("rollover check takes one plan file"));
    QList<ValidationProfile> profiles;
    for (const QString& name : parser.values(profile)) {
        const auto p = validationProfileFromName(name);
        if (!p)
            return context.usageError(tr("unknown profile %1 (liberal, strict-ds, strict-all)").arg(name));
        if (!profiles.contains(*p))
            profiles << *p;
    }
    if (profiles.isEmpty())
        profiles << ValidationProfile::Liberal;
    int exitCode = ExitOk;
    const auto plan = loadPlan(parser.positionalArguments().first(), context, exitCode);
    if (!plan)
        return exitCode;
    const SafetyReport report = SafetyChecker::check(*plan, profiles);
    if (context.json) {
        *context.out << QString::fromUtf8(orderedJson(report.toJson(), safetyReportKeyOrder()));
        context.out->flush();
    } else
        printReportText(*plan, report, context);
    return report.safe() ? ExitOk : ExitFailures;
}

int runExport(const QStringList& args, Context& context) {
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Export a plan as an ICS calendar, an operator runbook, or a BIND or Knot policy."));
    const QCommandLineOption format(QStringLiteral("format"), tr("ics, runbook, bind or knot."),
                                    QStringLiteral("FORMAT"));
    const QCommandLineOption out(QStringLiteral("out"), tr("Write to FILE instead of stdout."), QStringLiteral("FILE"));
    const QCommandLineOption force(QStringLiteral("force"), tr("Replace an existing output file."));
    const QCommandLineOption origin(QStringLiteral("origin"), tr("Absolute UTC time of t = 0 when the plan has none."),
                                    QStringLiteral("TIME"));
    parser.addOptions({format, out, force, origin});
    parser.addPositionalArgument(QStringLiteral("PLAN.json"), tr("The plan file."));
    if (auto exit = parseCommandLine(parser, QStringLiteral("rollover export"), args, context))
        return *exit;
    if (parser.positionalArguments().size() != 1)
        return context.usageError(tr("rollover export takes one plan file"));
    const auto kind = RolloverExporters::formatFromName(parser.value(format));
    if (!kind)
        return context.usageError(tr("--format must be ics, runbook, bind or knot"));
    int exitCode = ExitOk;
    auto plan = loadPlan(parser.positionalArguments().first(), context, exitCode);
    if (!plan)
        return exitCode;
    if (parser.isSet(origin)) {
        const auto t = parseInstant(parser.value(origin));
        if (!t)
            return context.usageError(tr("--origin: not an ISO 8601 UTC time: %1").arg(parser.value(origin)));
        plan->origin = *t;
    }
    QByteArray bytes;
    switch (*kind) {
    case ExportFormat::Ics: {
        auto ics = RolloverExporters::ics(*plan);
        if (!ics)
            return context.usageError(ics.error().message);
        bytes = *ics;
        break;
    }
    case ExportFormat::Runbook:
        bytes = RolloverExporters::runbook(*plan, SafetyChecker::check(*plan));
        break;
    case ExportFormat::Bind:
        bytes = RolloverExporters::bindPolicy(*plan);
        break;
    case ExportFormat::Knot:
        bytes = RolloverExporters::knotPolicy(*plan);
        break;
    }
    return writeOutput(bytes, parser.value(out), parser.isSet(force), context);
}

} // namespace

class RolloverCommand : public Command {
    Q_DECLARE_TR_FUNCTIONS(danewerk::cli::RolloverCommand)

public:
    QString name() const override { return QStringLiteral("rollover"); }
    QString summary() const override {
        return tr("Plan, simulate and prove DNSSEC and TLSA key rollovers against resolver caches.");
    }
    int run(const QStringList& args, Context& context) override {
        const QString sub = args.value(0);
        const QStringList rest = args.mid(1);
        if (sub == QLatin1String("plan"))
            return runPlan(rest, context);
        if (sub == QLatin1String("check"))
            return runCheck(rest, context);
        if (sub == QLatin1String("export"))
            return runExport(rest, context);
        const std::vector<std::pair<QString, QString>> subcommands = {
            {QStringLiteral("plan"), tr("print a plan with every event at its earliest safe time")},
            {QStringLiteral("check"), tr("find every bogus or deferred window, with witness and fix")},
            {QStringLiteral("export"), tr("ICS calendar, runbook, BIND or Knot policy")},
        };
        if (sub.isEmpty() || sub == QLatin1String("--help") || sub == QLatin1String("-h") ||
            sub == QLatin1String("help"))
            return printSubcommandHelp(context, name(), summary(), subcommands);
        return context.usageError(tr("unknown subcommand %1; try 'rollover --help'").arg(sub));
    }
};

} // namespace danewerk::cli

using danewerk::cli::RolloverCommand;
DANEWERK_REGISTER_COMMAND(RolloverCommand, "rollover")
