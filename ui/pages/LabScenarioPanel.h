#pragma once

#include "core/lab/LabScenarioCatalog.h"
#include "core/lab/LabState.h"

#include <QWidget>

#include <optional>

class QCheckBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QVBoxLayout;

namespace danewerk::ui {

// The scenarios of the lab as cards: the participant's task, hints revealed one at a time, the command
// to check the domain, and (teacher's view) the expected answer. For the signing proxy, the unsigned zone
// of the hidden primary beside the signed zone the public server gives out.
class LabScenarioPanel : public QWidget {
    Q_OBJECT
public:
    explicit LabScenarioPanel(QWidget* parent = nullptr);

    void setCatalog(const core::LabScenarioCatalog& catalog);
    // The running lab (for the check command and the zone transfer), or nothing.
    void setLab(const QString& directory, const std::optional<core::LabState>& state);
    void selectScenario(const QString& id);
    void setTeacherView(bool on);
    void revealNextHint();

    [[nodiscard]] int revealedHints() const { return m_revealed; }
    [[nodiscard]] QString currentScenarioId() const;

private:
    void showScenario(int row);
    void updateHints();
    void updateCheckCommand();
    void refreshZones();
    [[nodiscard]] QString language() const;

    core::LabScenarioCatalog m_catalog;
    QString m_directory;
    std::optional<core::LabState> m_state;
    int m_revealed = 0;

    QListWidget* m_list = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_domain = nullptr;
    QLabel* m_task = nullptr;
    QVBoxLayout* m_hintsLayout = nullptr;
    QList<QLabel*> m_hintLabels;
    QPushButton* m_hintButton = nullptr;
    QLineEdit* m_checkCommand = nullptr;
    QCheckBox* m_teacherToggle = nullptr;
    QGroupBox* m_teacherBox = nullptr;
    QLabel* m_expected = nullptr;
    QLabel* m_explanation = nullptr;
    QGroupBox* m_zonesBox = nullptr;
    QPlainTextEdit* m_unsignedZone = nullptr;
    QPlainTextEdit* m_signedZone = nullptr;
};

} // namespace danewerk::ui
