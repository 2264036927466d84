#include "core/dnssec/BindKeyFile.h"

#include "core/common/AtomicFile.h"
#include "core/dns/DnsName.h"
#include "core/dnssec/DnssecAlgorithm.h"
#include "core/dnssec/DnssecError.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTimeZone>

namespace danewerk::core {

namespace {

QString bindTime(const QDateTime& moment) {
    return moment.toUTC().toString(QStringLiteral("yyyyMMddHHmmss"));
}

Error malformed(const QString& file, int line, const QString& message) {
    return dnssecError(QStringLiteral("KEY_MALFORMED"), message, file, line, 0);
}

} // namespace

QString BindKeyFile::baseName(const DnssecKey& key) {
    return QStringLiteral("K%1+%2+%3")
        .arg(key.ownerText())
        .arg(key.algorithm(), 3, 10, QLatin1Char('0'))
        .arg(key.keyTag(), 5, 10, QLatin1Char('0'));
}

QByteArray BindKeyFile::publicFileContent(const DnssecKey& key, quint32 ttl) {
    const QString role = key.isSep() ? QStringLiteral("key-signing") : QStringLiteral("zone-signing");
    QString text =
        QStringLiteral("; This is a %1 key, keyid %2, for %3\n").arg(role).arg(key.keyTag()).arg(key.ownerText());
    if (key.created().isValid())
        text += QStringLiteral("; Created: %1 (%2)\n")
                    .arg(bindTime(key.created()), key.created().toUTC().toString(Qt::RFC2822Date));
    text += key.dnskeyText(ttl) + QLatin1Char('\n');
    return text.toUtf8();
}

Result<QByteArray> BindKeyFile::privateFileContent(const DnssecKey& key) {
    auto fields = DnssecCrypto::privateKeyFields(key.algorithm(), key.evpKey());
    if (!fields)
        return fields.error();
    QByteArray text = "Private-key-format: v1.3\n";
    text += QStringLiteral("Algorithm: %1 (%2)\n")
                .arg(key.algorithm())
                .arg(DnssecAlgorithm::mnemonic(key.algorithm()))
                .toUtf8();
    for (const auto& [name, value] : *fields)
        text += name.toUtf8() + ": " + value.toBase64() + '\n';
    if (key.created().isValid()) {
        const QByteArray when = bindTime(key.created()).toLatin1();
        text += "Created: " + when + "\nPublish: " + when + "\nActivate: " + when + '\n';
    }
    return text;
}

Result<QString> BindKeyFile::write(const DnssecKey& key, const QString& directory, bool overwrite, quint32 ttl) {
    if (!key.hasPrivateKey())
        return dnssecError(QStringLiteral("KEY_NOT_PRIVATE"),
                           QCoreApplication::translate("danewerk::core::BindKeyFile",
                                                       "Only key pairs can be written as BIND key files."));
    const QString base = QDir(directory).filePath(baseName(key));
    auto privateText = privateFileContent(key);
    if (!privateText)
        return privateText.error();
    const QString keyPath = base + QStringLiteral(".key");
    const QString privatePath = base + QStringLiteral(".private");
    if (!overwrite) {
        for (const QString& path : {keyPath, privatePath})
            if (QFileInfo::exists(path))
                return dnssecError(QStringLiteral("FILE_EXISTS"),
                                   QCoreApplication::translate("danewerk::core::BindKeyFile",
                                                               "%1 exists already; use --force to replace it.")
                                       .arg(path),
                                   path);
    }
    auto written = writeFileAtomically(privatePath, *privateText, {overwrite, true});
    if (!written)
        return written.error();
    written = writeFileAtomically(keyPath, publicFileContent(key, ttl), {overwrite, false});
    if (!written)
        return written.error();
    return keyPath;
}

Result<DnssecKey> BindKeyFile::parsePublic(const QByteArray& text, const QString& fileName) {
    const QList<QByteArray> lines = text.split('\n');
    QByteArray record;
    int recordLine = 0;
    int depth = 0;
    for (int i = 0; i < lines.size(); ++i) {
        QByteArray line = lines[i];
        const qsizetype comment = line.indexOf(';');
        if (comment >= 0)
            line.truncate(comment);
        if (line.trimmed().isEmpty() && depth == 0)
            continue;
        if (recordLine == 0)
            recordLine = i + 1;
        depth += int(line.count('(')) - int(line.count(')'));
        record += line.replace('(', ' ').replace(')', ' ') + ' ';
        if (depth <= 0) {
            if (record.toUpper().contains(" DNSKEY "))
                break;
            record.clear();
            recordLine = 0;
        }
    }
    const QStringList tokens =
        QString::fromUtf8(record).split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
    const qsizetype typeIndex = tokens.indexOf(QStringLiteral("DNSKEY"), 1) >= 0
                                    ? tokens.indexOf(QStringLiteral("DNSKEY"), 1)
                                    : tokens.indexOf(QStringLiteral("dnskey"), 1);
    if (tokens.isEmpty() || typeIndex < 1 || tokens.size() < typeIndex + 5)
        return malformed(fileName, recordLine,
                         QCoreApplication::translate("danewerk::core::BindKeyFile", "No DNSKEY record found."));
    auto owner = dnsNameFromText(tokens[0]);
    if (!owner)
        return malformed(fileName, recordLine, owner.error().message);
    DnskeyRdata rdata;
    bool ok1 = false, ok2 = false, ok3 = false;
    const uint flags = tokens[typeIndex + 1].toUInt(&ok1);
    const uint protocol = tokens[typeIndex + 2].toUInt(&ok2);
    const uint algorithm = tokens[typeIndex + 3].toUInt(&ok3);
    if (!ok1 || !ok2 || !ok3 || flags > 0xffff || protocol > 255 || algorithm > 255)
        return malformed(fileName, recordLine,
                         QCoreApplication::translate("danewerk::core::BindKeyFile",
                                                     "The DNSKEY flags, protocol or algorithm are not numbers."));
    rdata.flags = quint16(flags);
    rdata.protocol = quint8(protocol);
    rdata.algorithm = quint8(algorithm);
    const QByteArray base64 = tokens.mid(typeIndex + 4).join(QString()).toLatin1();
    auto decoded = QByteArray::fromBase64Encoding(base64, QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.isEmpty())
        return malformed(
            fileName, recordLine,
            QCoreApplication::translate("danewerk::core::BindKeyFile", "The public key is not valid base64."));
    rdata.publicKey = decoded.decoded;
    auto key = DnssecKey::fromDnskey(*owner, rdata);
    if (!key) {
        Error error = key.error();
        error.file = fileName;
        error.line = recordLine;
        return error;
    }
    return key;
}

Result<DnssecKey> BindKeyFile::read(const QString& path) {
    QString base = path;
    if (base.endsWith(QStringLiteral(".key")))
        base.chop(4);
    else if (base.endsWith(QStringLiteral(".private")))
        base.chop(8);
    const QString keyPath = base + QStringLiteral(".key");
    const QString privatePath = base + QStringLiteral(".private");
    auto keyText = readFileLimited(keyPath, 1024 * 1024);
    if (!keyText)
        return keyText.error();
    auto publicKey = parsePublic(*keyText, keyPath);
    if (!publicKey || !QFileInfo::exists(privatePath))
        return publicKey;
    auto privateText = readFileLimited(privatePath, 1024 * 1024);
    if (!privateText)
        return privateText.error();
    QMap<QString, QByteArray> fields;
    int algorithm = -1;
    QDateTime created;
    const QList<QByteArray> lines = privateText->split('\n');
    for (int i = 0; i < lines.size(); ++i) {
        const QByteArray line = lines[i].trimmed();
        if (line.isEmpty())
            continue;
        const qsizetype colon = line.indexOf(':');
        if (colon < 1)
            return malformed(privatePath, i + 1,
                             QCoreApplication::translate("danewerk::core::BindKeyFile", "Expected \"Name: value\"."));
        const QString name = QString::fromLatin1(line.left(colon));
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (name == QLatin1String("Private-key-format")) {
            if (!value.startsWith("v1."))
                return malformed(
                    privatePath, i + 1,
                    QCoreApplication::translate("danewerk::core::BindKeyFile", "Unsupported private key format %1.")
                        .arg(QString::fromLatin1(value)));
        } else if (name == QLatin1String("Algorithm")) {
            algorithm = value.split(' ').value(0).toInt();
        } else if (name == QLatin1String("Created")) {
            created = QDateTime::fromString(QString::fromLatin1(value), QStringLiteral("yyyyMMddHHmmss"));
            created.setTimeZone(QTimeZone::utc());
        } else if (name == QLatin1String("PrivateKey") || name == QLatin1String("Modulus") ||
                   name == QLatin1String("PublicExponent") || name == QLatin1String("PrivateExponent") ||
                   name.startsWith(QLatin1String("Prime")) || name.startsWith(QLatin1String("Exponent")) ||
                   name == QLatin1String("Coefficient")) {
            auto decoded = QByteArray::fromBase64Encoding(value, QByteArray::AbortOnBase64DecodingErrors);
            if (!decoded)
                return malformed(
                    privatePath, i + 1,
                    QCoreApplication::translate("danewerk::core::BindKeyFile", "The field %1 is not valid base64.")
                        .arg(name));
            fields.insert(name, decoded.decoded);
        }
    }
    if (algorithm != publicKey->algorithm())
        return malformed(privatePath, 0,
                         QCoreApplication::translate("danewerk::core::BindKeyFile",
                                                     "The private key's algorithm differs from the public key's."));
    auto pkey = DnssecCrypto::privateKeyFromFields(algorithm, fields, publicKey->dnskey().publicKey);
    if (!pkey) {
        Error error = pkey.error();
        error.file = privatePath;
        return error;
    }
    // The pair must belong together: the public key derived from the private one equals the DNSKEY's.
    auto derived = DnssecCrypto::dnskeyPublicKey(algorithm, pkey->get());
    if (!derived || *derived != publicKey->dnskey().publicKey)
        return malformed(privatePath, 0,
                         QCoreApplication::translate("danewerk::core::BindKeyFile",
                                                     "The private key does not belong to the public key in %1.")
                             .arg(keyPath));
    return DnssecKey::fromParts(publicKey->owner(), publicKey->dnskey(), *pkey, created);
}

} // namespace danewerk::core
