#include "core/check/ValidationTrustAnchors.h"

#include "core/check/DnsNames.h"
#include "core/common/AtomicFile.h"
#include "core/dns/Ldns.h"

#include <QCoreApplication>

namespace danewerk::core {

namespace {

constexpr const char* IanaRootAnchors =
    ". 172800 IN DS 20326 8 2 E06D44B80B8F1D39A95C0B0D7C65D08458E880409BBC683457104237C7F8EC8D\n"
    ". 172800 IN DS 38696 8 2 683D2D0ACB8C9B712A1948B27F741219298D0A450D612C483AF444A4C0FB2B16\n";

std::shared_ptr<ldns_rr_list> makeList() {
    return std::shared_ptr<ldns_rr_list>(ldns_rr_list_new(), [](ldns_rr_list* l) { ldns_rr_list_deep_free(l); });
}

} // namespace

ValidationTrustAnchors ValidationTrustAnchors::ianaRoot() {
    return fromText(QString::fromLatin1(IanaRootAnchors)).value();
}

Result<ValidationTrustAnchors> ValidationTrustAnchors::fromFile(const QString& path) {
    const auto bytes = readFileLimited(path, 1024 * 1024);
    if (!bytes.ok())
        return bytes.error();
    return fromText(QString::fromUtf8(*bytes), path);
}

Result<ValidationTrustAnchors> ValidationTrustAnchors::fromText(const QString& text, const QString& fileName) {
    ValidationTrustAnchors anchors;
    anchors.m_records = makeList();
    // Zone-format lines; parentheses join lines as in a zone file; ';' starts a comment.
    const QStringList lines = text.split(QLatin1Char('\n'));
    QString pending;
    int pendingLine = 0;
    int depth = 0;
    for (int i = 0; i < lines.size(); ++i) {
        QString line = lines[i];
        const qsizetype comment = line.indexOf(QLatin1Char(';'));
        if (comment >= 0)
            line.truncate(comment);
        if (pending.isEmpty())
            pendingLine = i + 1;
        depth += int(line.count(QLatin1Char('('))) - int(line.count(QLatin1Char(')')));
        line.replace(QLatin1Char('('), QLatin1Char(' ')).replace(QLatin1Char(')'), QLatin1Char(' '));
        pending += QLatin1Char(' ') + line;
        if (depth > 0)
            continue;
        depth = 0;
        const QString entry = pending.simplified();
        pending.clear();
        if (entry.isEmpty() || entry.startsWith(QLatin1Char('$')))
            continue;
        ldns_rr* rr = nullptr;
        ldns::RdfPtr origin(ldns_dname_new_frm_str("."));
        const ldns_status status = ldns_rr_new_frm_str(&rr, entry.toLatin1().constData(), 3600, origin.get(), nullptr);
        if (status != LDNS_STATUS_OK || !rr) {
            return Error{QStringLiteral("PARSE_ERROR"),
                         QCoreApplication::translate("danewerk::core::ValidationTrustAnchors",
                                                     "Cannot read the trust anchor: %1")
                             .arg(QString::fromLatin1(ldns_get_errorstr_by_id(status))),
                         fileName, pendingLine, 1};
        }
        if (ldns_rr_get_type(rr) == LDNS_RR_TYPE_DS || ldns_rr_get_type(rr) == LDNS_RR_TYPE_DNSKEY)
            ldns_rr_list_push_rr(anchors.m_records.get(), rr);
        else
            ldns_rr_free(rr);
    }
    if (ldns_rr_list_rr_count(anchors.m_records.get()) == 0)
        return Error{QStringLiteral("NO_TRUST_ANCHOR"),
                     QCoreApplication::translate("danewerk::core::ValidationTrustAnchors",
                                                 "The file holds no DS or DNSKEY record."),
                     fileName, 0, 0};
    return anchors;
}

QStringList ValidationTrustAnchors::owners() const {
    QStringList result;
    for (size_t i = 0; m_records && i < ldns_rr_list_rr_count(m_records.get()); ++i) {
        const QString owner = rdfToName(ldns_rr_owner(ldns_rr_list_rr(m_records.get(), i)));
        if (!result.contains(owner))
            result.append(owner);
    }
    return result;
}

QString ValidationTrustAnchors::text() const {
    QString out;
    for (size_t i = 0; m_records && i < ldns_rr_list_rr_count(m_records.get()); ++i) {
        char* line = ldns_rr2str(ldns_rr_list_rr(m_records.get(), i));
        out += QString::fromLatin1(line);
        free(line);
    }
    return out;
}

QString ValidationTrustAnchors::closestAnchor(const QString& name) const {
    QString best;
    for (const QString& owner : owners())
        if (isSubdomainOf(name, owner) && labelCount(owner) >= labelCount(best) &&
            (best.isEmpty() || labelCount(owner) > labelCount(best)))
            best = owner;
    return best;
}

} // namespace danewerk::core
