#include "ui/zones/ZoneChainPanel.h"

#include "core/diagram/ZoneChainGraph.h"
#include "ui/diagram/ChainScene.h"
#include "ui/diagram/ChainView.h"
#include "ui/render/DiagramExport.h"

#include <QAction>
#include <QFontDatabase>
#include <QPlainTextEdit>
#include <QSplitter>
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
    m_details = new QPlainTextEdit(this);
    m_details->setObjectName(QStringLiteral("chainNodeDetails"));
    m_details->setReadOnly(true);
    m_details->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_details->setPlaceholderText(tr("Click a node of the chain to see its records and the findings that concern "
                                     "it; double-click it to show its record in the table."));
    auto* tools = new QToolBar(this);
    tools->addAction(tr("Zoom in"), m_view, &ChainView::zoomIn);
    tools->addAction(tr("Zoom out"), m_view, &ChainView::zoomOut);
    tools->addAction(tr("Fit width"), m_view, &ChainView::fitAll);
    tools->addAction(tr("Whole"), m_view, &ChainView::fitWhole);
    // The diagram on the left, the details beside it: the tab is wide and low.
    auto* split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_view);
    split->addWidget(m_details);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 1);
    split->setSizes({700, 350}); // the text's own size hint would take most of the width
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(tools);
    layout->addWidget(split, 1);
    connect(&m_watcher, &QFutureWatcher<core::ChainGraph>::finished, this, &ZoneChainPanel::showGraph);
    connect(&m_detailsWatcher, &QFutureWatcher<Description>::finished, this, &ZoneChainPanel::showDescription);
    connect(m_scene, &ChainScene::nodeActivated, this, &ZoneChainPanel::describe);
    connect(m_scene, &ChainScene::nodeDoubleClicked, this, &ZoneChainPanel::requestRecord);
}

ZoneChainPanel::~ZoneChainPanel() {
    m_watcher.waitForFinished();
    m_detailsWatcher.waitForFinished();
}

void ZoneChainPanel::setZone(std::shared_ptr<const core::Zone> zone, bool isSigned, const QDateTime& now,
                             const core::Findings& findings, const QList<ZoneKeyRow>& keys) {
    m_scene->clearDiagram();
    m_details->clear();
    m_shown = {};
    m_describing.clear();
    m_pendingRecordOf.clear();
    m_context.reset();
    if (!zone)
        return;
    m_context = std::make_shared<ZoneChainContext>(ZoneChainContext{zone, {}, findings, keys, now});
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
    if (m_watcher.isCanceled() || m_watcher.future().resultCount() == 0 || !m_context)
        return;
    const core::ChainGraph graph = m_watcher.result();
    // The details read the graph (the node and its edges); a new context, as jobs may still read the old one.
    auto context = std::make_shared<ZoneChainContext>(*m_context);
    context->chain = graph.toJson();
    m_context = std::move(context);
    m_scene->setDiagram(render::DiagramExport::layout(m_context->chain), m_title);
    m_view->fitAll();
    Q_EMIT diagramReady();
}

void ZoneChainPanel::showNode(const QString& id) {
    m_scene->selectNode(id); // nodeActivated -> describe
}

QString ZoneChainPanel::detailsText() const {
    return m_details->toPlainText();
}

void ZoneChainPanel::describe(const QString& id) {
    if (!m_context || id == m_describing || (id == m_shown.id && !isDescribing()))
        return;
    m_describing = id;
    m_details->setPlainText(tr("Reading the records of %1…").arg(id));
    const std::shared_ptr<const ZoneChainContext> context = m_context;
    // A replaced job finishes on its own; the watcher follows the newest.
    m_detailsWatcher.setFuture(QtConcurrent::run([context, id] {
        Description description;
        description.id = id;
        description.text = ZoneChainNodeDetails::describe(*context, id);
        description.record = ZoneChainNodeDetails::recordOf(*context->zone, id);
        return description;
    }));
}

void ZoneChainPanel::showDescription() {
    if (m_detailsWatcher.future().resultCount() == 0)
        return;
    const Description description = m_detailsWatcher.result();
    if (description.id != m_describing)
        return; // a zone came in between
    m_describing.clear();
    m_shown = description;
    m_details->setPlainText(description.text);
    Q_EMIT nodeDescribed(description.id);
    if (m_pendingRecordOf == description.id) {
        m_pendingRecordOf.clear();
        if (description.record >= 0)
            Q_EMIT recordRequested(description.record);
    }
}

void ZoneChainPanel::requestRecord(const QString& id) {
    if (id == m_shown.id && m_describing.isEmpty()) {
        if (m_shown.record >= 0)
            Q_EMIT recordRequested(m_shown.record);
        return;
    }
    m_pendingRecordOf = id; // after its details (and its record) are read
    describe(id);
}

} // namespace danewerk::ui
