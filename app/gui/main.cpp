#include "core/common/AtomicFile.h"
#include "core/common/Translations.h"
#include "ui/MainWindow.h"
#include "ui/pages/CheckPage.h"

#include <QApplication>
#include <QBuffer>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QScreen>
#include <QTimer>

#include <cstdio>

using danewerk::ui::MainWindow;

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("danewerk"));
    QApplication::setOrganizationName(QStringLiteral("Danewerk"));
    QApplication::setApplicationDisplayName(QStringLiteral("Danewerk"));
    QApplication::setApplicationVersion(QStringLiteral(DANEWERK_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("de.danewerk.Danewerk"));

    // --lang must be known before any translated text is made, the parser's own help included.
    QString lang;
    const QStringList raw = app.arguments();
    for (qsizetype i = 1; i < raw.size(); ++i) {
        if (raw[i] == QLatin1String("--lang") && i + 1 < raw.size())
            lang = raw[i + 1];
        else if (raw[i].startsWith(QLatin1String("--lang=")))
            lang = raw[i].mid(7);
    }
    danewerk::core::installTranslations(lang);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Danewerk: DNSSEC and DANE console."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption langOption(QStringLiteral("lang"), QApplication::translate("main", "Language (de, en)."),
                                        QStringLiteral("lang"));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                        QApplication::translate("main", "Render the window to a PNG file and exit."),
                                        QStringLiteral("file"));
    const QCommandLineOption pageOption(
        QStringLiteral("page"), QApplication::translate("main", "Page to show: zones, tlsa, rollover, check, lab."),
        QStringLiteral("name"));
    const QCommandLineOption sizeOption(QStringLiteral("size"),
                                        QApplication::translate("main", "Window size for screenshots, WxH."),
                                        QStringLiteral("size"), QStringLiteral("1360x860"));
    const QCommandLineOption replayOption(
        QStringLiteral("replay"),
        QApplication::translate("main", "Live check: re-assess the observations saved in DIR (check --save)."),
        QStringLiteral("dir"));
    parser.addOptions({langOption, screenshot, pageOption, sizeOption, replayOption});
    parser.addPositionalArgument(QStringLiteral("files"),
                                 QApplication::translate("main", "Certificates, keys, zones or plans to open."),
                                 QStringLiteral("[files...]"));
    parser.process(app);

    MainWindow window;
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty())
        window.openSampleWorkspace();
    for (const QString& file : files)
        window.openFile(QFileInfo(file).absoluteFilePath());
    if (parser.isSet(pageOption) && !window.showPage(parser.value(pageOption))) {
        std::fprintf(stderr, "danewerk: unknown page '%s' (zones, tlsa, rollover, check, lab)\n",
                     qPrintable(parser.value(pageOption)));
        return 2;
    }

    auto* checkPage = qobject_cast<danewerk::ui::CheckPage*>(window.page(QStringLiteral("check")));
    const bool replay = parser.isSet(replayOption) && checkPage;
    if (replay)
        checkPage->loadReplay(QFileInfo(parser.value(replayOption)).absoluteFilePath());

    if (parser.isSet(screenshot)) {
        const QStringList size = parser.value(sizeOption).split(QLatin1Char('x'));
        window.resize(size.value(0).toInt() > 0 ? size.value(0).toInt() : 1360,
                      size.value(1).toInt() > 0 ? size.value(1).toInt() : 860);
        window.show();
        const QString target = parser.value(screenshot);
        // Let layouts, models and queued work settle before grabbing (a replayed check first finishes).
        const auto grab = [&window, target] {
            QTimer::singleShot(600, &window, [&window, target] {
                // Atomically, like every other write; replacing is intended: the option regenerates the
                // screenshots of the documentation.
                QByteArray png;
                QBuffer buffer(&png);
                bool ok = buffer.open(QIODevice::WriteOnly) && window.grab().save(&buffer, "PNG");
                ok = ok && danewerk::core::writeFileAtomically(target, png, {true, false}).ok();
                if (!ok)
                    std::fprintf(stderr, "danewerk: cannot write %s\n", qPrintable(target));
                QApplication::exit(ok ? 0 : 1);
            });
        };
        if (replay && checkPage->isRunning())
            QObject::connect(checkPage, &danewerk::ui::CheckPage::checkFinished, &window, grab);
        else
            grab();
        return QApplication::exec();
    }

    window.show();
    return QApplication::exec();
}
