#include "ui/zones/ZoneKeysPanel.h"

#include "core/dnssec/DnssecAlgorithm.h"

#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace danewerk::ui {

ZoneKeysPanel::ZoneKeysPanel(QWidget* parent) : QWidget(parent) {
    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("keysTable"));
    m_table->setHorizontalHeaderLabels({tr("Tag"), tr("Algorithm"), tr("Role"), tr("Flags"), tr("DS (SHA-256)")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(TagColumn, 70);
    m_table->setColumnWidth(AlgorithmColumn, 190);
    m_table->setColumnWidth(RoleColumn, 60);
    m_table->setColumnWidth(FlagsColumn, 60);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("keysSummary"));
    m_copy = new QPushButton(tr("Copy DS"), this);
    m_copy->setObjectName(QStringLiteral("copyDsButton"));
    m_copy->setToolTip(tr("Copy the DS record of the selected key (or of every SEP key) for the parent zone"));
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_summary, 1);
    bottom->addWidget(m_copy);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 1);
    layout->addLayout(bottom);
    connect(m_copy, &QPushButton::clicked, this, &ZoneKeysPanel::copyDs);
    setKeys({});
}

void ZoneKeysPanel::setKeys(const QList<ZoneKeyRow>& keys) {
    m_keys = keys;
    m_table->clearContents();
    m_table->setRowCount(int(keys.size()));
    int withDs = 0;
    for (int row = 0; row < keys.size(); ++row) {
        const ZoneKeyRow& key = keys[row];
        const auto cell = [&](int column, const QString& text) {
            auto* item = new QTableWidgetItem(text);
            m_table->setItem(row, column, item);
            return item;
        };
        cell(TagColumn, QString::number(key.info.tag));
        cell(
            AlgorithmColumn,
            QStringLiteral("%1 (%2)").arg(core::DnssecAlgorithm::mnemonic(key.info.algorithm)).arg(key.info.algorithm));
        cell(RoleColumn, key.info.role);
        cell(FlagsColumn, QString::number(key.info.flags));
        QTableWidgetItem* ds = cell(DsColumn, key.ds.isEmpty() ? tr("— (not a SEP key)") : key.ds);
        ds->setToolTip(key.ds);
        withDs += !key.ds.isEmpty();
    }
    m_summary->setText(keys.isEmpty() ? tr("The zone has no DNSKEY at its apex: it is not signed.")
                                      : tr("%n key(s) at the apex", nullptr, int(keys.size())) + QStringLiteral("; ") +
                                            tr("%n DS record(s) for the parent", nullptr, withDs));
    m_copy->setEnabled(withDs > 0);
}

QString ZoneKeysPanel::dsTextToCopy() const {
    const int row = m_table->currentRow();
    if (row >= 0 && row < m_keys.size() && !m_keys[row].ds.isEmpty())
        return m_keys[row].ds;
    QStringList lines;
    for (const ZoneKeyRow& key : m_keys) {
        if (!key.ds.isEmpty())
            lines << key.ds;
    }
    return lines.join(QLatin1Char('\n'));
}

void ZoneKeysPanel::copyDs() const {
    const QString text = dsTextToCopy();
    if (!text.isEmpty())
        QApplication::clipboard()->setText(text);
}

} // namespace danewerk::ui
