// The unprivileged lab: high ports, and Danewerk's own STARTTLS server in Postfix's place. Checked with delv
// (port 10053) and OpenSSL's s_client, which verifies the presented chain against the published TLSA record.
#include "LabTestSupport.h"

#include <QJsonArray>
#include <QTest>

using namespace danewerk::core;

class tst_LabUnprivileged : public QObject {
    Q_OBJECT

private:
    LabAddressPlan m_plan = *LabAddressPlan::create(QStringLiteral(DANEWERK_LAB_UNPRIVILEGED_BASE), true);

    QString dig(const QString& name, const QString& type) const {
        return labtest::run(QStringLiteral("dig"),
                            {QStringLiteral("@") + m_plan.resolver(), QStringLiteral("-p"),
                             QString::number(m_plan.dnsPort()), QStringLiteral("+short"), name, type})
            .out.trimmed();
    }

    labtest::Run starttls(const QString& address, const QString& domain, const QString& tlsa) const {
        QStringList arguments{QStringLiteral("s_client"), QStringLiteral("-starttls"), QStringLiteral("smtp"),
                              QStringLiteral("-connect"), QStringLiteral("%1:%2").arg(address).arg(m_plan.smtpPort())};
        if (!tlsa.isEmpty())
            arguments << QStringLiteral("-dane_tlsa_domain") << domain;
        for (const QString& record : tlsa.split(u'\n', Qt::SkipEmptyParts))
            arguments << QStringLiteral("-dane_tlsa_rrdata") << record;
        QProcess process;
        process.start(QStringLiteral("openssl"), arguments);
        process.write("QUIT\r\n");
        process.closeWriteChannel();
        // Without STARTTLS, s_client sends its handshake anyway and the server never answers it: bound the wait.
        if (!process.waitForFinished(tlsa.isEmpty() ? 3000 : 20000)) {
            process.kill();
            process.waitForFinished(2000);
        }
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

private slots:
    void statusSaysWhoServesMail() {
        const labtest::Run status =
            labtest::cli({QStringLiteral("--json"), QStringLiteral("lab"), QStringLiteral("status"),
                          QStringLiteral("--dir"), QStringLiteral(DANEWERK_LAB_UNPRIVILEGED_DIR)});
        QCOMPARE(status.exitCode, 0);
        const QJsonObject state = QJsonDocument::fromJson(status.out.toUtf8()).object();
        QCOMPARE(state.value(u"smtp_server").toString(), QStringLiteral("danewerk"));
        QCOMPARE(state.value(u"smtp_port").toInt(), 10025);
        QVERIFY2(state.value(u"check_options").toString().endsWith(QStringLiteral(" --smtp-port 10025")),
                 qPrintable(state.value(u"check_options").toString()));
        QVERIFY(state.value(u"check_options")
                    .toString()
                    .startsWith(QStringLiteral("--resolver ") + m_plan.resolver() + QStringLiteral("#10053 ")));
    }

    void resolverValidatesOnTheHighPort() {
        const labtest::Run delv =
            labtest::run(QStringLiteral("delv"),
                         {QStringLiteral("@") + m_plan.resolver(), QStringLiteral("-p"), QStringLiteral("10053"),
                          QStringLiteral("-a"), QStringLiteral(DANEWERK_LAB_UNPRIVILEGED_DIR "/trust-anchor.bind"),
                          QStringLiteral("+root=."), QStringLiteral("proxy.test"), QStringLiteral("MX")});
        QVERIFY2((delv.out + delv.err).contains(QStringLiteral("; fully validated")), qPrintable(delv.out + delv.err));
    }

    void publishedTlsaMatchesTheServedCertificate_data() {
        QTest::addColumn<QString>("host");
        QTest::addColumn<bool>("matches");
        QTest::newRow("dane-ee") << "mx1.good.test" << true;
        QTest::newRow("dane-ta private CA") << "mx1.privateca.test" << true;
        QTest::newRow("stale record") << "mx1.mismatch.test" << false;
        QTest::newRow("ipv6") << "mx1.ipv6.test" << true;
    }
    void publishedTlsaMatchesTheServedCertificate() {
        QFETCH(QString, host);
        QFETCH(bool, matches);
        const QString tlsa = dig(QStringLiteral("_25._tcp.") + host, QStringLiteral("TLSA"));
        QVERIFY2(!tlsa.isEmpty(), qPrintable(host));
        QString address = dig(host, QStringLiteral("A"));
        if (address.isEmpty())
            address = QStringLiteral("[") + dig(host, QStringLiteral("AAAA")) + u']';
        const labtest::Run session = starttls(address, host, tlsa);
        QVERIFY2(session.out.contains(QStringLiteral("Verification: OK")) == matches,
                 qPrintable(session.out + session.err));
    }

    void checkReachesEveryExpectedVerdict() {
        // `check --smtp-port` talks to our own STARTTLS server; the verdicts are those of the root-mode lab.
        auto catalog = LabScenarioCatalog::load();
        QVERIFY(catalog.ok());
        QString diagnostics;
        const QMap<QString, QJsonObject> results =
            labtest::checkAll(catalog.value(), QStringLiteral(DANEWERK_LAB_UNPRIVILEGED_DIR), &diagnostics);
        QVERIFY2(results.size() == catalog->scenarios().size(), qPrintable(diagnostics));
        QStringList problems;
        for (const LabScenario& scenario : catalog->scenarios())
            if (const QString differs = labtest::differences(scenario, results.value(scenario.domain));
                !differs.isEmpty())
                problems << scenario.id + QStringLiteral(": ") + differs;
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    void starttlsCanBeSwitchedOff() {
        const labtest::Run session = starttls(dig(QStringLiteral("mx1.nostarttls.test"), QStringLiteral("A")),
                                              QStringLiteral("mx1.nostarttls.test"), QString());
        QVERIFY2(!session.out.contains(QStringLiteral("Verification")), qPrintable(session.out));
        QVERIFY2((session.out + session.err).contains(QStringLiteral("Didn't find STARTTLS")),
                 qPrintable(session.out + session.err));
    }
};

QTEST_GUILESS_MAIN(tst_LabUnprivileged)
#include "tst_LabUnprivileged.moc"
