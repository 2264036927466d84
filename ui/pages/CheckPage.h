#pragma once

#include "core/checkrun/CheckProgressTracker.h"
#include "core/checkrun/CheckRunner.h"

#include <QFutureWatcher>
#include <QHash>
#include <QJsonObject>
#include <QThreadPool>
#include <QWidget>

#include <atomic>
#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QStackedWidget;
class QStringListModel;
class QTabWidget;
class QTreeWidgetItem;

namespace danewerk::ui {

class ChainScene;
class ChainView;
class CheckEmptyState;
class CheckResultTree;
class FindingsView;

// Live check: mail domains checked as a DANE-enforcing sender would (as a job, several domains at once),
// results as a tree, findings, raw records and TLS details, and the chain diagram (DNSSEC chain, TLSA
// records and certificate chain in one picture) with export; every run kept in the history with a diff.
class CheckPage : public QWidget {
    Q_OBJECT
public:
    struct Outcome {
        QString domain;
        QJsonObject result; // the engine's JSON; empty on error
        QString error;
        bool cancelled = false; // ended by Cancel: no result to show
    };

    explicit CheckPage(QWidget* parent = nullptr);
    ~CheckPage() override;

    void setDomains(const QString& text);
    // Re-assesses the saved observations in DIR (one file per domain, `check --save`), offline.
    void loadReplay(const QString& dir);
    void startCheck();
    void cancel();
    // Domains checked at once (default 4, like a modest `check --jobs`).
    void setParallelDomains(int count);
    // The resolver, trust anchor and SMTP port of the "Custom" preset, as a user would type them.
    void setCustomConnection(const QString& resolver, const QString& trustAnchorFile, quint16 smtpPort);
    // Per DNS query and per SMTP dialogue, as `check --timeout`.
    void setTimeoutSeconds(int seconds);
    [[nodiscard]] bool isRunning() const;
    void showDomain(const QString& domain);

    [[nodiscard]] CheckResultTree* resultTree() const { return m_tree; }
    [[nodiscard]] ChainScene* scene() const { return m_scene; }
    [[nodiscard]] ChainView* view() const { return m_view; }
    [[nodiscard]] FindingsView* findingsView() const { return m_findings; }
    [[nodiscard]] QString detailsText() const;
    // What the running check is doing, one line per host in progress ("mx1.example.org.: 2 of 3 ...").
    [[nodiscard]] QString hostProgressText() const;
    [[nodiscard]] QProgressBar* progressBar() const { return m_progress; }
    // Before the first result the diagram tab explains what to do and what the picture will show.
    [[nodiscard]] bool showsEmptyState() const;
    [[nodiscard]] QString emptyStateText() const;
    [[nodiscard]] QString diffText() const;
    [[nodiscard]] QListWidget* historyList() const { return m_history; }
    [[nodiscard]] QJsonObject result(const QString& domain) const { return m_results.value(domain); }
    bool exportSvg(const QString& path);
    bool exportPng(const QString& path);
    // Where runs are kept (default AppDataLocation/history).
    void setHistoryRoot(const QString& root) { m_historyRoot = root; }
    void compareHistory(int newerRow, int olderRow);

Q_SIGNALS:
    void checkFinished();
    void statusMessage(const QString& message);

private:
    QWidget* createInputBar();
    QWidget* createSettingsBar();
    QWidget* createDiagramTab();
    void applyPreset(int index);
    void chooseAnchor();
    void chooseReplay();
    void outcomeReady(int index);
    void refreshProgress();
    void finished();
    void nodeActivated(const QString& id);
    void treeSelectionChanged();
    void refreshHistory(const QString& domain);
    void rememberDomains(const QStringList& domains);
    void exportWithDialog(bool png);
    void saveSettings() const;

    QLineEdit* m_domains = nullptr;
    QStringListModel* m_completion = nullptr;
    QPushButton* m_run = nullptr;
    QPushButton* m_cancel = nullptr;
    QComboBox* m_preset = nullptr;
    QLineEdit* m_resolver = nullptr;
    QLineEdit* m_anchor = nullptr;
    QSpinBox* m_smtpPort = nullptr;
    QCheckBox* m_noSmtp = nullptr;
    QLabel* m_replayLabel = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_hostProgress = nullptr;
    QSpinBox* m_timeout = nullptr;
    QLabel* m_state = nullptr;
    CheckResultTree* m_tree = nullptr;
    QListWidget* m_history = nullptr;
    QTabWidget* m_tabs = nullptr;
    ChainScene* m_scene = nullptr;
    ChainView* m_view = nullptr;
    QStackedWidget* m_diagramStack = nullptr;
    CheckEmptyState* m_emptyState = nullptr;
    QWidget* m_diagramPane = nullptr;
    FindingsView* m_findings = nullptr;
    QPlainTextEdit* m_details = nullptr;
    QPlainTextEdit* m_diff = nullptr;

    QString m_replayDir;
    QString m_historyRoot;
    QString m_shownDomain;
    QStringList m_jobDomains;
    QHash<QString, QJsonObject> m_results;
    QThreadPool m_pool;
    QFutureWatcher<Outcome>* m_watcher = nullptr;
    // Fed from the checking threads; read on the GUI thread, at most one refresh queued at a time.
    core::CheckProgressTracker m_tracker;
    std::atomic<bool> m_refreshQueued{false};
    std::shared_ptr<std::atomic<bool>> m_cancelRequested;
};

} // namespace danewerk::ui
