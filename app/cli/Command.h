#pragma once

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QStringList>
#include <QTextStream>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace danewerk::cli {

// Exit codes of the CLI contract (../shared/spec/CLI.md).
enum ExitCode : int {
    ExitOk = 0,          // success, nothing failed (warnings allowed)
    ExitFailures = 1,    // ran and found failures
    ExitUsage = 2,       // usage error or unreadable input
    ExitEnvironment = 3, // environment error
};

// What every command receives: the global options and the output streams.
struct Context {
    bool json = false;
    QDateTime now;         // the moment every validity decision uses
    bool nowGiven = false; // --now was on the command line
    QString lang;          // "de" or "en"
    bool colour = false;   // stdout is a terminal
    QTextStream* out = nullptr;
    QTextStream* err = nullptr;
    QString program = QStringLiteral("danewerk-cli");

    void printJson(const QJsonDocument& document, QJsonDocument::JsonFormat format = QJsonDocument::Indented) const;
    void printJsonLine(const QJsonObject& object) const; // one compact object per line (JSON lines)
    // Writes "danewerk-cli: <message>" to stderr and returns ExitUsage.
    int usageError(const QString& message) const;
    // ANSI colouring only on a terminal. kind: "error", "warning", "notice", "ok", "bold".
    [[nodiscard]] QString paint(const QString& text, const QString& kind) const;
};

// One top-level command ("tlsa", "zone", "rollover", "check", "lab"). Each lives in its own file and
// registers itself with DANEWERK_REGISTER_COMMAND; subcommands are its business.
class Command {
public:
    virtual ~Command() = default;
    [[nodiscard]] virtual QString name() const = 0;
    [[nodiscard]] virtual QString summary() const = 0; // translated one-liner for the top-level help
    // args: everything after the command name, global options removed.
    virtual int run(const QStringList& args, Context& context) = 0;
};

using CommandFactory = std::function<std::unique_ptr<Command>()>;

class CommandRegistry {
public:
    static bool add(const QString& name, CommandFactory factory);
    [[nodiscard]] static std::unique_ptr<Command> create(const QString& name);
    [[nodiscard]] static QStringList names(); // sorted
};

#define DANEWERK_REGISTER_COMMAND(CommandClass, commandName)                                                           \
    namespace {                                                                                                        \
    const bool registered_##CommandClass = ::danewerk::cli::CommandRegistry::add(                                      \
        QStringLiteral(commandName), [] { return std::unique_ptr<::danewerk::cli::Command>(new CommandClass); });      \
    }

// Parses a (sub)command's options. usage is e.g. "tlsa create"; args are the arguments after it. Prints
// help and returns ExitOk for --help, prints the parser's error and returns ExitUsage on bad options;
// returns nothing when the command should go on.
[[nodiscard]] std::optional<int> parseCommandLine(QCommandLineParser& parser, const QString& usage,
                                                  const QStringList& args, Context& context);

// For commands with subcommands: prints "usage: danewerk-cli <command> <subcommand>" and the list.
int printSubcommandHelp(Context& context, const QString& command, const QString& summary,
                        const std::vector<std::pair<QString, QString>>& subcommands);

} // namespace danewerk::cli
