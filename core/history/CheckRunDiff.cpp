#include "core/history/CheckRunDiff.h"

#include <QJsonArray>
#include <QMap>
#include <QSet>

namespace danewerk::core {

namespace {

using Kind = CheckRunDiff::Kind;
using Change = CheckRunDiff::Change;

QString str(const QJsonObject& o, const char* key) {
    return o.value(QLatin1String(key)).toString();
}

QJsonArray arr(const QJsonObject& o, const char* key) {
    return o.value(QLatin1String(key)).toArray();
}

// Records of one run as subject -> set of presentations.
struct Records {
    QMap<QString, QSet<QString>> sets;
    QMap<QString, QString> statuses;
    QSet<QString> findings;
};

Records collect(const QJsonObject& run) {
    Records r;
    r.statuses.insert(QStringLiteral("verdict"), str(run, "verdict"));
    const QJsonObject mx = run.value(QStringLiteral("mx")).toObject();
    r.statuses.insert(QStringLiteral("MX DNSSEC"), str(mx, "dnssec"));
    for (const auto& v : arr(mx, "records"))
        r.sets[QStringLiteral("MX")].insert(QStringLiteral("%1 %2")
                                                .arg(v.toObject().value(QStringLiteral("preference")).toInt())
                                                .arg(str(v.toObject(), "host")));
    const auto addFindings = [&](const QJsonArray& findings) {
        for (const auto& f : findings) {
            const QJsonObject o = f.toObject();
            QString key = str(o, "code");
            for (const char* part : {"host", "address", "owner"})
                if (!str(o, part).isEmpty())
                    key += QLatin1Char(' ') + str(o, part);
            r.findings.insert(key);
        }
    };
    addFindings(arr(run, "findings"));
    for (const auto& hv : arr(run, "hosts")) {
        const QJsonObject h = hv.toObject();
        const QString host = str(h, "name");
        r.statuses.insert(host, str(h, "status"));
        r.statuses.insert(host + QStringLiteral(" DNSSEC"), str(h, "dnssec"));
        r.statuses.insert(QStringLiteral("_25._tcp.") + str(h, "tlsa_base") + QStringLiteral(" DNSSEC"),
                          str(h, "tlsa_dnssec"));
        for (const auto& tv : arr(h, "tlsa")) {
            const QJsonObject t = tv.toObject();
            r.sets[QStringLiteral("_25._tcp.") + str(h, "tlsa_base") + QStringLiteral(" TLSA")].insert(
                QStringLiteral("%1 %2 %3 %4")
                    .arg(t.value(QStringLiteral("usage")).toInt())
                    .arg(t.value(QStringLiteral("selector")).toInt())
                    .arg(t.value(QStringLiteral("mtype")).toInt())
                    .arg(str(t, "data")));
        }
        addFindings(arr(h, "findings"));
        for (const auto& av : arr(h, "addresses")) {
            const QJsonObject a = av.toObject();
            const QString address = str(a, "address");
            r.sets[host + QStringLiteral(" addresses")].insert(address);
            r.statuses.insert(host + QLatin1Char(' ') + address, str(a, "status"));
            for (const auto& cv : arr(a, "chain")) {
                const QJsonObject c = cv.toObject();
                r.sets[host + QLatin1Char(' ') + address + QStringLiteral(" certificates")].insert(
                    QStringLiteral("%1 %2 %3")
                        .arg(c.value(QStringLiteral("depth")).toInt())
                        .arg(str(c, "subject"), str(c, "cert_sha256").left(16)));
            }
        }
    }
    const QJsonObject chain = run.value(QStringLiteral("chain")).toObject();
    for (const auto& nv : arr(chain, "nodes")) {
        const QJsonObject n = nv.toObject();
        const QString kind = str(n, "kind");
        if (kind == QLatin1String("dnskey") || kind == QLatin1String("ds"))
            r.sets[kind.toUpper()].insert(str(n, "label"));
        if (kind == QLatin1String("zone") || kind == QLatin1String("rrset") || kind == QLatin1String("proof"))
            r.statuses.insert(str(n, "id"), str(n, "status"));
    }
    return r;
}

} // namespace

QList<Change> CheckRunDiff::compare(const QJsonObject& older, const QJsonObject& newer) {
    const Records a = collect(older);
    const Records b = collect(newer);
    QList<Change> out;
    QSet<QString> subjects;
    for (auto it = a.sets.cbegin(); it != a.sets.cend(); ++it)
        subjects.insert(it.key());
    for (auto it = b.sets.cbegin(); it != b.sets.cend(); ++it)
        subjects.insert(it.key());
    QStringList sorted(subjects.cbegin(), subjects.cend());
    sorted.sort();
    for (const QString& subject : std::as_const(sorted)) {
        const QSet<QString> before = a.sets.value(subject);
        const QSet<QString> after = b.sets.value(subject);
        QStringList removed(before.cbegin(), before.cend());
        removed.removeIf([&](const QString& s) { return after.contains(s); });
        QStringList added(after.cbegin(), after.cend());
        added.removeIf([&](const QString& s) { return before.contains(s); });
        removed.sort();
        added.sort();
        if (subject.endsWith(QLatin1String(" TLSA")) && !removed.isEmpty() && !added.isEmpty()) {
            out << Change{Kind::TlsaSwapped, subject, removed.join(QStringLiteral(", ")),
                          added.join(QStringLiteral(", "))};
            continue;
        }
        for (const QString& s : std::as_const(removed))
            out << Change{Kind::Removed, subject, s, {}};
        for (const QString& s : std::as_const(added))
            out << Change{Kind::Added, subject, {}, s};
    }
    QStringList statusKeys = b.statuses.keys();
    for (const QString& k : a.statuses.keys())
        if (!b.statuses.contains(k))
            statusKeys << k;
    statusKeys.sort();
    for (const QString& k : std::as_const(statusKeys)) {
        const QString before = a.statuses.value(k);
        const QString after = b.statuses.value(k);
        if (before != after && !(before.isEmpty() && after.isEmpty()))
            out << Change{Kind::StatusChanged, k, before, after};
    }
    QStringList gone(a.findings.cbegin(), a.findings.cend());
    gone.removeIf([&](const QString& s) { return b.findings.contains(s); });
    QStringList came(b.findings.cbegin(), b.findings.cend());
    came.removeIf([&](const QString& s) { return a.findings.contains(s); });
    gone.sort();
    came.sort();
    for (const QString& f : std::as_const(gone))
        out << Change{Kind::FindingRemoved, f, f, {}};
    for (const QString& f : std::as_const(came))
        out << Change{Kind::FindingAdded, f, {}, f};
    return out;
}

QString CheckRunDiff::kindName(Kind kind) {
    switch (kind) {
    case Kind::Added:
        return QStringLiteral("added");
    case Kind::Removed:
        return QStringLiteral("removed");
    case Kind::StatusChanged:
        return QStringLiteral("status");
    case Kind::TlsaSwapped:
        return QStringLiteral("tlsa-swapped");
    case Kind::FindingAdded:
        return QStringLiteral("finding-added");
    case Kind::FindingRemoved:
        return QStringLiteral("finding-removed");
    }
    return {};
}

QString CheckRunDiff::Change::describe() const {
    switch (kind) {
    case Kind::Added:
        return tr("%1: added %2").arg(subject, after);
    case Kind::Removed:
        return tr("%1: removed %2").arg(subject, before);
    case Kind::StatusChanged:
        return tr("%1: %2 \u2192 %3")
            .arg(subject, before.isEmpty() ? tr("(none)") : before, after.isEmpty() ? tr("(none)") : after);
    case Kind::TlsaSwapped:
        return tr("%1: TLSA swapped: %2 \u2192 %3").arg(subject, before, after);
    case Kind::FindingAdded:
        return tr("new finding %1").arg(subject);
    case Kind::FindingRemoved:
        return tr("finding gone: %1").arg(subject);
    }
    return {};
}

} // namespace danewerk::core
