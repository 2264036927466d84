// The servers' configurations carry the settings the lab depends on (LAB.md's hard-won facts).
#include "core/lab/LabConfigWriter.h"

#include <QTest>

using namespace danewerk::core;

class tst_LabConfigWriter : public QObject {
    Q_OBJECT

private:
    static LabConfigWriter writer(bool unprivileged) {
        return LabConfigWriter(*LabAddressPlan::create(QStringLiteral("127.30.0.0"), unprivileged),
                               LabPaths(QStringLiteral("/lab")));
    }

private slots:
    void unboundTrustsOnlyTheLabAndQueriesLoopback_data() {
        QTest::addColumn<bool>("unprivileged");
        QTest::addColumn<QString>("at");
        QTest::newRow("root") << false << "127.30.0.1@53";
        QTest::newRow("unprivileged") << true << "127.30.0.1@10053";
    }
    void unboundTrustsOnlyTheLabAndQueriesLoopback() {
        QFETCH(bool, unprivileged);
        QFETCH(QString, at);
        const QString config =
            writer(unprivileged).unbound({QStringLiteral("."), QStringLiteral("test."), QStringLiteral("good.test.")});
        for (const QString& line :
             {QStringLiteral("local-zone: \"test.\" nodefault"), QStringLiteral("do-not-query-localhost: no"),
              QStringLiteral("trust-anchor-file: \"/lab/trust-anchor.ds\""), QStringLiteral("interface: 127.30.0.2"),
              QStringLiteral("stub-zone:\n    name: \".\"\n    stub-addr: ") + at,
              QStringLiteral("name: \"good.test.\"\n    stub-addr: ") + at})
            QVERIFY2(config.contains(line), qPrintable(line));
        QVERIFY(!config.contains(QStringLiteral("auto-trust-anchor-file")));
    }

    void nsdServesFilesAndTheSignersCopy() {
        const QString config = writer(false).nsd({{QStringLiteral("."), false}, {QStringLiteral("proxy.test."), true}});
        QVERIFY(config.contains(QStringLiteral("ip-address: 127.30.0.1@53")));
        QVERIFY(config.contains(QStringLiteral(
            "name: \".\"\n    provide-xfr: 127.0.0.0/8 NOKEY\n    zonefile: \"/lab/zones/root.signed\"")));
        QVERIFY(config.contains(QStringLiteral("name: \"proxy.test.\"\n    provide-xfr: 127.0.0.0/8 NOKEY\n"
                                               "    request-xfr: AXFR 127.30.0.4@53 NOKEY")));
    }

    void signingChainIsWired() {
        const QString hidden = writer(false).hiddenPrimary({QStringLiteral("proxy.test.")});
        QVERIFY(hidden.contains(QStringLiteral("ip-address: 127.30.0.3@53")));
        QVERIFY(hidden.contains(QStringLiteral("notify: 127.30.0.4@53 NOKEY")));
        const QString knot = writer(false).knot({QStringLiteral("proxy.test.")});
        QVERIFY(knot.contains(QStringLiteral("listen: 127.30.0.4@53")));
        QVERIFY(knot.contains(QStringLiteral("address: 127.30.0.3@53")));
        QVERIFY(knot.contains(QStringLiteral("address: 127.30.0.1@53")));
        QVERIFY(knot.contains(QStringLiteral("dnssec-signing: on")));
    }

    void postfixHasOneSmtpdPerAddress() {
        const LabConfigWriter config = writer(false);
        const QString main = config.postfixMain(true, QStringLiteral("/var/lib/x"));
        QVERIFY(main.contains(QStringLiteral("inet_interfaces = loopback-only\n")));
        QVERIFY(main.contains(QStringLiteral("inet_protocols = all\n")));
        QVERIFY(main.contains(QStringLiteral("data_directory = /var/lib/x\n")));
        QVERIFY(config.postfixMain(false, QStringLiteral("/d")).contains(QStringLiteral("inet_protocols = ipv4\n")));
        const QString master =
            config.postfixMaster({{QStringLiteral("127.30.1.1"), 25, true, QStringLiteral("/c/mx1.pem")},
                                  {QStringLiteral("127.30.1.7"), 25, false, QStringLiteral("/c/x.pem")},
                                  {QStringLiteral("::1"), 25, true, QStringLiteral("/c/v6.pem")}});
        QVERIFY(master.contains(QStringLiteral("127.30.1.1:25 inet n - n - - smtpd -o smtpd_tls_security_level=may "
                                               "-o smtpd_tls_chain_files=/c/mx1.pem\n")));
        QVERIFY(
            master.contains(QStringLiteral("127.30.1.7:25 inet n - n - - smtpd -o smtpd_tls_security_level=none\n")));
        QVERIFY(master.contains(QStringLiteral("[::1]:25 inet n - n - - smtpd")));
        QVERIFY(master.contains(QStringLiteral("postlog unix-dgram")));
    }
};

QTEST_GUILESS_MAIN(tst_LabConfigWriter)
#include "tst_LabConfigWriter.moc"
