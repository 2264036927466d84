// The default EHLO name: the machine's name in canonical form (getaddrinfo AI_CANONNAME), falling back to
// the host name. Only names the hosts file answers are asked, so no query leaves the machine.

#include "core/smtp/LocalHostName.h"

#include <QSysInfo>
#include <QTest>

#include <netdb.h>
#include <sys/socket.h>

using namespace danewerk::core;

class tst_LocalHostName : public QObject {
    Q_OBJECT

private slots:
    void canonicalNames_data() {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("canonical");
        QTest::newRow("localhost from the hosts file") << "localhost"
                                                       << "localhost";
        QTest::newRow("an address literal stays itself") << "127.0.0.1"
                                                         << "127.0.0.1";
        QTest::newRow("nothing stays nothing") << ""
                                               << "";
    }

    void canonicalNames() {
        QFETCH(QString, name);
        QFETCH(QString, canonical);
        QCOMPARE(canonicalHostName(name), canonical);
    }

    void machineFqdnIsTheCanonicalHostName() {
        const QString host = QSysInfo::machineHostName();
        const QString fqdn = machineFqdn();
        QVERIFY(!fqdn.isEmpty());
        QVERIFY(!fqdn.endsWith(QLatin1Char('.')));
        QVERIFY(!fqdn.contains(QLatin1Char(' ')));
        if (host.isEmpty()) {
            QCOMPARE(fqdn, QStringLiteral("localhost"));
            return;
        }
        // What the system itself calls this machine, asked independently.
        addrinfo hints{};
        hints.ai_flags = AI_CANONNAME;
        hints.ai_socktype = SOCK_STREAM;
        addrinfo* found = nullptr;
        QString expected = host;
        if (::getaddrinfo(host.toUtf8().constData(), nullptr, &hints, &found) == 0 && found) {
            if (found->ai_canonname && *found->ai_canonname)
                expected = QString::fromUtf8(found->ai_canonname);
            ::freeaddrinfo(found);
        }
        if (expected.endsWith(QLatin1Char('.')))
            expected.chop(1);
        QCOMPARE(fqdn, expected);
    }
};

QTEST_GUILESS_MAIN(tst_LocalHostName)
#include "tst_localhostname.moc"
