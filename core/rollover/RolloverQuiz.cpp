#include "core/rollover/RolloverQuiz.h"

#include "core/common/TimeFormat.h"
#include "core/rollover/Presets.h"
#include "core/rollover/SafetyChecker.h"

#include <QRandomGenerator>

namespace danewerk::core {

namespace {

RolloverPlan withEventAt(const RolloverPlan& plan, int index, RolloverSeconds at) {
    RolloverPlan moved = plan;
    moved.events[index].at = at;
    return moved;
}

QString timeText(RolloverSeconds t) {
    if (t == kUnboundedPast)
        return QStringLiteral("-∞");
    if (t == kUnboundedFuture)
        return QStringLiteral("∞");
    return t < 0 ? QStringLiteral("-") + formatDuration(-t) : formatDuration(t);
}

} // namespace

QString QuizQuestion::prompt() const {
    return RolloverQuiz::tr("Earliest safe time for %1?").arg(event().label());
}

QList<int> RolloverQuiz::tightEvents(const RolloverPlan& plan) {
    QList<int> tight;
    if (!SafetyChecker::check(plan).safe())
        return tight;
    for (int i = 0; i < int(plan.events.size()); ++i) {
        const PlanEvent& e = plan.events[i];
        if (e.formula.isEmpty() || e.at <= 0)
            continue;
        // Tight means the bound is exact: one second earlier opens a window of exactly one second.
        const SafetyReport early = SafetyChecker::check(withEventAt(plan, i, e.at - 1));
        if (!early.safe() && early.windows.first().length() == 1)
            tight.append(i);
    }
    return tight;
}

QuizQuestion RolloverQuiz::make(std::uint32_t seed) {
    // Every pick comes from one generator seeded by the caller, so a seed names a question everywhere.
    QRandomGenerator random(seed);
    QStringList presets{QString()};
    presets += RolloverPresets::names();
    const QStringList methods = MethodTemplates::ids();
    QuizQuestion question;
    question.seed = seed;
    // A few draws at most: some method/preset pairs may have no tight event; fall back to the defaults.
    for (int attempt = 0; attempt < 16; ++attempt) {
        const QString& method = methods[int(random.bounded(quint32(methods.size())))];
        const QString preset = attempt < 15 ? presets[int(random.bounded(quint32(presets.size())))] : QString();
        RolloverParameters parameters;
        if (!preset.isEmpty()) {
            const auto named = RolloverPresets::parameters(preset);
            if (!named)
                continue;
            parameters = *named;
        }
        TemplateOptions options;
        options.zone = QStringLiteral("example.org.");
        options.preset = preset;
        auto generated = MethodTemplates::generate(method, parameters, options);
        if (!generated)
            continue;
        const QList<int> tight = tightEvents(generated->plan);
        if (tight.isEmpty())
            continue;
        question.preset = preset;
        question.generated = *generated;
        question.eventIndex = tight[int(random.bounded(quint32(tight.size())))];
        question.expected = question.event().at;
        return question;
    }
    return question; // eventIndex -1: no question (cannot happen with the built-in templates)
}

QuizVerdict RolloverQuiz::evaluate(const QuizQuestion& question, RolloverSeconds answerSeconds) {
    QuizVerdict verdict;
    verdict.answer = answerSeconds;
    verdict.expected = question.expected;
    if (question.eventIndex < 0)
        return verdict;
    verdict.formula = question.event().formula;
    verdict.outcome = answerSeconds == question.expected  ? QuizOutcome::Correct
                      : answerSeconds < question.expected ? QuizOutcome::TooEarly
                                                          : QuizOutcome::Later;
    if (verdict.outcome != QuizOutcome::Correct) {
        // The engine judges the answer itself: the plan with the event moved to the answer.
        const SafetyReport report =
            SafetyChecker::check(withEventAt(question.plan(), question.eventIndex, answerSeconds));
        verdict.answerSafe = report.safe();
        if (!report.safe())
            verdict.window = report.windows.first();
    }
    return verdict;
}

QString QuizVerdict::headline() const {
    switch (outcome) {
    case QuizOutcome::Correct:
        return RolloverQuiz::tr("Correct: %1 is the earliest safe time.").arg(timeText(expected));
    case QuizOutcome::TooEarly:
        return RolloverQuiz::tr("Too early by %1: the earliest safe time is %2.")
            .arg(formatDuration(expected - answer), timeText(expected));
    case QuizOutcome::Later:
        return answerSafe ? RolloverQuiz::tr("Safe, but %1 later than needed: the earliest safe time is %2.")
                                .arg(formatDuration(answer - expected), timeText(expected))
                          : RolloverQuiz::tr("Later than needed by %1, and this late the plan breaks elsewhere: "
                                             "the earliest safe time is %2.")
                                .arg(formatDuration(answer - expected), timeText(expected));
    }
    return {};
}

QString QuizVerdict::explanation() const {
    QStringList lines;
    if (!formula.isEmpty())
        lines << RolloverQuiz::tr("Why: %1").arg(formula);
    if (window) {
        lines << RolloverQuiz::tr("With the event at %1 the check finds a %2 window [%3, %4) of %5 (%6, %7).")
                     .arg(timeText(answer), window->status, timeText(window->from), timeText(window->to),
                          formatDuration(window->length()), rrsetClassName(window->rrset),
                          validationProfileName(window->profile));
        for (const WitnessEntry& w : window->witness)
            lines << RolloverQuiz::tr("Witness: %1 {%2} published %3, on the servers until %4, cached until %5")
                         .arg(w.rrset, w.content.join(QStringLiteral(", ")), timeText(w.published),
                              timeText(w.masterUntil), timeText(w.cachedUntil));
        if (!window->fix.sentence.isEmpty())
            lines << RolloverQuiz::tr("Fix: %1").arg(window->fix.sentence);
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace danewerk::core
