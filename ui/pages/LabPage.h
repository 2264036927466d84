#pragma once

#include "core/lab/LabState.h"

#include <QWidget>

#include <functional>
#include <optional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;

namespace danewerk::ui {

class LabScenarioPanel;

// The workshop lab: start and stop it (as a job, with progress and a log), see how to point the live check
// at it, and work through the scenarios.
class LabPage : public QWidget {
    Q_OBJECT
public:
    explicit LabPage(QWidget* parent = nullptr);

    void setDirectory(const QString& directory);
    [[nodiscard]] QString directory() const;
    // The first address of the lab (default 127.30.0.0, as `lab up --base`).
    void setBase(const QString& base) { m_base = base; }
    void start();
    void stop();
    void refreshStatus();

    // For tests and screenshots.
    [[nodiscard]] LabScenarioPanel* scenarios() const { return m_scenarios; }
    [[nodiscard]] QString logText() const;
    [[nodiscard]] bool busy() const { return m_busy; }

Q_SIGNALS:
    void statusMessage(const QString& message);
    void finished(bool ok); // a start or stop ended

private:
    void appendLog(const QString& line);
    std::function<void(const QString&)> workerLog();
    void setBusy(bool busy);
    void showState(const std::optional<core::LabState>& state);

    bool m_busy = false;
    QString m_base = QStringLiteral("127.30.0.0");
    QLineEdit* m_directory = nullptr;
    QCheckBox* m_unprivileged = nullptr;
    QPushButton* m_start = nullptr;
    QPushButton* m_stop = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_status = nullptr;
    QLineEdit* m_checkOptions = nullptr;
    QPlainTextEdit* m_log = nullptr;
    LabScenarioPanel* m_scenarios = nullptr;
};

} // namespace danewerk::ui
