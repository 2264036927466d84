// danewerk-cli check --diagram DIR: DIR/<domain>.svg and DIR/<domain>.png from replayed observations (recorded
// from the loopback fakes), without any display; the SVG is well-formed XML naming the nodes, the PNG at
// least 1200 px wide; files are never overwritten without --force.

#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

class tst_CheckDiagram : public QObject {
    Q_OBJECT

private:
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

    static QString replay(const QString& domain) {
        return QStringLiteral(DANEWERK_TEST_DATA "/check/replay/") + domain;
    }

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
        const Run r = cli({"check", "--replay", replay(domain), "--diagram", out.path()});
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
        QVERIFY(cli({"check", "--replay", replay("ee.test"), "--diagram", out.path()}).exitCode == 0);
        const Run again = cli({"check", "--replay", replay("ee.test"), "--diagram", out.path()});
        QCOMPARE(again.exitCode, 2);
        QVERIFY2(again.err.contains("ee.test.svg"), qPrintable(again.err));
        QCOMPARE(cli({"check", "--replay", replay("ee.test"), "--diagram", out.path(), "--force"}).exitCode, 0);
    }

    void jsonOutputUnchangedByDiagram() {
        QTemporaryDir out;
        const Run plain = cli({"--json", "check", "--replay", replay("ta.test")});
        const Run drawn = cli({"--json", "check", "--replay", replay("ta.test"), "--diagram", out.path()});
        QCOMPARE(drawn.exitCode, plain.exitCode);
        QCOMPARE(drawn.out, plain.out);
        QVERIFY(QFile::exists(out.filePath("ta.test.svg")));
    }
};

QTEST_GUILESS_MAIN(tst_CheckDiagram)
#include "tst_checkdiagram.moc"
