#pragma once

#include "core/rollover/CacheModel.h"
#include "core/rollover/MethodTemplates.h"
#include "core/rollover/SafetyReport.h"

#include <QMap>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSlider;
class QTableWidget;
class QTabWidget;
class QTextBrowser;

namespace danewerk::ui {

class RolloverComparisonTable;
class RolloverQuizPanel;
class RolloverTimelineChart;

// Rollover: pick a method and parameters (or open a plan), see the plan on a timeline against the
// worst-case resolver cache, step through time with a cursor, edit event times and watch the check re-run,
// read the formula behind every event, compare methods, save the plan and export it.
class RolloverPage : public QWidget {
    Q_OBJECT
public:
    explicit RolloverPage(QWidget* parent = nullptr);
    ~RolloverPage() override;

    [[nodiscard]] static bool canOpen(const QString& path);
    bool openPlanFile(const QString& path);
    bool openPlanData(const QByteArray& json, const QString& sourceName);
    // The sample workspace's plan (:/sample/rollover-zsk.json, a ZSK pre-publication for example.org).
    bool openSample();
    bool savePlanFile(const QString& path);

    // For tests and scripted use.
    void setMethod(const QString& id);
    void setPreset(const QString& name); // empty: the defaults of ROLLOVER.md
    bool setParameter(const QString& name, const QString& text);
    void setEventTime(int index, core::RolloverSeconds at);
    void setProfileEnabled(core::ValidationProfile profile, bool enabled);
    void setCursorTime(core::RolloverSeconds t);
    [[nodiscard]] const core::RolloverPlan& plan() const { return m_plan; }
    [[nodiscard]] const core::SafetyReport& report() const { return m_report; }
    [[nodiscard]] QString resolverPanelText() const;
    [[nodiscard]] QString verdictText() const;
    [[nodiscard]] int comparisonRows() const;
    [[nodiscard]] RolloverTimelineChart* timeline() const { return m_chart; }
    [[nodiscard]] RolloverQuizPanel* quiz() const { return m_quiz; }
    void showQuizTab();

Q_SIGNALS:
    void statusMessage(const QString& message);

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    QWidget* createToolbar();
    QWidget* createParameterForm();
    QWidget* createBottomTabs();
    void regenerate();
    void recheck();
    void showParameters(const core::RolloverParameters& parameters);
    void fillEvents();
    void fillFormulas();
    void fillWindows();
    void updateCursorPanel();
    void eventEdited(int row, int column);
    void chooseOpen();
    void chooseSave();
    void exportAs(const QString& format);
    [[nodiscard]] QList<core::ValidationProfile> profiles() const;

    core::RolloverPlan m_plan;
    core::CacheTimeline m_timeline;
    core::SafetyReport m_report;
    core::RolloverSeconds m_cursor = 0;
    bool m_updating = false;

    QComboBox* m_method = nullptr;
    QComboBox* m_preset = nullptr;
    QMap<core::ValidationProfile, QCheckBox*> m_profiles;
    QLineEdit* m_zone = nullptr;
    QLineEdit* m_origin = nullptr;
    QMap<QString, QLineEdit*> m_parameters;
    QLabel* m_verdict = nullptr;
    RolloverTimelineChart* m_chart = nullptr;
    QSlider* m_slider = nullptr;
    QLabel* m_cursorLabel = nullptr;
    QTabWidget* m_tabs = nullptr;
    QTextBrowser* m_resolverPanel = nullptr;
    QTableWidget* m_events = nullptr;
    QTextBrowser* m_formulas = nullptr;
    QTextBrowser* m_windows = nullptr;
    RolloverComparisonTable* m_comparison = nullptr;
    RolloverQuizPanel* m_quiz = nullptr;
};

} // namespace danewerk::ui
