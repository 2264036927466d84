// danewerk-cli lab: the workshop lab (up, down, status, scenarios, reset, reload).
#include "app/cli/Command.h"
#include "app/cli/LabSmtpServe.h"
#include "core/lab/LabScenarioCatalog.h"
#include "core/lab/WorkshopLab.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace danewerk::cli {

namespace {

using core::LabState;
using core::WorkshopLab;

int exitFor(const core::Error& error, Context& context) {
    *context.err << context.program << ": " << error.message << '\n';
    context.err->flush();
    if (error.code == u"LAB_BASE_INVALID" || error.code == u"LAB_SCENARIO_UNKNOWN")
        return ExitUsage;
    return ExitEnvironment;
}

void printState(const LabState& state, Context& context, bool afterUp) {
    QTextStream& out = *context.out;
    const bool running = WorkshopLab::isRunning(state);
    if (afterUp && state.alreadyRunning)
        out << context.paint(
                   QCoreApplication::translate("danewerk::cli::LabCommand", "The lab is already running in %1.")
                       .arg(state.directory),
                   QStringLiteral("ok"))
            << '\n';
    else if (afterUp)
        out << context.paint(QCoreApplication::translate("danewerk::cli::LabCommand", "The lab is up in %1 (%2 s).")
                                 .arg(state.directory)
                                 .arg(double(state.elapsedMs) / 1000.0, 0, 'f', 1),
                             QStringLiteral("ok"))
            << '\n';
    else
        out << (running ? context.paint(
                              QCoreApplication::translate("danewerk::cli::LabCommand", "The lab is running in %1.")
                                  .arg(state.directory),
                              QStringLiteral("ok"))
                        : context.paint(
                              QCoreApplication::translate("danewerk::cli::LabCommand", "The lab is not running (%1).")
                                  .arg(state.directory),
                              QStringLiteral("warning")))
            << '\n';
    if (!running && !afterUp) {
        out.flush();
        return;
    }
    const auto row = [&](const QString& label, const QString& value) {
        out << "  " << label.leftJustified(22) << ' ' << value << '\n';
    };
    row(QCoreApplication::translate("danewerk::cli::LabCommand", "authoritative server"),
        QCoreApplication::translate("danewerk::cli::LabCommand", "%1 (NSD: root, test. and the scenario zones)")
            .arg(state.authoritative));
    row(QCoreApplication::translate("danewerk::cli::LabCommand", "validating resolver"),
        QCoreApplication::translate("danewerk::cli::LabCommand", "%1 (unbound, trusts only the lab root)")
            .arg(state.resolver));
    row(QCoreApplication::translate("danewerk::cli::LabCommand", "mail servers"),
        state.smtpServer == u"postfix"
            ? QCoreApplication::translate("danewerk::cli::LabCommand", "Postfix, one address per MX host, port %1")
                  .arg(state.smtpPort)
            : QCoreApplication::translate(
                  "danewerk::cli::LabCommand",
                  "Danewerk's own STARTTLS test server in place of Postfix (unprivileged mode), "
                  "port %1")
                  .arg(state.smtpPort));
    row(QCoreApplication::translate("danewerk::cli::LabCommand", "zones signed by"), state.signer);
    row(QCoreApplication::translate("danewerk::cli::LabCommand", "trust anchor"), state.trustAnchor);
    row(QCoreApplication::translate("danewerk::cli::LabCommand", "for delv -a"), state.bindTrustAnchor);
    for (const core::LabProcess& process : state.processes)
        row(process.name, QCoreApplication::translate("danewerk::cli::LabCommand", "PID %1%2")
                              .arg(process.pid)
                              .arg(core::LabProcessControl::running(process)
                                       ? QString()
                                       : QCoreApplication::translate("danewerk::cli::LabCommand", " (not running)")));
    out << '\n'
        << QCoreApplication::translate("danewerk::cli::LabCommand", "Options for check:") << '\n'
        << "  " << state.checkOptions() << '\n'
        << QCoreApplication::translate("danewerk::cli::LabCommand", "For example:") << '\n'
        << "  " << context.program << " check " << state.checkOptions() << " good.test" << '\n';
    out << QCoreApplication::translate("danewerk::cli::LabCommand",
                                       "In the GUI (Live check page): resolver %1, trust anchor file %2%3.")
               .arg(state.resolver, state.trustAnchor,
                    state.smtpPort != 25
                        ? QCoreApplication::translate("danewerk::cli::LabCommand", ", SMTP port %1").arg(state.smtpPort)
                        : QString())
        << '\n';
    out.flush();
}

} // namespace

class LabCommand final : public Command {
public:
    [[nodiscard]] QString name() const override { return QStringLiteral("lab"); }
    [[nodiscard]] QString summary() const override {
        return QCoreApplication::translate("danewerk::cli::LabCommand",
                                           "Run the workshop lab: a DNSSEC and DANE world on loopback addresses");
    }

    int run(const QStringList& args, Context& context) override {
        const QString sub = args.value(0);
        const QStringList rest = args.mid(1);
        if (sub == u"up")
            return up(rest, context);
        if (sub == u"down" || sub == u"status" || sub == u"scenarios" || sub == u"reload" || sub == u"reset")
            return simple(sub, rest, context);
        if (sub == u"smtp-serve")
            return runLabSmtpServe(rest, context);
        if (sub.isEmpty() || sub == u"--help" || sub == u"-h")
            return printSubcommandHelp(
                context, name(), summary(),
                {{QStringLiteral("up"),
                  QCoreApplication::translate("danewerk::cli::LabCommand", "build and start the lab (idempotent)")},
                 {QStringLiteral("down"),
                  QCoreApplication::translate("danewerk::cli::LabCommand", "stop the servers the lab started")},
                 {QStringLiteral("status"),
                  QCoreApplication::translate("danewerk::cli::LabCommand",
                                              "show whether the lab runs, and how to use it")},
                 {QStringLiteral("scenarios"),
                  QCoreApplication::translate("danewerk::cli::LabCommand",
                                              "list the scenarios and their expected verdicts")},
                 {QStringLiteral("reset"),
                  QCoreApplication::translate("danewerk::cli::LabCommand", "restore one scenario's zones")},
                 {QStringLiteral("reload"),
                  QCoreApplication::translate("danewerk::cli::LabCommand",
                                              "make the servers re-read edited zone files")}});
        return context.usageError(
            QCoreApplication::translate("danewerk::cli::LabCommand", "unknown lab subcommand '%1'; try 'lab --help'")
                .arg(sub));
    }

private:
    static QCommandLineOption dirOption() {
        return QCommandLineOption(
            QStringLiteral("dir"),
            QCoreApplication::translate("danewerk::cli::LabCommand", "Lab directory (default: %1).")
                .arg(WorkshopLab::defaultDirectory()),
            QStringLiteral("DIR"));
    }

    static QString directory(const QCommandLineParser& parser, const QCommandLineOption& option) {
        return parser.isSet(option) ? parser.value(option) : WorkshopLab::defaultDirectory();
    }

    static WorkshopLab::Log logTo(Context& context) {
        return [&context](const QString& line) {
            // Progress goes to stderr so that --json stdout stays one document.
            *context.err << line << '\n';
            context.err->flush();
        };
    }

    int up(const QStringList& args, Context& context) {
        QCommandLineParser parser;
        const QCommandLineOption dir = dirOption();
        const QCommandLineOption base(
            QStringLiteral("base"),
            QCoreApplication::translate("danewerk::cli::LabCommand", "First address of the lab (default 127.30.0.0)."),
            QStringLiteral("ADDRESS"), QStringLiteral("127.30.0.0"));
        const QCommandLineOption unprivileged(
            QStringLiteral("unprivileged"),
            QCoreApplication::translate(
                "danewerk::cli::LabCommand",
                "High ports (DNS %1, SMTP %2) and Danewerk's own STARTTLS server instead of Postfix; no root needed.")
                .arg(core::LabAddressPlan::UnprivilegedDnsPort)
                .arg(core::LabAddressPlan::UnprivilegedSmtpPort));
        parser.addOptions({dir, base, unprivileged});
        if (auto done = parseCommandLine(parser, QStringLiteral("lab up"), args, context))
            return *done;
        if (!parser.positionalArguments().isEmpty())
            return context.usageError(
                QCoreApplication::translate("danewerk::cli::LabCommand", "lab up takes no arguments"));
        core::LabUpOptions options;
        options.base = parser.value(base);
        options.unprivileged = parser.isSet(unprivileged);
        options.smtpServerProgram = QCoreApplication::applicationFilePath();
        WorkshopLab lab(directory(parser, dir), logTo(context));
        auto state = lab.up(options, context.now);
        if (!state)
            return exitFor(state.error(), context);
        if (context.json)
            context.printJson(QJsonDocument(state->toJson()));
        else
            printState(state.value(), context, true);
        return ExitOk;
    }

    int simple(const QString& sub, const QStringList& args, Context& context) {
        QCommandLineParser parser;
        const QCommandLineOption dir = dirOption();
        parser.addOption(dir);
        if (sub == u"reset")
            parser.addPositionalArgument(
                QStringLiteral("SCENARIO"),
                QCoreApplication::translate("danewerk::cli::LabCommand", "Scenario id (see lab scenarios)."));
        if (auto done = parseCommandLine(parser, QStringLiteral("lab ") + sub, args, context))
            return *done;
        const QStringList positional = parser.positionalArguments();
        if (sub == u"reset" ? positional.size() != 1 : !positional.isEmpty())
            return context.usageError(
                sub == u"reset"
                    ? QCoreApplication::translate("danewerk::cli::LabCommand", "lab reset takes one scenario id")
                    : QCoreApplication::translate("danewerk::cli::LabCommand", "lab %1 takes no arguments").arg(sub));
        WorkshopLab lab(directory(parser, dir), logTo(context));
        if (sub == u"scenarios")
            return scenarios(context);
        if (sub == u"status") {
            auto state = lab.status();
            LabState shown = state ? state.value() : LabState();
            if (shown.directory.isEmpty())
                shown.directory = lab.paths().root();
            const bool running = WorkshopLab::isRunning(shown);
            if (context.json) {
                QJsonObject object = shown.toJson();
                object.insert(QStringLiteral("running"), running);
                context.printJson(QJsonDocument(object));
            } else {
                printState(shown, context, false);
            }
            return running ? ExitOk : ExitFailures;
        }
        if (sub == u"down") {
            auto state = lab.down();
            if (!state)
                return exitFor(state.error(), context);
            if (context.json) {
                QJsonArray stopped;
                for (const core::LabProcess& process : state->processes)
                    stopped.append(process.toJson());
                context.printJson(QJsonDocument(QJsonObject{{QStringLiteral("directory"), lab.paths().root()},
                                                            {QStringLiteral("stopped"), stopped}}));
            } else {
                *context.out << (state->processes.isEmpty() ? QCoreApplication::translate("danewerk::cli::LabCommand",
                                                                                          "No lab was running in %1.")
                                                                  .arg(lab.paths().root())
                                                            : QCoreApplication::translate("danewerk::cli::LabCommand",
                                                                                          "The lab in %1 is down.")
                                                                  .arg(lab.paths().root()))
                             << '\n';
            }
            return ExitOk;
        }
        auto done = sub == u"reload" ? lab.reload() : lab.reset(positional.first(), context.now);
        if (!done)
            return exitFor(done.error(), context);
        if (context.json)
            context.printJson(QJsonDocument(
                QJsonObject{{QStringLiteral("directory"), lab.paths().root()}, {QStringLiteral("done"), sub}}));
        return ExitOk;
    }

    static int scenarios(Context& context) {
        auto catalog = core::LabScenarioCatalog::load();
        if (!catalog)
            return exitFor(catalog.error(), context);
        if (context.json) {
            QJsonArray list;
            for (const core::LabScenario& scenario : catalog->scenarios())
                list.append(scenario.toJson(context.lang));
            context.printJson(QJsonDocument(QJsonObject{{QStringLiteral("scenarios"), list}}));
            return ExitOk;
        }
        QTextStream& out = *context.out;
        for (const core::LabScenario& scenario : catalog->scenarios())
            out << scenario.id.leftJustified(24) << ' ' << scenario.domain.leftJustified(18) << ' '
                << scenario.expected.verdict.leftJustified(19) << ' ' << scenario.title.in(context.lang) << '\n';
        out.flush();
        return ExitOk;
    }
};

DANEWERK_REGISTER_COMMAND(LabCommand, "lab")

} // namespace danewerk::cli
