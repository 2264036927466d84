#pragma once

#include "core/rollover/MethodTemplates.h"
#include "core/rollover/SafetyReport.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <cstdint>
#include <optional>

namespace danewerk::core {

// A workshop question: a template plan and one of its events whose template time is a tight bound (one
// second earlier opens a window), asked as "earliest safe time for this event?".
struct QuizQuestion {
    std::uint32_t seed = 0;
    QString preset; // empty: the defaults of ROLLOVER.md
    GeneratedPlan generated;
    int eventIndex = -1;
    RolloverSeconds expected = 0; // the template's time of the event (seconds after t = 0)

    [[nodiscard]] const RolloverPlan& plan() const { return generated.plan; }
    [[nodiscard]] const PlanEvent& event() const { return generated.plan.events[eventIndex]; }
    [[nodiscard]] QString prompt() const; // "Earliest safe time for start_zsign ZSK2?"
};

enum class QuizOutcome { Correct, TooEarly, Later };

struct QuizVerdict {
    QuizOutcome outcome = QuizOutcome::Correct;
    RolloverSeconds answer = 0;
    RolloverSeconds expected = 0;
    QString formula;                           // how the template placed the event
    bool answerSafe = true;                    // the plan with the event moved to the answer passes the check
    std::optional<SafetyWindow> window;        // the first window of that plan, when it fails
    [[nodiscard]] QString headline() const;    // "Correct.", "Too early by 1s.", "Safe, but 1h later than needed."
    [[nodiscard]] QString explanation() const; // formula, and for an unsafe answer the window and its fix
};

// Question generation and answer evaluation for the Rollover page's quiz; pure and deterministic per seed.
class RolloverQuiz {
    Q_DECLARE_TR_FUNCTIONS(danewerk::core::RolloverQuiz)

public:
    [[nodiscard]] static QuizQuestion make(std::uint32_t seed);
    [[nodiscard]] static QuizVerdict evaluate(const QuizQuestion& question, RolloverSeconds answerSeconds);
    // The events whose template time is tight: one second earlier opens a window of exactly one
    // second (liberal profile).
    [[nodiscard]] static QList<int> tightEvents(const RolloverPlan& plan);
};

} // namespace danewerk::core
