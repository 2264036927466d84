#pragma once

#include "core/rollover/RolloverQuiz.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTextBrowser;

namespace danewerk::ui {

// The workshop quiz of the Rollover page: a seeded method and event, "earliest safe time?", and the
// engine's own answer and explanation (formula, and for a too-early answer the window it opens).
class RolloverQuizPanel : public QWidget {
    Q_OBJECT
public:
    explicit RolloverQuizPanel(QWidget* parent = nullptr);

    void setSeed(quint32 seed); // shows the question of that seed
    void newQuestion();         // the next seed
    void setAnswer(const QString& text);
    void check();
    [[nodiscard]] const core::QuizQuestion& question() const { return m_question; }
    [[nodiscard]] QString questionText() const;
    [[nodiscard]] QString resultText() const;

private:
    void showQuestion();

    quint32 m_seed = 1;
    core::QuizQuestion m_question;
    QTextBrowser* m_questionView = nullptr;
    QLineEdit* m_answer = nullptr;
    QPushButton* m_check = nullptr;
    QPushButton* m_next = nullptr;
    QTextBrowser* m_result = nullptr;
};

} // namespace danewerk::ui
