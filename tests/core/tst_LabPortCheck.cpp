// The lab names the process that holds one of its addresses, from a /proc tree (here a fake one).
#include "core/lab/LabPortCheck.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace danewerk::core;

class tst_LabPortCheck : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_proc;

    void write(const QString& relative, const QByteArray& content) {
        const QString path = m_proc.filePath(relative);
        QDir().mkpath(QFileInfo(path).path());
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
    }

    void socket(qint64 pid, int fd, quint64 inode, const QByteArray& comm) {
        write(QStringLiteral("%1/comm").arg(pid), comm + '\n');
        const QString link = m_proc.filePath(QStringLiteral("%1/fd/%2").arg(pid).arg(fd));
        QDir().mkpath(QFileInfo(link).path());
        QVERIFY(::symlink(QStringLiteral("socket:[%1]").arg(inode).toLatin1().constData(),
                          link.toLocal8Bit().constData()) == 0);
    }

private slots:
    void initTestCase() {
        const QByteArray header = "  sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid  "
                                  "timeout inode\n";
        // 127.30.0.1:53 listening (TCP), an established connection from 127.30.0.9:53 (never a conflict),
        // [::1]:25 listening, UDP wildcard on 10053.
        write(
            QStringLiteral("net/tcp"),
            header +
                "   0: 01001E7F:0035 00000000:0000 0A 00000000:00000000 00:00000000 00000000     0        0 4242 1\n"
                "   1: 09001E7F:0035 0100007F:9C40 01 00000000:00000000 00:00000000 00000000     0        0 4343 1\n");
        write(QStringLiteral("net/tcp6"),
              header + "   0: 00000000000000000000000001000000:0019 00000000000000000000000000000000:0000 0A "
                       "00000000:00000000 00:00000000 00000000     0        0 5151 1\n");
        write(QStringLiteral("net/udp"),
              header +
                  "   0: 00000000:2745 00000000:0000 07 00000000:00000000 00:00000000 00000000   104        0 777 2\n");
        write(QStringLiteral("net/udp6"), header);
        socket(1234, 3, 4242, "nsd: main");
        socket(1240, 5, 4242, "nsd: server 1"); // shares the socket: the older process is named
        socket(88, 7, 5151, "master");
    }

    void conflictsNameTheHolder_data() {
        QTest::addColumn<QString>("address");
        QTest::addColumn<int>("port");
        QTest::addColumn<bool>("tcp");
        QTest::addColumn<QString>("description"); // empty: free
        QTest::newRow("taken tcp") << "127.30.0.1" << 53 << true
                                   << "TCP 127.30.0.1:53 is taken (bound to 127.30.0.1) by nsd: main (PID 1234)";
        QTest::newRow("udp of the same address is free") << "127.30.0.1" << 53 << false << "";
        QTest::newRow("established is no conflict") << "127.30.0.9" << 53 << true << "";
        QTest::newRow("ipv6") << "::1" << 25 << true << "TCP [::1]:25 is taken (bound to ::1) by master (PID 88)";
        QTest::newRow("wildcard, holder unseen")
            << "127.30.0.2" << 10053 << false
            << "UDP 127.30.0.2:10053 is taken (bound to 0.0.0.0) by a process this user cannot see";
        QTest::newRow("free") << "127.30.1.1" << 25 << true << "";
    }
    void conflictsNameTheHolder() {
        QFETCH(QString, address);
        QFETCH(int, port);
        QFETCH(bool, tcp);
        QFETCH(QString, description);
        const QList<LabPortConflict> found = LabPortCheck::conflicts({{address, quint16(port), tcp}}, m_proc.path());
        if (description.isEmpty()) {
            QVERIFY(found.isEmpty());
            return;
        }
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().describe(), description);
    }
};

QTEST_GUILESS_MAIN(tst_LabPortCheck)
#include "tst_LabPortCheck.moc"
