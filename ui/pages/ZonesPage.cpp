#include "ui/pages/ZonesPage.h"

#include "core/dns/DnsName.h"
#include "core/dnssec/ZoneValidator.h"
#include "core/zone/ZoneLoader.h"
#include "core/zone/ZoneStatistics.h"
#include "ui/charts/SignatureValidityChart.h"
#include "ui/findings/FindingsModel.h"
#include "ui/findings/FindingsView.h"
#include "ui/zones/DsRecordsDialog.h"
#include "ui/zones/SignZoneDialog.h"
#include "ui/zones/ZoneChainPanel.h"
#include "ui/zones/ZoneDnssecData.h"
#include "ui/zones/ZoneKeysPanel.h"
#include "ui/zones/ZoneNameTree.h"
#include "ui/zones/ZoneNameTreeModel.h"
#include "ui/zones/ZoneRecordModel.h"
#include "ui/zones/ZoneRecordSearch.h"

#include <QComboBox>
#include <QDateTime>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QElapsedTimer>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <utility>

namespace danewerk::ui {

// Everything the background load produces; the GUI thread only swaps it in.
struct ZoneLoadOutcome {
    bool ok = false;
    core::Error error;
    std::shared_ptr<const core::Zone> zone;
    std::shared_ptr<const ZoneNameTree> tree;
    core::Findings findings;
    core::ZoneStatistics statistics;
    QString signedWith; // "NSEC", "NSEC3", or empty for an unsigned zone
    int keys = 0;
    QList<ZoneKeyRow> keyRows;
    QList<qint64> expirations; // of every RRSIG, sorted (the validity chart)
    QDateTime now;
    qint64 milliseconds = 0;
};

namespace {

constexpr int MaxRecentFiles = 8;
constexpr int MaxAutoExpandedChildren = 5000;
const char* const RecentFilesKey = "zones/recentFiles";

// The statistics' expiry histogram in words, under the chart.
QString expirySummary(const core::ZoneStatistics& statistics) {
    if (statistics.signatures == 0)
        return ZonesPage::tr("The zone has no signatures.");
    const QList<core::ZoneHistogramBucket>& b = statistics.signatureExpiry;
    const auto count = [&](int i) { return i < b.size() ? qint64(b[i].count) : qint64(0); };
    return ZonesPage::tr("%1 signatures: %2 expired, %3 expire within a day, %4 within 7 days, %5 within 30 "
                         "days, %6 later; %7 not yet valid.")
        .arg(statistics.signatures)
        .arg(count(0))
        .arg(count(1))
        .arg(count(2))
        .arg(count(3))
        .arg(count(4) + count(5))
        .arg(statistics.signaturesNotYetValid);
}

} // namespace

ZonesPage::ZonesPage(QWidget* parent) : QWidget(parent) {
    setAcceptDrops(true);
    m_records = new ZoneRecordModel(this);
    m_tree = new ZoneNameTreeModel(this);

    // Top bar: open, recent files, the file, progress and cancel.
    auto* open = new QPushButton(tr("Open zone…"), this);
    open->setObjectName(QStringLiteral("openZoneButton"));
    m_recent = new QToolButton(this);
    m_recent->setText(tr("Recent"));
    m_recent->setPopupMode(QToolButton::InstantPopup);
    m_recent->setMenu(new QMenu(m_recent));
    m_fileLabel = new QLabel(this);
    m_fileLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 1000);
    m_progress->setMaximumWidth(260);
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("cancelLoadButton"));
    auto* bar = new QHBoxLayout;
    bar->addWidget(open);
    bar->addWidget(m_recent);
    bar->addWidget(m_fileLabel, 1);
    m_signButton = new QPushButton(tr("Sign zone…"), this);
    m_signButton->setObjectName(QStringLiteral("signZoneButton"));
    m_signButton->setToolTip(tr("Sign the loaded zone with new keys and write it to a file"));
    m_dsButton = new QPushButton(tr("DS records…"), this);
    m_dsButton->setObjectName(QStringLiteral("dsRecordsButton"));
    m_dsButton->setToolTip(tr("The DS records of the zone's SEP keys, for the parent zone"));
    m_signButton->setEnabled(false);
    m_dsButton->setEnabled(false);
    bar->addWidget(m_progress);
    bar->addWidget(m_cancel);
    bar->addWidget(m_signButton);
    bar->addWidget(m_dsButton);

    // Filters over the record table.
    m_nameFilter = new QLineEdit(this);
    m_nameFilter->setObjectName(QStringLiteral("nameFilter"));
    m_nameFilter->setPlaceholderText(tr("Filter by name"));
    m_nameFilter->setClearButtonEnabled(true);
    m_typeFilter = new QComboBox(this);
    m_typeFilter->setObjectName(QStringLiteral("typeFilter"));
    m_typeFilter->setMinimumContentsLength(10);
    m_typeFilter->addItem(tr("All types")); // the zone's types follow once it is loaded
    // Busy while the rows of a new sort or filter are computed in the background.
    m_busy = new QProgressBar(this);
    m_busy->setObjectName(QStringLiteral("arrangingIndicator"));
    m_busy->setRange(0, 0);
    m_busy->setMaximumWidth(80);
    m_busy->setTextVisible(false);
    m_busy->hide();
    auto* filters = new QHBoxLayout;
    filters->addWidget(m_nameFilter, 1);
    filters->addWidget(m_typeFilter);
    filters->addWidget(m_busy);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("recordTable"));
    m_table->setModel(m_records);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder); // the zone's canonical order until a header is clicked
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(ZoneRecordModel::NameColumn, 260);
    m_table->setColumnWidth(ZoneRecordModel::TtlColumn, 70);
    m_table->setColumnWidth(ZoneRecordModel::ClassColumn, 50);
    m_table->setColumnWidth(ZoneRecordModel::TypeColumn, 90);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("zoneSummary"));
    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addLayout(filters);
    m_banner = new QLabel(this);
    m_banner->setObjectName(QStringLiteral("zoneBanner"));
    m_banner->setWordWrap(true);
    m_banner->setStyleSheet(QStringLiteral("QLabel { background: palette(tool-tip-base); padding: 3px; }"));
    m_banner->hide();
    rightLayout->addWidget(m_banner);
    rightLayout->addWidget(m_table, 1);
    rightLayout->addWidget(m_summary);

    m_treeView = new QTreeView(this);
    m_treeView->setObjectName(QStringLiteral("nameTree"));
    m_treeView->setModel(m_tree);
    m_treeView->setUniformRowHeights(true);
    m_treeView->header()->setStretchLastSection(false);
    m_treeView->header()->setSectionResizeMode(ZoneNameTreeModel::LabelColumn, QHeaderView::Stretch);
    m_treeView->header()->setSectionResizeMode(ZoneNameTreeModel::RecordsColumn, QHeaderView::ResizeToContents);

    auto* browse = new QSplitter(Qt::Horizontal, this);
    browse->addWidget(m_treeView);
    browse->addWidget(right);
    browse->setStretchFactor(1, 3);
    browse->setSizes({260, 800});

    // Under the records: findings, keys and signature validity as tabs, so the table keeps its height.
    m_findings = new FindingsView(this);
    m_keys = new ZoneKeysPanel(this);
    m_chart = new SignatureValidityChart(this);
    m_expirySummary = new QLabel(this);
    m_expirySummary->setObjectName(QStringLiteral("expirySummary"));
    m_expirySummary->setWordWrap(true);
    auto* validity = new QWidget(this);
    auto* validityLayout = new QVBoxLayout(validity);
    validityLayout->setContentsMargins(0, 0, 0, 0);
    validityLayout->addWidget(m_chart, 1);
    validityLayout->addWidget(m_expirySummary);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("zoneDetailTabs"));
    m_tabs->addTab(m_findings, tr("Findings"));
    m_tabs->addTab(m_keys, tr("Keys"));
    m_tabs->addTab(validity, tr("Signature validity"));
    m_tabs->addTab(m_chain = new ZoneChainPanel(this), tr("Chain"));
    auto* vertical = new QSplitter(Qt::Vertical, this);
    vertical->addWidget(browse);
    vertical->addWidget(m_tabs);
    vertical->setStretchFactor(0, 3);
    vertical->setStretchFactor(1, 1);

    auto* empty = new QLabel(tr("<h2>Zones</h2><p>Open a zone file or drop one here: its records, its "
                                "names and every structural problem found in it appear on this page.</p>"),
                             this);
    empty->setAlignment(Qt::AlignCenter);
    empty->setWordWrap(true);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(empty);
    m_stack->addWidget(vertical);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_stack, 1);

    connect(open, &QPushButton::clicked, this, &ZonesPage::chooseFile);
    connect(m_cancel, &QPushButton::clicked, this, &ZonesPage::cancelLoad);
    connect(&m_watcher, &QFutureWatcher<std::shared_ptr<ZoneLoadOutcome>>::finished, this, &ZonesPage::finishLoad);
    connect(m_records, &ZoneRecordModel::busyChanged, this, &ZonesPage::updateBanner);
    connect(m_records, &ZoneRecordModel::arranged, this, &ZonesPage::selectPendingRecord);
    connect(m_nameFilter, &QLineEdit::textChanged, m_records, &ZoneRecordModel::setNameFilter);
    connect(m_typeFilter, &QComboBox::currentIndexChanged, this, [this](int index) {
        const QVariant type = m_typeFilter->itemData(index);
        m_records->setTypeFilter(type.isValid() ? std::optional<quint16>(quint16(type.toUInt())) : std::nullopt);
    });
    connect(m_treeView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                m_records->setSubtree(current.isValid() ? current.data(ZoneNameTreeModel::FullNameRole).toString()
                                                        : QString());
            });
    // A click is enough here (the table is right above); the view itself reports only activation.
    connect(m_findings, &FindingsView::findingActivated, this, &ZonesPage::showFindingRecord);
    connect(m_findings->table(), &QTableView::clicked, this, [this](const QModelIndex& index) {
        const core::Findings& findings = m_findings->model()->findings();
        if (index.isValid() && index.row() < findings.size())
            showFindingRecord(findings.at(index.row()));
    });
    connect(m_chain, &ZoneChainPanel::recordRequested, this, [this](qsizetype record) {
        showRecord(record);
        m_table->setFocus();
    });
    connect(m_signButton, &QPushButton::clicked, this, &ZonesPage::showSignDialog);
    connect(m_dsButton, &QPushButton::clicked, this, &ZonesPage::showDsDialog);
    setLoading(false);
    updateRecentMenu();
    m_previewPool.setMaxThreadCount(1);
}

ZonesPage::~ZonesPage() {
    if (m_cancelFlag)
        m_cancelFlag->store(true);
    m_previewPool.waitForDone(); // a preview posts to this page
    m_watcher.waitForFinished();
    for (QFuture<std::shared_ptr<ZoneLoadOutcome>>& orphan : m_orphans)
        orphan.waitForFinished(); // they post progress to this page's bar, so they must end first
}

bool ZonesPage::canOpen(const QString& path) {
    const QString name = QFileInfo(path).fileName().toLower();
    return name.endsWith(QLatin1String(".zone")) || name.endsWith(QLatin1String(".db")) ||
           name.endsWith(QLatin1String(".signed")) || name.startsWith(QLatin1String("db.")) ||
           name.endsWith(QLatin1String(".zone.txt"));
}

bool ZonesPage::isLoading() const {
    return m_watcher.isRunning();
}

void ZonesPage::chooseFile() {
    const QString path = QFileDialog::getOpenFileName(this, tr("Open zone file"), QString(),
                                                      tr("Zone files (*.zone *.db *.signed db.*);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

bool ZonesPage::openFile(const QString& path) {
    if (!QFileInfo(path).isReadable()) {
        m_fileLabel->setText(tr("Cannot read %1").arg(path));
        Q_EMIT loadFinished(false, tr("Cannot read %1").arg(path));
        return false;
    }
    // A load still running is cancelled and left to finish on its own (the GUI never waits for it); its result
    // is ignored because the watcher follows the new load.
    if (m_cancelFlag)
        m_cancelFlag->store(true);
    m_orphans.removeIf([](const QFuture<std::shared_ptr<ZoneLoadOutcome>>& f) { return f.isFinished(); });
    if (m_watcher.isRunning())
        m_orphans.append(m_watcher.future());
    m_loadingFile = path;
    m_cancelFlag = std::make_shared<std::atomic_bool>(false);
    const std::shared_ptr<std::atomic_bool> cancel = m_cancelFlag;
    const QPointer<QProgressBar> progress = m_progress;
    m_progress->setValue(0);
    setLoading(true);
    m_fileLabel->setText(tr("Loading %1…").arg(QFileInfo(path).fileName()));
    ++m_generation;
    startPreview(path);
    const QDateTime now = m_clock->now();
    std::shared_future<void> gate = std::exchange(m_loadGate, {});
    m_watcher.setFuture(QtConcurrent::run([path, cancel, progress, now, gate] {
        if (gate.valid())
            gate.wait();
        auto outcome = std::make_shared<ZoneLoadOutcome>();
        QElapsedTimer timer;
        timer.start();
        core::ZoneLoadOptions options;
        options.cancel = cancel.get();
        options.progress = [progress](qint64 done, qint64 total) {
            const int value = total > 0 ? int(done * 1000 / total) : 0;
            QMetaObject::invokeMethod(
                progress.data(),
                [progress, value] {
                    if (progress)
                        progress->setValue(value);
                },
                Qt::QueuedConnection);
        };
        core::Result<core::Zone> zone = core::ZoneLoader::loadFile(path, options);
        if (!zone) {
            outcome->error = zone.error();
            return outcome;
        }
        // Between the phases that do not watch the flag themselves, a cancelled load stops.
        const auto cancelled = [&] {
            if (!cancel->load())
                return false;
            outcome->error = core::Error{QStringLiteral("LOAD_CANCELLED"), QString(), path, 0, 0};
            return true;
        };
        auto shared = std::make_shared<const core::Zone>(std::move(zone).value());
        if (cancelled())
            return outcome;
        core::ValidationOptions validation;
        validation.now = now;
        const core::ZoneReport report = core::ZoneValidator::validateZone(*shared, validation);
        outcome->findings = report.findings;
        outcome->signedWith = report.isSigned ? report.nsec.toUpper() : QString();
        outcome->keys = int(report.keys.size());
        outcome->keyRows = zoneKeyRows(*shared, report.keys);
        if (cancelled())
            return outcome;
        outcome->statistics = core::computeZoneStatistics(*shared, now);
        outcome->expirations = signatureExpirations(*shared, now.toSecsSinceEpoch());
        outcome->now = now;
        outcome->tree = std::make_shared<const ZoneNameTree>(ZoneNameTree::build(*shared));
        if (cancelled())
            return outcome;
        outcome->zone = std::move(shared);
        outcome->ok = true;
        outcome->milliseconds = timer.elapsed();
        return outcome;
    }));
    return true;
}

// A large zone shows its first records at once: the first bytes of the file, cut at a line end, parsed on a
// thread of their own while the full load runs. A cut inside a record spanning lines is a parse error; then
// a shorter piece is tried. The full, validated zone replaces the preview when it is ready.
void ZonesPage::startPreview(const QString& path) {
    if (QFileInfo(path).size() <= m_previewBytes)
        return; // small enough that the full load is as quick
    const std::shared_ptr<std::atomic_bool> cancel = m_cancelFlag;
    const quint64 generation = m_generation;
    const qint64 bytes = m_previewBytes;
    const QPointer<ZonesPage> page = this;
    m_previewPool.start([path, cancel, generation, bytes, page] {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return;
        QByteArray text = file.read(bytes);
        core::ZoneLoadOptions options;
        options.cancel = cancel.get();
        for (int attempt = 0; attempt < 4 && !cancel->load(); ++attempt) {
            const qsizetype end = text.lastIndexOf('\n');
            if (end <= 0)
                return;
            text.truncate(end + 1);
            core::Result<core::Zone> zone = core::ZoneLoader::loadText(text, path, options);
            if (zone) {
                auto shared = std::make_shared<const core::Zone>(std::move(zone).value());
                // The page waits for this pool before it goes, so it is alive here.
                QMetaObject::invokeMethod(
                    page.data(),
                    [page, generation, shared] {
                        if (page)
                            page->showPreview(generation, shared);
                    },
                    Qt::QueuedConnection);
                return;
            }
            text.truncate(text.size() / 2);
        }
    });
}

void ZonesPage::showPreview(quint64 generation, const std::shared_ptr<const core::Zone>& zone) {
    // Too late: another load started, this one was cancelled, or the full zone is already there.
    if (generation != m_generation || !m_watcher.isRunning() || (m_cancelFlag && m_cancelFlag->load()) ||
        zone->recordCount() == 0)
        return;
    if (!m_showingPreview)
        m_summaryBeforePreview = m_summary->text();
    m_showingPreview = true;
    m_records->setZone(zone);
    const int records = int(zone->recordCount());
    m_previewText = tr("Loading… (preview): the first %n record(s) of the file; the full zone, its names and its "
                       "findings follow when the load is complete.",
                       nullptr, records);
    updateBanner();
    m_summary->setText(tr("Preview of %n record(s)", nullptr, records));
    m_stack->setCurrentIndex(1);
    Q_EMIT previewShown(records);
}

// A failed or cancelled load puts back what the page showed before its preview.
void ZonesPage::endPreview() {
    if (!m_showingPreview)
        return;
    m_showingPreview = false;
    m_records->setZone(m_shownZone);
    updateBanner();
    m_summary->setText(m_summaryBeforePreview);
}

void ZonesPage::updateBanner() {
    QStringList parts;
    if (m_showingPreview)
        parts << m_previewText;
    const bool busy = m_records->isBusy();
    if (busy) {
        const ZoneRecordQuery& asked = m_records->query();
        const ZoneRecordQuery& shown = m_records->shownQuery();
        const bool sorting = asked.column != shown.column || asked.descending != shown.descending;
        // Only large zones are arranged in the background: never a single record.
        const QString records = locale().toString(m_records->zone()->recordCount());
        if (sorting && asked.column >= 0)
            parts << tr("Sorting %1 records by %2…")
                         .arg(records, m_records->headerData(asked.column, Qt::Horizontal).toString());
        else if (sorting)
            parts << tr("Sorting %1 records…").arg(records);
        else
            parts << tr("Filtering %1 records…").arg(records);
    }
    m_banner->setText(parts.join(QLatin1Char(' ')));
    m_banner->setVisible(!parts.isEmpty());
    m_busy->setVisible(busy);
}

void ZonesPage::cancelLoad() {
    if (m_cancelFlag)
        m_cancelFlag->store(true);
}

void ZonesPage::finishLoad() {
    setLoading(false);
    const std::shared_ptr<ZoneLoadOutcome> outcome = m_watcher.result();
    if (!outcome)
        return;
    if (!outcome->ok) {
        endPreview();
        const bool cancelled = outcome->error.code == QLatin1String("LOAD_CANCELLED");
        const QString message =
            cancelled ? tr("Loading %1 was cancelled.").arg(m_loadingFile) : outcome->error.toString();
        m_fileLabel->setText(message);
        if (!cancelled) {
            // A parse error is a finding like any other, with its place in the file.
            core::Finding finding;
            finding.severity = core::Severity::Error;
            finding.code = outcome->error.code;
            finding.message = outcome->error.message;
            finding.file = outcome->error.file;
            finding.line = outcome->error.line;
            finding.column = outcome->error.column;
            m_findings->setFindings({finding});
            m_tabs->setCurrentIndex(0);
            m_stack->setCurrentIndex(1);
        }
        Q_EMIT loadFinished(false, message);
        return;
    }
    m_showingPreview = false;
    updateBanner();
    m_currentFile = m_loadingFile;
    addRecentFile(m_currentFile);
    showOutcome(*outcome);
    Q_EMIT loadFinished(true, m_summary->text());
}

void ZonesPage::showOutcome(const ZoneLoadOutcome& outcome) {
    m_shownZone = outcome.zone;
    m_records->setTypeFilter(std::nullopt); // the new zone's types are listed below
    m_records->setZone(outcome.zone);
    m_tree->setTree(outcome.zone, outcome.tree);
    // The top names open, unless one has so many children that laying them out would stall the window (a
    // flat zone of a million names); a click opens it then.
    for (int row = 0; row < m_tree->rowCount(); ++row) {
        const QModelIndex top = m_tree->index(row, 0);
        if (m_tree->rowCount(top) <= MaxAutoExpandedChildren)
            m_treeView->expand(top);
    }
    m_findings->setFindings(outcome.findings);
    m_tabs->setTabText(0,
                       outcome.findings.isEmpty() ? tr("Findings") : tr("Findings (%1)").arg(outcome.findings.size()));
    m_keys->setKeys(outcome.keyRows);
    m_chart->setData(outcome.expirations, outcome.now);
    m_chain->setZone(outcome.zone, !outcome.signedWith.isEmpty(), outcome.now, outcome.findings, outcome.keyRows);
    m_expirySummary->setText(expirySummary(outcome.statistics));
    m_signButton->setEnabled(true);
    m_dsButton->setEnabled(std::any_of(outcome.keyRows.cbegin(), outcome.keyRows.cend(),
                                       [](const ZoneKeyRow& key) { return !key.ds.isEmpty(); }));
    const QSignalBlocker blocker(m_typeFilter);
    m_typeFilter->clear();
    m_typeFilter->addItem(tr("All types"));
    for (auto it = outcome.statistics.recordsPerType.cbegin(); it != outcome.statistics.recordsPerType.cend(); ++it) {
        if (const std::optional<quint16> type = core::rrTypeFromName(it.key()))
            m_typeFilter->addItem(QStringLiteral("%1 (%2)").arg(it.key()).arg(it.value()), uint(*type));
    }
    m_fileLabel->setText(QStringLiteral("<b>%1</b> — %2").arg(outcome.zone->originText(), m_currentFile));
    const core::ZoneStatistics& s = outcome.statistics;
    const QString counts =
        QStringList{tr("%n record(s)", nullptr, int(s.records)), tr("%n name(s)", nullptr, int(s.names)),
                    tr("%n delegation(s) (%1 with DS)", nullptr, int(s.delegations)).arg(s.secureDelegations),
                    tr("%n signature(s)", nullptr, int(s.signatures))}
            .join(QStringLiteral(", "));
    m_summary->setText(counts + QStringLiteral("; ") + tr("loaded in %1 ms").arg(outcome.milliseconds) +
                       QStringLiteral("; ") +
                       (outcome.signedWith.isEmpty()
                            ? tr("unsigned")
                            : tr("signed with %1, %n key(s)", nullptr, outcome.keys).arg(outcome.signedWith)));
    m_stack->setCurrentIndex(1);
}

void ZonesPage::showFindingRecord(const core::Finding& finding) {
    const std::shared_ptr<const core::Zone> zone = m_records->zone();
    if (finding.owner.isEmpty() || !zone)
        return;
    // The owner and its descendants, the owner's record of the finding's type selected (its first record when
    // the finding names no type or the type has no record there).
    const core::Result<QByteArray> owner = core::dnsNameFromText(finding.owner);
    qsizetype record = -1;
    if (owner) {
        record = firstRecordOf(*zone, *owner, core::rrTypeFromName(finding.type));
        if (record < 0)
            record = firstRecordOf(*zone, *owner, std::nullopt);
    }
    showRecord(record, finding.owner);
}

void ZonesPage::showRecord(qsizetype record, const QString& subtree) {
    {
        const QSignalBlocker nameBlocker(m_nameFilter);
        const QSignalBlocker typeBlocker(m_typeFilter);
        m_nameFilter->clear();
        m_typeFilter->setCurrentIndex(0);
    }
    m_records->setFilters(QString(), subtree, std::nullopt);
    // A large zone filters in the background: the record is selected once its rows are there.
    m_pendingRecord = record;
    if (!m_records->isBusy())
        selectPendingRecord();
}

void ZonesPage::selectPendingRecord() {
    const qsizetype record = std::exchange(m_pendingRecord, -1);
    const int row = m_records->rowOfRecord(record);
    if (row < 0)
        return;
    const QModelIndex target = m_records->index(row, ZoneRecordModel::NameColumn);
    m_table->setCurrentIndex(target);
    m_table->scrollTo(target, QAbstractItemView::PositionAtCenter);
}

void ZonesPage::showSignDialog() {
    const std::shared_ptr<const core::Zone> zone = m_records->zone();
    if (!zone)
        return;
    QString suggested =
        m_currentFile.startsWith(QLatin1Char(':')) ? QString() : m_currentFile + QStringLiteral(".signed");
    if (suggested.endsWith(QLatin1String(".signed.signed")))
        suggested.chop(7);
    SignZoneDialog dialog(zone, suggested, m_clock->now(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const SignZoneResult& result = dialog.result();
    QStringList files{result.outputPath};
    files << result.keyFiles;
    QMessageBox::information(this, tr("Zone signed"),
                             tr("%n signature(s) written. Files:", nullptr, int(result.signatures)) +
                                 QStringLiteral("\n") + files.join(QLatin1Char('\n')));
    openFile(result.outputPath);
}

void ZonesPage::showDsDialog() {
    if (!m_records->zone())
        return;
    DsRecordsDialog dialog(m_records->zone(), this);
    dialog.exec();
}

void ZonesPage::setLoading(bool loading) {
    m_progress->setVisible(loading);
    m_cancel->setVisible(loading);
}

QStringList ZonesPage::recentFiles() const {
    return QSettings().value(QLatin1String(RecentFilesKey)).toStringList();
}

void ZonesPage::addRecentFile(const QString& path) {
    QStringList files = recentFiles();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    files.removeAll(absolute);
    files.prepend(absolute);
    while (files.size() > MaxRecentFiles)
        files.removeLast();
    QSettings().setValue(QLatin1String(RecentFilesKey), files);
    updateRecentMenu();
}

void ZonesPage::updateRecentMenu() {
    QMenu* menu = m_recent->menu();
    menu->clear();
    const QStringList files = recentFiles();
    for (const QString& file : files) {
        QAction* action = menu->addAction(QFileInfo(file).fileName());
        action->setToolTip(file);
        connect(action, &QAction::triggered, this, [this, file] { openFile(file); });
    }
    m_recent->setEnabled(!files.isEmpty());
}

void ZonesPage::dragEnterEvent(QDragEnterEvent* event) {
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void ZonesPage::dropEvent(QDropEvent* event) {
    for (const QUrl& url : event->mimeData()->urls()) {
        if (url.isLocalFile()) {
            openFile(url.toLocalFile());
            break; // one zone at a time
        }
    }
    event->acceptProposedAction();
}

} // namespace danewerk::ui
