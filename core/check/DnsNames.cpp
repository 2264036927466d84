#include "core/check/DnsNames.h"

#include "core/dns/Ldns.h"

namespace danewerk::core {

QString normalizedName(const QString& name) {
    QString n = name.trimmed().toLower();
    if (n.isEmpty() || n == QLatin1String("."))
        return QStringLiteral(".");
    if (!n.endsWith(QLatin1Char('.')))
        n += QLatin1Char('.');
    return n;
}

QString nameWithoutDot(const QString& name) {
    QString n = normalizedName(name);
    if (n == QLatin1String("."))
        return {};
    n.chop(1);
    return n;
}

int labelCount(const QString& name) {
    if (name.isEmpty())
        return -1;
    if (name == QLatin1String("."))
        return 0;
    return int(normalizedName(name).count(QLatin1Char('.')));
}

bool isSubdomainOf(const QString& name, const QString& ancestor) {
    const QString n = normalizedName(name);
    const QString a = normalizedName(ancestor);
    if (a == QLatin1String("."))
        return true;
    return n == a || n.endsWith(QLatin1Char('.') + a);
}

QString ancestorWithLabels(const QString& name, int labels) {
    QString n = normalizedName(name);
    const int total = labelCount(n);
    if (labels <= 0)
        return QStringLiteral(".");
    if (labels >= total)
        return n;
    return n.section(QLatin1Char('.'), total - labels, -1);
}

QString rdfToName(const ldns_rdf* rdf) {
    if (!rdf)
        return {};
    char* text = ldns_rdf2str(rdf);
    QString name = normalizedName(QString::fromLatin1(text));
    free(text);
    return name;
}

} // namespace danewerk::core
