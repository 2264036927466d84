#include "app/cli/Command.h"

#include <QJsonObject>

#include <map>

namespace danewerk::cli {

namespace {
std::map<QString, CommandFactory>& registry() {
    static std::map<QString, CommandFactory> commands;
    return commands;
}
} // namespace

bool CommandRegistry::add(const QString& name, CommandFactory factory) {
    registry()[name] = std::move(factory);
    return true;
}

std::unique_ptr<Command> CommandRegistry::create(const QString& name) {
    const auto it = registry().find(name);
    if (it == registry().end())
        return nullptr;
    return it->second();
}

QStringList CommandRegistry::names() {
    QStringList out;
    for (const auto& [name, factory] : registry())
        out << name;
    return out;
}

void Context::printJson(const QJsonDocument& document, QJsonDocument::JsonFormat format) const {
    *out << QString::fromUtf8(document.toJson(format));
    if (format == QJsonDocument::Compact)
        *out << '\n';
    out->flush();
}

void Context::printJsonLine(const QJsonObject& object) const {
    printJson(QJsonDocument(object), QJsonDocument::Compact);
}

int Context::usageError(const QString& message) const {
    *err << program << ": " << message << '\n';
    err->flush();
    return ExitUsage;
}

QString Context::paint(const QString& text, const QString& kind) const {
    if (!colour)
        return text;
    const char* code = "0";
    if (kind == QLatin1String("error"))
        code = "1;31";
    else if (kind == QLatin1String("warning"))
        code = "1;33";
    else if (kind == QLatin1String("notice"))
        code = "36";
    else if (kind == QLatin1String("ok"))
        code = "1;32";
    else if (kind == QLatin1String("bold"))
        code = "1";
    return QStringLiteral("\x1b[%1m").arg(QLatin1String(code)) + text + QStringLiteral("\x1b[0m");
}

std::optional<int> parseCommandLine(QCommandLineParser& parser, const QString& usage, const QStringList& args,
                                    Context& context) {
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")},
                                  QCoreApplication::translate("danewerk::cli", "Show this help."));
    parser.addOption(help);
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    QStringList argv{context.program + QLatin1Char(' ') + usage};
    argv += args;
    if (!parser.parse(argv))
        return context.usageError(
            parser.errorText() + QLatin1Char('\n') +
            QCoreApplication::translate("danewerk::cli", "Try '%1 %2 --help'.").arg(context.program, usage));
    if (parser.isSet(help)) {
        // QCommandLineParser names the binary by its full path; users type "danewerk-cli <command>".
        QString text = parser.helpText();
        const QString binary = QCoreApplication::arguments().value(0);
        if (!binary.isEmpty())
            text.replace(text.indexOf(binary), binary.size(), context.program + QLatin1Char(' ') + usage);
        *context.out << text;
        context.out->flush();
        return ExitOk;
    }
    return std::nullopt;
}

int printSubcommandHelp(Context& context, const QString& command, const QString& summary,
                        const std::vector<std::pair<QString, QString>>& subcommands) {
    QTextStream& out = *context.out;
    out << QCoreApplication::translate("danewerk::cli", "Usage: %1 %2 <subcommand> [options]")
               .arg(context.program, command)
        << "\n\n"
        << summary << "\n\n"
        << QCoreApplication::translate("danewerk::cli", "Subcommands:") << '\n';
    for (const auto& [name, text] : subcommands)
        out << "  " << name.leftJustified(12) << ' ' << text << '\n';
    out << '\n'
        << QCoreApplication::translate("danewerk::cli", "Run '%1 %2 <subcommand> --help' for its options.")
               .arg(context.program, command)
        << '\n';
    out.flush();
    return ExitOk;
}

} // namespace danewerk::cli
