#include "ui/pages/CheckPage.h"

#include "core/check/DnsNames.h"
#include "core/history/CheckHistory.h"
#include "core/history/CheckRunDiff.h"
#include "ui/check/CheckEmptyState.h"
#include "ui/check/CheckNodeDetails.h"
#include "ui/check/CheckResultTree.h"
#include "ui/diagram/ChainScene.h"
#include "ui/diagram/ChainView.h"
#include "ui/findings/FindingsView.h"
#include "ui/render/DiagramExport.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSpinBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStringListModel>
#include <QTabWidget>
#include <QToolBar>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>

namespace danewerk::ui {

namespace {

enum Preset { PresetSystem, PresetCustom, PresetLab };
constexpr int MaxRemembered = 50;

QString labDirectory() {
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/lab");
}

QStringList splitDomains(const QString& text) {
    QStringList out;
    for (const QString& part : text.split(QRegularExpression(QStringLiteral("[\\s,;]+")), Qt::SkipEmptyParts)) {
        // Internationalised names are checked as A-labels, as the CLI does.
        QString ascii = part;
        if (std::any_of(part.cbegin(), part.cend(), [](QChar c) { return c.unicode() > 127; }))
            ascii = QString::fromLatin1(QUrl::toAce(part.endsWith(QLatin1Char('.')) ? part.chopped(1) : part));
        if (!ascii.isEmpty() && ascii.size() <= 254 && !ascii.contains(QLatin1Char('/')))
            out << core::normalizedName(ascii);
    }
    out.removeDuplicates();
    return out;
}

core::Findings findingsOf(const QJsonObject& result) {
    core::Findings out;
    for (const QJsonValue& f : result.value(QStringLiteral("findings")).toArray())
        out << core::Finding::fromJson(f.toObject());
    for (const QJsonValue& h : result.value(QStringLiteral("hosts")).toArray())
        for (const QJsonValue& f : h.toObject().value(QStringLiteral("findings")).toArray())
            out << core::Finding::fromJson(f.toObject());
    return out;
}

} // namespace

CheckPage::CheckPage(QWidget* parent) : QWidget(parent) {
    m_pool.setMaxThreadCount(4);
    m_historyRoot = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/history");
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(createInputBar());
    layout->addWidget(createSettingsBar());
    m_hostProgress = new QLabel(this);
    m_hostProgress->setTextFormat(Qt::PlainText);
    m_hostProgress->setWordWrap(true);
    m_hostProgress->hide();
    layout->addWidget(m_hostProgress);

    auto* split = new QSplitter(Qt::Horizontal, this);
    auto* left = new QSplitter(Qt::Vertical, split);
    m_tree = new CheckResultTree(left);
    auto* historyBox = new QWidget(left);
    auto* historyLayout = new QVBoxLayout(historyBox);
    historyLayout->setContentsMargins(0, 0, 0, 0);
    auto* historyTitle = new QLabel(tr("History of the selected domain (select two runs to compare)"), historyBox);
    historyTitle->setWordWrap(true);
    m_history = new QListWidget(historyBox);
    m_history->setSelectionMode(QAbstractItemView::ExtendedSelection);
    auto* compare = new QPushButton(tr("Compare runs"), historyBox);
    historyLayout->addWidget(historyTitle);
    historyLayout->addWidget(m_history, 1);
    historyLayout->addWidget(compare);
    left->addWidget(m_tree);
    left->addWidget(historyBox);
    left->setStretchFactor(0, 3);
    left->setStretchFactor(1, 1);
    left->setSizes({520, 180});

    auto* right = new QSplitter(Qt::Vertical, split);
    m_tabs = new QTabWidget(right);
    m_tabs->addTab(createDiagramTab(), tr("Diagram"));
    m_findings = new FindingsView(right);
    m_findings->setCompact(true);
    right->addWidget(m_tabs);
    right->addWidget(m_findings);
    right->setStretchFactor(0, 4);
    right->setStretchFactor(1, 1);
    right->setSizes({600, 130});
    m_details = new QPlainTextEdit(m_tabs);
    m_details->setReadOnly(true);
    m_details->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_details->setPlaceholderText(tr("Select a node in the diagram or an item in the tree."));
    m_tabs->addTab(m_details, tr("Records and TLS"));
    m_diff = new QPlainTextEdit(m_tabs);
    m_diff->setReadOnly(true);
    m_diff->setPlaceholderText(tr("Select two runs in the history and press \"Compare runs\"."));
    m_tabs->addTab(m_diff, tr("Changes"));
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 3);
    split->setSizes({380, 1000});
    layout->addWidget(split, 1);

    m_watcher = new QFutureWatcher<Outcome>(this);
    connect(m_watcher, &QFutureWatcher<Outcome>::resultReadyAt, this, &CheckPage::outcomeReady);
    connect(m_watcher, &QFutureWatcher<Outcome>::finished, this, &CheckPage::finished);
    connect(m_watcher, &QFutureWatcher<Outcome>::progressValueChanged, this, [this](int value) {
        m_state->setText(tr("%1 of %2 domains checked").arg(value).arg(m_jobDomains.size()));
    });
    connect(m_tree, &QTreeWidget::itemSelectionChanged, this, &CheckPage::treeSelectionChanged);
    connect(m_scene, &ChainScene::nodeActivated, this, &CheckPage::nodeActivated);
    connect(compare, &QPushButton::clicked, this, [this] {
        QList<int> rows;
        for (const QModelIndex& index : m_history->selectionModel()->selectedRows())
            rows << index.row();
        std::sort(rows.begin(), rows.end());
        if (rows.size() >= 2)
            compareHistory(rows.first(), rows.last());
        else if (rows.size() == 1 && rows.first() + 1 < m_history->count())
            compareHistory(rows.first(), rows.first() + 1);
    });
}

CheckPage::~CheckPage() {
    if (m_watcher->isRunning()) {
        if (m_cancelRequested)
            *m_cancelRequested = true;
        m_watcher->cancel();
        m_watcher->waitForFinished();
    }
    saveSettings();
}

QWidget* CheckPage::createInputBar() {
    auto* bar = new QWidget(this);
    auto* row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    m_domains = new QLineEdit(bar);
    m_domains->setPlaceholderText(tr("Mail domains, e.g. example.org, example.net"));
    m_domains->setClearButtonEnabled(true);
    QSettings settings;
    m_completion = new QStringListModel(settings.value(QStringLiteral("check/domains")).toStringList(), this);
    auto* completer = new QCompleter(m_completion, this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_domains->setCompleter(completer);
    m_run = new QPushButton(tr("Check"), bar);
    m_run->setDefault(true);
    m_cancel = new QPushButton(tr("Cancel"), bar);
    m_cancel->setEnabled(false);
    auto* replay = new QPushButton(tr("Open saved run\u2026"), bar);
    replay->setToolTip(tr("Re-assess observations saved with 'danewerk-cli check --save DIR', offline."));
    m_progress = new QProgressBar(bar);
    m_progress->setMaximumWidth(180);
    m_progress->setTextVisible(true);
    m_progress->hide(); // an empty bar before the first run only looks like a broken input field
    m_state = new QLabel(bar);
    row->addWidget(new QLabel(tr("Domains:"), bar));
    row->addWidget(m_domains, 1);
    row->addWidget(m_run);
    row->addWidget(m_cancel);
    row->addWidget(replay);
    row->addWidget(m_progress);
    row->addWidget(m_state);
    connect(m_run, &QPushButton::clicked, this, [this] {
        m_replayDir.clear();
        m_replayLabel->clear();
        startCheck();
    });
    connect(m_domains, &QLineEdit::returnPressed, m_run, &QPushButton::click);
    connect(m_cancel, &QPushButton::clicked, this, &CheckPage::cancel);
    connect(replay, &QPushButton::clicked, this, &CheckPage::chooseReplay);
    return bar;
}

QWidget* CheckPage::createSettingsBar() {
    auto* bar = new QWidget(this);
    auto* row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    QSettings settings;
    m_preset = new QComboBox(bar);
    m_preset->addItems({tr("System resolver"), tr("Custom"), tr("Workshop lab")});
    m_resolver = new QLineEdit(settings.value(QStringLiteral("check/resolver")).toString(), bar);
    m_resolver->setPlaceholderText(tr("resolver ADDR[#PORT], e.g. 127.0.0.1#5353"));
    m_anchor = new QLineEdit(settings.value(QStringLiteral("check/trustAnchor")).toString(), bar);
    m_anchor->setPlaceholderText(tr("trust anchor: IANA root KSKs"));
    auto* browse = new QToolButton(bar);
    browse->setText(QStringLiteral("\u2026"));
    browse->setToolTip(tr("Choose a trust-anchor file (DS or DNSKEY records)"));
    m_smtpPort = new QSpinBox(bar);
    m_smtpPort->setRange(1, 65535);
    m_smtpPort->setValue(settings.value(QStringLiteral("check/smtpPort"), 25).toInt());
    m_smtpPort->setToolTip(tr("SMTP port to connect to (the TLSA owner stays _25._tcp)"));
    m_noSmtp = new QCheckBox(tr("DNS only"), bar);
    m_timeout = new QSpinBox(bar);
    m_timeout->setRange(1, 120);
    m_timeout->setSuffix(tr(" s"));
    m_timeout->setValue(settings.value(QStringLiteral("check/timeout"), 10).toInt());
    m_timeout->setToolTip(tr("Timeout per DNS query and per SMTP dialogue with one address"));
    m_replayLabel = new QLabel(bar);
    row->addWidget(m_preset);
    row->addWidget(m_resolver, 1);
    row->addWidget(m_anchor, 1);
    row->addWidget(browse);
    row->addWidget(new QLabel(tr("SMTP port"), bar));
    row->addWidget(m_smtpPort);
    row->addWidget(new QLabel(tr("Timeout"), bar));
    row->addWidget(m_timeout);
    row->addWidget(m_noSmtp);
    row->addWidget(m_replayLabel);
    connect(m_preset, &QComboBox::currentIndexChanged, this, &CheckPage::applyPreset);
    connect(browse, &QToolButton::clicked, this, &CheckPage::chooseAnchor);
    m_preset->setCurrentIndex(settings.value(QStringLiteral("check/preset"), PresetSystem).toInt());
    applyPreset(m_preset->currentIndex());
    return bar;
}

QWidget* CheckPage::createDiagramTab() {
    m_diagramStack = new QStackedWidget(this);
    m_emptyState = new CheckEmptyState(m_diagramStack);
    auto* tab = new QWidget(m_diagramStack);
    m_diagramPane = tab;
    m_diagramStack->addWidget(m_emptyState);
    m_diagramStack->addWidget(tab);
    connect(m_emptyState, &CheckEmptyState::useLabRequested, this, [this] {
        m_preset->setCurrentIndex(PresetLab);
        m_domains->setFocus();
    });
    connect(m_emptyState, &CheckEmptyState::openSavedRunRequested, this, &CheckPage::chooseReplay);
    if (const auto lab = core::readLabCheckSettings(labDirectory()))
        m_emptyState->setLabResolver(lab->resolver);
    auto* layout = new QVBoxLayout(tab);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* tools = new QToolBar(tab);
    m_scene = new ChainScene(this);
    m_view = new ChainView(tab);
    m_view->setScene(m_scene);
    tools->addAction(tr("Zoom in"), m_view, &ChainView::zoomIn)->setShortcut(QKeySequence::ZoomIn);
    tools->addAction(tr("Zoom out"), m_view, &ChainView::zoomOut)->setShortcut(QKeySequence::ZoomOut);
    tools->addAction(tr("Fit width"), m_view, &ChainView::fitAll);
    tools->addAction(tr("Whole"), m_view, &ChainView::fitWhole);
    tools->addAction(tr("100 %"), m_view, &ChainView::actualSize);
    tools->addSeparator();
    tools->addAction(tr("Export SVG\u2026"), this, [this] { exportWithDialog(false); });
    tools->addAction(tr("Export PNG\u2026"), this, [this] { exportWithDialog(true); });
    auto* hint = new QLabel(tr("  Wheel zooms, drag pans, click a node for its records and findings."), tools);
    hint->setStyleSheet(QStringLiteral("color: palette(mid);"));
    tools->addWidget(hint);
    layout->addWidget(tools);
    layout->addWidget(m_view, 1);
    return m_diagramStack;
}

void CheckPage::applyPreset(int index) {
    const bool custom = index == PresetCustom;
    m_resolver->setEnabled(custom);
    m_anchor->setEnabled(custom);
    if (index == PresetSystem) {
        m_resolver->setText(QString());
        m_anchor->setText(QString());
    } else if (index == PresetLab) {
        const QString labDir = labDirectory();
        if (const auto lab = core::readLabCheckSettings(labDir)) {
            if (m_emptyState)
                m_emptyState->setLabResolver(lab->resolver);
            m_resolver->setText(lab->resolver);
            m_anchor->setText(lab->trustAnchorFile);
            m_smtpPort->setValue(lab->smtpPort);
            m_state->setText(tr("Workshop lab: %1").arg(lab->resolver));
        } else {
            m_state->setText(tr("No running lab found in %1 (start it on the Lab page).").arg(labDir));
        }
    }
}

void CheckPage::chooseAnchor() {
    const QString file = QFileDialog::getOpenFileName(this, tr("Trust anchor"), m_anchor->text());
    if (file.isEmpty())
        return;
    m_preset->setCurrentIndex(PresetCustom);
    m_anchor->setText(file);
}

void CheckPage::chooseReplay() {
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Saved observations (check --save DIR)"));
    if (!dir.isEmpty())
        loadReplay(dir);
}

void CheckPage::setDomains(const QString& text) {
    m_domains->setText(text);
}

void CheckPage::loadReplay(const QString& dir) {
    m_replayDir = dir;
    m_replayLabel->setText(tr("replay: %1").arg(dir));
    m_domains->setText(core::CheckRunner::replayDomains(dir).join(QStringLiteral(", ")));
    startCheck();
}

bool CheckPage::isRunning() const {
    return m_watcher->isRunning();
}

void CheckPage::startCheck() {
    if (isRunning())
        return;
    const QStringList domains = splitDomains(m_domains->text());
    if (domains.isEmpty()) {
        m_state->setText(tr("Enter at least one mail domain."));
        return;
    }
    core::CheckRunSettings settings;
    settings.replayDir = m_replayDir;
    if (!m_resolver->text().trimmed().isEmpty())
        settings.resolvers =
            m_resolver->text().split(QRegularExpression(QStringLiteral("[\\s,]+")), Qt::SkipEmptyParts);
    settings.trustAnchorFile = m_anchor->text().trimmed();
    settings.smtpPort = quint16(m_smtpPort->value());
    settings.smtp = !m_noSmtp->isChecked();
    settings.timeoutMs = m_timeout->value() * 1000;
    // Progress comes from the checking threads: the tracker takes it under its lock, and one queued call at
    // a time brings the picture to the GUI thread.
    auto cancelRequested = std::make_shared<std::atomic<bool>>(false);
    settings.observer.cancelled = [cancelRequested] { return cancelRequested->load(); };
    settings.observer.progress = [this](const core::CheckProgressEvent& event) {
        m_tracker.record(event);
        if (!m_refreshQueued.exchange(true))
            QMetaObject::invokeMethod(this, &CheckPage::refreshProgress, Qt::QueuedConnection);
    };
    auto runner = core::CheckRunner::create(settings);
    if (!runner.ok()) {
        m_state->setText(runner.error().message);
        Q_EMIT statusMessage(runner.error().message);
        return;
    }
    if (m_replayDir.isEmpty())
        rememberDomains(domains);
    saveSettings();
    m_jobDomains = domains;
    m_cancelRequested = cancelRequested;
    m_tracker.start(domains);
    m_progress->setRange(0, int(domains.size()));
    m_progress->setValue(0);
    m_progress->setFormat(tr("%v of %m hosts"));
    m_hostProgress->clear();
    m_hostProgress->show();
    m_progress->show();
    m_state->setText(tr("Checking %n domain(s)\u2026", nullptr, int(domains.size())));
    m_run->setEnabled(false);
    m_cancel->setEnabled(true);
    // The engine runs on the pool, never on the GUI thread; results come back one domain at a time.
    const core::CheckRunner job = *runner;
    m_watcher->setFuture(QtConcurrent::mapped(&m_pool, domains, [job](const QString& domain) {
        Outcome outcome;
        outcome.domain = domain;
        const auto result = job.run(domain);
        if (result.ok())
            outcome.result = result->toJson();
        else if (result.error().code == QLatin1String("CHECK_CANCELLED"))
            outcome.cancelled = true;
        else
            outcome.error = result.error().toString();
        return outcome;
    }));
}

void CheckPage::setParallelDomains(int count) {
    m_pool.setMaxThreadCount(std::clamp(count, 1, 64));
}

void CheckPage::setCustomConnection(const QString& resolver, const QString& trustAnchorFile, quint16 smtpPort) {
    m_preset->setCurrentIndex(PresetCustom);
    m_resolver->setText(resolver);
    m_anchor->setText(trustAnchorFile);
    m_smtpPort->setValue(smtpPort);
}

void CheckPage::setTimeoutSeconds(int seconds) {
    m_timeout->setValue(seconds);
}

void CheckPage::cancel() {
    if (!isRunning())
        return;
    // Domains not started are dropped; running ones stop at their next step and report no verdict.
    if (m_cancelRequested)
        *m_cancelRequested = true;
    m_watcher->cancel();
    m_state->setText(tr("Cancelling\u2026"));
}

void CheckPage::outcomeReady(int index) {
    const Outcome outcome = m_watcher->resultAt(index);
    if (outcome.cancelled)
        return;
    if (!outcome.error.isEmpty()) {
        m_tree->addError(outcome.domain, outcome.error);
        return;
    }
    m_results.insert(outcome.domain, outcome.result);
    m_tree->setResult(outcome.result);
    const auto saved = core::CheckHistory(m_historyRoot).save(outcome.result, QDateTime::currentDateTimeUtc());
    if (!saved.ok())
        Q_EMIT statusMessage(saved.error().message);
    if (m_shownDomain.isEmpty() || !m_results.contains(m_shownDomain) || outcome.domain == m_jobDomains.value(0))
        showDomain(outcome.domain);
}

void CheckPage::refreshProgress() {
    m_refreshQueued = false;
    const core::CheckProgressTracker::Snapshot snapshot = m_tracker.snapshot();
    m_progress->setRange(0, std::max(1, snapshot.total));
    m_progress->setValue(snapshot.done);
    constexpr int MaxLines = 5;
    const QStringList lines = snapshot.activeLines();
    QStringList shown = lines.mid(0, MaxLines);
    if (lines.size() > MaxLines)
        shown << tr("\u2026 and %n more host(s)", nullptr, int(lines.size() - MaxLines));
    m_hostProgress->setText(shown.join(QLatin1Char('\n')));
}

bool CheckPage::showsEmptyState() const {
    return m_diagramStack->currentWidget() == m_emptyState;
}

QString CheckPage::emptyStateText() const {
    return m_emptyState->plainText();
}

QString CheckPage::hostProgressText() const {
    return m_hostProgress->text();
}

void CheckPage::finished() {
    m_run->setEnabled(true);
    m_cancel->setEnabled(false);
    refreshProgress();
    m_hostProgress->hide();
    int done = 0;
    for (int i = 0; i < m_watcher->future().resultCount(); ++i)
        done += m_watcher->future().resultAt(i).cancelled ? 0 : 1;
    m_state->setText(m_watcher->isCanceled()
                         ? tr("Cancelled after %1 of %2 domains.").arg(done).arg(m_jobDomains.size())
                         : tr("%n domain(s) checked.", nullptr, done));
    Q_EMIT checkFinished();
}

void CheckPage::showDomain(const QString& domain) {
    const QJsonObject result = m_results.value(domain);
    if (result.isEmpty())
        return;
    m_shownDomain = domain;
    m_diagramStack->setCurrentWidget(m_diagramPane);
    const core::ChainLayout layout = render::DiagramExport::layout(result.value(QStringLiteral("chain")).toObject());
    m_scene->setDiagram(layout, render::DiagramExport::titleFor(result));
    m_view->fitAll();
    m_findings->setFindings(findingsOf(result));
    m_details->setPlainText(CheckNodeDetails::describe(result, QStringLiteral("verdict:") + domain));
    refreshHistory(domain);
}

void CheckPage::nodeActivated(const QString& id) {
    if (m_shownDomain.isEmpty())
        return;
    m_details->setPlainText(CheckNodeDetails::describe(m_results.value(m_shownDomain), id));
}

void CheckPage::treeSelectionChanged() {
    const QList<QTreeWidgetItem*> items = m_tree->selectedItems();
    if (items.isEmpty())
        return;
    const QString domain = items.first()->data(0, CheckResultTree::DomainRole).toString();
    const QString id = items.first()->data(0, CheckResultTree::NodeIdRole).toString();
    if (domain != m_shownDomain)
        showDomain(domain);
    if (id.isEmpty())
        return;
    m_scene->selectNode(id);
    m_details->setPlainText(CheckNodeDetails::describe(m_results.value(domain), id));
}

QString CheckPage::detailsText() const {
    return m_details->toPlainText();
}

QString CheckPage::diffText() const {
    return m_diff->toPlainText();
}

void CheckPage::refreshHistory(const QString& domain) {
    m_history->clear();
    for (const core::CheckHistory::Entry& e : core::CheckHistory(m_historyRoot).runs(domain)) {
        auto* item = new QListWidgetItem(
            CheckResultTree::statusIcon(e.verdict),
            QStringLiteral("%1  %2").arg(e.at.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'")), e.verdict),
            m_history);
        item->setData(Qt::UserRole, e.path);
    }
}

void CheckPage::compareHistory(int newerRow, int olderRow) {
    const QListWidgetItem* newer = m_history->item(newerRow);
    const QListWidgetItem* older = m_history->item(olderRow);
    if (!newer || !older)
        return;
    const auto a = core::CheckHistory::load(older->data(Qt::UserRole).toString());
    const auto b = core::CheckHistory::load(newer->data(Qt::UserRole).toString());
    if (!a.ok() || !b.ok()) {
        m_diff->setPlainText(!a.ok() ? a.error().message : b.error().message);
        return;
    }
    QStringList lines{tr("From %1").arg(older->text()), tr("To   %1").arg(newer->text()), QString()};
    const QList<core::CheckRunDiff::Change> changes = core::CheckRunDiff::compare(*a, *b);
    for (const core::CheckRunDiff::Change& c : changes)
        lines << c.describe();
    if (changes.isEmpty())
        lines << tr("No changes.");
    m_diff->setPlainText(lines.join(QLatin1Char('\n')));
    m_tabs->setCurrentWidget(m_diff);
}

void CheckPage::rememberDomains(const QStringList& domains) {
    QStringList list = m_completion->stringList();
    for (const QString& d : domains) {
        list.removeAll(d);
        list.prepend(d);
    }
    while (list.size() > MaxRemembered)
        list.removeLast();
    m_completion->setStringList(list);
    QSettings().setValue(QStringLiteral("check/domains"), list);
}

void CheckPage::saveSettings() const {
    QSettings settings;
    settings.setValue(QStringLiteral("check/preset"), m_preset->currentIndex());
    if (m_preset->currentIndex() == PresetCustom) {
        settings.setValue(QStringLiteral("check/resolver"), m_resolver->text());
        settings.setValue(QStringLiteral("check/trustAnchor"), m_anchor->text());
    }
    settings.setValue(QStringLiteral("check/smtpPort"), m_smtpPort->value());
    settings.setValue(QStringLiteral("check/timeout"), m_timeout->value());
}

bool CheckPage::exportSvg(const QString& path) {
    const auto written = render::DiagramExport::writeSvg(path, m_scene->diagram(), m_scene->title(), true);
    Q_EMIT statusMessage(written.ok() ? tr("Wrote %1").arg(path) : written.error().message);
    return written.ok();
}

bool CheckPage::exportPng(const QString& path) {
    const auto written = render::DiagramExport::writePng(path, m_scene->diagram(), m_scene->title(), true);
    Q_EMIT statusMessage(written.ok() ? tr("Wrote %1").arg(path) : written.error().message);
    return written.ok();
}

void CheckPage::exportWithDialog(bool png) {
    if (m_shownDomain.isEmpty())
        return;
    QString base = m_shownDomain;
    base.chop(base.endsWith(QLatin1Char('.')) ? 1 : 0);
    const QString path = QFileDialog::getSaveFileName(this, png ? tr("Export PNG") : tr("Export SVG"),
                                                      base + (png ? QStringLiteral(".png") : QStringLiteral(".svg")),
                                                      png ? tr("PNG images (*.png)") : tr("SVG drawings (*.svg)"));
    if (path.isEmpty())
        return;
    if (png)
        exportPng(path);
    else
        exportSvg(path);
}

} // namespace danewerk::ui
