#include "ui/findings/FindingsView.h"

#include "ui/findings/FindingsModel.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace danewerk::ui {

FindingsView::FindingsView(QWidget* parent) : QWidget(parent) {
    m_model = new FindingsModel(this);
    m_summary = new QLabel(this);
    m_table = new QTableView(this);
    m_table->setModel(m_model);
    m_table->setObjectName(QStringLiteral("findingsTable"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    QHeaderView* header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(FindingsModel::MessageColumn, QHeaderView::Stretch);
    m_table->setColumnWidth(FindingsModel::SeverityColumn, 96);
    m_table->setColumnWidth(FindingsModel::CodeColumn, 240);
    m_table->setColumnWidth(FindingsModel::SubjectColumn, 170);
    m_table->setColumnWidth(FindingsModel::RfcColumn, 120);
    m_table->setColumnHidden(FindingsModel::FixColumn, true); // shown in full in the details below

    // The selected finding in full: message, what it concerns, the RFC and the fix.
    m_details = new QLabel(this);
    m_details->setObjectName(QStringLiteral("findingDetails"));
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::RichText);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_details->setMinimumHeight(3 * m_details->fontMetrics().height());

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_details);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex& index) {
        if (index.isValid())
            Q_EMIT findingActivated(m_model->findings().at(index.row()));
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) { showDetails(current.row()); });
    setFindings({});
}

void FindingsView::setFindings(const core::Findings& findings) {
    m_model->setFindings(findings);
    int errors = 0, warnings = 0, notices = 0;
    for (const auto& f : findings) {
        if (f.severity == core::Severity::Error)
            ++errors;
        else if (f.severity == core::Severity::Warning)
            ++warnings;
        else
            ++notices;
    }
    if (findings.isEmpty())
        m_summary->setText(tr("No findings."));
    else
        m_summary->setText(tr("%n error(s)", nullptr, errors) + QStringLiteral(", ") +
                           tr("%n warning(s)", nullptr, warnings) + QStringLiteral(", ") +
                           tr("%n notice(s)", nullptr, notices));
    if (!findings.isEmpty())
        m_table->selectRow(0);
    showDetails(findings.isEmpty() ? -1 : 0);
}

void FindingsView::setCompact(bool compact) {
    m_table->setColumnHidden(FindingsModel::SubjectColumn, compact);
    m_table->setColumnHidden(FindingsModel::RfcColumn, compact);
}

void FindingsView::showDetails(int row) {
    const core::Findings& findings = m_model->findings();
    if (row < 0 || row >= findings.size()) {
        m_details->clear();
        return;
    }
    const core::Finding& f = findings.at(row);
    QString html = QStringLiteral("<b>%1</b> %2").arg(f.code.toHtmlEscaped(), f.message.toHtmlEscaped());
    if (!f.owner.isEmpty() || !f.host.isEmpty() || f.line > 0)
        html += QStringLiteral(" — %1").arg(
            m_model->data(m_model->index(row, FindingsModel::SubjectColumn)).toString().toHtmlEscaped());
    if (!f.rfc.isEmpty())
        html += QStringLiteral(" <i>(%1)</i>").arg(f.rfc.toHtmlEscaped());
    if (!f.fix.isEmpty())
        html += QStringLiteral("<br><b>%1</b> %2").arg(tr("Fix:"), f.fix.toHtmlEscaped());
    m_details->setText(html);
}

} // namespace danewerk::ui
