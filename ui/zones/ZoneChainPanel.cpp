#include "ui/zones/ZoneChainPanel.h"

#include "core/diagram/ZoneChainGraph.h"
#include "ui/diagram/ChainScene.h"
#include "ui/diagram/ChainView.h"
#include "ui/render/DiagramExport.h"

#include <QAction>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace danewerk::ui {

ZoneChainPanel::ZoneChainPanel(QWidget* parent) : QWidget(parent) {
    setObjectName(QStringLiteral("zoneChainPanel"));
    m_scene = new ChainScene(this);
    m_view = new ChainView(this);
    m_view->setScene(m_scene);
    auto* tools = new QToolBar(this);
    tools->addAction(tr("Zoom in"), m_view, &ChainView::zoomIn);
    tools->addAction(tr("Zoom out"), m_view, &ChainView::zoomOut);
    tools->addAction(tr("Fit width"), m_view, &ChainView::fitAll);
    tools->addAction(tr("Whole"), m_view, &ChainView::fitWhole);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(tools);
    layout->addWidget(m_view, 1);
    connect(&m_watcher, &QFutureWatcher<core::ChainGraph>::finished, this, &ZoneChainPanel::showGraph);
}

ZoneChainPanel::~ZoneChainPanel() {
    m_watcher.waitForFinished();
}

void ZoneChainPanel::setZone(std::shared_ptr<const core::Zone> zone, bool isSigned, const QDateTime& now) {
    m_scene->clearDiagram();
    if (!zone)
        return;
    m_title = tr("Chain of %1 at %2").arg(zone->originText(), now.toUTC().toString(Qt::ISODate));
    // A replaced build still finishes in the background; only the newest is shown.
    m_watcher.setFuture(QtConcurrent::run([zone, isSigned, now] {
        core::ZoneReport report;
        report.isSigned = isSigned;
        return core::zoneChainGraph(*zone, report, now);
    }));
}

void ZoneChainPanel::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    // After the layout has given the view its real size.
    QTimer::singleShot(0, m_view, &ChainView::fitAll);
}

void ZoneChainPanel::showGraph() {
    if (m_watcher.isCanceled() || m_watcher.future().resultCount() == 0)
        return;
    const core::ChainGraph graph = m_watcher.result();
    m_scene->setDiagram(render::DiagramExport::layout(graph.toJson()), m_title);
    m_view->fitAll();
    Q_EMIT diagramReady();
}

} // namespace danewerk::ui
