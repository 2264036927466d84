#include "core/rollover/MethodTemplates.h"

#include "core/rollover/FormulaText.h"

#include <algorithm>
#include <functional>

namespace danewerk::core {

namespace {

using F = FormulaText;

PlanEvent ev(EventOp op, const QString& key) {
    PlanEvent e;
    e.op = op;
    e.key = key;
    return e;
}

PlanEvent evKeys(EventOp op, const QStringList& keys) {
    PlanEvent e;
    e.op = op;
    e.keys = keys;
    return e;
}

const QString S = QStringLiteral("S");

// Collects steps; times are relative to S until finish() knows whether S must move.
class TemplateBuilder {
public:
    TemplateBuilder(const RolloverParameters& p, RolloverSeconds s) : p(p), s(s) {}

    int step(RolloverSeconds at, const QString& title, const QString& formula, const QList<PlanEvent>& events) {
        TemplateStep st;
        st.at = at;
        st.title = title;
        st.formula = formula;
        for (PlanEvent e : events) {
            e.at = at;
            e.formula = formula;
            st.events << int(plan.events.size());
            plan.events << e;
        }
        steps << st;
        return int(steps.size()) - 1;
    }

    // "at = S - Ipub = 720h - 1h5m = 718h55m"
    QString before(const QString& anchor, RolloverSeconds anchorValue, const QString& name, const F& interval) const {
        return QStringLiteral("%1; at = %2 - %3 = %4 - %5 = %6")
            .arg(interval.definition(name), anchor, name, formatOffset(anchorValue), formatOffset(interval.value()),
                 formatOffset(anchorValue - interval.value()));
    }
    QString after(const QString& anchor, RolloverSeconds anchorValue, const QString& name, const F& interval) const {
        return QStringLiteral("%1; at = %2 + %3 = %4 + %5 = %6")
            .arg(interval.definition(name), anchor, name, formatOffset(anchorValue), formatOffset(interval.value()),
                 formatOffset(anchorValue + interval.value()));
    }

    F DprpC() const { return F::term(QStringLiteral("DprpC"), p.DprpC); }
    F DprpP() const { return F::term(QStringLiteral("DprpP"), p.DprpP); }
    F TTLkey() const { return F::term(QStringLiteral("TTLkey"), p.keyTtl()); }
    F TTLds() const { return F::term(QStringLiteral("TTLds"), p.dsTtl()); }
    F TTLtlsa() const { return F::term(QStringLiteral("TTLtlsa"), p.tlsaTtl()); }
    F Dsgn() const { return F::term(QStringLiteral("Dsgn"), p.Dsgn); }
    F Dreg() const { return F::term(QStringLiteral("Dreg"), p.Dreg); }
    F publishSafety() const { return F::optionalTerm(QStringLiteral("publish_safety"), p.publishSafety); }
    F retireSafety() const { return F::optionalTerm(QStringLiteral("retire_safety"), p.retireSafety); }
    // Signed data and denial records both carry the old signatures; ROLLOVER.md writes TTLsig where the
    // larger of the two is meant, so the text shows the max only when TTLneg is the larger.
    F dataTtl() const {
        const F sig = F::term(QStringLiteral("TTLsig"), p.sigTtl());
        return p.negTtl() > p.sigTtl() ? F::max(sig, F::term(QStringLiteral("TTLneg"), p.negTtl())) : sig;
    }
    F dataTtlMax() const {
        return F::max(F::term(QStringLiteral("TTLsig"), p.sigTtl()), F::term(QStringLiteral("TTLneg"), p.negTtl()));
    }
    QString sDefinition(const QString& lifetimeName, RolloverSeconds lifetime) const {
        if (s == lifetime)
            return QStringLiteral("S = %1 = %2").arg(lifetimeName, formatOffset(s));
        return QStringLiteral("S = %1 (%2 = %3 is shorter than this rollover needs)")
            .arg(formatOffset(s), lifetimeName, formatOffset(lifetime));
    }

    const RolloverParameters& p;
    RolloverSeconds s;
    RolloverPlan plan;
    QList<TemplateStep> steps;
    int critical = -1;
};

void addKeys(RolloverPlan& plan, const QList<std::pair<QString, KeyRole>>& keys, int algorithm) {
    for (const auto& [id, role] : keys)
        plan.keys << RolloverKey{id, role, algorithm};
}

void signedInitial(RolloverPlan& plan, const QString& ksk, const QString& zsk) {
    plan.initial.dnskey = ksk == zsk ? QStringList{ksk} : QStringList{ksk, zsk};
    plan.initial.ksign = {ksk};
    plan.initial.zsign = {zsk};
    plan.initial.ds = {ksk};
}

using TemplateFunction = std::function<void(TemplateBuilder&, const TemplateOptions&)>;

void zskPrepublish(TemplateBuilder& b, const TemplateOptions& o) {
    addKeys(b.plan, {{"KSK1", KeyRole::Ksk}, {"ZSK1", KeyRole::Zsk}, {"ZSK2", KeyRole::Zsk}}, o.algorithm);
    signedInitial(b.plan, QStringLiteral("KSK1"), QStringLiteral("ZSK1"));
    const F ipub = b.DprpC() + b.TTLkey() + b.publishSafety();
    b.step(b.s - ipub.value(), MethodTemplates::tr("publish the new ZSK"),
           b.before(S, b.s, QStringLiteral("Ipub"), ipub), {ev(EventOp::PublishDnskey, "ZSK2")});
    b.critical = b.step(b.s, MethodTemplates::tr("sign with the new ZSK instead of the old one"),
                        b.sDefinition(QStringLiteral("Lzsk"), b.p.Lzsk),
                        {ev(EventOp::StartZsign, "ZSK2"), ev(EventOp::StopZsign, "ZSK1")});
    const F iret = b.Dsgn() + b.DprpC() + b.dataTtlMax() + b.retireSafety();
    b.step(b.s + iret.value(), MethodTemplates::tr("remove the old ZSK"), b.after(S, b.s, QStringLiteral("Iret"), iret),
           {ev(EventOp::UnpublishDnskey, "ZSK1")});
}

void zskDoubleSignature(TemplateBuilder& b, const TemplateOptions& o) {
    addKeys(b.plan, {{"KSK1", KeyRole::Ksk}, {"ZSK1", KeyRole::Zsk}, {"ZSK2", KeyRole::Zsk}}, o.algorithm);
    signedInitial(b.plan, QStringLiteral("KSK1"), QStringLiteral("ZSK1"));
    const F interval = F::max(b.DprpC() + b.TTLkey(), b.Dsgn() + b.DprpC() + b.dataTtl());
    const RolloverSeconds rfc = b.p.Dsgn + b.p.DprpC + std::max(b.p.keyTtl(), b.p.sigTtl());
    QString formula = b.before(S, b.s, QStringLiteral("I"), interval);
    formula += MethodTemplates::tr(" (RFC 7583 3.2.2 gives Dsgn + DprpC + max(TTLkey, TTLsig) = %1; the bound here "
                                   "is exact and shorter when TTLkey > TTLsig and Dsgn > 0)")
                   .arg(formatOffset(rfc));
    b.step(b.s - interval.value(), MethodTemplates::tr("publish the new ZSK and sign with both"), formula,
           {ev(EventOp::PublishDnskey, "ZSK2"), ev(EventOp::StartZsign, "ZSK2")});
    b.critical = b.step(b.s, MethodTemplates::tr("remove the old ZSK and its signatures"),
                        b.sDefinition(QStringLiteral("Lzsk"), b.p.Lzsk),
                        {ev(EventOp::UnpublishDnskey, "ZSK1"), ev(EventOp::StopZsign, "ZSK1")});
}

void zskDoubleRrsig(TemplateBuilder& b, const TemplateOptions& o) {
    addKeys(b.plan, {{"KSK1", KeyRole::Ksk}, {"ZSK1", KeyRole::Zsk}, {"ZSK2", KeyRole::Zsk}}, o.algorithm);
    signedInitial(b.plan, QStringLiteral("KSK1"), QStringLiteral("ZSK1"));
    const F isig = b.Dsgn() + b.DprpC() + b.dataTtl();
    b.step(b.s - isig.value(), MethodTemplates::tr("sign with the new ZSK as well"),
           b.before(S, b.s, QStringLiteral("Isig"), isig), {ev(EventOp::StartZsign, "ZSK2")});
    b.critical = b.step(b.s, MethodTemplates::tr("swap the ZSKs in the DNSKEY RRset"),
                        b.sDefinition(QStringLiteral("Lzsk"), b.p.Lzsk),
                        {ev(EventOp::PublishDnskey, "ZSK2"), ev(EventOp::UnpublishDnskey, "ZSK1")});
    const F ikey = b.DprpC() + b.TTLkey();
    b.step(b.s + ikey.value(), MethodTemplates::tr("stop signing with the old ZSK"),
           b.after(S, b.s, QStringLiteral("Ikey"), ikey), {ev(EventOp::StopZsign, "ZSK1")});
}

void kskDoubleKsk(TemplateBuilder& b, const TemplateOptions& o) {
    addKeys(b.plan, {{"KSK1", KeyRole::Ksk}, {"KSK2", KeyRole::Ksk}, {"ZSK1", KeyRole::Zsk}}, o.algorithm);
    signedInitial(b.plan, QStringLiteral("KSK1"), QStringLiteral("ZSK1"));
    const F ipub = b.Dreg() + b.DprpC() + b.TTLkey();
    b.step(b.s - ipub.value(), MethodTemplates::tr("publish the new KSK and sign the DNSKEY RRset with both"),
           b.before(S, b.s, QStringLiteral("Ipub"), ipub),
           {ev(EventOp::PublishDnskey, "KSK2"), ev(EventOp::StartKsign, "KSK2")});
    const F ikey = b.DprpC() + b.TTLkey();
    const RolloverSeconds submit = b.s - ipub.value() + ikey.value();
    b.step(submit, MethodTemplates::tr("submit the DS of the new KSK to the parent (it replaces the old DS)"),
           QStringLiteral("%1; at = S - Ipub + Ikey = S - Dreg = %2, visible at S = %3")
               .arg(ikey.definition(QStringLiteral("Ikey")), formatOffset(submit), formatOffset(b.s)),
           {evKeys(EventOp::DsSubmit, {"KSK2"})});
    const F iret = b.DprpP() + b.TTLds() + b.retireSafety();
    b.critical = b.step(b.s + iret.value(), MethodTemplates::tr("remove the old KSK"),
                        b.after(S, b.s, QStringLiteral("Iret"), iret),
                        {ev(EventOp::UnpublishDnskey, "KSK1"), ev(EventOp::StopKsign, "KSK1")});
}

void kskDoubleDs(TemplateBuilder& b, const TemplateOptions& o) {
    addKeys(b.plan, {{"KSK1", KeyRole::Ksk}, {"KSK2", KeyRole::Ksk}, {"ZSK1", KeyRole::Zsk}}, o.algorithm);
    signedInitial(b.plan, QStringLiteral("KSK1"), QStringLiteral("ZSK1"));
    const F ids = b.DprpP() + b.TTLds();
    const RolloverSeconds visible = b.s - ids.value();
    b.step(visible - b.p.Dreg, MethodTemplates::tr("submit DS records for the old and the new KSK"),
           QStringLiteral("%1; visible at S - Ids = %2; at = visible - Dreg = %2 - %3 = %4")
               .arg(ids.definition(QStringLiteral("Ids")), formatOffset(visible), formatOffset(b.p.Dreg),
                    formatOffset(visible - b.p.Dreg)),
           {evKeys(EventOp::DsSubmit, {"KSK1", "KSK2"})});
    b.critical = b.step(b.s, MethodTemplates::tr("swap the KSKs in the DNSKEY RRset"),
                        b.sDefinition(QStringLiteral("Lksk"), b.p.Lksk),
                        {ev(EventOp::PublishDnskey, "KSK2"), ev(EventOp::StartKsign, "KSK2"),
                         ev(EventOp::UnpublishDnskey, "KSK1"), ev(EventOp::StopKsign, "KSK1")});
    const F ikey = b.DprpC() + b.TTLkey();
    b.step(b.s + ikey.value(), MethodTemplates::tr("the parent publishes only the new DS"),
           b.after(S, b.s, QStringLiteral("Ikey"), ikey), {evKeys(EventOp::DsSet, {"KSK2"})});
}

void kskDoubleRrset(TemplateBuilder& b, const TemplateOptions& o) {
    addKeys(b.plan, {{"KSK1", KeyRole::Ksk}, {"KSK2", KeyRole::Ksk}, {"ZSK1", KeyRole::Zsk}}, o.algorithm);
    signedInitial(b.plan, QStringLiteral("KSK1"), QStringLiteral("ZSK1"));
    const F ipub = F::max(b.Dreg() + b.DprpP() + b.TTLds(), b.DprpC() + b.TTLkey());
    b.step(b.s - ipub.value(), MethodTemplates::tr("publish the new KSK, sign with both, submit both DS records"),
           b.before(S, b.s, QStringLiteral("I"), ipub),
           {ev(EventOp::PublishDnskey, "KSK2"), ev(EventOp::StartKsign, "KSK2"),
            evKeys(EventOp::DsSubmit, {"KSK1", "KSK2"})});
    b.critical = b.step(
        b.s, MethodTemplates::tr("remove the old KSK and its DS"), b.sDefinition(QStringLiteral("Lksk"), b.p.Lksk),
        {ev(EventOp::UnpublishDnskey, "KSK1"), ev(EventOp::StopKsign, "KSK1"), evKeys(EventOp::DsSet, {"KSK2"})});
}

void csk(TemplateBuilder& b, const TemplateOptions& o) {
    addKeys(b.plan, {{"CSK1", KeyRole::Csk}, {"CSK2", KeyRole::Csk}}, o.algorithm);
    signedInitial(b.plan, QStringLiteral("CSK1"), QStringLiteral("CSK1"));
    const F ipub = b.DprpC() + b.TTLkey() + b.publishSafety();
    const RolloverSeconds a = b.s;
    b.step(a - ipub.value(), MethodTemplates::tr("publish the new CSK and sign the DNSKEY RRset with both"),
           QStringLiteral("%1; A = S = %2; at = A - Ipub = %3")
               .arg(ipub.definition(QStringLiteral("Ipub")), formatOffset(a), formatOffset(a - ipub.value())),
           {ev(EventOp::PublishDnskey, "CSK2"), ev(EventOp::StartKsign, "CSK2")});
    b.critical =
        b.step(a, MethodTemplates::tr("sign the zone with the new CSK and submit its DS"),
               QStringLiteral("A = ") + b.sDefinition(QStringLiteral("Lksk"), b.p.Lksk),
               {ev(EventOp::StartZsign, "CSK2"), ev(EventOp::StopZsign, "CSK1"), evKeys(EventOp::DsSubmit, {"CSK2"})});
    const F iretDs = b.DprpP() + b.TTLds() + b.retireSafety();
    const RolloverSeconds swap = a + b.p.Dreg;
    const RolloverSeconds stopKsign = swap + iretDs.value();
    const F iretSig = b.Dsgn() + b.DprpC() + b.dataTtl() + b.retireSafety();
    const RolloverSeconds removal = std::max(stopKsign, a + iretSig.value());
    const QString stopFormula =
        QStringLiteral("%1; DS swap visible at A + Dreg = %2; at = %2 + Iret = %3")
            .arg(iretDs.definition(QStringLiteral("Iret")), formatOffset(swap), formatOffset(stopKsign));
    const QString removeFormula = QStringLiteral("%1; at = max(%2, A + Isig) = max(%2, %3) = %4")
                                      .arg(iretSig.definition(QStringLiteral("Isig")), formatOffset(stopKsign),
                                           formatOffset(a + iretSig.value()), formatOffset(removal));
    if (removal == stopKsign) {
        b.step(stopKsign, MethodTemplates::tr("stop signing with the old CSK and remove it"),
               stopFormula + QStringLiteral("; ") + removeFormula,
               {ev(EventOp::StopKsign, "CSK1"), ev(EventOp::UnpublishDnskey, "CSK1")});
    } else {
        b.step(stopKsign, MethodTemplates::tr("stop signing the DNSKEY RRset with the old CSK"), stopFormula,
               {ev(EventOp::StopKsign, "CSK1")});
        b.step(removal, MethodTemplates::tr("remove the old CSK"), removeFormula,
               {ev(EventOp::UnpublishDnskey, "CSK1")});
    }
}

void cskDoubleSignature(TemplateBuilder& b, const TemplateOptions& o) {
    addKeys(b.plan, {{"CSK1", KeyRole::Csk}, {"CSK2", KeyRole::Csk}}, o.algorithm);
    signedInitial(b.plan, QStringLiteral("CSK1"), QStringLiteral("CSK1"));
    const F ikey = b.DprpC() + b.TTLkey();
    const RolloverSeconds p = b.s - ikey.value();
    b.step(p, MethodTemplates::tr("publish the new CSK and sign everything with both"),
           b.before(S, b.s, QStringLiteral("Ikey"), ikey),
           {ev(EventOp::PublishDnskey, "CSK2"), ev(EventOp::StartKsign, "CSK2"), ev(EventOp::StartZsign, "CSK2")});
    b.critical = b.step(b.s, MethodTemplates::tr("the parent publishes the DS of the new CSK instead of the old"),
                        b.sDefinition(QStringLiteral("Lksk"), b.p.Lksk) + QStringLiteral("; P + Ikey"),
                        {evKeys(EventOp::DsSet, {"CSK2"})});
    const F ids = b.DprpP() + b.TTLds();
    const F isig = b.Dsgn() + b.DprpC() + b.dataTtl();
    const RolloverSeconds removal = std::max(b.s + ids.value(), p + isig.value());
    b.step(removal, MethodTemplates::tr("remove the old CSK and its signatures"),
           QStringLiteral("%1; %2; at = max(S + Ids, P + Isig) = max(%3, %4) = %5")
               .arg(ids.definition(QStringLiteral("Ids")), isig.definition(QStringLiteral("Isig")),
                    formatOffset(b.s + ids.value()), formatOffset(p + isig.value()), formatOffset(removal)),
           {ev(EventOp::UnpublishDnskey, "CSK1"), ev(EventOp::StopKsign, "CSK1"), ev(EventOp::StopZsign, "CSK1")});
}

void algorithmKeys(TemplateBuilder& b, const TemplateOptions& o) {
    b.plan.keys << RolloverKey{QStringLiteral("KSK1"), KeyRole::Ksk, o.oldAlgorithm}
                << RolloverKey{QStringLiteral("ZSK1"), KeyRole::Zsk, o.oldAlgorithm}
                << RolloverKey{QStringLiteral("KSK2"), KeyRole::Ksk, o.newAlgorithm}
                << RolloverKey{QStringLiteral("ZSK2"), KeyRole::Zsk, o.newAlgorithm};
    signedInitial(b.plan, QStringLiteral("KSK1"), QStringLiteral("ZSK1"));
}

void algorithmConservative(TemplateBuilder& b, const TemplateOptions& o) {
    algorithmKeys(b, o);
    const F ikey = b.DprpC() + b.TTLkey();
    const F isig = b.Dsgn() + b.DprpC() + b.dataTtl();
    const RolloverSeconds publish = b.s - ikey.value();
    const RolloverSeconds r = publish - isig.value();
    b.step(r, MethodTemplates::tr("add signatures with the new algorithm (keys not yet published)"),
           QStringLiteral("%1; %2; at = S - Ikey - Isig = %3")
               .arg(ikey.definition(QStringLiteral("Ikey")), isig.definition(QStringLiteral("Isig")), formatOffset(r)),
           {ev(EventOp::StartKsign, "KSK2"), ev(EventOp::StartZsign, "ZSK2")});
    b.step(publish, MethodTemplates::tr("publish the new-algorithm keys"),
           QStringLiteral("%1; at = R + Isig = %2").arg(isig.definition(QStringLiteral("Isig")), formatOffset(publish)),
           {ev(EventOp::PublishDnskey, "KSK2"), ev(EventOp::PublishDnskey, "ZSK2")});
    b.critical = b.step(b.s, MethodTemplates::tr("the parent publishes the DS of the new KSK instead of the old"),
                        b.sDefinition(QStringLiteral("Lksk"), b.p.Lksk) + QStringLiteral("; ") +
                            ikey.definition(QStringLiteral("Ikey")) + QStringLiteral(" after the new keys"),
                        {evKeys(EventOp::DsSet, {"KSK2"})});
    const F ids = b.DprpP() + b.TTLds();
    b.step(b.s + ids.value(), MethodTemplates::tr("remove the old-algorithm keys (keep their signatures)"),
           b.after(S, b.s, QStringLiteral("Ids"), ids),
           {ev(EventOp::UnpublishDnskey, "KSK1"), ev(EventOp::UnpublishDnskey, "ZSK1")});
    const RolloverSeconds last = b.s + ids.value() + ikey.value();
    b.step(
        last, MethodTemplates::tr("remove the old-algorithm signatures"),
        QStringLiteral("%1; at = S + Ids + Ikey = %2").arg(ikey.definition(QStringLiteral("Ikey")), formatOffset(last)),
        {ev(EventOp::StopKsign, "KSK1"), ev(EventOp::StopZsign, "ZSK1")});
}

void algorithmLiberal(TemplateBuilder& b, const TemplateOptions& o) {
    algorithmKeys(b, o);
    const F interval = F::max(b.DprpC() + b.TTLkey() + b.publishSafety(), b.Dsgn() + b.DprpC() + b.dataTtl());
    b.step(b.s - interval.value(), MethodTemplates::tr("publish and sign with the new-algorithm keys"),
           b.before(S, b.s, QStringLiteral("I"), interval),
           {ev(EventOp::PublishDnskey, "KSK2"), ev(EventOp::PublishDnskey, "ZSK2"), ev(EventOp::StartKsign, "KSK2"),
            ev(EventOp::StartZsign, "ZSK2")});
    b.step(b.s, MethodTemplates::tr("the parent publishes the DS of the new KSK instead of the old"),
           b.sDefinition(QStringLiteral("Lksk"), b.p.Lksk), {evKeys(EventOp::DsSet, {"KSK2"})});
    const F iret = b.DprpP() + b.TTLds() + b.retireSafety();
    b.critical = b.step(b.s + iret.value(), MethodTemplates::tr("remove the old-algorithm keys and signatures"),
                        b.after(S, b.s, QStringLiteral("Iret"), iret),
                        {ev(EventOp::UnpublishDnskey, "KSK1"), ev(EventOp::UnpublishDnskey, "ZSK1"),
                         ev(EventOp::StopKsign, "KSK1"), ev(EventOp::StopZsign, "ZSK1")});
}

void goInsecure(TemplateBuilder& b, const TemplateOptions& o) {
    addKeys(b.plan, {{"KSK1", KeyRole::Ksk}, {"ZSK1", KeyRole::Zsk}}, o.algorithm);
    signedInitial(b.plan, QStringLiteral("KSK1"), QStringLiteral("ZSK1"));
    b.step(b.s, MethodTemplates::tr("the parent removes the DS"), b.sDefinition(QStringLiteral("Lksk"), b.p.Lksk),
           {evKeys(EventOp::DsSet, {})});
    const F ids = b.DprpP() + b.TTLds();
    b.critical =
        b.step(b.s + ids.value(), MethodTemplates::tr("unsign the zone"), b.after(S, b.s, QStringLiteral("Ids"), ids),
               {ev(EventOp::UnpublishDnskey, "KSK1"), ev(EventOp::UnpublishDnskey, "ZSK1"),
                ev(EventOp::StopKsign, "KSK1"), ev(EventOp::StopZsign, "ZSK1")});
}

void goSecure(TemplateBuilder& b, const TemplateOptions& o) {
    addKeys(b.plan, {{"KSK1", KeyRole::Ksk}, {"ZSK1", KeyRole::Zsk}}, o.algorithm);
    const RolloverSeconds z = 0;
    b.step(z, MethodTemplates::tr("sign the zone"), QStringLiteral("Z = 0"),
           {ev(EventOp::PublishDnskey, "KSK1"), ev(EventOp::PublishDnskey, "ZSK1"), ev(EventOp::StartKsign, "KSK1"),
            ev(EventOp::StartZsign, "ZSK1")});
    const F keyOrNeg = F::max(b.TTLkey(), F::term(QStringLiteral("TTLneg"), b.p.negTtl()));
    const F interval = F::max(b.DprpC() + keyOrNeg, b.Dsgn() + b.DprpC() + b.dataTtlMax());
    b.critical =
        b.step(z + interval.value(), MethodTemplates::tr("the parent publishes the DS"),
               b.after(QStringLiteral("Z"), z, QStringLiteral("I"), interval), {evKeys(EventOp::DsSet, {"KSK1"})});
}

void tlsa(TemplateBuilder& b, const TemplateOptions&) {
    addKeys(b.plan, {{"CERT1", KeyRole::Tlsa}, {"CERT2", KeyRole::Tlsa}}, 0);
    b.plan.initial.tlsa = {QStringLiteral("CERT1")};
    b.plan.initial.deployed = QStringLiteral("CERT1");
    const RolloverSeconds p = 0;
    b.step(p, MethodTemplates::tr("publish TLSA records for the current and the next key"), QStringLiteral("P = 0"),
           {evKeys(EventOp::TlsaSet, {"CERT1", "CERT2"})});
    const F interval = b.DprpC() + b.TTLtlsa();
    QString formula = b.after(QStringLiteral("P"), p, QStringLiteral("Itlsa"), interval);
    formula += MethodTemplates::tr(" (RFC 7671 8.1 recommends at least 2 x TTLtlsa = %1)")
                   .arg(formatOffset(2 * b.p.tlsaTtl()));
    b.critical =
        b.step(p + interval.value(), MethodTemplates::tr("deploy the next key, then publish only its TLSA record"),
               formula, {ev(EventOp::Deploy, "CERT2"), evKeys(EventOp::TlsaSet, {"CERT2"})});
}

struct MethodEntry {
    const char* id;
    TemplateFunction function;
    bool zsk; // S = Lzsk (else Lksk)
    const char* description;
};

const QList<MethodEntry>& methods() {
    static const QList<MethodEntry> list = {
        {"zsk-prepublish", zskPrepublish, true,
         QT_TRANSLATE_NOOP("danewerk::core::MethodTemplates", "ZSK pre-publication (RFC 7583 3.2.1)")},
        {"zsk-double-signature", zskDoubleSignature, true,
         QT_TRANSLATE_NOOP("danewerk::core::MethodTemplates", "ZSK double signature (RFC 7583 3.2.2)")},
        {"zsk-double-rrsig", zskDoubleRrsig, true,
         QT_TRANSLATE_NOOP("danewerk::core::MethodTemplates", "ZSK double RRSIG (RFC 7583 3.2.3)")},
        {"ksk-double-ksk", kskDoubleKsk, false,
         QT_TRANSLATE_NOOP("danewerk::core::MethodTemplates", "KSK double KSK (RFC 7583 3.3.1)")},
        {"ksk-double-ds", kskDoubleDs, false,
         QT_TRANSLATE_NOOP("danewerk::core::MethodTemplates", "KSK double DS (RFC 7583 3.3.2)")},
        {"ksk-double-rrset", kskDoubleRrset, false,
         QT_TRANSLATE_NOOP("danewerk::core::MethodTemplates", "KSK double RRset (RFC 7583 3.3.3)")},
        {"csk", csk, false, QT_TRANSLATE_NOOP("danewerk::core::MethodTemplates", "CSK rollover as BIND does it")},
        {"csk-double-signature", cskDoubleSignature, false,
         QT_TRANSLATE_NOOP("danewerk::core::MethodTemplates", "CSK double signature (RFC 6781 style)")},
        {"algorithm-conservative", algorithmConservative, false,
         QT_TRANSLATE_NOOP("danewerk::core::MethodTemplates", "algorithm rollover, conservative (RFC 6781 4.1.4)")},
        {"algorithm-liberal", algorithmLiberal, false,
         QT_TRANSLATE_NOOP("danewerk::core::MethodTemplates", "algorithm rollover, liberal (as BIND)")},
        {"go-insecure", goInsecure, false,
         QT_TRANSLATE_NOOP("danewerk::core::MethodTemplates", "turn DNSSEC off (DS first, then unsign)")},
        {"go-secure", goSecure, false,
         QT_TRANSLATE_NOOP("danewerk::core::MethodTemplates", "turn DNSSEC on (sign first, then DS)")},
        {"tlsa", tlsa, false,
         QT_TRANSLATE_NOOP("danewerk::core::MethodTemplates", "TLSA key rollover (RFC 7671 8.1, current + next)")},
    };
    return list;
}

const MethodEntry* findMethod(const QString& id) {
    for (const MethodEntry& m : methods())
        if (id == QLatin1String(m.id))
            return &m;
    return nullptr;
}

} // namespace

QStringList MethodTemplates::ids() {
    QStringList out;
    for (const MethodEntry& m : methods())
        out << QLatin1String(m.id);
    return out;
}

QString MethodTemplates::description(const QString& id) {
    const MethodEntry* m = findMethod(id);
    return m ? tr(m->description) : QString();
}

bool MethodTemplates::isAlgorithmRollover(const QString& id) {
    return id.startsWith(QLatin1String("algorithm-"));
}

Result<GeneratedPlan> MethodTemplates::generate(const QString& id, const RolloverParameters& parameters,
                                                const TemplateOptions& options) {
    const MethodEntry* method = findMethod(id);
    if (!method)
        return Error{QStringLiteral("UNKNOWN_METHOD"),
                     tr("unknown method %1 (known: %2)").arg(id, ids().join(QStringLiteral(", "))),
                     {},
                     0,
                     0};
    const RolloverSeconds lifetime = method->zsk ? parameters.Lzsk : parameters.Lksk;
    auto run = [&](RolloverSeconds s) {
        TemplateBuilder builder(parameters, s);
        method->function(builder, options);
        return builder;
    };
    RolloverSeconds earliest = 0;
    for (const PlanEvent& e : run(lifetime).plan.events)
        earliest = std::min(earliest, e.at);
    // When the lifetime is too short for this rollover, S moves so that the first event is at t = 0.
    const TemplateBuilder builder = run(lifetime - earliest);
    GeneratedPlan out;
    out.plan = builder.plan;
    out.plan.zone = options.zone;
    out.plan.origin = options.origin;
    out.plan.method = id;
    out.plan.preset = options.preset;
    out.plan.parameters = parameters;
    out.steps = builder.steps;
    out.criticalStep = builder.critical;
    return out;
}

} // namespace danewerk::core
