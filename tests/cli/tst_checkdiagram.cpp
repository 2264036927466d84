// danewerk-cli check --diagram DIR: DIR/<domain>.svg and DIR/<domain>.png from observations the CLI recorded
// (--save) from the loopback fakes and then replays, without any display; the SVG is well-formed XML naming
// the nodes, the PNG at least 1200 px wide; files are never overwritten without --force.

#include "../core/LiveCheckFixture.h"

#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace danewerk::tests;

class tst_CheckDiagram : public QObject {
    Q_OBJECT

private:
    const QDateTime m_now = QDateTime(QDate(2026, 11, 29), QTime(6, 0), Qt::UTC);
    std::unique_ptr<LiveCheckFixture> m_fixture;
    QTemporaryDir m_saved;

    struct Run {
        int exitCode = -1;
        QString out;
        QString err;
    };

    static Run cli(const QStringList& args) {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("QT_QPA_PLATFORM")); // the CLI must pick the offscreen platform itself
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(DANEWERK_CLI), args);
        process.waitForFinished(60000);
        Run r;
        r.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        r.out = QString::fromUtf8(process.readAllStandardOutput());
        r.err = QString::fromUtf8(process.readAllStandardError());
        return r;
    }

    // Replays one domain of the recorded run.
    QStringList replay(const QString& domain) const { return {"--replay", m_saved.path(), domain}; }

    // Width and height from the PNG header (IHDR), without QtGui.
    static QSize pngSize(const QString& path) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        const QByteArray head = file.read(24);
        if (head.size() < 24 || !head.startsWith("\x89PNG\r\n\x1a\n") || head.mid(12, 4) != "IHDR")
            return {};
        const auto be32 = [&](int at) {
            return int((quint8(head[at]) << 24) | (quint8(head[at + 1]) << 16) | (quint8(head[at + 2]) << 8) |
                       quint8(head[at + 3]));
        };
        return QSize(be32(16), be32(20));
    }

private slots:
    void initTestCase() {
        m_fixture = std::make_unique<LiveCheckFixture>(m_now);
        const QString error = m_fixture->setUp();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(m_saved.isValid());
        const Run r = cli({"check",
                           "--now",
                           "2026-11-29T06:00:00Z",
                           "--resolver",
                           m_fixture->resolver(),
                           "--trust-anchor",
                           m_fixture->anchorFile(),
                           "--smtp-port",
                           QString::number(m_fixture->smtpPort()),
                           "--timeout",
                           "1",
                           "--ehlo",
                           "checker.test",
                           "--save",
                           m_saved.path(),
                           "ee.test",
                           "ta.test",
                           "mismatch.test",
                           "expired.test",
                           "insecure.test"});
        QVERIFY2(r.exitCode == 1, qPrintable(r.err + r.out));
    }

    void writesSvgAndPng_data() {
        QTest::addColumn<QString>("domain");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QStringList>("labels");
        QTest::newRow("dane-ee") << "ee.test" << 0
                                 << QStringList{"mx.ee.test.", "127.0.0.2", "CN=mx.ee.test", "matches"};
        QTest::newRow("mismatch") << "mismatch.test" << 1 << QStringList{"mx.mismatch.test.", "dane-failed"};
        QTest::newRow("bogus") << "expired.test" << 1 << QStringList{"expired.test. MX", "dnssec-bogus", "Legend"};
        QTest::newRow("insecure") << "insecure.test" << 0
                                  << QStringList{"insecure.test. no DS (NSEC)", "not-applicable"};
    }

    void writesSvgAndPng() {
        QFETCH(QString, domain);
        QFETCH(int, exitCode);
        QFETCH(QStringList, labels);
        QTemporaryDir out;
        QVERIFY(out.isValid());
        const Run r = cli(QStringList{"check"} + replay(domain) + QStringList{"--diagram", out.path()});
        QVERIFY2(r.exitCode == exitCode, qPrintable(r.err + r.out));
        QFile svg(out.filePath(domain + ".svg"));
        QVERIFY(svg.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(svg.readAll());
        QStringList texts;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isCharacters())
                texts << xml.text().toString();
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        const QString all = texts.join('\n');
        for (const QString& label : labels)
            QVERIFY2(all.contains(label), qPrintable(label));
        const QSize png = pngSize(out.filePath(domain + ".png"));
        QVERIFY2(png.width() >= 1200, qPrintable(QString::number(png.width())));
        QVERIFY(png.height() > 300);
    }

    void neverOverwritesWithoutForce() {
        QTemporaryDir out;
        const QStringList args = QStringList{"check"} + replay("ee.test") + QStringList{"--diagram", out.path()};
        QVERIFY(cli(args).exitCode == 0);
        const Run again = cli(args);
        QVERIFY2(again.exitCode == 2, qPrintable(QStringLiteral("exit %1: %2").arg(again.exitCode).arg(again.err)));
        QVERIFY2(again.err.contains("ee.test.svg"), qPrintable(again.err));
        QCOMPARE(cli(args + QStringList{"--force"}).exitCode, 0);
    }

    void jsonOutputUnchangedByDiagram() {
        QTemporaryDir out;
        const Run plain = cli(QStringList{"--json", "check"} + replay("ta.test"));
        const Run drawn =
            cli(QStringList{"--json", "check"} + replay("ta.test") + QStringList{"--diagram", out.path()});
        QCOMPARE(drawn.exitCode, plain.exitCode);
        QCOMPARE(drawn.out, plain.out);
        QVERIFY(QFile::exists(out.filePath("ta.test.svg")));
    }
};

QTEST_GUILESS_MAIN(tst_CheckDiagram)
#include "tst_checkdiagram.moc"
