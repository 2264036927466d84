// The Live check page offscreen: observations recorded from the loopback fakes (signed hierarchy, resolver,
// SMTP test servers) and replayed by the page as a job; the result tree, the diagram scene (nodes, edges,
// statuses, the TLSA-match edge), node details, history and diff, SVG and PNG export, the headless renderer.
// Time pinned. With DANEWERK_WRITE_REPLAY_FIXTURES=DIR set, the recorded observations are also copied there
// (how docs/screenshots were made).

#include "../core/LiveCheckFixture.h"
#include "core/checkrun/CheckRunner.h"
#include "ui/check/CheckResultTree.h"
#include "ui/diagram/ChainClusterItem.h"
#include "ui/diagram/ChainEdgeItem.h"
#include "ui/diagram/ChainNodeItem.h"
#include "ui/diagram/ChainScene.h"
#include "ui/diagram/ChainView.h"
#include "ui/findings/FindingsModel.h"
#include "ui/findings/FindingsView.h"
#include "ui/pages/CheckPage.h"
#include "ui/render/DiagramExport.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QListWidget>
#include <QProgressBar>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>
#include <QXmlStreamReader>

using namespace danewerk;
using namespace danewerk::tests;

class tst_CheckPage : public QObject {
    Q_OBJECT

private:
    const QDateTime m_now = QDateTime(QDate(2026, 11, 29), QTime(6, 0), Qt::UTC);
    std::unique_ptr<LiveCheckFixture> m_fixture;
    QTemporaryDir m_replay;
    QTemporaryDir m_history;
    const QStringList m_domains{"ee.test.",       "ta.test.",      "mismatch.test.", "expired.test.",
                                "insecure.test.", "partial.test.", "wrongds.test."};

    static QStringList treeTexts(const QTreeWidgetItem* item) {
        QStringList out{item->text(0) + QStringLiteral(" | ") + item->text(1)};
        for (int i = 0; i < item->childCount(); ++i)
            out += treeTexts(item->child(i));
        return out;
    }

    void replay(ui::CheckPage& page, const QString& domain) {
        QTemporaryDir dir;
        const QString name = core::CheckObservations::fileNameFor(domain);
        QVERIFY(QFile::copy(QDir(m_replay.path()).filePath(name), dir.filePath(name)));
        page.setHistoryRoot(m_history.path());
        QSignalSpy finished(&page, &ui::CheckPage::checkFinished);
        page.loadReplay(dir.path());
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
        QVERIFY(!page.isRunning());
        QVERIFY(!page.result(domain).isEmpty());
    }

private slots:
    void initTestCase() {
        m_fixture = std::make_unique<LiveCheckFixture>(m_now);
        const QString error = m_fixture->setUp();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(m_replay.isValid() && m_history.isValid());
        // Record once, live against the fakes, like `check --save`.
        core::CheckRunSettings settings;
        settings.resolvers = {m_fixture->resolver()};
        settings.trustAnchorFile = m_fixture->anchorFile();
        settings.smtpPort = m_fixture->smtpPort();
        settings.timeoutMs = 1500;
        settings.ehloName = QStringLiteral("checker.test");
        settings.now = m_now;
        settings.saveDir = m_replay.path();
        const auto runner = core::CheckRunner::create(settings);
        QVERIFY2(runner.ok(), qPrintable(runner.error().message));
        for (const QString& d : m_domains)
            QVERIFY(runner->run(d).ok());
        const QString copyTo = qEnvironmentVariable("DANEWERK_WRITE_REPLAY_FIXTURES");
        if (!copyTo.isEmpty())
            for (const QString& d : m_domains) {
                const QString name = core::CheckObservations::fileNameFor(d);
                QDir().mkpath(QDir(copyTo).filePath(name.chopped(5)));
                QFile::remove(QDir(copyTo).filePath(name.chopped(5) + QLatin1Char('/') + name));
                QVERIFY(QFile::copy(QDir(m_replay.path()).filePath(name),
                                    QDir(copyTo).filePath(name.chopped(5) + QLatin1Char('/') + name)));
            }
    }

    // Every test starts from a page with default settings (a page saves its resolver and anchor choices).
    void init() { QSettings().remove(QStringLiteral("check")); }

    void replayedCheck_data() {
        QTest::addColumn<QString>("domain");
        QTest::addColumn<QString>("verdict");
        QTest::addColumn<QString>("hostLine");    // expected tree line of the MX host
        QTest::addColumn<QStringList>("matched"); // TLSA usage @ certificate depth
        QTest::newRow("dane-ee") << "ee.test."
                                 << "dane-authenticated"
                                 << "MX 10  mx.ee.test. | authenticated" << QStringList{"3@0"};
        QTest::newRow("dane-ta") << "ta.test."
                                 << "dane-authenticated"
                                 << "MX 10  mx.ta.test. | authenticated" << QStringList{"2@1", "3@0"};
        QTest::newRow("mismatch") << "mismatch.test."
                                  << "dane-failed"
                                  << "MX 10  mx.mismatch.test. | tlsa-mismatch" << QStringList{};
        QTest::newRow("bogus") << "expired.test."
                               << "dnssec-bogus" << QString() << QStringList{};
        QTest::newRow("insecure") << "insecure.test."
                                  << "not-applicable"
                                  << "MX 10  mx.insecure.test. | insecure" << QStringList{};
    }

    void replayedCheck() {
        QFETCH(QString, domain);
        QFETCH(QString, verdict);
        QFETCH(QString, hostLine);
        QFETCH(QStringList, matched);
        ui::CheckPage page;
        page.resize(1300, 850);
        page.show();
        replay(page, domain);
        if (QTest::currentTestFailed())
            return;

        // The tree: domain -> MX host -> address -> certificates.
        const QTreeWidgetItem* top = page.resultTree()->domainItem(domain);
        QVERIFY(top);
        QCOMPARE(top->text(1), verdict);
        const QStringList lines = treeTexts(top);
        if (!hostLine.isEmpty())
            QVERIFY2(lines.contains(hostLine), qPrintable(lines.join('\n')));
        if (verdict == QLatin1String("dane-authenticated")) {
            QVERIFY2(lines.contains(QStringLiteral("127.0.0.2 | authenticated")), qPrintable(lines.join('\n')));
            QVERIFY2(lines.contains(QStringLiteral("depth 0  CN=mx.ee.test | matched")), qPrintable(lines.join('\n')));
        }

        // The scene: one item per node and edge of the engine's graph, statuses as the engine says.
        const QJsonObject chain = page.result(domain).value(QStringLiteral("chain")).toObject();
        const core::ChainLayout& layout = page.scene()->diagram();
        QCOMPARE(page.scene()->nodeItems().size(), layout.nodes().size());
        QCOMPARE(page.scene()->edgeItems().size(), chain.value(QStringLiteral("edges")).toArray().size());
        int clusters = 0;
        for (QGraphicsItem* item : page.scene()->items())
            clusters += item->type() == ui::ChainClusterItem::Type ? 1 : 0;
        QCOMPARE(clusters, layout.clusters().size());
        QVERIFY(clusters >= 3);
        const ui::ChainNodeItem* verdictItem = page.scene()->nodeItem(QStringLiteral("verdict:") + domain);
        QVERIFY(verdictItem);
        QCOMPARE(verdictItem->node().status, verdict);
        QStringList sceneMatches;
        for (const ui::ChainEdgeItem* edge : page.scene()->edgeItems())
            if (edge->edge().kind == QLatin1String("tlsa-match"))
                sceneMatches << QStringLiteral("%1@%2")
                                    .arg(edge->fromItem()->node().label.section(' ', 0, 0))
                                    .arg(edge->toItem()->node().depth);
        sceneMatches.sort();
        QCOMPARE(sceneMatches, matched);

        // Findings panel and the verdict's details.
        QCOMPARE(page.findingsView()->model()->rowCount(), int(findingsCount(page.result(domain))));
        QVERIFY(page.detailsText().contains(QStringLiteral("VERDICT")));

        // Moving a node drags its edges along.
        ui::ChainNodeItem* host = page.scene()->nodeItem(QStringLiteral("host:mx.") + domain);
        if (host && !host->edges().isEmpty()) {
            ui::ChainEdgeItem* edge = host->edges().first();
            const QPointF before = edge->edge().route.first();
            host->moveBy(40, 0);
            QVERIFY(edge->edge().route.first() != before || edge->edge().route.last() != edge->edge().route.first());
            QVERIFY(host->sceneBox().adjusted(-1, -1, 1, 1).contains(edge->edge().route.first()) ||
                    host->sceneBox().adjusted(-1, -1, 1, 1).contains(edge->edge().route.last()));
        }
    }

    static qsizetype findingsCount(const QJsonObject& result) {
        qsizetype n = result.value(QStringLiteral("findings")).toArray().size();
        for (const QJsonValue& h : result.value(QStringLiteral("hosts")).toArray())
            n += h.toObject().value(QStringLiteral("findings")).toArray().size();
        return n;
    }

    void clickShowsRecordsAndFindings() {
        ui::CheckPage page;
        page.show();
        replay(page, QStringLiteral("mismatch.test."));
        if (QTest::currentTestFailed())
            return;
        page.scene()->selectNode(QStringLiteral("host:mx.mismatch.test."));
        QVERIFY2(page.detailsText().contains(QStringLiteral("TLSA at _25._tcp.mx.mismatch.test.")),
                 qPrintable(page.detailsText()));
        QVERIFY2(page.detailsText().contains(QStringLiteral("TLSA_NO_MATCH")), qPrintable(page.detailsText()));
        page.scene()->selectNode(QStringLiteral("address:mx.mismatch.test./127.0.0.2"));
        QVERIFY2(page.detailsText().contains(QStringLiteral("TLS: TLSv1.")), qPrintable(page.detailsText()));
        QVERIFY2(page.detailsText().contains(QStringLiteral("subject: CN=mx.ee.test")), qPrintable(page.detailsText()));
    }

    void exportSvgAndPng() {
        ui::CheckPage page;
        page.show();
        replay(page, QStringLiteral("ta.test."));
        if (QTest::currentTestFailed())
            return;
        QTemporaryDir out;
        const QString svg = out.filePath(QStringLiteral("ta.svg"));
        const QString png = out.filePath(QStringLiteral("ta.png"));
        QVERIFY(page.exportSvg(svg));
        QVERIFY(page.exportPng(png));
        QFile file(svg);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QXmlStreamReader xml(bytes);
        QStringList texts;
        bool sawSvg = false;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() == QLatin1String("svg"))
                sawSvg = true;
            if (xml.isCharacters())
                texts << xml.text().toString().trimmed();
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QVERIFY(sawSvg);
        const QString all = texts.join(QLatin1Char('\n'));
        for (const char* label : {"mx.ta.test.", "127.0.0.2", "CN=mx.ee.test", "CN=Fixture CA", "dane-authenticated"})
            QVERIFY2(all.contains(QLatin1String(label)), label);
        const QImage image(png);
        QVERIFY(!image.isNull());
        QVERIFY(image.width() >= 1200);
        const QRectF picture = page.scene()->diagram().bounds();
        // The aspect ratio of the picture (title line included) is kept.
        const qreal expectedHeight = image.width() * (picture.height() + 34) / picture.width();
        QVERIFY(std::abs(image.height() - expectedHeight) <= 2);
    }

    void headlessExportWritesBothFiles() {
        ui::CheckPage page;
        replay(page, QStringLiteral("expired.test."));
        if (QTest::currentTestFailed())
            return;
        QTemporaryDir out;
        const auto written = render::DiagramExport::writeForResult(out.path(), page.result("expired.test."), false);
        QVERIFY2(written.ok(), qPrintable(written.error().message));
        QVERIFY(QFile::exists(out.filePath("expired.test.svg")));
        QCOMPARE(QImage(out.filePath("expired.test.png")).width() >= 1200, true);
        // Never overwritten without being asked.
        QVERIFY(!render::DiagramExport::writeForResult(out.path(), page.result("expired.test."), false).ok());
        QVERIFY(render::DiagramExport::writeForResult(out.path(), page.result("expired.test."), true).ok());
    }

    void historyKeepsRunsAndDiffs() {
        QTemporaryDir history;
        ui::CheckPage page;
        page.setHistoryRoot(history.path());
        QTemporaryDir dir;
        QVERIFY(QFile::copy(QDir(m_replay.path()).filePath("ee.test.json"), dir.filePath("ee.test.json")));
        QSignalSpy finished(&page, &ui::CheckPage::checkFinished);
        page.loadReplay(dir.path());
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
        page.startCheck();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 20000);
        QCOMPARE(page.historyList()->count(), 2);
        page.compareHistory(0, 1);
        QVERIFY2(page.diffText().contains(QStringLiteral("No changes.")), qPrintable(page.diffText()));
    }

    void cancelStopsTheRemainingDomains() {
        ui::CheckPage page;
        page.setHistoryRoot(m_history.path());
        page.setParallelDomains(1);
        QSignalSpy finished(&page, &ui::CheckPage::checkFinished);
        page.loadReplay(m_replay.path());
        QVERIFY(page.isRunning());
        page.cancel();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
        QVERIFY(!page.isRunning());
        QVERIFY(page.resultTree()->topLevelItemCount() < int(m_domains.size()));
    }

    void emptyStateUntilTheFirstResult() {
        ui::CheckPage page;
        page.resize(1300, 850);
        page.show();
        QVERIFY(page.showsEmptyState());
        const QString text = page.emptyStateText();
        for (const char* expected :
             {"Type one or more mail domains", "\"Workshop lab\" preset", "check --save DIR", "trust anchor",
              "certificates", "TLSA match", "verdict", "bogus / failed", "start one on the Lab page"})
            QVERIFY2(text.contains(QLatin1String(expected)), expected);
        QVERIFY(!page.progressBar()->isVisible());
        replay(page, QStringLiteral("ee.test."));
        if (QTest::currentTestFailed())
            return;
        QVERIFY(!page.showsEmptyState());
        QVERIFY(page.view()->isVisible());
    }

    void showsHostProgressDuringALiveRun() {
        ui::CheckPage page;
        page.setHistoryRoot(m_history.path());
        page.setCustomConnection(m_fixture->resolver(), m_fixture->anchorFile(), m_fixture->smtpPort());
        page.setTimeoutSeconds(1);
        page.setDomains(QStringLiteral("partial.test, timeout.test"));
        QSignalSpy finished(&page, &ui::CheckPage::checkFinished);
        page.startCheck();
        QVERIFY(page.isRunning());
        // The TLSA query of mx.timeout.test. is never answered: until it times out, the page says what it waits
        // for, while partial.test. (two hosts) finishes beside it.
        QTRY_VERIFY2_WITH_TIMEOUT(
            page.hostProgressText().contains(QStringLiteral("mx.timeout.test.: 0 of 1 address(es), looking up TLSA")),
            qPrintable(page.hostProgressText()), 10000);
        QVERIFY(page.isRunning());
        QTRY_COMPARE_WITH_TIMEOUT(page.progressBar()->maximum(), 3, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(page.progressBar()->value(), 2, 10000);
        QVERIFY(!page.hostProgressText().contains(QStringLiteral("partial.test.")));
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
        QCOMPARE(page.progressBar()->value(), 3);
        QCOMPARE(page.resultTree()->domainItem("timeout.test.")->text(1), QStringLiteral("dane-failed"));
        QCOMPARE(page.resultTree()->domainItem("partial.test.")->text(1), QStringLiteral("dane-partial"));
    }

    void cancelDuringALiveRunShowsNoVerdict() {
        ui::CheckPage page;
        page.setHistoryRoot(m_history.path());
        page.setCustomConnection(m_fixture->resolver(), m_fixture->anchorFile(), m_fixture->smtpPort());
        page.setTimeoutSeconds(2);
        page.setDomains(QStringLiteral("timeout.test"));
        QSignalSpy finished(&page, &ui::CheckPage::checkFinished);
        page.startCheck();
        QTRY_VERIFY_WITH_TIMEOUT(page.hostProgressText().contains(QStringLiteral("looking up TLSA")), 10000);
        QElapsedTimer clock;
        clock.start();
        page.cancel();
        // The query in flight runs out (2 s at most); nothing after it is asked.
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
        QVERIFY2(clock.elapsed() < 4000, qPrintable(QString::number(clock.elapsed())));
        QVERIFY(!page.resultTree()->domainItem("timeout.test."));
        QVERIFY(page.result(QStringLiteral("timeout.test.")).isEmpty());
    }

    void severalDomainsAtOnce() {
        ui::CheckPage page;
        page.setHistoryRoot(m_history.path());
        QSignalSpy finished(&page, &ui::CheckPage::checkFinished);
        page.loadReplay(m_replay.path());
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
        QCOMPARE(page.resultTree()->topLevelItemCount(), int(m_domains.size()));
        QCOMPARE(page.resultTree()->domainItem("partial.test.")->text(1), QStringLiteral("dane-partial"));
        QCOMPARE(page.resultTree()->domainItem("wrongds.test.")->text(1), QStringLiteral("dnssec-bogus"));
        page.showDomain(QStringLiteral("partial.test."));
        QVERIFY(page.scene()->nodeItem(QStringLiteral("host:mx1.partial.test.")));
        QVERIFY(page.scene()->nodeItem(QStringLiteral("host:mx2.partial.test.")));
    }
};

QTEST_MAIN(tst_CheckPage)
#include "tst_checkpage.moc"
