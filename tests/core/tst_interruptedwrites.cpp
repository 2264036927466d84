// Writers killed with SIGKILL at random (seeded) moments while writeFileAtomically writes a large file: the
// target is always absent, the old content or the complete new content, never a part of either, and a
// private key is never readable by others at any moment. The writer is this executable, started again with
// --write-child, so the kill hits a real process in the middle of real system calls.

#include "core/common/AtomicFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>
#include <cstring>
#include <random>
#include <sys/stat.h>

using namespace danewerk::core;

namespace {

constexpr qsizetype ContentSize = 8 * 1024 * 1024;

// Every 32-octet block names its generation and position, so any mix of two generations or a cut-off file
// differs from both.
QByteArray content(int generation) {
    QByteArray bytes(ContentSize, '\n');
    char text[40];
    for (qsizetype block = 0; block * 32 < ContentSize; ++block) {
        std::snprintf(text, sizeof text, "%06d:%024lld", generation, static_cast<long long>(block));
        std::memcpy(bytes.data() + block * 32, text, 31);
    }
    return bytes;
}

// The child: write generation N to PATH and exit 0 on success.
int writeChild(const QStringList& args) {
    const QString path = args.value(2);
    const int generation = args.value(3).toInt();
    WriteOptions options;
    options.overwrite = args.value(4) == QLatin1String("overwrite");
    options.privateKey = args.value(5) == QLatin1String("private");
    return writeFileAtomically(path, content(generation), options).ok() ? 0 : 1;
}

} // namespace

class tst_interruptedwrites : public QObject {
    Q_OBJECT

private:
    static QStringList childArguments(const QString& path, int generation, bool overwrite, bool privateKey) {
        return {QStringLiteral("--write-child"), path, QString::number(generation),
                overwrite ? QStringLiteral("overwrite") : QStringLiteral("new"),
                privateKey ? QStringLiteral("private") : QStringLiteral("public")};
    }

    // Runs a writer and kills it after `delayMs` unless it finished; true when it was killed.
    static bool runAndKill(const QStringList& arguments, int delayMs) {
        QProcess child;
        child.start(QCoreApplication::applicationFilePath(), arguments);
        if (!child.waitForStarted(10000))
            return false;
        if (child.waitForFinished(delayMs))
            return false;
        child.kill(); // SIGKILL
        child.waitForFinished(10000);
        return true;
    }

    static QByteArray read(const QString& path) {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

private slots:
    void killedWriter_data() {
        QTest::addColumn<bool>("replacing");
        QTest::addColumn<bool>("privateKey");
        QTest::newRow("new file") << false << false;
        QTest::newRow("replacing a file (--force)") << true << false;
        QTest::newRow("new private key") << false << true;
        QTest::newRow("replacing a private key") << true << true;
    }

    void killedWriter() {
        QFETCH(bool, replacing);
        QFETCH(bool, privateKey);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("example.zone.signed"));

        // How long one whole write takes here (process start included), to spread the kills over it.
        QElapsedTimer clock;
        clock.start();
        QCOMPARE(QProcess::execute(QCoreApplication::applicationFilePath(),
                                   childArguments(dir.filePath(QStringLiteral("calibration")), 0, false, false)),
                 0);
        const int fullMs = int(std::max<qint64>(clock.elapsed(), 50));
        QVERIFY(QFile::remove(dir.filePath(QStringLiteral("calibration"))));

        int current = -1; // the generation the target holds, -1 for none
        QByteArray currentContent;
        if (replacing) {
            currentContent = content(0);
            QVERIFY(writeFileAtomically(path, currentContent, {false, privateKey}).ok());
            current = 0;
        }
        std::mt19937 random(20261129u + (replacing ? 1u : 0u) + (privateKey ? 2u : 0u));
        std::uniform_int_distribution<int> delays(0, fullMs * 6 / 5);
        int killed = 0;
        int completed = 0;
        for (int generation = 1; generation <= 16; ++generation) {
            if (!replacing && QFile::exists(path))
                QVERIFY(QFile::remove(path));
            if (!replacing)
                current = -1;
            const QByteArray next = content(generation);
            const bool wasKilled = runAndKill(childArguments(path, generation, replacing, privateKey), delays(random));
            const QByteArray now = read(path);
            const QString where =
                QStringLiteral("generation %1, %2").arg(generation).arg(wasKilled ? "killed" : "done");
            if (!QFile::exists(path)) {
                QVERIFY2(current < 0, qPrintable(where + ": the old file was lost"));
            } else if (now == next) {
                current = generation;
                currentContent = next;
            } else {
                QVERIFY2(current >= 0 && now == currentContent,
                         qPrintable(where + QStringLiteral(": partial content, %1 octets").arg(now.size())));
            }
            if (!wasKilled)
                QVERIFY2(current == generation, qPrintable(where + ": a finished writer wrote its content"));
            killed += wasKilled ? 1 : 0;
            completed += current == generation ? 1 : 0;
            // Whatever is on disk, target or stale temporary file, is owner-only for a private key.
            if (privateKey)
                for (const QFileInfo& file : QDir(dir.path()).entryInfoList(QDir::Files | QDir::Hidden)) {
                    struct stat st {};
                    QCOMPARE(::stat(QFile::encodeName(file.filePath()).constData(), &st), 0);
                    QVERIFY2((st.st_mode & 0077) == 0, qPrintable(file.fileName()));
                }
        }
        qInfo("full write %d ms; 16 writers: %d killed, %d with the new content in place", fullMs, killed, completed);
    }

    // A symbolic link at the target counts as an existing file, dangling or not; replacing it (when asked)
    // replaces the link, never the file it points to.
    void symlinkAtTarget() {
        QTemporaryDir dir;
        const QString elsewhere = dir.filePath(QStringLiteral("elsewhere"));
        const QString link = dir.filePath(QStringLiteral("out.zone"));
        QVERIFY(QFile::link(elsewhere, link));
        QCOMPARE(writeFileAtomically(link, "new").error().code, QStringLiteral("FILE_EXISTS"));
        QVERIFY(!QFile::exists(elsewhere));
        QVERIFY(writeFileAtomically(elsewhere, "precious").ok());
        QCOMPARE(writeFileAtomically(link, "new").error().code, QStringLiteral("FILE_EXISTS"));
        QVERIFY(writeFileAtomically(link, "new", {true, false}).ok());
        QVERIFY(!QFileInfo(link).isSymLink());
        QCOMPARE(read(link), QByteArray("new"));
        QCOMPARE(read(elsewhere), QByteArray("precious"));
    }
};

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.value(1) == QLatin1String("--write-child"))
        return writeChild(args);
    tst_interruptedwrites test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_interruptedwrites.moc"
