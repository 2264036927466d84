#include "ui/pages/LabScenarioPanel.h"

#include "core/common/AtomicFile.h"
#include "core/lab/LabDnsProbe.h"
#include "core/lab/LabPaths.h"

#include <QCheckBox>
#include <QFontDatabase>
#include <QFutureWatcher>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace danewerk::ui {

namespace {

QLabel* wrappingLabel(QWidget* parent) {
    auto* label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

LabScenarioPanel::LabScenarioPanel(QWidget* parent) : QWidget(parent) {
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    layout->addWidget(splitter);

    m_list = new QListWidget(splitter);
    m_list->setObjectName(QStringLiteral("labScenarioList"));
    m_list->setMinimumWidth(300);
    m_list->setWordWrap(true);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    splitter->addWidget(m_list);

    auto* scroll = new QScrollArea(splitter);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto* card = new QWidget(scroll);
    auto* cardLayout = new QVBoxLayout(card);
    cardLayout->setContentsMargins(16, 8, 16, 8);
    m_title = wrappingLabel(card);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.35);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_domain = wrappingLabel(card);
    m_task = wrappingLabel(card);
    cardLayout->addWidget(m_title);
    cardLayout->addWidget(m_domain);
    cardLayout->addSpacing(6);
    cardLayout->addWidget(m_task);

    auto* checkRow = new QHBoxLayout;
    checkRow->addWidget(new QLabel(tr("Check it:"), card));
    m_checkCommand = new QLineEdit(card);
    m_checkCommand->setReadOnly(true);
    m_checkCommand->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    checkRow->addWidget(m_checkCommand, 1);
    cardLayout->addLayout(checkRow);

    auto* hintsBox = new QGroupBox(tr("Hints"), card);
    m_hintsLayout = new QVBoxLayout(hintsBox);
    m_hintButton = new QPushButton(hintsBox);
    m_hintButton->setObjectName(QStringLiteral("labHintButton"));
    m_hintsLayout->addWidget(m_hintButton, 0, Qt::AlignLeft);
    connect(m_hintButton, &QPushButton::clicked, this, &LabScenarioPanel::revealNextHint);
    cardLayout->addWidget(hintsBox);

    m_teacherToggle = new QCheckBox(tr("Teacher's view: show the expected answer"), card);
    m_teacherToggle->setObjectName(QStringLiteral("labTeacherView"));
    cardLayout->addWidget(m_teacherToggle);
    m_teacherBox = new QGroupBox(tr("Expected answer"), card);
    auto* teacherLayout = new QVBoxLayout(m_teacherBox);
    m_expected = wrappingLabel(m_teacherBox);
    m_expected->setTextFormat(Qt::RichText);
    m_explanation = wrappingLabel(m_teacherBox);
    teacherLayout->addWidget(m_expected);
    teacherLayout->addWidget(m_explanation);
    m_teacherBox->setVisible(false);
    cardLayout->addWidget(m_teacherBox);
    connect(m_teacherToggle, &QCheckBox::toggled, m_teacherBox, &QWidget::setVisible);

    m_zonesBox = new QGroupBox(tr("The zone before and after the signer"), card);
    auto* zonesLayout = new QHBoxLayout(m_zonesBox);
    const auto zoneColumn = [&](const QString& heading, QPlainTextEdit*& view) {
        auto* column = new QVBoxLayout;
        column->addWidget(new QLabel(heading, m_zonesBox));
        view = new QPlainTextEdit(m_zonesBox);
        view->setReadOnly(true);
        view->setLineWrapMode(QPlainTextEdit::NoWrap);
        view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        view->setMinimumHeight(180);
        column->addWidget(view);
        zonesLayout->addLayout(column);
    };
    zoneColumn(tr("Unsigned, on the hidden primary"), m_unsignedZone);
    zoneColumn(tr("Signed by Knot, as the public server gives it out"), m_signedZone);
    auto* refresh = new QPushButton(tr("Refresh"), m_zonesBox);
    connect(refresh, &QPushButton::clicked, this, &LabScenarioPanel::refreshZones);
    zonesLayout->addWidget(refresh, 0, Qt::AlignTop);
    m_zonesBox->setVisible(false);
    cardLayout->addWidget(m_zonesBox);
    cardLayout->addStretch(1);
    scroll->setWidget(card);
    splitter->addWidget(scroll);
    splitter->setStretchFactor(1, 1);

    connect(m_list, &QListWidget::currentRowChanged, this, &LabScenarioPanel::showScenario);
}

QString LabScenarioPanel::language() const {
    // The translation names its own language.
    return tr("en", "language code of this translation (de in German)");
}

void LabScenarioPanel::setCatalog(const core::LabScenarioCatalog& catalog) {
    m_catalog = catalog;
    m_list->clear();
    for (const core::LabScenario& scenario : m_catalog.scenarios()) {
        auto* item = new QListWidgetItem(
            QStringLiteral("%1. %2").arg(scenario.order).arg(scenario.title.in(language())), m_list);
        item->setToolTip(scenario.id + QStringLiteral(" — ") + scenario.domain);
        item->setData(Qt::UserRole, scenario.id);
    }
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);
}

void LabScenarioPanel::setLab(const QString& directory, const std::optional<core::LabState>& state) {
    m_directory = directory;
    m_state = state;
    updateCheckCommand();
    if (m_zonesBox->isVisible())
        refreshZones();
}

QString LabScenarioPanel::currentScenarioId() const {
    const QListWidgetItem* item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

void LabScenarioPanel::selectScenario(const QString& id) {
    for (int row = 0; row < m_list->count(); ++row)
        if (m_list->item(row)->data(Qt::UserRole).toString() == id)
            m_list->setCurrentRow(row);
}

void LabScenarioPanel::setTeacherView(bool on) {
    m_teacherToggle->setChecked(on);
}

void LabScenarioPanel::showScenario(int row) {
    if (row < 0 || row >= m_catalog.scenarios().size())
        return;
    const core::LabScenario& scenario = m_catalog.scenarios().at(row);
    const QString lang = language();
    m_title->setText(scenario.title.in(lang));
    m_domain->setText(tr("Mail domain: %1   (scenario %2)").arg(scenario.domain, scenario.id));
    m_task->setText(scenario.task.in(lang));

    qDeleteAll(m_hintLabels);
    m_hintLabels.clear();
    for (const core::LabText& hint : scenario.hints) {
        auto* label = wrappingLabel(m_hintButton->parentWidget());
        label->setText(QStringLiteral("• ") + hint.in(lang));
        m_hintsLayout->insertWidget(m_hintsLayout->count() - 1, label);
        m_hintLabels.append(label);
    }
    m_revealed = 0;
    updateHints();

    QStringList hosts;
    for (auto it = scenario.expected.hosts.cbegin(); it != scenario.expected.hosts.cend(); ++it)
        hosts << QStringLiteral("%1 → <b>%2</b>").arg(it.key().toHtmlEscaped(), it.value());
    QString expected =
        tr("Verdict: <b>%1</b><br>MX RRset: %2").arg(scenario.expected.verdict, scenario.expected.mxDnssec);
    if (!hosts.isEmpty())
        expected += QStringLiteral("<br>") + hosts.join(QStringLiteral("<br>"));
    if (!scenario.expected.findings.isEmpty())
        expected +=
            QStringLiteral("<br>") + tr("Findings: %1").arg(scenario.expected.findings.join(QStringLiteral(", ")));
    m_expected->setText(expected);
    m_explanation->setText(scenario.explanation.in(lang));

    bool proxied = false;
    for (const core::LabZoneSpec& zone : scenario.zones)
        proxied = proxied || zone.signing == core::LabSigning::Proxy;
    m_zonesBox->setVisible(proxied);
    updateCheckCommand();
    if (proxied)
        refreshZones();
}

void LabScenarioPanel::updateHints() {
    for (int index = 0; index < m_hintLabels.size(); ++index)
        m_hintLabels[index]->setVisible(index < m_revealed);
    const int left = int(m_hintLabels.size()) - m_revealed;
    m_hintButton->setEnabled(left > 0);
    m_hintButton->setText(left > 0 ? tr("Show a hint (%n left)", nullptr, left) : tr("No more hints"));
}

void LabScenarioPanel::revealNextHint() {
    if (m_revealed < m_hintLabels.size())
        ++m_revealed;
    updateHints();
}

void LabScenarioPanel::updateCheckCommand() {
    const QString id = currentScenarioId();
    const core::LabScenario* scenario = m_catalog.find(id);
    if (!scenario)
        return;
    const QString domain = scenario->domain.chopped(1);
    m_checkCommand->setText(m_state ? QStringLiteral("danewerk-cli check %1 %2").arg(m_state->checkOptions(), domain)
                                    : QStringLiteral("danewerk-cli check %1").arg(domain));
}

void LabScenarioPanel::refreshZones() {
    const core::LabScenario* scenario = m_catalog.find(currentScenarioId());
    if (!scenario || m_directory.isEmpty())
        return;
    QString zone;
    for (const core::LabZoneSpec& spec : scenario->zones)
        if (spec.signing == core::LabSigning::Proxy)
            zone = spec.name;
    const core::LabPaths paths(m_directory);
    auto text = core::readFileLimited(paths.hiddenZone(zone), 1024 * 1024);
    m_unsignedZone->setPlainText(text ? QString::fromUtf8(text.value()) : tr("(the lab has not been started yet)"));
    if (!m_state) {
        m_signedZone->setPlainText(tr("(start the lab to see the signed zone)"));
        return;
    }
    // The public server's copy, by zone transfer, off the GUI thread.
    const QString address = m_state->authoritative.section(u'#', 0, 0);
    const quint16 port =
        quint16(m_state->authoritative.contains(u'#') ? m_state->authoritative.section(u'#', 1).toUInt() : 53);
    auto* watcher = new QFutureWatcher<QStringList>(this);
    connect(watcher, &QFutureWatcher<QStringList>::finished, this, [this, watcher] {
        QStringList lines = watcher->result();
        for (QString& line : lines)
            line = line.simplified(); // ldns separates fields with tabs
        m_signedZone->setPlainText(lines.isEmpty() ? tr("(no answer to the zone transfer)") : lines.join(u'\n'));
        watcher->deleteLater();
    });
    watcher->setFuture(
        QtConcurrent::run([address, port, zone] { return core::LabDnsProbe::transfer(address, port, zone); }));
}

} // namespace danewerk::ui
