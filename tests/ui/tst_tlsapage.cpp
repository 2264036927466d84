// Loads certificates into the TLSA page offscreen and reads the records from the output widget; the expected
// digests are computed here with OpenSSL, independently of the engine.
#include "ui/pages/TlsaPage.h"

#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QSettings>
#include <QTest>

#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

using danewerk::ui::TlsaPage;

namespace {

QByteArray digest(const QByteArray& data, const EVP_MD* md) {
    unsigned char out[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    EVP_Digest(data.constData(), size_t(data.size()), out, &length, md, nullptr);
    return QByteArray(reinterpret_cast<const char*>(out), int(length));
}

// DER of the first certificate (selector 0) and of its SubjectPublicKeyInfo (selector 1).
std::pair<QByteArray, QByteArray> leafDer(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray pem = file.readAll();
    BIO* bio = BIO_new_mem_buf(pem.constData(), int(pem.size()));
    X509* cert = PEM_read_bio_X509(bio, nullptr, nullptr, nullptr);
    BIO_free(bio);
    if (!cert)
        return {};
    unsigned char* buffer = nullptr;
    int n = i2d_X509(cert, &buffer);
    QByteArray certDer(reinterpret_cast<const char*>(buffer), n);
    OPENSSL_free(buffer);
    buffer = nullptr;
    n = i2d_X509_PUBKEY(X509_get_X509_PUBKEY(cert), &buffer);
    QByteArray spkiDer(reinterpret_cast<const char*>(buffer), n);
    OPENSSL_free(buffer);
    X509_free(cert);
    return {certDer, spkiDer};
}

const QString kSample = QStringLiteral(":/sample/mx1.example.org.fullchain.pem");

} // namespace

class TestTlsaPage : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() {
        QCoreApplication::setOrganizationName(QStringLiteral("DanewerkTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_tlsapage"));
        QSettings().clear();
    }
    void defaultRecordIs311FromTheLeafKey() {
        TlsaPage page;
        QVERIFY(page.openFile(kSample));
        const auto [certDer, spkiDer] = leafDer(kSample);
        QVERIFY(!spkiDer.isEmpty());
        const QString hex = QString::fromLatin1(digest(spkiDer, EVP_sha256()).toHex());
        QCOMPARE(page.outputText().trimmed(),
                 QStringLiteral("_25._tcp.mx1.example.org. 3600 IN TLSA 3 1 1 %1").arg(hex));
    }
    void outputFollowsTheParameters() {
        TlsaPage page;
        QVERIFY(page.openFile(kSample));
        auto* selector = page.findChild<QComboBox*>(QStringLiteral("selector"));
        auto* mtype = page.findChild<QComboBox*>(QStringLiteral("mtype"));
        auto* format = page.findChild<QComboBox*>(QStringLiteral("format"));
        auto* host = page.findChild<QLineEdit*>(QStringLiteral("host"));
        QVERIFY(selector && mtype && format && host);
        selector->setCurrentIndex(selector->findData(0));
        mtype->setCurrentIndex(mtype->findData(2));
        format->setCurrentIndex(format->findData(QStringLiteral("rdata")));
        const auto [certDer, spkiDer] = leafDer(kSample);
        const QString hex = QString::fromLatin1(digest(certDer, EVP_sha512()).toHex());
        QCOMPARE(page.outputText().trimmed(), QStringLiteral("3 0 2 %1").arg(hex));
        format->setCurrentIndex(format->findData(QStringLiteral("zone")));
        QTest::keyClicks(host, QStringLiteral("mail.example.org"));
        QVERIFY(page.outputText().startsWith(QStringLiteral("_25._tcp.mail.example.org. 3600 IN TLSA 3 0 2 ")));
    }
    void preflightMatchesThePublishedRecord() {
        TlsaPage page;
        QVERIFY(page.openFile(kSample));
        const auto [certDer, spkiDer] = leafDer(kSample);
        const QString hex = QString::fromLatin1(digest(spkiDer, EVP_sha256()).toHex());
        page.showPreflight();
        page.setPreflightRecords(QStringLiteral("_25._tcp.mx1.example.org. 3600 IN TLSA 3 1 1 %1\n").arg(hex));
        QVERIFY2(page.preflightResultText().contains(QStringLiteral("Match")), qPrintable(page.preflightResultText()));
        page.setPreflightRecords(QStringLiteral("3 1 1 %1\n").arg(QString(64, QLatin1Char('0'))));
        QVERIFY2(page.preflightResultText().contains(QStringLiteral("Mismatch")),
                 qPrintable(page.preflightResultText()));
    }
    void badInputIsReportedNotLoaded() {
        TlsaPage page;
        QVERIFY(!page.openData("this is not a certificate", QStringLiteral("garbage.pem")));
        QVERIFY(page.outputText().isEmpty());
    }
};

QTEST_MAIN(TestTlsaPage)
#include "tst_tlsapage.moc"
