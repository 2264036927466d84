#include "core/lab/LabDnssecRecords.h"

#include "core/common/AtomicFile.h"
#include "core/dns/Ldns.h"
#include "core/lab/LabError.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace danewerk::core {

namespace {

Error unreadable(const QString& what, const QString& file = {}) {
    return labError(QStringLiteral("LAB_KEY_UNREADABLE"),
                    QCoreApplication::translate("danewerk::core::LabDnssecRecords", "Cannot use the key: %1").arg(what),
                    file);
}

ldns::RrPtr parseRecord(const QString& line) {
    ldns_rr* rr = nullptr;
    const QByteArray text = line.toUtf8();
    if (ldns_rr_new_frm_str(&rr, text.constData(), 3600, nullptr, nullptr) != LDNS_STATUS_OK)
        return {};
    return ldns::RrPtr(rr);
}

QString recordText(const ldns_rr* rr) {
    char* text = ldns_rr2str(rr);
    QString result = QString::fromUtf8(text).trimmed();
    LDNS_FREE(text);
    // ldns appends a comment with the key tag to DNSKEY lines; keep the record alone.
    const qsizetype comment = result.indexOf(u';');
    if (comment > 0)
        result = result.left(comment).trimmed();
    return result;
}

} // namespace

Result<QString> LabDnssecRecords::dnskeyFromKeyFile(const QString& keyFile) {
    auto bytes = readFileLimited(keyFile, 64 * 1024);
    if (!bytes)
        return bytes.error();
    for (const QString& line : QString::fromUtf8(bytes.value()).split(u'\n')) {
        const QString trimmed = line.trimmed();
        if (trimmed.isEmpty() || trimmed.startsWith(u';'))
            continue;
        ldns::RrPtr rr = parseRecord(trimmed);
        if (rr && ldns_rr_get_type(rr.get()) == LDNS_RR_TYPE_DNSKEY)
            return recordText(rr.get());
    }
    return unreadable(QStringLiteral("no DNSKEY record in %1").arg(keyFile), keyFile);
}

Result<QString> LabDnssecRecords::dsFromDnskey(const QString& dnskeyLine, quint32 ttl) {
    ldns::RrPtr key = parseRecord(dnskeyLine);
    if (!key || ldns_rr_get_type(key.get()) != LDNS_RR_TYPE_DNSKEY)
        return unreadable(dnskeyLine);
    ldns::RrPtr ds(ldns_key_rr2ds(key.get(), LDNS_SHA256));
    if (!ds)
        return unreadable(dnskeyLine);
    ldns_rr_set_ttl(ds.get(), ttl);
    return recordText(ds.get());
}

Result<QString> LabDnssecRecords::bindTrustAnchor(const QString& dsLine) {
    const QStringList fields = dsLine.simplified().split(u' ');
    const qsizetype ds = fields.indexOf(QStringLiteral("DS"));
    if (ds < 1 || fields.size() < ds + 5)
        return unreadable(dsLine);
    const QString& owner = fields.first();
    const QString digest = fields.mid(ds + 4).join(QString());
    return QStringLiteral("trust-anchors {\n    \"%1\" static-ds %2 %3 %4 \"%5\";\n};\n")
        .arg(owner, fields[ds + 1], fields[ds + 2], fields[ds + 3], digest.toLower());
}

} // namespace danewerk::core
