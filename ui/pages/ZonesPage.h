#pragma once

#include "core/common/Clock.h"
#include "core/findings/Finding.h"
#include "core/zone/Zone.h"

#include <QFutureWatcher>
#include <QThreadPool>
#include <QWidget>

#include <atomic>
#include <future>
#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QTableView;
class QToolButton;
class QTreeView;

namespace danewerk::ui {

class FindingsView;
class SignatureValidityChart;
class ZoneKeysPanel;
class ZoneChainPanel;
class ZoneNameTreeModel;
class ZoneRecordModel;
struct ZoneLoadOutcome;

// Zones: open a zone file (dialog, drag and drop, recent files), load it in the background with progress and
// cancel, browse its records (a virtual table with name and type filters and sorting) and its tree of names,
// and see every finding of the offline validation (structure and DNSSEC).
class ZonesPage : public QWidget {
    Q_OBJECT
public:
    explicit ZonesPage(QWidget* parent = nullptr);
    ~ZonesPage() override;

    [[nodiscard]] static bool canOpen(const QString& path);
    // Starts loading in the background; false if the file cannot be read at all.
    bool openFile(const QString& path);
    void chooseFile();
    void cancelLoad();
    [[nodiscard]] bool isLoading() const;
    // True while the table shows the quick preview of the first records of a load still running.
    [[nodiscard]] bool isShowingPreview() const { return m_showingPreview; }
    // Files larger than this get a preview of their first bytes while the full load runs.
    void setPreviewBytes(qint64 bytes) { m_previewBytes = bytes; }
    // Tests: the next full load waits for this before it starts, so a test can see the preview state
    // without racing the background load.
    void setLoadGate(std::shared_future<void> gate) { m_loadGate = std::move(gate); }
    [[nodiscard]] QString currentFile() const { return m_currentFile; }
    [[nodiscard]] QStringList recentFiles() const;
    // The moment validation uses (signature validity); the system clock unless a test sets another.
    void setClock(std::shared_ptr<const core::Clock> clock) { m_clock = std::move(clock); }

    [[nodiscard]] ZoneRecordModel* recordModel() const { return m_records; }
    [[nodiscard]] ZoneNameTreeModel* nameTreeModel() const { return m_tree; }
    [[nodiscard]] FindingsView* findingsView() const { return m_findings; }
    [[nodiscard]] QTableView* recordTable() const { return m_table; }
    [[nodiscard]] ZoneKeysPanel* keysPanel() const { return m_keys; }
    [[nodiscard]] SignatureValidityChart* validityChart() const { return m_chart; }
    [[nodiscard]] QTabWidget* detailTabs() const { return m_tabs; }
    [[nodiscard]] ZoneChainPanel* chainPanel() const { return m_chain; }

    // The dialogs of the top bar (modal; the tests call their worker functions instead).
    void showSignDialog();
    void showDsDialog();
    // Shows the record a finding is about: the finding's owner (and type) selected in the table.
    void showFindingRecord(const core::Finding& finding);
    // Selects a record of the zone (its index) in the table, filtered to a subtree (empty: the whole zone).
    void showRecord(qsizetype record, const QString& subtree = {});

Q_SIGNALS:
    // After every load attempt: ok false for errors and cancellation (message says which).
    void loadFinished(bool ok, const QString& message);
    // The first records of a large zone are on screen while the full load goes on.
    void previewShown(int records);

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void finishLoad();
    void showOutcome(const ZoneLoadOutcome& outcome);
    void addRecentFile(const QString& path);
    void updateRecentMenu();
    void setLoading(bool loading);
    void startPreview(const QString& path);
    void showPreview(quint64 generation, const std::shared_ptr<const core::Zone>& zone);
    void endPreview();
    // The banner above the table: the preview notice and what the table is busy with.
    void updateBanner();
    void selectPendingRecord();

    ZoneRecordModel* m_records = nullptr;
    ZoneNameTreeModel* m_tree = nullptr;
    FindingsView* m_findings = nullptr;
    ZoneKeysPanel* m_keys = nullptr;
    SignatureValidityChart* m_chart = nullptr;
    ZoneChainPanel* m_chain = nullptr;
    QTabWidget* m_tabs = nullptr;
    QLabel* m_expirySummary = nullptr;
    QPushButton* m_signButton = nullptr;
    QPushButton* m_dsButton = nullptr;
    QStackedWidget* m_stack = nullptr;
    QTableView* m_table = nullptr;
    QTreeView* m_treeView = nullptr;
    QLineEdit* m_nameFilter = nullptr;
    QComboBox* m_typeFilter = nullptr;
    QLabel* m_fileLabel = nullptr;
    QLabel* m_summary = nullptr;
    QProgressBar* m_progress = nullptr;
    QPushButton* m_cancel = nullptr;
    QToolButton* m_recent = nullptr;
    QFutureWatcher<std::shared_ptr<ZoneLoadOutcome>> m_watcher;
    QList<QFuture<std::shared_ptr<ZoneLoadOutcome>>> m_orphans; // replaced loads, cancelled, still finishing
    std::shared_ptr<std::atomic_bool> m_cancelFlag;
    QLabel* m_banner = nullptr;     // "loading… (preview)" and "sorting…"
    QProgressBar* m_busy = nullptr; // turns while the table sorts or filters in the background
    QString m_previewText;
    qsizetype m_pendingRecord = -1; // selected once the table's rows are arranged
    QThreadPool m_previewPool;      // its own thread, so a preview never waits behind full loads
    quint64 m_generation = 0;       // of the current load; a preview of an older one is ignored
    std::shared_future<void> m_loadGate;
    qint64 m_previewBytes = 256 * 1024;
    bool m_showingPreview = false;
    QString m_summaryBeforePreview;
    std::shared_ptr<const core::Zone> m_shownZone; // the last fully loaded zone (what a failed load keeps)
    QString m_loadingFile;
    QString m_currentFile;
    std::shared_ptr<const core::Clock> m_clock = std::make_shared<core::Clock>();
};

} // namespace danewerk::ui
