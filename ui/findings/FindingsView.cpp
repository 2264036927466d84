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
    m_table->setWordWrap(true);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(FindingsModel::MessageColumn, QHeaderView::Interactive);
    m_table->setColumnWidth(FindingsModel::SeverityColumn, 100);
    m_table->setColumnWidth(FindingsModel::CodeColumn, 230);
    m_table->setColumnWidth(FindingsModel::MessageColumn, 380);
    m_table->setColumnWidth(FindingsModel::SubjectColumn, 160);
    m_table->setColumnWidth(FindingsModel::RfcColumn, 110);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex& index) {
        if (index.isValid())
            Q_EMIT findingActivated(m_model->findings().at(index.row()));
    });
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
    m_table->resizeRowsToContents();
}

} // namespace danewerk::ui
