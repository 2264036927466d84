#include "app/cli/LabSmtpServe.h"

#include "core/lab/LabPaths.h"
#include "core/lab/LabSmtpListeners.h"
#include "core/smtp/SmtpTestServer.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <csignal>
#include <memory>
#include <vector>

namespace danewerk::cli {

int runLabSmtpServe(const QStringList& args, Context& context) {
    QCommandLineParser parser;
    const QCommandLineOption dir(QStringLiteral("dir"),
                                 QCoreApplication::translate("danewerk::cli::LabCommand", "Lab directory."),
                                 QStringLiteral("DIR"));
    parser.addOption(dir);
    if (auto done = parseCommandLine(parser, QStringLiteral("lab smtp-serve"), args, context))
        return *done;
    if (!parser.isSet(dir))
        return context.usageError(QCoreApplication::translate("danewerk::cli::LabCommand", "--dir is required"));
    const core::LabPaths paths(parser.value(dir));
    auto listeners = core::LabSmtpListeners::read(paths.path(QStringLiteral("smtp/listeners.json")));
    if (!listeners)
        return context.usageError(listeners.error().message);

    // Block the stop signals before any server thread exists, so that only sigwait below receives them.
    sigset_t stopSignals;
    sigemptyset(&stopSignals);
    sigaddset(&stopSignals, SIGTERM);
    sigaddset(&stopSignals, SIGINT);
    sigaddset(&stopSignals, SIGHUP);
    pthread_sigmask(SIG_BLOCK, &stopSignals, nullptr);

    std::vector<std::unique_ptr<core::SmtpTestServer>> servers;
    for (const core::LabSmtpListener& listener : listeners.value()) {
        core::SmtpTestServerConfig config;
        config.address = listener.address;
        config.port = listener.port;
        config.hostname = QStringLiteral("mail.lab.test");
        // The lab's chain files hold the private key, the leaf and the CA, as Postfix takes them.
        config.certificateChainFile = listener.chainFile;
        config.privateKeyFile = listener.chainFile;
        config.offerStartTls = listener.starttls;
        auto server = std::make_unique<core::SmtpTestServer>(config);
        auto port = server->start();
        if (!port) {
            *context.err << context.program << ": " << listener.address << ' ' << listener.port << ": "
                         << port.error().message << '\n';
            context.err->flush();
            return ExitEnvironment;
        }
        *context.err << "listening on " << listener.address << " port " << port.value()
                     << (listener.starttls ? " (STARTTLS)" : " (no STARTTLS)") << '\n';
        servers.push_back(std::move(server));
    }
    context.err->flush();
    for (;;) {
        int received = 0;
        sigwait(&stopSignals, &received);
        if (received != SIGHUP)
            break;
    }
    for (auto& server : servers)
        server->stop();
    return ExitOk;
}

} // namespace danewerk::cli
