#include "ui/check/CheckNodeDetails.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace danewerk::ui {

namespace {

QString str(const QJsonObject& o, const char* key) {
    return o.value(QLatin1String(key)).toString();
}

// "rrset:mx.example./MX" -> "mx.example."
QString nameOf(const QString& id) {
    const qsizetype colon = id.indexOf(QLatin1Char(':'));
    const qsizetype slash = id.lastIndexOf(QLatin1Char('/'));
    return slash > colon ? id.mid(colon + 1, slash - colon - 1) : id.mid(colon + 1);
}

} // namespace

QString CheckNodeDetails::findingLine(const QJsonObject& f) {
    QString line = QStringLiteral("[%1] %2: %3").arg(str(f, "severity"), str(f, "code"), str(f, "message"));
    if (!str(f, "rfc").isEmpty())
        line += QStringLiteral(" (%1)").arg(str(f, "rfc"));
    if (!str(f, "fix").isEmpty())
        line += QStringLiteral("\n    ") + tr("fix: %1").arg(str(f, "fix"));
    return line;
}

QStringList CheckNodeDetails::nodeLines(const QJsonObject& chain, const QString& nodeId) {
    QStringList out;
    for (const QJsonValue& nv : chain.value(QStringLiteral("nodes")).toArray()) {
        const QJsonObject n = nv.toObject();
        if (str(n, "id") != nodeId)
            continue;
        out << QStringLiteral("%1  %2").arg(str(n, "kind").toUpper(), str(n, "label"));
        out << tr("status: %1").arg(str(n, "status"));
    }
    out << QStringLiteral("id: %1").arg(nodeId);
    QStringList in, outgoing;
    for (const QJsonValue& ev : chain.value(QStringLiteral("edges")).toArray()) {
        const QJsonObject e = ev.toObject();
        if (str(e, "to") == nodeId)
            in << QStringLiteral("  \u2190 %1 (%2, %3)").arg(str(e, "from"), str(e, "kind"), str(e, "status"));
        if (str(e, "from") == nodeId)
            outgoing << QStringLiteral("  \u2192 %1 (%2, %3)").arg(str(e, "to"), str(e, "kind"), str(e, "status"));
    }
    if (!in.isEmpty())
        out << tr("from:") << in;
    if (!outgoing.isEmpty())
        out << tr("to:") << outgoing;
    return out;
}

QString CheckNodeDetails::describe(const QJsonObject& result, const QString& nodeId) {
    QStringList out = nodeLines(result.value(QStringLiteral("chain")).toObject(), nodeId);
    const QString name = nameOf(nodeId);
    const QString kind = nodeId.section(QLatin1Char(':'), 0, 0);
    QList<QJsonObject> findings;
    for (const QJsonValue& f : result.value(QStringLiteral("findings")).toArray())
        findings << f.toObject();
    for (const QJsonValue& hv : result.value(QStringLiteral("hosts")).toArray()) {
        const QJsonObject h = hv.toObject();
        for (const QJsonValue& f : h.value(QStringLiteral("findings")).toArray())
            findings << f.toObject();
        const QString host = str(h, "name");
        const QJsonArray tlsa = h.value(QStringLiteral("tlsa")).toArray();
        if (kind == QLatin1String("host") && host == name) {
            out << QString() << tr("TLSA at _25._tcp.%1 (%2):").arg(str(h, "tlsa_base"), str(h, "tlsa_dnssec"));
            for (const QJsonValue& tv : tlsa) {
                const QJsonObject t = tv.toObject();
                out << QStringLiteral("  %1 %2 %3 %4  %5")
                           .arg(t.value(QStringLiteral("usage")).toInt())
                           .arg(t.value(QStringLiteral("selector")).toInt())
                           .arg(t.value(QStringLiteral("mtype")).toInt())
                           .arg(str(t, "data"),
                                t.value(QStringLiteral("usable")).toBool() ? tr("usable") : tr("unusable"));
            }
        }
        if (kind == QLatin1String("tlsa") && str(h, "tlsa_base") == name) {
            const int index = nodeId.section(QLatin1Char('/'), -1).toInt();
            if (index >= 0 && index < tlsa.size())
                out << QString()
                    << QStringLiteral("_25._tcp.%1 TLSA %2")
                           .arg(name, QString::fromUtf8(
                                          QJsonDocument(tlsa[index].toObject()).toJson(QJsonDocument::Indented)));
        }
        for (const QJsonValue& av : h.value(QStringLiteral("addresses")).toArray()) {
            const QJsonObject a = av.toObject();
            const bool thisAddress = kind == QLatin1String("address") &&
                                     nodeId == QStringLiteral("address:%1/%2").arg(host, str(a, "address"));
            if (thisAddress) {
                out << QString()
                    << tr("STARTTLS: %1")
                           .arg(a.value(QStringLiteral("starttls")).toBool() ? tr("offered") : tr("not offered"));
                if (!str(a, "tls_version").isEmpty())
                    out << tr("TLS: %1 %2").arg(str(a, "tls_version"), str(a, "cipher"));
            }
            for (const QJsonValue& cv : a.value(QStringLiteral("chain")).toArray()) {
                const QJsonObject c = cv.toObject();
                const bool thisCert = kind == QLatin1String("certificate") && nodeId.endsWith(str(c, "cert_sha256"));
                if (!thisAddress && !thisCert)
                    continue;
                out << QString() << tr("depth %1").arg(c.value(QStringLiteral("depth")).toInt())
                    << tr("  subject: %1").arg(str(c, "subject")) << tr("  issuer: %1").arg(str(c, "issuer"))
                    << tr("  not after: %1").arg(str(c, "not_after"))
                    << QStringLiteral("  SPKI SHA-256: %1").arg(str(c, "spki_sha256"))
                    << QStringLiteral("  cert SHA-256: %1").arg(str(c, "cert_sha256"));
                if (thisCert)
                    out << tr("  presented by %1 (%2)").arg(str(a, "address"), host);
            }
            if (thisAddress)
                for (const QJsonValue& mv : a.value(QStringLiteral("matched")).toArray()) {
                    const QJsonObject m = mv.toObject();
                    out << tr("matched: %1 %2 %3 at depth %4")
                               .arg(m.value(QStringLiteral("usage")).toInt())
                               .arg(m.value(QStringLiteral("selector")).toInt())
                               .arg(m.value(QStringLiteral("mtype")).toInt())
                               .arg(m.value(QStringLiteral("depth")).toInt());
                }
        }
    }
    QStringList related;
    for (const QJsonObject& f : std::as_const(findings)) {
        const bool concerns = (!name.isEmpty() && (str(f, "host") == name || str(f, "owner") == name ||
                                                   str(f, "owner").endsWith(QLatin1Char('.') + name) ||
                                                   str(f, "address") == name.section(QLatin1Char('/'), -1))) ||
                              (kind == QLatin1String("verdict"));
        if (concerns)
            related << findingLine(f);
    }
    out << QString() << (related.isEmpty() ? tr("No findings concern this node.") : tr("Findings:"));
    out << related;
    return out.join(QLatin1Char('\n'));
}

} // namespace danewerk::ui
