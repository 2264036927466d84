#include "ui/check/CheckEmptyState.h"

#include "ui/render/DiagramStyle.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPixmap>
#include <QPushButton>
#include <QStringList>
#include <QTextDocument>
#include <QVBoxLayout>

namespace danewerk::ui {

namespace {

QString escaped(const QString& text) {
    return text.toHtmlEscaped();
}

QLabel* wrappedLabel(QWidget* parent) {
    auto* label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::RichText);
    return label;
}

} // namespace

CheckEmptyState::CheckEmptyState(QWidget* parent) : QWidget(parent) {
    setAutoFillBackground(true);
    auto* outer = new QHBoxLayout(this);
    auto* column = new QWidget(this);
    column->setMaximumWidth(760);
    auto* layout = new QVBoxLayout(column);
    layout->setSpacing(14);

    m_title = new QLabel(tr("No domain checked yet"), column);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    m_title->setFont(titleFont);

    m_steps = wrappedLabel(column);
    const QStringList steps{
        tr("Type one or more mail domains in the field above, e.g. example.org, example.net, and press Check "
           "(or Enter). Several domains are checked at once; Cancel stops them."),
        tr("Checking the workshop lab? Choose the \"Workshop lab\" preset: it takes the resolver, trust anchor and "
           "SMTP port of the lab running on this machine (start it on the Lab page), then check good.test or any "
           "other scenario domain."),
        tr("Or open a run saved with \"danewerk-cli check --save DIR\" to re-assess it offline.")};
    QString list = QStringLiteral("<ol style=\"margin-left:0px; -qt-list-indent:1;\">");
    for (const QString& step : steps)
        list += QStringLiteral("<li style=\"margin-bottom:6px;\">%1</li>").arg(escaped(step));
    m_steps->setText(list + QStringLiteral("</ol>"));

    auto* pictureTitle = new QLabel(tr("What the picture will show, per domain:"), column);
    QFont bold = pictureTitle->font();
    bold.setBold(true);
    pictureTitle->setFont(bold);
    // The diagram's grammar from left to right, as one line of arrows (LIVE-CHECK.md "The diagram").
    const QStringList stages{tr("trust anchor"), tr("zones: DS, DNSKEY"), tr("MX, A, AAAA, TLSA"), tr("MX hosts"),
                             tr("addresses"),    tr("certificates"),      tr("TLSA match"),        tr("verdict")};
    const QString fill = palette().color(QPalette::Base).name();
    QString row;
    for (const QString& stage : stages) {
        if (!row.isEmpty())
            row += QStringLiteral("<td align=\"center\">&rarr;</td>");
        row += QStringLiteral("<td align=\"center\" bgcolor=\"%1\">%2</td>").arg(fill, escaped(stage));
    }
    m_pipeline = wrappedLabel(column);
    m_pipeline->setText(
        QStringLiteral("<table cellspacing=\"2\" cellpadding=\"6\" width=\"100%\"><tr>%1</tr></table>").arg(row));
    m_legend = wrappedLabel(column);
    m_legend->setText(
        escaped(tr("Each node shows its status by colour, line style and icon, so the picture also reads in greyscale. "
                   "Click a node for its records and findings; export the picture as SVG or PNG.")));
    // The very symbols the diagram draws.
    auto* legendRow = new QHBoxLayout;
    for (const core::DiagramStatus status :
         {core::DiagramStatus::Secure, core::DiagramStatus::Insecure, core::DiagramStatus::Bogus,
          core::DiagramStatus::Expired, core::DiagramStatus::Missing}) {
        QPixmap icon(18, 18);
        icon.fill(Qt::transparent);
        {
            QPainter painter(&icon);
            painter.setRenderHint(QPainter::Antialiasing);
            render::DiagramStyle::paintIcon(painter, QRectF(1, 1, 16, 16), status);
        }
        auto* symbol = new QLabel(column);
        symbol->setPixmap(icon);
        auto* text = new QLabel(render::DiagramStyle::legendText(status), column);
        legendRow->addWidget(symbol);
        legendRow->addWidget(text);
        legendRow->addSpacing(12);
        m_legendTexts << text->text();
    }
    legendRow->addStretch(1);

    m_lab = wrappedLabel(column);
    auto* buttons = new QHBoxLayout;
    m_useLab = new QPushButton(tr("Use the workshop lab"), column);
    auto* open = new QPushButton(tr("Open saved run\u2026"), column);
    buttons->addWidget(m_useLab);
    buttons->addWidget(open);
    buttons->addStretch(1);

    layout->addStretch(1);
    layout->addWidget(m_title);
    layout->addWidget(m_steps);
    layout->addWidget(pictureTitle);
    layout->addWidget(m_pipeline);
    layout->addWidget(m_legend);
    layout->addLayout(legendRow);
    layout->addWidget(m_lab);
    layout->addLayout(buttons);
    layout->addStretch(2);
    outer->addStretch(1);
    outer->addWidget(column, 6);
    outer->addStretch(1);

    setLabResolver(QString());
    connect(m_useLab, &QPushButton::clicked, this, &CheckEmptyState::useLabRequested);
    connect(open, &QPushButton::clicked, this, &CheckEmptyState::openSavedRunRequested);
}

void CheckEmptyState::setLabResolver(const QString& resolver) {
    m_lab->setText(escaped(resolver.isEmpty()
                               ? tr("No workshop lab runs on this machine right now: start one on the Lab page "
                                    "(or with \"danewerk-cli lab up\") to check its scenario domains.")
                               : tr("A workshop lab is running (resolver %1).").arg(resolver)));
}

QString CheckEmptyState::plainText() const {
    QStringList parts{m_title->text()};
    for (const QLabel* label : {m_steps, m_pipeline, m_legend, m_lab}) {
        QTextDocument document;
        document.setHtml(label->text());
        parts << document.toPlainText();
        if (label == m_legend)
            parts << m_legendTexts.join(QStringLiteral(", "));
    }
    return parts.join(QLatin1Char('\n'));
}

} // namespace danewerk::ui
