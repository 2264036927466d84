// The running (unprivileged) lab keeps its private keys in key files only: every other file of the lab
// directory (zones, signed zones, configurations, trust anchors, state, listener list, logs) and the output
// of `lab status` and `lab scenarios` contain no private key material, in hex, base64 or raw; every file that
// holds a private key is owner-only (0600, or in a directory only the owner can enter).
#include "LabTestSupport.h"

#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/pem.h>

namespace {

// Every private key in a PEM text (several may follow one another): its secret as raw bytes.
QList<QByteArray> pemSecrets(const QByteArray& text) {
    QList<QByteArray> secrets;
    BIO* bio = BIO_new_mem_buf(text.constData(), int(text.size()));
    if (!bio)
        return secrets;
    while (EVP_PKEY* key = PEM_read_bio_PrivateKey(bio, nullptr, nullptr, nullptr)) {
        QByteArray secret;
        size_t length = 0;
        BIGNUM* bn = nullptr;
        if (EVP_PKEY_get_raw_private_key(key, nullptr, &length) == 1) {
            secret.resize(qsizetype(length));
            EVP_PKEY_get_raw_private_key(key, reinterpret_cast<unsigned char*>(secret.data()), &length);
        } else if (EVP_PKEY_get_bn_param(key, OSSL_PKEY_PARAM_PRIV_KEY, &bn) == 1 ||
                   EVP_PKEY_get_bn_param(key, OSSL_PKEY_PARAM_RSA_D, &bn) == 1) {
            secret.resize(BN_num_bytes(bn));
            BN_bn2bin(bn, reinterpret_cast<unsigned char*>(secret.data()));
            BN_free(bn);
        }
        EVP_PKEY_free(key);
        if (secret.size() >= 16)
            secrets << secret;
    }
    BIO_free(bio);
    return secrets;
}

// The secret of a BIND K*.private file.
QList<QByteArray> bindSecrets(const QByteArray& text) {
    for (const char* field : {"PrivateExponent", "PrivateKey"}) {
        const QRegularExpressionMatch match =
            QRegularExpression(QStringLiteral("^%1: (\\S+)$").arg(QLatin1String(field)),
                               QRegularExpression::MultilineOption)
                .match(QString::fromLatin1(text));
        if (match.hasMatch())
            return {QByteArray::fromBase64(match.captured(1).toLatin1())};
    }
    return {};
}

bool holdsPrivateKey(const QByteArray& text) {
    return text.contains("PRIVATE KEY-----") || text.contains("Private-key-format:");
}

// Which spelling of which secret `data` contains, or an empty string.
QString leak(const QByteArray& data, const QList<QByteArray>& secrets) {
    if (holdsPrivateKey(data))
        return QStringLiteral("a private key block");
    const QByteArray lower = data.toLower();
    for (const QByteArray& secret : secrets)
        for (qsizetype at = 0; at + 16 <= secret.size(); at += 8) {
            const QByteArray window = secret.mid(at, 16);
            if (lower.contains(window.toHex()))
                return QStringLiteral("hex of a private key");
            if (data.contains(window.toBase64().left(20)))
                return QStringLiteral("base64 of a private key");
            if (data.contains(window))
                return QStringLiteral("raw bytes of a private key");
        }
    return {};
}

} // namespace

class tst_LabUnprivilegedNoPrivateKey : public QObject {
    Q_OBJECT

private:
    QString m_dir = QStringLiteral(DANEWERK_LAB_UNPRIVILEGED_DIR);
    QStringList m_keyFiles;
    QStringList m_otherFiles;
    QList<QByteArray> m_secrets;

private slots:
    void initTestCase() {
        QDirIterator it(m_dir, QDir::Files | QDir::Hidden | QDir::NoSymLinks, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile file(path);
            QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
            const QByteArray data = file.read(64 * 1024 * 1024);
            if (holdsPrivateKey(data)) {
                m_keyFiles << path;
                m_secrets += path.endsWith(QLatin1String(".private")) ? bindSecrets(data) : pemSecrets(data);
            } else {
                m_otherFiles << path;
            }
        }
        QVERIFY2(m_keyFiles.size() >= 2, "the lab has DNSSEC and TLS keys");
        QVERIFY2(m_secrets.size() >= m_keyFiles.size(), "every key file's secret was extracted");
        qInfo("%lld key files, %lld other files", qint64(m_keyFiles.size()), qint64(m_otherFiles.size()));
    }

    // Owner-only: the file itself (0600), or, for the keys Knot generates (it writes them 0640 whatever the
    // umask), a directory of the lab on the way to it that others cannot enter.
    void keyFilesAreOwnerOnly() {
        const QFileDevice::Permissions others =
            QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup | QFileDevice::WriteOther;
        const QFileDevice::Permissions enter = QFileDevice::ExeGroup | QFileDevice::ExeOther;
        for (const QString& path : std::as_const(m_keyFiles)) {
            bool closed = (QFile::permissions(path) & others) == 0;
            for (QString dir = QFileInfo(path).path(); !closed && dir.startsWith(m_dir + QLatin1Char('/'));
                 dir = QFileInfo(dir).path())
                closed = (QFile::permissions(dir) & enter) == 0;
            QVERIFY2(closed, qPrintable(path));
        }
    }

    void otherFilesHoldNoKey() {
        for (const QString& path : std::as_const(m_otherFiles)) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QString found = leak(file.read(64 * 1024 * 1024), m_secrets);
            QVERIFY2(found.isEmpty(), qPrintable(path + QStringLiteral(": ") + found));
        }
    }

    void commandOutputHoldsNoKey() {
        for (const QStringList& arguments :
             {QStringList{QStringLiteral("lab"), QStringLiteral("status"), QStringLiteral("--dir"), m_dir},
              QStringList{QStringLiteral("--json"), QStringLiteral("lab"), QStringLiteral("status"),
                          QStringLiteral("--dir"), m_dir},
              QStringList{QStringLiteral("--json"), QStringLiteral("lab"), QStringLiteral("scenarios")}}) {
            const labtest::Run run = labtest::cli(arguments);
            QVERIFY2(run.exitCode >= 0, qPrintable(arguments.join(u' ')));
            const QString found = leak((run.out + run.err).toUtf8(), m_secrets);
            QVERIFY2(found.isEmpty(), qPrintable(arguments.join(u' ') + QStringLiteral(": ") + found));
        }
    }
};

QTEST_GUILESS_MAIN(tst_LabUnprivilegedNoPrivateKey)
#include "tst_LabUnprivilegedNoPrivateKey.moc"
