#include "core/common/AtomicFile.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace danewerk::core;

class TestAtomicFile : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void writesNewFile() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("zone.db"));
        QVERIFY(writeFileAtomically(path, "hello\n").ok());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("hello\n"));
        // No temporary file is left behind.
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("zone.db")});
    }
    void refusesToOverwriteWithoutPermission() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("keep.txt"));
        QVERIFY(writeFileAtomically(path, "original").ok());
        const auto second = writeFileAtomically(path, "replacement");
        QVERIFY(!second.ok());
        QCOMPARE(second.error().code, QStringLiteral("FILE_EXISTS"));
        QCOMPARE(second.error().file, path);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("original"));
    }
    void overwritesWhenAsked() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("f.txt"));
        QVERIFY(writeFileAtomically(path, "one").ok());
        QVERIFY(writeFileAtomically(path, "two", {.overwrite = true}).ok());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("two"));
    }
    void privateKeysAreOwnerOnly() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("Kexample.+013+12345.private"));
        QVERIFY(writeFileAtomically(path, "PrivateKey: secret\n", {.privateKey = true}).ok());
        struct stat st {};
        QCOMPARE(::stat(QFile::encodeName(path).constData(), &st), 0);
        QCOMPARE(int(st.st_mode & 0777), 0600);
    }
    void unwritableDirectoryIsAnError() {
        const auto result = writeFileAtomically(QStringLiteral("/nonexistent-dir/x/file"), "x");
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, QStringLiteral("FILE_UNWRITABLE"));
    }
    void readLimited() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("big"));
        QVERIFY(writeFileAtomically(path, QByteArray(100, 'x')).ok());
        QCOMPARE(readFileLimited(path, 100)->size(), 100);
        const auto tooLarge = readFileLimited(path, 99);
        QVERIFY(!tooLarge.ok());
        QCOMPARE(tooLarge.error().code, QStringLiteral("FILE_TOO_LARGE"));
        QCOMPARE(readFileLimited(dir.filePath(QStringLiteral("missing"))).error().code,
                 QStringLiteral("FILE_UNREADABLE"));
    }
};

QTEST_GUILESS_MAIN(TestAtomicFile)
#include "tst_atomicfile.moc"
