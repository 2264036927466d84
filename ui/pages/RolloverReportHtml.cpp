#include "ui/pages/RolloverReportHtml.h"

#include "core/rollover/PlanSteps.h"

#include <algorithm>

namespace danewerk::ui {

using namespace core;

namespace {

QString braces(const QStringList& keys) {
    return PlanSteps::keySet(keys);
}

QString escape(const QString& text) {
    return text.toHtmlEscaped();
}

} // namespace

QString RolloverReportHtml::formulas(const RolloverPlan& plan) {
    QString html;
    for (const OperatorStep& step : PlanSteps::group(plan)) {
        QStringList actions;
        QString formula;
        for (int index : step.events) {
            actions << escape(PlanSteps::describe(plan, plan.events[index]));
            if (formula.isEmpty())
                formula = plan.events[index].formula;
        }
        html += QStringLiteral("<div style='margin-bottom:10px'><b>%1</b> (t = %2)<br>%3<br>"
                               "<code style='background:#eef3fb'>%4</code></div>")
                    .arg(escape(PlanSteps::when(plan, step.at)), formatOffset(step.at),
                         actions.join(QStringLiteral("<br>")), escape(formula));
    }
    return html;
}

QString RolloverReportHtml::windows(const RolloverPlan& plan, const SafetyReport& report) {
    if (report.windows.isEmpty()) {
        return QStringLiteral("<p style='color:#1b7a1b'>%1</p>").arg(escape(tr("No windows.")));
    }
    QString html;
    for (const SafetyWindow& w : report.windows) {
        const QString colour =
            w.status == QLatin1String("bogus") ? QStringLiteral("#c01010") : QStringLiteral("#a86400");
        html += QStringLiteral("<p><b style='color:%1'>%2 %3</b> (%4) %5 – %6, %7<br>")
                    .arg(colour, escape(w.status), rrsetClassName(w.rrset), validationProfileName(w.profile),
                         isBounded(w.from) ? escape(PlanSteps::when(plan, w.from)) : tr("always"),
                         isBounded(w.to) ? escape(PlanSteps::when(plan, w.to)) : tr("open end"),
                         isBounded(w.from) && isBounded(w.to) ? formatOffset(w.length()) : tr("unbounded"));
        for (const WitnessEntry& e : w.witness)
            html +=
                QStringLiteral("&nbsp;&nbsp;%1<br>")
                    .arg(escape(
                        tr("witness: %1 %2, published %3, cached until %4")
                            .arg(e.rrset, braces(e.content),
                                 isBounded(e.published) ? PlanSteps::when(plan, e.published) : tr("before the plan"),
                                 isBounded(e.cachedUntil) ? PlanSteps::when(plan, e.cachedUntil) : tr("open end"))));
        html += QStringLiteral("&nbsp;&nbsp;<b>%1</b></p>").arg(escape(tr("fix: %1").arg(w.fix.sentence)));
    }
    return html;
}

QString RolloverReportHtml::resolverView(const RolloverPlan& plan, const CacheTimeline& timeline,
                                         const SafetyReport& report, RolloverSeconds t) {
    QString html = QStringLiteral("<b>%1</b><table cellspacing='2' cellpadding='2'>")
                       .arg(escape(tr("At %1 a resolver may hold:").arg(PlanSteps::when(plan, t))));
    for (RrsetClass c : {RrsetClass::Ds, RrsetClass::Dnskey, RrsetClass::Data, RrsetClass::Neg, RrsetClass::Tlsa}) {
        if (c == RrsetClass::Tlsa && !std::any_of(plan.keys.begin(), plan.keys.end(),
                                                  [](const RolloverKey& k) { return k.role == KeyRole::Tlsa; }))
            continue;
        QStringList versions;
        for (const RrsetVersion* v : timeline.liveAt(c, t)) {
            QString text = braces(v->content);
            if (c == RrsetClass::Dnskey)
                text += QLatin1Char(' ') + tr("signed by %1").arg(braces(v->signers));
            if (t >= v->masterUntil)
                text += QLatin1Char(' ') + tr("(cached only, until %1)").arg(PlanSteps::when(plan, v->cachedUntil));
            versions << escape(text);
        }
        html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>")
                    .arg(rrsetClassName(c), versions.isEmpty() ? tr("nothing") : versions.join(QStringLiteral("<br>")));
    }
    if (const Deployment* d = timeline.deploymentAt(t))
        html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(escape(tr("deployed")), escape(d->key));
    html += QStringLiteral("</table><p>");
    for (ValidationProfile p : report.profiles) {
        QStringList problems;
        for (const SafetyWindow& w : report.windows)
            if (w.profile == p && w.from <= t && t < w.to)
                problems << QStringLiteral("%1 %2").arg(w.status, rrsetClassName(w.rrset));
        html += QStringLiteral("%1: %2<br>")
                    .arg(validationProfileName(p), problems.isEmpty()
                                                       ? QStringLiteral("<span style='color:#1b7a1b'>%1</span>")
                                                             .arg(escape(tr("✔ every combination validates")))
                                                       : QStringLiteral("<span style='color:#c01010'>✘ %1</span>")
                                                             .arg(escape(problems.join(QStringLiteral(", ")))));
    }
    html += QStringLiteral("</p>");
    return html;
}

} // namespace danewerk::ui
