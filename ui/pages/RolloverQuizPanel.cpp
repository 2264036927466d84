#include "ui/pages/RolloverQuizPanel.h"

#include "core/common/TimeFormat.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace danewerk::ui {

using namespace core;

namespace {

QString escape(const QString& text) {
    return text.toHtmlEscaped();
}

QString offset(RolloverSeconds t) {
    return t < 0 ? QStringLiteral("-") + formatDuration(-t) : formatDuration(t);
}

} // namespace

RolloverQuizPanel::RolloverQuizPanel(QWidget* parent) : QWidget(parent) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    m_questionView = new QTextBrowser(this);
    m_questionView->setObjectName(QStringLiteral("rolloverQuizQuestion"));
    layout->addWidget(m_questionView, 3);
    auto* row = new QHBoxLayout;
    row->addWidget(new QLabel(tr("Your answer (time after t = 0, e.g. 719h5m or 30d):"), this));
    m_answer = new QLineEdit(this);
    m_answer->setObjectName(QStringLiteral("rolloverQuizAnswer"));
    row->addWidget(m_answer, 1);
    m_check = new QPushButton(tr("Check"), this);
    m_check->setObjectName(QStringLiteral("rolloverQuizCheck"));
    m_next = new QPushButton(tr("New question"), this);
    m_next->setObjectName(QStringLiteral("rolloverQuizNext"));
    row->addWidget(m_check);
    row->addWidget(m_next);
    layout->addLayout(row);
    m_result = new QTextBrowser(this);
    m_result->setObjectName(QStringLiteral("rolloverQuizResult"));
    layout->addWidget(m_result, 2);
    connect(m_check, &QPushButton::clicked, this, &RolloverQuizPanel::check);
    connect(m_answer, &QLineEdit::returnPressed, this, &RolloverQuizPanel::check);
    connect(m_next, &QPushButton::clicked, this, &RolloverQuizPanel::newQuestion);
    showQuestion();
}

void RolloverQuizPanel::setSeed(quint32 seed) {
    m_seed = seed;
    showQuestion();
}

void RolloverQuizPanel::newQuestion() {
    setSeed(m_seed + 1);
}

void RolloverQuizPanel::setAnswer(const QString& text) {
    m_answer->setText(text);
}

QString RolloverQuizPanel::questionText() const {
    return m_questionView->toPlainText();
}

QString RolloverQuizPanel::resultText() const {
    return m_result->toPlainText();
}

void RolloverQuizPanel::showQuestion() {
    m_question = RolloverQuiz::make(m_seed);
    m_answer->clear();
    m_result->clear();
    if (m_question.eventIndex < 0) {
        m_questionView->setPlainText(tr("No question for this seed."));
        return;
    }
    const RolloverPlan& plan = m_question.plan();
    QString html =
        QStringLiteral("<p><b>%1</b> %2 — %3<br>%4</p>")
            .arg(escape(tr("Question %1:").arg(m_seed)), escape(plan.method),
                 escape(MethodTemplates::description(plan.method)),
                 escape(tr("Preset: %1")
                            .arg(m_question.preset.isEmpty() ? tr("ROLLOVER.md defaults") : m_question.preset)));
    QStringList parameters;
    for (const QString& name : RolloverParameters::names()) {
        if (const auto value = plan.parameters.value(name))
            parameters << QStringLiteral("%1 = %2").arg(name, formatDuration(*value));
    }
    html += QStringLiteral("<p><b>%1</b> %2</p>")
                .arg(escape(tr("Parameters:")), escape(parameters.join(QStringLiteral(", "))));
    html += QStringLiteral("<p><b>%1</b></p><ul>").arg(escape(tr("Events before it:")));
    for (int i = 0; i < m_question.eventIndex; ++i) {
        const PlanEvent& e = plan.events[i];
        html += QStringLiteral("<li>%1: %2</li>").arg(escape(offset(e.at)), escape(e.label()));
    }
    if (m_question.eventIndex == 0)
        html += QStringLiteral("<li>%1</li>").arg(escape(tr("none: it is the first event")));
    html += QStringLiteral("</ul><p style='font-size:large'><b>%1</b></p>").arg(escape(m_question.prompt()));
    m_questionView->setHtml(html);
}

void RolloverQuizPanel::check() {
    const auto seconds = parseDuration(m_answer->text().trimmed());
    if (!seconds) {
        m_result->setHtml(QStringLiteral("<p style='color:#a86400'>%1</p>")
                              .arg(escape(tr("Enter a duration such as 719h5m, 30d or 2588100."))));
        return;
    }
    const QuizVerdict verdict = RolloverQuiz::evaluate(m_question, *seconds);
    const QString color = verdict.outcome == QuizOutcome::Correct ? QStringLiteral("#1b7a1b")
                          : verdict.answerSafe                    ? QStringLiteral("#a86400")
                                                                  : QStringLiteral("#c01010");
    const QString mark = verdict.outcome == QuizOutcome::Correct ? QStringLiteral("✔") : QStringLiteral("✘");
    QString html = QStringLiteral("<p><b style='color:%1'>%2 %3</b></p>").arg(color, mark, escape(verdict.headline()));
    for (const QString& line : verdict.explanation().split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        html += QStringLiteral("<p>%1</p>").arg(escape(line));
    m_result->setHtml(html);
}

} // namespace danewerk::ui
