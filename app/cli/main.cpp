#include "app/cli/Command.h"
#include "core/common/Clock.h"
#include "core/common/TimeFormat.h"
#include "core/common/Translations.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <cstdio>
#include <cstring>
#include <memory>
#include <unistd.h>

using namespace danewerk;

namespace {

void printTopLevelHelp(cli::Context& context) {
    QTextStream& out = *context.out;
    out << QCoreApplication::translate("danewerk::cli", "Usage: %1 [global options] <command> [<subcommand>] "
                                                        "[options] [args]")
               .arg(context.program)
        << "\n\n"
        << QCoreApplication::translate("danewerk::cli", "Danewerk: DNSSEC and DANE for mail administrators.") << "\n\n"
        << QCoreApplication::translate("danewerk::cli", "Commands:") << '\n';
    for (const QString& name : cli::CommandRegistry::names()) {
        const auto command = cli::CommandRegistry::create(name);
        out << "  " << name.leftJustified(10) << ' ' << command->summary() << '\n';
    }
    out << '\n'
        << QCoreApplication::translate("danewerk::cli", "Global options (accepted anywhere on the line):") << '\n'
        << "  --json            " << QCoreApplication::translate("danewerk::cli", "machine-readable output on stdout")
        << '\n'
        << "  --now TIME        "
        << QCoreApplication::translate("danewerk::cli",
                                       "the moment validity decisions use (ISO 8601 UTC or unix seconds)")
        << '\n'
        << "  --lang de|en      " << QCoreApplication::translate("danewerk::cli", "language of messages") << '\n'
        << "  --help, --version" << '\n'
        << '\n'
        << QCoreApplication::translate("danewerk::cli",
                                       "Exit codes: 0 success, 1 failures found, 2 usage or input error, "
                                       "3 environment error.")
        << '\n';
    out.flush();
}

} // namespace

int main(int argc, char** argv) {
    // `check --diagram` draws with QtGui, whose fonts need a QGuiApplication; the offscreen platform needs no
    // display. Every other command stays a plain QCoreApplication.
    bool diagram = false;
    for (int i = 1; i < argc; ++i)
        diagram = diagram || std::strcmp(argv[i], "--diagram") == 0 || std::strncmp(argv[i], "--diagram=", 10) == 0;
    if (diagram && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    const std::unique_ptr<QCoreApplication> application =
        diagram ? std::make_unique<QGuiApplication>(argc, argv) : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication& app = *application;
    QCoreApplication::setApplicationName(QStringLiteral("danewerk"));
    QCoreApplication::setOrganizationName(QStringLiteral("Danewerk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DANEWERK_VERSION));

    QTextStream out(stdout);
    QTextStream err(stderr);
    cli::Context context;
    context.out = &out;
    context.err = &err;
    context.colour = isatty(STDOUT_FILENO) && qEnvironmentVariableIsEmpty("NO_COLOR");

    // Global options may stand anywhere before "--"; the rest goes to the command untouched.
    QStringList rest;
    QString nowText;
    bool version = false;
    bool afterDashes = false;
    const QStringList args = app.arguments().mid(1);
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString& a = args[i];
        if (afterDashes) {
            rest << a;
            continue;
        }
        const auto takeValue = [&](const QString& option, QString& target) -> bool {
            if (a == option) {
                if (i + 1 >= args.size())
                    return false;
                target = args[++i];
                return true;
            }
            if (a.startsWith(option + QLatin1Char('='))) {
                target = a.mid(option.size() + 1);
                return true;
            }
            return false;
        };
        if (a == QLatin1String("--")) {
            afterDashes = true;
            rest << a;
        } else if (a == QLatin1String("--json")) {
            context.json = true;
        } else if (a == QLatin1String("--version")) {
            version = true;
        } else if (a == QLatin1String("--now") || a.startsWith(QLatin1String("--now="))) {
            if (!takeValue(QStringLiteral("--now"), nowText))
                return context.usageError(QCoreApplication::translate("danewerk::cli", "--now needs a time"));
        } else if (a == QLatin1String("--lang") || a.startsWith(QLatin1String("--lang="))) {
            if (!takeValue(QStringLiteral("--lang"), context.lang))
                return context.usageError(QCoreApplication::translate("danewerk::cli", "--lang needs de or en"));
        } else {
            rest << a;
        }
    }
    context.lang = core::installTranslations(context.lang);

    if (version) {
        out << "danewerk-cli " << QCoreApplication::applicationVersion() << '\n';
        return cli::ExitOk;
    }
    if (!nowText.isEmpty()) {
        const auto now = core::parseInstant(nowText);
        if (!now)
            return context.usageError(
                QCoreApplication::translate("danewerk::cli", "--now: '%1' is not an ISO 8601 UTC time or unix seconds")
                    .arg(nowText));
        context.now = *now;
        context.nowGiven = true;
    } else {
        context.now = core::Clock().now();
    }

    if (rest.isEmpty() || rest.front() == QLatin1String("--help") || rest.front() == QLatin1String("-h") ||
        rest.front() == QLatin1String("help")) {
        printTopLevelHelp(context);
        return rest.isEmpty() ? cli::ExitUsage : cli::ExitOk;
    }
    const QString name = rest.takeFirst();
    auto command = cli::CommandRegistry::create(name);
    if (!command)
        return context.usageError(
            QCoreApplication::translate("danewerk::cli", "unknown command '%1'; try --help").arg(name));
    return command->run(rest, context);
}
