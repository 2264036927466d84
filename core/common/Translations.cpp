#include "core/common/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace danewerk::core {

QString installTranslations(const QString& lang) {
    const QLocale locale = lang.isEmpty() ? QLocale::system() : QLocale(lang);
    QString language = QLocale::languageToCode(locale.language());
    if (language != QLatin1String("de"))
        language = QStringLiteral("en");
    auto* app = QCoreApplication::instance();
    // English is the source language; its catalogue only carries the plural forms ("1 error", "2 errors").
    auto* own = new QTranslator(app);
    if (own->load(QStringLiteral(":/i18n/danewerk_%1.qm").arg(language)))
        QCoreApplication::installTranslator(own);
    if (language == QLatin1String("en"))
        return language;
    auto* qt = new QTranslator(app);
    if (qt->load(QStringLiteral("qtbase_de"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    return language;
}

} // namespace danewerk::core
