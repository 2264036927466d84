#include "ui/pages/RolloverPage.h"

#include "core/common/AtomicFile.h"
#include "core/common/TimeFormat.h"
#include "core/rollover/Exporters.h"
#include "core/rollover/PlanJson.h"
#include "core/rollover/PlanSteps.h"
#include "core/rollover/Presets.h"
#include "core/rollover/SafetyChecker.h"
#include "ui/charts/RolloverTimelineChart.h"
#include "ui/pages/RolloverComparisonTable.h"
#include "ui/pages/RolloverQuizPanel.h"
#include "ui/pages/RolloverReportHtml.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMimeData>
#include <QPushButton>
#include <QScrollArea>
#include <QSlider>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QTextBrowser>
#include <QToolButton>
#include <QVBoxLayout>

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

const QList<ValidationProfile> kProfiles{ValidationProfile::Liberal, ValidationProfile::StrictDs,
                                         ValidationProfile::StrictAll};

} // namespace

RolloverPage::RolloverPage(QWidget* parent) : QWidget(parent) {
    setAcceptDrops(true);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 8, 10, 8);
    layout->addWidget(createToolbar());

    m_verdict = new QLabel(this);
    m_verdict->setObjectName(QStringLiteral("rolloverVerdict"));
    m_verdict->setTextFormat(Qt::RichText);
    m_verdict->setWordWrap(true);
    layout->addWidget(m_verdict);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(createParameterForm());
    auto* right = new QSplitter(Qt::Vertical, splitter);
    auto* chartBox = new QWidget(right);
    auto* chartLayout = new QVBoxLayout(chartBox);
    chartLayout->setContentsMargins(0, 0, 0, 0);
    m_chart = new RolloverTimelineChart(chartBox);
    chartLayout->addWidget(m_chart, 1);
    auto* legend = new QLabel(tr("Solid bar: published · pale band: may still be cached · red: bogus · amber: mail "
                                 "deferred · dotted line: a step of the plan (hover for the formula) · dashed line: "
                                 "the time cursor"),
                              chartBox);
    legend->setWordWrap(true);
    legend->setObjectName(QStringLiteral("rolloverLegend"));
    chartLayout->addWidget(legend);
    auto* cursorRow = new QHBoxLayout;
    cursorRow->addWidget(new QLabel(tr("Time cursor:"), chartBox));
    m_slider = new QSlider(Qt::Horizontal, chartBox);
    m_slider->setObjectName(QStringLiteral("rolloverCursor"));
    m_slider->setRange(0, 1000);
    cursorRow->addWidget(m_slider, 1);
    m_cursorLabel = new QLabel(chartBox);
    m_cursorLabel->setMinimumWidth(200);
    cursorRow->addWidget(m_cursorLabel);
    chartLayout->addLayout(cursorRow);
    right->addWidget(chartBox);
    right->addWidget(createBottomTabs());
    right->setStretchFactor(0, 3);
    right->setStretchFactor(1, 2);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({280, 1000});
    layout->addWidget(splitter, 1);

    connect(m_slider, &QSlider::valueChanged, this, [this](int value) {
        const RolloverSeconds first = m_chart->firstSecond();
        const RolloverSeconds last = m_chart->lastSecond();
        m_cursor = first + (last - first) * value / 1000;
        m_chart->setCursor(m_cursor);
        updateCursorPanel();
    });

    regenerate();
}

RolloverPage::~RolloverPage() = default;

void RolloverPage::showQuizTab() {
    m_tabs->setCurrentWidget(m_quiz);
}

QWidget* RolloverPage::createToolbar() {
    // Two rows: what to plan (method, preset), then how to judge and keep it (validators, files).
    auto* bar = new QWidget(this);
    auto* rows = new QVBoxLayout(bar);
    rows->setContentsMargins(0, 0, 0, 0);
    auto* row = new QHBoxLayout;
    rows->addLayout(row);
    row->addWidget(new QLabel(tr("Method:"), bar));
    m_method = new QComboBox(bar);
    m_method->setObjectName(QStringLiteral("rolloverMethod"));
    for (const QString& id : MethodTemplates::ids())
        m_method->addItem(QStringLiteral("%1 — %2").arg(id, MethodTemplates::description(id)), id);
    // Long method descriptions must not widen the window: the combo shows what fits.
    m_method->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_method->setMinimumContentsLength(30);
    row->addWidget(m_method, 1);
    row->addWidget(new QLabel(tr("Preset:"), bar));
    m_preset = new QComboBox(bar);
    m_preset->setObjectName(QStringLiteral("rolloverPreset"));
    m_preset->addItem(tr("ROLLOVER.md defaults"), QString());
    for (const QString& name : RolloverPresets::names()) {
        m_preset->addItem(name, name);
        m_preset->setItemData(m_preset->count() - 1, RolloverPresets::description(name), Qt::ToolTipRole);
    }
    m_preset->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_preset->setMinimumContentsLength(20);
    row->addWidget(m_preset);
    row = new QHBoxLayout;
    rows->addLayout(row);
    row->addWidget(new QLabel(tr("Validators:"), bar));
    for (ValidationProfile p : kProfiles) {
        auto* box = new QCheckBox(validationProfileName(p), bar);
        box->setChecked(p == ValidationProfile::Liberal);
        m_profiles.insert(p, box);
        row->addWidget(box);
        connect(box, &QCheckBox::toggled, this, [this] { recheck(); });
    }
    m_profiles[ValidationProfile::Liberal]->setToolTip(tr("RFC 6840: any one valid path"));
    m_profiles[ValidationProfile::StrictDs]->setToolTip(
        tr("a valid path for every DS algorithm (unbound's harden-algo-downgrade)"));
    m_profiles[ValidationProfile::StrictAll]->setToolTip(
        tr("every DNSKEY algorithm signs every RRset (RFC 6781 worst case)"));
    row->addStretch(1);
    auto* open = new QPushButton(tr("Open plan…"), bar);
    auto* save = new QPushButton(tr("Save plan…"), bar);
    auto* exportButton = new QToolButton(bar);
    exportButton->setText(tr("Export"));
    exportButton->setPopupMode(QToolButton::InstantPopup);
    auto* menu = new QMenu(exportButton);
    menu->addAction(tr("Calendar (ICS)…"), this, [this] { exportAs(QStringLiteral("ics")); });
    menu->addAction(tr("Operator runbook (Markdown)…"), this, [this] { exportAs(QStringLiteral("runbook")); });
    menu->addAction(tr("BIND dnssec-policy…"), this, [this] { exportAs(QStringLiteral("bind")); });
    menu->addAction(tr("Knot policy…"), this, [this] { exportAs(QStringLiteral("knot")); });
    exportButton->setMenu(menu);
    row->addWidget(open);
    row->addWidget(save);
    row->addWidget(exportButton);
    connect(open, &QPushButton::clicked, this, &RolloverPage::chooseOpen);
    connect(save, &QPushButton::clicked, this, &RolloverPage::chooseSave);
    connect(m_method, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_updating)
            regenerate();
    });
    connect(m_preset, &QComboBox::currentIndexChanged, this, [this] {
        if (m_updating)
            return;
        const QString name = m_preset->currentData().toString();
        showParameters(name.isEmpty() ? RolloverParameters{} : *RolloverPresets::parameters(name));
        regenerate();
    });
    return bar;
}

QWidget* RolloverPage::createParameterForm() {
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setMinimumWidth(250);
    auto* box = new QGroupBox(tr("Parameters"), scroll);
    auto* form = new QFormLayout(box);
    m_zone = new QLineEdit(QStringLiteral("example.org."), box);
    m_origin = new QLineEdit(QStringLiteral("2027-01-01T00:00:00Z"), box);
    m_origin->setToolTip(tr("UTC time of t = 0: the activation of the current key"));
    form->addRow(tr("Zone"), m_zone);
    form->addRow(tr("Origin"), m_origin);
    connect(m_zone, &QLineEdit::editingFinished, this, [this] { regenerate(); });
    connect(m_origin, &QLineEdit::editingFinished, this, [this] { regenerate(); });
    const RolloverParameters defaults;
    for (const QString& name : RolloverParameters::names()) {
        auto* edit = new QLineEdit(box);
        edit->setObjectName(QStringLiteral("parameter_") + name);
        const auto value = defaults.value(name);
        edit->setText(value ? formatOffset(*value) : QString());
        edit->setPlaceholderText(name == QLatin1String("max_cache_ttl") ? tr("none (unbound, bind, 1d…)") : QString());
        edit->setToolTip(RolloverParameters::description(name));
        form->addRow(name, edit);
        m_parameters.insert(name, edit);
        connect(edit, &QLineEdit::editingFinished, this, [this, edit] {
            if (m_updating)
                return;
            RolloverParameters probe;
            QString error;
            const QString parameter = m_parameters.key(edit);
            if (!edit->text().trimmed().isEmpty() && !probe.setFromText(parameter, edit->text(), &error)) {
                edit->setStyleSheet(QStringLiteral("QLineEdit { background: #ffd6d6; }"));
                edit->setToolTip(error);
                return;
            }
            edit->setStyleSheet(QString());
            edit->setToolTip(RolloverParameters::description(parameter));
            regenerate();
        });
    }
    auto* note = new QLabel(tr("Resolvers cap TTLs (unbound cache-max-ttl 1d, BIND max-cache-ttl 1w); leave "
                               "max_cache_ttl empty for the worst case."),
                            box);
    note->setWordWrap(true);
    form->addRow(note);
    scroll->setWidget(box);
    return scroll;
}

QWidget* RolloverPage::createBottomTabs() {
    m_tabs = new QTabWidget(this);
    m_resolverPanel = new QTextBrowser(m_tabs);
    m_resolverPanel->setObjectName(QStringLiteral("rolloverResolverPanel"));
    m_tabs->addTab(m_resolverPanel, tr("What a resolver may hold"));

    m_events = new QTableWidget(m_tabs);
    m_events->setObjectName(QStringLiteral("rolloverEvents"));
    m_events->setColumnCount(5);
    m_events->setHorizontalHeaderLabels({tr("At (editable)"), tr("UTC"), tr("Operation"), tr("Keys"), tr("Formula")});
    m_events->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_events->horizontalHeader()->setStretchLastSection(true);
    m_events->verticalHeader()->hide();
    connect(m_events, &QTableWidget::cellChanged, this, &RolloverPage::eventEdited);
    m_tabs->addTab(m_events, tr("Events"));

    m_windows = new QTextBrowser(m_tabs);
    m_tabs->addTab(m_windows, tr("Windows and fixes"));
    m_formulas = new QTextBrowser(m_tabs);
    m_tabs->addTab(m_formulas, tr("Formulas"));
    m_comparison = new RolloverComparisonTable(m_tabs);
    m_tabs->addTab(m_comparison, tr("Compare methods"));
    m_quiz = new RolloverQuizPanel(m_tabs);
    m_tabs->addTab(m_quiz, tr("Quiz"));
    return m_tabs;
}

bool RolloverPage::canOpen(const QString& path) {
    if (!path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive))
        return false;
    auto bytes = readFileLimited(path, PlanJson::kMaxBytes);
    return bytes.ok() && PlanJson::read(*bytes).ok();
}

bool RolloverPage::openPlanFile(const QString& path) {
    auto bytes = readFileLimited(path, PlanJson::kMaxBytes);
    if (!bytes) {
        emit statusMessage(bytes.error().toString());
        return false;
    }
    return openPlanData(*bytes, path);
}

bool RolloverPage::openSample() {
    QFile file(QStringLiteral(":/sample/rollover-zsk.json"));
    if (!file.open(QIODevice::ReadOnly))
        return false;
    return openPlanData(file.readAll(), QStringLiteral("rollover-zsk.json"));
}

bool RolloverPage::openPlanData(const QByteArray& json, const QString& path) {
    auto plan = PlanJson::read(json, QFileInfo(path).fileName());
    if (!plan) {
        emit statusMessage(plan.error().toString());
        m_verdict->setText(
            QStringLiteral("<span style='color:#c01010'>%1</span>").arg(escape(plan.error().toString())));
        return false;
    }
    m_plan = *plan;
    m_updating = true;
    const int methodIndex = m_method->findData(m_plan.method);
    if (methodIndex >= 0)
        m_method->setCurrentIndex(methodIndex);
    const int presetIndex = m_preset->findData(m_plan.preset);
    m_preset->setCurrentIndex(std::max(presetIndex, 0));
    m_zone->setText(m_plan.zone);
    m_origin->setText(m_plan.origin ? formatInstant(*m_plan.origin) : QString());
    m_updating = false;
    showParameters(m_plan.parameters);
    recheck();
    emit statusMessage(tr("Opened %1").arg(path));
    return true;
}

bool RolloverPage::savePlanFile(const QString& path) {
    const auto written = writeFileAtomically(path, PlanJson::write(m_plan), WriteOptions{true, false});
    if (!written) {
        emit statusMessage(written.error().toString());
        return false;
    }
    emit statusMessage(tr("Saved %1").arg(path));
    return true;
}

void RolloverPage::setMethod(const QString& id) {
    const int index = m_method->findData(id);
    if (index >= 0)
        m_method->setCurrentIndex(index);
}

void RolloverPage::setPreset(const QString& name) {
    const int index = m_preset->findData(name);
    if (index >= 0)
        m_preset->setCurrentIndex(index);
}

bool RolloverPage::setParameter(const QString& name, const QString& text) {
    QLineEdit* edit = m_parameters.value(name);
    if (!edit)
        return false;
    edit->setText(text);
    emit edit->editingFinished();
    return edit->styleSheet().isEmpty();
}

void RolloverPage::setEventTime(int index, RolloverSeconds at) {
    if (index < 0 || index >= m_plan.events.size())
        return;
    m_plan.events[index].at = at;
    recheck();
}

void RolloverPage::setProfileEnabled(ValidationProfile profile, bool enabled) {
    m_profiles[profile]->setChecked(enabled);
}

void RolloverPage::setCursorTime(RolloverSeconds t) {
    m_cursor = t;
    const RolloverSeconds first = m_chart->firstSecond();
    const RolloverSeconds last = m_chart->lastSecond();
    m_slider->blockSignals(true);
    m_slider->setValue(last > first ? int((t - first) * 1000 / (last - first)) : 0);
    m_slider->blockSignals(false);
    m_chart->setCursor(t);
    updateCursorPanel();
}

QList<ValidationProfile> RolloverPage::profiles() const {
    QList<ValidationProfile> out;
    for (ValidationProfile p : kProfiles)
        if (m_profiles.value(p)->isChecked())
            out << p;
    if (out.isEmpty())
        out << ValidationProfile::Liberal;
    return out;
}

void RolloverPage::showParameters(const RolloverParameters& parameters) {
    m_updating = true;
    for (auto it = m_parameters.begin(); it != m_parameters.end(); ++it) {
        const auto value = parameters.value(it.key());
        it.value()->setText(value ? formatOffset(*value) : QString());
        it.value()->setStyleSheet(QString());
    }
    m_updating = false;
}

void RolloverPage::regenerate() {
    if (m_updating)
        return;
    RolloverParameters parameters;
    for (auto it = m_parameters.begin(); it != m_parameters.end(); ++it)
        if (!it.value()->text().trimmed().isEmpty())
            parameters.setFromText(it.key(), it.value()->text().trimmed());
    TemplateOptions options;
    QString zone = m_zone->text().trimmed().toLower();
    if (zone.isEmpty())
        zone = QStringLiteral("example.");
    if (!zone.endsWith(QLatin1Char('.')))
        zone += QLatin1Char('.');
    options.zone = zone;
    options.origin = parseInstant(m_origin->text());
    options.preset = m_preset->currentData().toString();
    const auto generated = MethodTemplates::generate(m_method->currentData().toString(), parameters, options);
    if (!generated)
        return;
    m_plan = generated->plan;
    m_comparison->setParameters(parameters);
    recheck();
    // Start the cursor on the critical step: the moment the plan is tightest.
    if (generated->criticalStep >= 0)
        setCursorTime(generated->steps[generated->criticalStep].at);
}

void RolloverPage::recheck() {
    m_timeline = buildCacheTimeline(m_plan);
    m_report = SafetyChecker::check(m_plan, profiles());
    m_chart->setData(m_plan, m_timeline, m_report);
    m_verdict->setText(verdictText());
    fillEvents();
    fillFormulas();
    fillWindows();
    setCursorTime(std::clamp(m_cursor, m_chart->firstSecond(), m_chart->lastSecond()));
}

QString RolloverPage::verdictText() const {
    QStringList names;
    for (ValidationProfile p : m_report.profiles)
        names << validationProfileName(p);
    QString text;
    if (m_report.safe())
        text = QStringLiteral("<b style='color:#1b7a1b'>✔ %1</b>")
                   .arg(escape(tr("Safe for %1: no resolver can see a bogus answer or defer mail.")
                                   .arg(names.join(QStringLiteral(", ")))));
    else
        text = QStringLiteral("<b style='color:#c01010'>✘ %1</b> %2")
                   .arg(escape(tr("Unsafe: %n window(s)", nullptr, int(m_report.windows.size()))),
                        escape(m_report.windows.first().fix.sentence));
    for (const Finding& f : m_report.warnings)
        text += QStringLiteral("<br><span style='color:#a86400'>⚠ %1</span>").arg(escape(f.message));
    return text;
}

void RolloverPage::fillEvents() {
    m_events->blockSignals(true);
    m_events->setRowCount(int(m_plan.events.size()));
    for (int row = 0; row < int(m_plan.events.size()); ++row) {
        const PlanEvent& e = m_plan.events[row];
        auto* at = new QTableWidgetItem(formatOffset(e.at));
        at->setToolTip(tr("Edit the time (717h, 2588100, P30D) and the check runs again."));
        m_events->setItem(row, 0, at);
        const QString keys = eventShape(e.op) == EventShape::KeyList ? braces(e.keys)
                             : eventShape(e.op) == EventShape::TtlChange
                                 ? rrsetClassName(e.rrset) + QLatin1Char(' ') + formatOffset(e.ttl)
                                 : e.key;
        const QStringList texts{PlanSteps::when(m_plan, e.at), eventOpName(e.op), keys, e.formula};
        for (int column = 1; column <= 4; ++column) {
            auto* item = new QTableWidgetItem(texts[column - 1]);
            item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
            if (column == 2)
                item->setToolTip(PlanSteps::describe(m_plan, e));
            m_events->setItem(row, column, item);
        }
    }
    m_events->blockSignals(false);
}

void RolloverPage::eventEdited(int row, int column) {
    if (column != 0 || row < 0 || row >= m_plan.events.size())
        return;
    const auto seconds = parseDuration(m_events->item(row, 0)->text());
    if (!seconds || *seconds > kMaxPlanSeconds) {
        emit statusMessage(tr("Not a time: %1").arg(m_events->item(row, 0)->text()));
        fillEvents();
        return;
    }
    m_plan.events[row].at = *seconds;
    m_plan.events[row].formula = tr("moved by hand");
    recheck();
}

void RolloverPage::fillFormulas() {
    m_formulas->setHtml(RolloverReportHtml::formulas(m_plan));
}

void RolloverPage::fillWindows() {
    m_windows->setHtml(RolloverReportHtml::windows(m_plan, m_report));
}

QString RolloverPage::resolverPanelText() const {
    return m_resolverPanel->toPlainText();
}

void RolloverPage::updateCursorPanel() {
    m_cursorLabel->setText(
        QStringLiteral("%1 (t = %2)").arg(PlanSteps::when(m_plan, m_cursor), formatOffset(m_cursor)));
    m_resolverPanel->setHtml(RolloverReportHtml::resolverView(m_plan, m_timeline, m_report, m_cursor));
}

void RolloverPage::chooseOpen() {
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Open rollover plan"), QString(), tr("Rollover plans (*.json)"));
    if (!path.isEmpty())
        openPlanFile(path);
}

void RolloverPage::chooseSave() {
    const QString path = QFileDialog::getSaveFileName(this, tr("Save rollover plan"),
                                                      m_plan.method.isEmpty() ? QStringLiteral("rollover.json")
                                                                              : m_plan.method + QStringLiteral(".json"),
                                                      tr("Rollover plans (*.json)"));
    if (!path.isEmpty())
        savePlanFile(path); // the file dialog already asked before replacing a file
}

void RolloverPage::exportAs(const QString& format) {
    QByteArray bytes;
    QString suffix;
    if (format == QLatin1String("ics")) {
        const auto ics = RolloverExporters::ics(m_plan);
        if (!ics) {
            emit statusMessage(ics.error().message);
            return;
        }
        bytes = *ics;
        suffix = QStringLiteral("ics");
    } else if (format == QLatin1String("runbook")) {
        bytes = RolloverExporters::runbook(m_plan, SafetyChecker::check(m_plan));
        suffix = QStringLiteral("md");
    } else if (format == QLatin1String("bind")) {
        bytes = RolloverExporters::bindPolicy(m_plan);
        suffix = QStringLiteral("conf");
    } else {
        bytes = RolloverExporters::knotPolicy(m_plan);
        suffix = QStringLiteral("conf");
    }
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export"), QStringLiteral("rollover-%1.%2").arg(format, suffix));
    if (path.isEmpty())
        return;
    const auto written = writeFileAtomically(path, bytes, WriteOptions{true, false});
    emit statusMessage(written ? tr("Exported %1").arg(path) : written.error().toString());
}

void RolloverPage::dragEnterEvent(QDragEnterEvent* event) {
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() == 1 && urls.first().isLocalFile() && canOpen(urls.first().toLocalFile()))
        event->acceptProposedAction();
}

void RolloverPage::dropEvent(QDropEvent* event) {
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() == 1 && urls.first().isLocalFile() && openPlanFile(urls.first().toLocalFile()))
        event->acceptProposedAction();
}

int RolloverPage::comparisonRows() const {
    return m_comparison->rowCount();
}

} // namespace danewerk::ui
