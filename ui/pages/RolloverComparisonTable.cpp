#include "ui/pages/RolloverComparisonTable.h"

#include "core/rollover/CacheModel.h"
#include "core/rollover/MethodTemplates.h"
#include "core/rollover/SafetyChecker.h"

#include <QHeaderView>

#include <algorithm>

namespace danewerk::ui {

using namespace core;

namespace {

// Public key and signature sizes in octets (RSA with 2048-bit keys).
int keyBytes(int algorithm) {
    switch (algorithm) {
    case 5:
    case 7:
    case 8:
    case 10:
        return 260;
    case 13:
        return 64;
    case 14:
        return 96;
    case 15:
        return 32;
    case 16:
        return 57;
    default:
        return 128;
    }
}

int signatureBytes(int algorithm) {
    switch (algorithm) {
    case 5:
    case 7:
    case 8:
    case 10:
        return 256;
    case 13:
        return 64;
    case 14:
        return 96;
    case 15:
        return 64;
    case 16:
        return 114;
    default:
        return 128;
    }
}

QTableWidgetItem* cell(const QString& text, Qt::Alignment alignment = Qt::AlignLeft | Qt::AlignVCenter) {
    auto* i = new QTableWidgetItem(text);
    i->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    i->setTextAlignment(alignment);
    return i;
}

} // namespace

RolloverComparisonTable::RolloverComparisonTable(QWidget* parent) : QTableWidget(parent) {
    setColumnCount(6);
    setHorizontalHeaderLabels({tr("Method"), tr("Duration"), tr("Largest DNSKEY response"), tr("Parent interactions"),
                               tr("liberal"), tr("strict-all")});
    horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    horizontalHeader()->setStretchLastSection(true);
    verticalHeader()->hide();
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setAlternatingRowColors(true);
}

int RolloverComparisonTable::estimatedDnskeyResponseBytes(const QList<int>& keyAlgorithms,
                                                          const QList<int>& signerAlgorithms, int zoneNameLength) {
    // Header 12, question name + 4, then per record a compressed owner (2), type/class/TTL/length (10).
    int bytes = 12 + zoneNameLength + 4;
    for (int a : keyAlgorithms)
        bytes += 2 + 10 + 4 + keyBytes(a);
    for (int a : signerAlgorithms)
        bytes += 2 + 10 + 18 + zoneNameLength + signatureBytes(a);
    return bytes + 11; // EDNS OPT record
}

void RolloverComparisonTable::setParameters(const RolloverParameters& parameters) {
    const QStringList ids = MethodTemplates::ids();
    setRowCount(int(ids.size()));
    for (int row = 0; row < int(ids.size()); ++row) {
        const auto generated = MethodTemplates::generate(ids[row], parameters);
        if (!generated)
            continue;
        const RolloverPlan& plan = generated->plan;
        RolloverSeconds first = kUnboundedFuture;
        RolloverSeconds last = 0;
        int parent = 0;
        for (const PlanEvent& e : plan.events) {
            first = std::min(first, e.at);
            last = std::max(last, e.effectiveAt(parameters));
            if (e.op == EventOp::DsSet || e.op == EventOp::DsSubmit)
                ++parent;
        }
        int largest = 0;
        for (const RrsetVersion& v : buildCacheTimeline(plan).of(RrsetClass::Dnskey)) {
            QList<int> keys;
            QList<int> signers;
            for (const QString& k : v.content)
                keys << plan.algorithmOf(k);
            for (const QString& k : v.signers)
                signers << plan.algorithmOf(k);
            if (!keys.isEmpty())
                largest = std::max(largest, estimatedDnskeyResponseBytes(keys, signers, int(plan.zone.size()) + 1));
        }
        const bool liberal = SafetyChecker::check(plan, {ValidationProfile::Liberal}).safe();
        const bool strictAll = SafetyChecker::check(plan, {ValidationProfile::StrictAll}).safe();
        setItem(row, 0, cell(ids[row]));
        item(row, 0)->setToolTip(MethodTemplates::description(ids[row]));
        setItem(row, 1,
                cell(formatOffset(plan.events.isEmpty() ? 0 : last - first), Qt::AlignRight | Qt::AlignVCenter));
        setItem(row, 2, cell(largest ? tr("≈ %1 bytes").arg(largest) : tr("none"), Qt::AlignRight | Qt::AlignVCenter));
        setItem(row, 3, cell(QString::number(parent), Qt::AlignRight | Qt::AlignVCenter));
        setItem(row, 4, cell(liberal ? tr("✔ safe") : tr("✘ bogus")));
        setItem(row, 5, cell(strictAll ? tr("✔ safe") : tr("✘ bogus")));
        item(row, 4)->setForeground(liberal ? QColor(0x1b, 0x7a, 0x1b) : QColor(0xc0, 0x10, 0x10));
        item(row, 5)->setForeground(strictAll ? QColor(0x1b, 0x7a, 0x1b) : QColor(0xc0, 0x10, 0x10));
    }
}

} // namespace danewerk::ui
