#include "ui/findings/FindingsModel.h"

#include <QApplication>
#include <QIcon>
#include <QStyle>

namespace danewerk::ui {

FindingsModel::FindingsModel(QObject* parent) : QAbstractTableModel(parent) {}

void FindingsModel::setFindings(const core::Findings& findings) {
    beginResetModel();
    m_findings = findings;
    endResetModel();
}

int FindingsModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_findings.size());
}

int FindingsModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QIcon FindingsModel::severityIcon(core::Severity severity) {
    QStyle* style = QApplication::style();
    switch (severity) {
    case core::Severity::Error:
        return style->standardIcon(QStyle::SP_MessageBoxCritical);
    case core::Severity::Warning:
        return style->standardIcon(QStyle::SP_MessageBoxWarning);
    case core::Severity::Notice:
        break;
    }
    return style->standardIcon(QStyle::SP_MessageBoxInformation);
}

QString FindingsModel::severityText(core::Severity severity) {
    switch (severity) {
    case core::Severity::Error:
        return tr("Error");
    case core::Severity::Warning:
        return tr("Warning");
    case core::Severity::Notice:
        break;
    }
    return tr("Notice");
}

QVariant FindingsModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_findings.size())
        return {};
    const core::Finding& f = m_findings.at(index.row());
    if (role == SeverityRole)
        return int(f.severity);
    if (role == FindingIndexRole)
        return index.row();
    if (role == Qt::DecorationRole && index.column() == SeverityColumn)
        return severityIcon(f.severity);
    if (role == Qt::ToolTipRole) {
        QString tip = QStringLiteral("<b>%1</b> %2").arg(f.code.toHtmlEscaped(), f.message.toHtmlEscaped());
        if (!f.fix.isEmpty())
            tip += QStringLiteral("<br><i>%1</i> %2").arg(tr("Fix:"), f.fix.toHtmlEscaped());
        return tip;
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case SeverityColumn:
        return severityText(f.severity);
    case CodeColumn:
        return f.code;
    case MessageColumn:
        return f.message;
    case SubjectColumn: {
        QStringList parts;
        if (!f.owner.isEmpty())
            parts << (f.type.isEmpty() ? f.owner : f.owner + QLatin1Char(' ') + f.type);
        if (!f.host.isEmpty())
            parts << f.host;
        if (!f.address.isEmpty())
            parts << f.address;
        if (!f.file.isEmpty())
            parts << (f.line > 0 ? QStringLiteral("%1:%2").arg(f.file).arg(f.line) : f.file);
        return parts.join(QStringLiteral(" · "));
    }
    case RfcColumn:
        return f.rfc;
    case FixColumn:
        return f.fix;
    default:
        return {};
    }
}

QVariant FindingsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SeverityColumn:
        return tr("Severity");
    case CodeColumn:
        return tr("Code");
    case MessageColumn:
        return tr("Message");
    case SubjectColumn:
        return tr("Concerns");
    case RfcColumn:
        return tr("RFC");
    case FixColumn:
        return tr("Fix");
    default:
        return {};
    }
}

} // namespace danewerk::ui
