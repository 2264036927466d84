#include "core/common/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace danewerk::core {

QString installTranslations(const QString& lang) {
    const QLocale locale = lang.isEmpty() ? QLocale::system() : QLocale(lang);
    const QString language = QLocale::languageToCode(locale.language());
    if (language != QLatin1String("de"))
        return QStringLiteral("en");
    auto* app = QCoreApplication::instance();
    auto* own = new QTranslator(app);
    if (own->load(QStringLiteral(":/i18n/danewerk_de.qm")))
        QCoreApplication::installTranslator(own);
    auto* qt = new QTranslator(app);
    if (qt->load(QStringLiteral("qtbase_de"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    return language;
}

} // namespace danewerk::core
