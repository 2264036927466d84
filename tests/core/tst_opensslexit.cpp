// A Qt worker thread that used OpenSSL and is slow to exit must not lose its OpenSSL state when the program
// returns from main() (core/OpenSslStartup.cpp). QThreadPool's destructor returns once a task is done,
// before the thread's exit handlers run; if OpenSSL's atexit() cleanup ran first, the thread's error queue
// was lost, and LeakSanitizer reported 904 bytes now and then under load. The child below makes that timing
// certain: its thread's first exit handler sleeps, and an atexit() handler keeps the process alive until
// the thread is gone. Under the asan preset (as CI runs the core tests) LeakSanitizer judges the child's
// exit; in other builds the child must still exit cleanly.

#include <QCoreApplication>
#include <QProcess>
#include <QTest>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <openssl/err.h>
#include <openssl/x509.h>

#include <cstdlib>
#include <pthread.h>
#include <unistd.h>

namespace {

constexpr char ChildVariable[] = "DANEWERK_OPENSSL_EXIT_CHILD";

pthread_key_t slowKey;

int childScenario() {
    // Kept alive (by this atexit() handler, registered before any OpenSSL cleanup could be) until the
    // worker has run all of its exit handlers.
    std::atexit([] { usleep(600 * 1000); });
    pthread_key_create(&slowKey, [](void*) { usleep(300 * 1000); });
    {
        QThreadPool pool;
        QtConcurrent::run(&pool, [] {
            pthread_setspecific(slowKey, reinterpret_cast<void*>(1));
            const unsigned char junk[4] = {1, 2, 3, 4};
            const unsigned char* p = junk;
            // Fails, and so puts an error on this thread's OpenSSL error queue.
            if (X509* certificate = d2i_X509(nullptr, &p, sizeof junk))
                X509_free(certificate);
        }).waitForFinished();
    }
    return 0;
}

} // namespace

class tst_OpenSslExit : public QObject {
    Q_OBJECT

private slots:
    void slowWorkerThreadKeepsItsStateUntilItExits() {
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QString::fromLatin1(ChildVariable), QStringLiteral("1"));
        child.setProcessEnvironment(env);
        child.start(QCoreApplication::applicationFilePath(), {});
        QVERIFY(child.waitForFinished(30000));
        const QString err = QString::fromUtf8(child.readAllStandardError());
        QVERIFY2(child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0, qPrintable(err));
        QVERIFY2(!err.contains(QStringLiteral("LeakSanitizer")), qPrintable(err));
    }
};

int main(int argc, char** argv) {
    if (qEnvironmentVariableIsSet(ChildVariable))
        return childScenario();
    QCoreApplication app(argc, argv);
    tst_OpenSslExit test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_opensslexit.moc"
