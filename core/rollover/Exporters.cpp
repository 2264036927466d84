#include "core/rollover/Exporters.h"

#include "core/common/TimeFormat.h"
#include "core/rollover/PlanSteps.h"
#include "core/rollover/ZoneStateAt.h"

#include <QCryptographicHash>
#include <QTextStream>

namespace danewerk::core {

namespace {

// RFC 5545 3.3.11: backslash, semicolon, comma and newline are escaped in TEXT values.
QString icsText(QString text) {
    text.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    text.replace(QLatin1Char(';'), QStringLiteral("\\;"));
    text.replace(QLatin1Char(','), QStringLiteral("\\,"));
    text.replace(QLatin1Char('\n'), QStringLiteral("\\n"));
    return text;
}

// RFC 5545 3.1: lines longer than 75 octets are folded with CRLF and one space, never inside a UTF-8
// sequence.
void icsLine(QByteArray& out, const QString& line) {
    const QByteArray bytes = line.toUtf8();
    qsizetype start = 0;
    qsizetype limit = 75;
    while (bytes.size() - start > limit) {
        qsizetype cut = start + limit;
        while (cut > start && (uchar(bytes.at(cut)) & 0xC0) == 0x80)
            --cut;
        out += bytes.mid(start, cut - start);
        out += "\r\n ";
        start = cut;
        limit = 74; // the leading space counts
    }
    out += bytes.mid(start);
    out += "\r\n";
}

QString icsTime(const QDateTime& t) {
    return t.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
}

QString knotTime(RolloverSeconds s) {
    if (s != 0 && s % 86400 == 0)
        return QString::number(s / 86400) + QLatin1Char('d');
    if (s != 0 && s % 3600 == 0)
        return QString::number(s / 3600) + QLatin1Char('h');
    if (s != 0 && s % 60 == 0)
        return QString::number(s / 60) + QLatin1Char('m');
    return QString::number(s);
}

struct PolicyKeys {
    bool csk = false;
    int algorithm = 13;
    int previousAlgorithm = 0; // set for algorithm rollovers
};

PolicyKeys policyKeys(const RolloverPlan& plan) {
    PolicyKeys out;
    for (const RolloverKey& k : plan.keys)
        out.csk = out.csk || k.role == KeyRole::Csk;
    const PublishedState end = publishedStateAt(plan, kUnboundedFuture);
    const QStringList finalKeys = end.ds.isEmpty() ? end.dnskey : end.ds;
    int first = 0;
    for (const RolloverKey& k : plan.keys)
        if (k.role != KeyRole::Tlsa && first == 0)
            first = k.algorithm;
    out.algorithm = finalKeys.isEmpty() ? (first ? first : 13) : plan.algorithmOf(finalKeys.first());
    const QStringList initialKeys = plan.initial.ds.isEmpty() ? plan.initial.dnskey : plan.initial.ds;
    if (!initialKeys.isEmpty() && plan.algorithmOf(initialKeys.first()) != out.algorithm)
        out.previousAlgorithm = plan.algorithmOf(initialKeys.first());
    return out;
}

} // namespace

std::optional<ExportFormat> RolloverExporters::formatFromName(const QString& name) {
    if (name == QLatin1String("ics"))
        return ExportFormat::Ics;
    if (name == QLatin1String("runbook"))
        return ExportFormat::Runbook;
    if (name == QLatin1String("bind"))
        return ExportFormat::Bind;
    if (name == QLatin1String("knot"))
        return ExportFormat::Knot;
    return std::nullopt;
}

QString RolloverExporters::algorithmMnemonic(int algorithm) {
    switch (algorithm) {
    case 5:
        return QStringLiteral("rsasha1");
    case 7:
        return QStringLiteral("nsec3rsasha1");
    case 8:
        return QStringLiteral("rsasha256");
    case 10:
        return QStringLiteral("rsasha512");
    case 13:
        return QStringLiteral("ecdsap256sha256");
    case 14:
        return QStringLiteral("ecdsap384sha384");
    case 15:
        return QStringLiteral("ed25519");
    case 16:
        return QStringLiteral("ed448");
    default:
        return QString::number(algorithm);
    }
}

QString RolloverExporters::isoDuration(RolloverSeconds seconds) {
    if (seconds <= 0)
        return QStringLiteral("PT0S");
    QString out = QStringLiteral("P");
    if (seconds >= 86400)
        out += QString::number(seconds / 86400) + QLatin1Char('D');
    const RolloverSeconds rest = seconds % 86400;
    if (rest) {
        out += QLatin1Char('T');
        if (rest / 3600)
            out += QString::number(rest / 3600) + QLatin1Char('H');
        if (rest % 3600 / 60)
            out += QString::number(rest % 3600 / 60) + QLatin1Char('M');
        if (rest % 60)
            out += QString::number(rest % 60) + QLatin1Char('S');
    }
    return out;
}

Result<QByteArray> RolloverExporters::ics(const RolloverPlan& plan) {
    if (!plan.origin)
        return Error{QStringLiteral("ORIGIN_REQUIRED"),
                     tr("the plan has no origin; give one (--origin 2027-01-01T00:00:00Z) for calendar dates"),
                     {},
                     0,
                     0};
    const QDateTime origin = plan.origin->toUTC();
    QByteArray out;
    icsLine(out, QStringLiteral("BEGIN:VCALENDAR"));
    icsLine(out, QStringLiteral("VERSION:2.0"));
    icsLine(out, QStringLiteral("PRODID:-//Danewerk//Rollover planner " DANEWERK_VERSION "//EN"));
    icsLine(out, QStringLiteral("CALSCALE:GREGORIAN"));
    icsLine(out, QStringLiteral("METHOD:PUBLISH"));
    const QString zone = plan.zone;
    const QString method = plan.method.isEmpty() ? tr("rollover") : plan.method;
    // Stable identifiers: the same plan gives the same UIDs, so re-importing updates instead of duplicating.
    const QByteArray planHash =
        QCryptographicHash::hash((zone + method + formatInstant(origin)).toUtf8(), QCryptographicHash::Sha256)
            .toHex()
            .left(16);
    const QList<OperatorStep> steps = PlanSteps::group(plan);
    for (qsizetype i = 0; i < steps.size(); ++i) {
        const OperatorStep& step = steps[i];
        const QDateTime start = origin.addSecs(step.at);
        QStringList actions;
        QStringList summary;
        QString formula;
        for (int index : step.events) {
            const PlanEvent& e = plan.events[index];
            actions << QStringLiteral("- ") + PlanSteps::describe(plan, e);
            summary << e.label();
            if (formula.isEmpty())
                formula = e.formula;
        }
        QString description = tr("Step %1 of %2 (t = %3):").arg(i + 1).arg(steps.size()).arg(formatOffset(step.at));
        description += QLatin1Char('\n') + actions.join(QLatin1Char('\n'));
        if (!formula.isEmpty())
            description += QLatin1Char('\n') + tr("Why this time: %1").arg(formula);
        if (i + 1 < steps.size())
            description +=
                QLatin1Char('\n') + tr("Next step not before %1.").arg(PlanSteps::when(plan, steps[i + 1].at));
        icsLine(out, QStringLiteral("BEGIN:VEVENT"));
        icsLine(out, QStringLiteral("UID:%1-%2@danewerk.invalid").arg(QString::fromLatin1(planHash)).arg(step.at));
        icsLine(out, QStringLiteral("DTSTAMP:") + icsTime(origin));
        icsLine(out, QStringLiteral("DTSTART:") + icsTime(start));
        icsLine(out, QStringLiteral("DTEND:") + icsTime(start.addSecs(30 * 60)));
        icsLine(out, QStringLiteral("SUMMARY:") +
                         icsText(QStringLiteral("%1 %2: %3").arg(zone, method, summary.join(QStringLiteral("; ")))));
        icsLine(out, QStringLiteral("DESCRIPTION:") + icsText(description));
        icsLine(out, QStringLiteral("CATEGORIES:DNSSEC"));
        icsLine(out, QStringLiteral("END:VEVENT"));
    }
    icsLine(out, QStringLiteral("END:VCALENDAR"));
    return out;
}

QByteArray RolloverExporters::runbook(const RolloverPlan& plan, const SafetyReport& report) {
    QString text;
    QTextStream s(&text);
    const QString method = plan.method.isEmpty() ? tr("custom plan") : plan.method;
    s << "# " << tr("Rollover runbook: %1 (%2)").arg(plan.zone, method) << "\n\n";
    if (plan.origin)
        s << tr("Origin (t = 0): %1. All times are UTC.").arg(formatInstant(*plan.origin)) << "\n\n";
    else
        s << tr("The plan has no origin: times are offsets from its start (t = 0).") << "\n\n";
    s << tr("Parameters:");
    for (const QString& name : RolloverParameters::names())
        if (const auto v = plan.parameters.value(name))
            s << ' ' << name << '=' << formatOffset(*v);
    s << "\n\n";
    if (report.safe()) {
        s << tr("Safety check: no resolver can see a bogus answer or defer mail with this plan.") << "\n\n";
    } else {
        s << "**" << tr("Safety check: this plan is NOT safe. Fix these windows first:") << "**\n\n";
        for (const SafetyWindow& w : report.windows)
            s << "- "
              << tr("%1 %2 (%3) from %4 to %5: %6")
                     .arg(w.status, rrsetClassName(w.rrset), validationProfileName(w.profile),
                          PlanSteps::when(plan, w.from), PlanSteps::when(plan, w.to), w.fix.sentence)
              << '\n';
        s << '\n';
    }
    for (const Finding& f : report.warnings)
        s << "> " << tr("Warning: %1").arg(f.message) << ' ' << f.fix << "\n\n";

    const QList<OperatorStep> steps = PlanSteps::group(plan);
    for (qsizetype i = 0; i < steps.size(); ++i) {
        const OperatorStep& step = steps[i];
        s << "## " << tr("Step %1: %2").arg(i + 1).arg(PlanSteps::when(plan, step.at));
        if (plan.origin)
            s << " (t = " << formatOffset(step.at) << ')';
        s << "\n\n" << tr("Do:") << '\n';
        QStringList formulas;
        for (int index : step.events) {
            const PlanEvent& e = plan.events[index];
            s << "- " << PlanSteps::describe(plan, e) << " (`" << e.label() << "`)\n";
            if (!e.formula.isEmpty() && !formulas.contains(e.formula))
                formulas << e.formula;
            if (!e.note.isEmpty())
                s << "  " << e.note << '\n';
        }
        for (const QString& f : formulas)
            s << '\n' << tr("Why this time: `%1`").arg(f) << '\n';
        const bool last = i + 1 == steps.size();
        const RolloverSeconds checkAt = last ? step.at : steps[i + 1].at - 1;
        const PublishedState state = publishedStateAt(plan, checkAt);
        s << '\n'
          << (last ? tr("Afterwards, verify:")
                   : tr("Before the next step (not before %1), verify:").arg(PlanSteps::when(plan, steps[i + 1].at)))
          << '\n';
        if (plan.hasDnssecKeys()) {
            s << "- "
              << tr("query the zone: the DNSKEY set must be %1, signed by %2")
                     .arg(PlanSteps::keySet(state.dnskey), PlanSteps::keySet(state.ksign))
              << '\n';
            if (!state.revoked.isEmpty())
                s << "- " << tr("with the REVOKE flag on %1").arg(PlanSteps::keySet(state.revoked)) << '\n';
            s << "- "
              << tr("zone data and denial records must carry signatures by %1").arg(PlanSteps::keySet(state.zsign))
              << '\n';
            s << "- " << tr("query the parent: the DS set must be %1").arg(PlanSteps::keySet(state.ds)) << '\n';
        }
        if (!plan.initial.tlsa.isEmpty() || !state.tlsa.isEmpty()) {
            s << "- " << tr("query the TLSA RRset: it must be %1").arg(PlanSteps::keySet(state.tlsa)) << '\n';
            if (!state.deployed.isEmpty())
                s << "- " << tr("the mail server must present %1").arg(state.deployed) << '\n';
        }
        s << '\n';
    }
    s.flush();
    return text.toUtf8();
}

QByteArray RolloverExporters::bindPolicy(const RolloverPlan& plan) {
    const RolloverParameters& p = plan.parameters;
    const PolicyKeys keys = policyKeys(plan);
    QString text;
    QTextStream s(&text);
    const QString name = plan.method.isEmpty() ? QStringLiteral("danewerk") : QStringLiteral("danewerk-") + plan.method;
    s << "// "
      << tr("dnssec-policy for %1 matching the Danewerk plan parameters (named.conf, BIND 9.18)").arg(plan.zone)
      << '\n';
    // BIND re-signs gradually: a signer change reaches every RRset within signatures-validity minus
    // signatures-refresh, which is Dsgn in RFC 7583 terms.
    const RolloverSeconds validity = std::max<RolloverSeconds>(14 * 86400, p.Dsgn + 5 * 86400);
    const RolloverSeconds refresh = p.Dsgn > 0 ? validity - p.Dsgn : 5 * 86400;
    if (p.Dsgn == 0)
        s << "// "
          << tr("Dsgn = 0 assumes a full re-sign; BIND replaces signatures gradually within "
                "signatures-validity - signatures-refresh = %1: check the plan with Dsgn=%1.")
                 .arg(formatOffset(validity - refresh))
          << '\n';
    s << "// "
      << tr("Dreg (%1) is the parent's business: BIND waits for the DS (rndc dnssec -checkds or "
            "parental-agents).")
             .arg(formatOffset(p.Dreg))
      << '\n';
    if (keys.previousAlgorithm)
        s << "// "
          << tr("Changing the algorithm from %1 to %2 in the policy starts BIND's algorithm rollover.")
                 .arg(keys.previousAlgorithm)
                 .arg(keys.algorithm)
          << '\n';
    s << "dnssec-policy \"" << name << "\" {\n";
    s << "    dnskey-ttl " << isoDuration(p.TTLkey) << ";  // TTLkey\n";
    s << "    publish-safety " << isoDuration(p.publishSafety) << ";\n";
    s << "    retire-safety " << isoDuration(p.retireSafety) << ";\n";
    s << "    signatures-validity " << isoDuration(validity) << ";\n";
    s << "    signatures-refresh " << isoDuration(refresh) << ";  // Dsgn = validity - refresh\n";
    s << "    zone-propagation-delay " << isoDuration(p.DprpC) << ";  // DprpC\n";
    s << "    max-zone-ttl " << isoDuration(std::max(p.TTLsig, p.TTLneg)) << ";  // TTLsig\n";
    s << "    parent-ds-ttl " << isoDuration(p.TTLds) << ";  // TTLds\n";
    s << "    parent-propagation-delay " << isoDuration(p.DprpP) << ";  // DprpP\n";
    s << "    keys {\n";
    const QString algorithm = algorithmMnemonic(keys.algorithm);
    // named-checkconf refuses lifetimes below 30 days; shorter (teaching) rollovers are started by hand.
    constexpr RolloverSeconds kBindMinimumLifetime = 30 * 86400;
    const auto lifetime = [&](RolloverSeconds seconds) {
        return seconds < kBindMinimumLifetime ? QStringLiteral("unlimited") : isoDuration(seconds);
    };
    if (p.Lksk < kBindMinimumLifetime || (!keys.csk && p.Lzsk < kBindMinimumLifetime))
        s << "        // "
          << tr("BIND refuses lifetimes below 30 days: start each rollover with "
                "rndc dnssec -rollover at the plan's times.")
          << '\n';
    if (keys.csk) {
        s << "        csk lifetime " << lifetime(p.Lksk) << " algorithm " << algorithm << ";\n";
    } else {
        s << "        ksk lifetime " << lifetime(p.Lksk) << " algorithm " << algorithm << ";\n";
        s << "        zsk lifetime " << lifetime(p.Lzsk) << " algorithm " << algorithm << ";\n";
    }
    s << "    };\n";
    s << "};\n";
    QString zone = plan.zone;
    if (zone.endsWith(QLatin1Char('.')) && zone.size() > 1)
        zone.chop(1);
    s << "// zone \"" << zone << "\" { type primary; file \"...\"; dnssec-policy \"" << name
      << "\"; inline-signing yes; };\n";
    s.flush();
    return text.toUtf8();
}

QByteArray RolloverExporters::knotPolicy(const RolloverPlan& plan) {
    const RolloverParameters& p = plan.parameters;
    const PolicyKeys keys = policyKeys(plan);
    QString text;
    QTextStream s(&text);
    const QString name = plan.method.isEmpty() ? QStringLiteral("danewerk") : QStringLiteral("danewerk-") + plan.method;
    s << "# " << tr("Knot DNS policy for %1 matching the Danewerk plan parameters (knot.conf, Knot 3.2)").arg(plan.zone)
      << '\n';
    s << "# "
      << tr("Knot re-signs the whole zone when the signer changes (Dsgn = 0); the plan uses Dsgn = %1.")
             .arg(formatOffset(p.Dsgn))
      << '\n';
    s << "# " << tr("propagation-delay covers DprpC; parent-delay covers DprpP + TTLds after the new DS is seen.")
      << '\n';
    s << "remote:\n";
    s << "  - id: parent_ns\n";
    s << "    address: 127.0.0.1  # " << tr("replace with the parent's servers or a validating resolver") << '\n';
    s << "\n";
    s << "submission:\n";
    s << "  - id: " << name << "-parent\n";
    s << "    parent: parent_ns\n";
    s << "    check-interval: " << knotTime(std::clamp<RolloverSeconds>(p.Dreg / 24, 60, 3600)) << '\n';
    s << "    parent-delay: " << knotTime(p.DprpP + p.TTLds) << "  # DprpP + TTLds\n";
    s << "\n";
    s << "policy:\n";
    s << "  - id: " << name << '\n';
    s << "    algorithm: " << algorithmMnemonic(keys.algorithm) << '\n';
    s << "    single-type-signing: " << (keys.csk ? "on" : "off") << '\n';
    s << "    dnskey-ttl: " << knotTime(p.TTLkey) << "  # TTLkey\n";
    s << "    zone-max-ttl: " << knotTime(std::max(p.TTLsig, p.TTLneg)) << "  # TTLsig\n";
    s << "    propagation-delay: " << knotTime(p.DprpC) << "  # DprpC\n";
    s << "    ksk-lifetime: " << knotTime(p.Lksk) << '\n';
    if (!keys.csk)
        s << "    zsk-lifetime: " << knotTime(p.Lzsk) << '\n';
    s << "    ksk-submission: " << name << "-parent\n";
    s << "\n";
    s << "zone:\n";
    s << "  - domain: " << plan.zone << '\n';
    s << "    dnssec-signing: on\n";
    s << "    dnssec-policy: " << name << '\n';
    s.flush();
    return text.toUtf8();
}

} // namespace danewerk::core
