#pragma once

#include <QString>

namespace danewerk::core {

// Installs Danewerk's and Qt's own translations for lang ("de", "en"; empty: the system locale) into the
// running application. Returns the language actually used ("en" when nothing matched).
QString installTranslations(const QString& lang);

} // namespace danewerk::core
