#include "ui/pages/LabPage.h"

#include "core/lab/LabScenarioCatalog.h"
#include "core/lab/WorkshopLab.h"
#include "ui/pages/LabScenarioPanel.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QStandardPaths>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <unistd.h>

namespace danewerk::ui {

namespace {

// What a start or stop job hands back to the GUI thread.
struct LabJobResult {
    bool ok = false;
    QString error;
    std::optional<core::LabState> state;
};

// danewerk-cli serves SMTP in unprivileged mode; it sits next to the GUI (installed) or in the build tree.
QString cliProgram() {
    const QDir here(QCoreApplication::applicationDirPath());
    for (const QString& candidate :
         {here.filePath(QStringLiteral("danewerk-cli")), here.filePath(QStringLiteral("../cli/danewerk-cli"))})
        if (QFileInfo(candidate).isExecutable())
            return QFileInfo(candidate).canonicalFilePath();
    return QStandardPaths::findExecutable(QStringLiteral("danewerk-cli"));
}

} // namespace

LabPage::LabPage(QWidget* parent) : QWidget(parent) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    auto* heading = new QLabel(tr("Workshop lab"), this);
    QFont font = heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.5);
    font.setBold(true);
    heading->setFont(font);
    layout->addWidget(heading);
    auto* intro = new QLabel(tr("A complete DNSSEC and DANE world on this machine: a signed root and test. on NSD, "
                                "a validating unbound that trusts only the lab root, mail servers with one address "
                                "and certificate per MX host, and a hidden primary → Knot → NSD signing chain."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto* controls = new QHBoxLayout;
    controls->addWidget(new QLabel(tr("Directory:"), this));
    m_directory = new QLineEdit(core::WorkshopLab::defaultDirectory(), this);
    controls->addWidget(m_directory, 1);
    m_unprivileged = new QCheckBox(tr("Unprivileged"), this);
    m_unprivileged->setToolTip(tr("High ports (DNS 10053, SMTP 10025) and Danewerk's own STARTTLS test server in "
                                  "place of Postfix, which needs root. Without root this is the only way."));
    m_unprivileged->setChecked(geteuid() != 0);
    m_unprivileged->setEnabled(geteuid() == 0);
    controls->addWidget(m_unprivileged);
    m_start = new QPushButton(tr("Start lab"), this);
    m_start->setObjectName(QStringLiteral("labStart"));
    m_stop = new QPushButton(tr("Stop lab"), this);
    m_stop->setObjectName(QStringLiteral("labStop"));
    controls->addWidget(m_start);
    controls->addWidget(m_stop);
    m_progress = new QProgressBar(this);
    m_progress->setMaximumWidth(140);
    m_progress->setTextVisible(false);
    m_progress->setRange(0, 1);
    m_progress->setVisible(false);
    controls->addWidget(m_progress);
    layout->addLayout(controls);

    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::RichText);
    layout->addWidget(m_status);
    auto* optionsRow = new QHBoxLayout;
    optionsRow->addWidget(new QLabel(tr("Options for the live check:"), this));
    m_checkOptions = new QLineEdit(this);
    m_checkOptions->setReadOnly(true);
    m_checkOptions->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    optionsRow->addWidget(m_checkOptions, 1);
    layout->addLayout(optionsRow);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    m_scenarios = new LabScenarioPanel(splitter);
    m_log = new QPlainTextEdit(splitter);
    m_log->setObjectName(QStringLiteral("labLog"));
    m_log->setReadOnly(true);
    m_log->setMaximumBlockCount(2000);
    m_log->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_log->setPlaceholderText(tr("What the lab does when it starts and stops appears here."));
    splitter->addWidget(m_scenarios);
    splitter->addWidget(m_log);
    splitter->setStretchFactor(0, 4);
    splitter->setStretchFactor(1, 1);
    layout->addWidget(splitter, 1);

    auto catalog = core::LabScenarioCatalog::load();
    if (catalog)
        m_scenarios->setCatalog(catalog.value());
    else
        appendLog(catalog.error().message);

    connect(m_start, &QPushButton::clicked, this, &LabPage::start);
    connect(m_stop, &QPushButton::clicked, this, &LabPage::stop);
    // returnPressed, not editingFinished: the latter also fires while the page is being destroyed.
    connect(m_directory, &QLineEdit::returnPressed, this, &LabPage::refreshStatus);
    refreshStatus();
}

void LabPage::setDirectory(const QString& directory) {
    m_directory->setText(directory);
    refreshStatus();
}

QString LabPage::directory() const {
    return m_directory->text().trimmed();
}

QString LabPage::logText() const {
    return m_log->toPlainText();
}

void LabPage::appendLog(const QString& line) {
    m_log->appendPlainText(QDateTime::currentDateTime().toString(QStringLiteral("HH:mm:ss  ")) + line);
}

void LabPage::setBusy(bool busy) {
    m_busy = busy;
    m_progress->setRange(0, busy ? 0 : 1); // busy indicator while a job runs
    m_progress->setVisible(busy);
    m_start->setEnabled(!busy);
    m_stop->setEnabled(!busy);
    m_directory->setEnabled(!busy);
}

void LabPage::showState(const std::optional<core::LabState>& state) {
    const bool running = state && core::WorkshopLab::isRunning(state.value());
    if (!running) {
        m_status->setText(tr("<b>Not running.</b> Start the lab, then point the live check at its resolver."));
        m_checkOptions->clear();
    } else {
        const QString mail = state->smtpServer == u"postfix"
                                 ? tr("Postfix on port %1").arg(state->smtpPort)
                                 : tr("Danewerk's own STARTTLS test server on port %1 (unprivileged mode: Postfix "
                                      "needs root)")
                                       .arg(state->smtpPort);
        m_status->setText(tr("<b>Running.</b> Resolver %1, authoritative server %2, mail: %3. Zones signed by %4.")
                              .arg(state->resolver, state->authoritative, mail, state->signer));
        m_checkOptions->setText(state->checkOptions());
        m_unprivileged->setChecked(state->unprivileged); // show the mode the running lab was started in
    }
    m_scenarios->setLab(directory(), running ? state : std::nullopt);
}

void LabPage::refreshStatus() {
    showState(core::WorkshopLab(directory()).status());
}

// Progress lines come from the worker thread; they are queued to this page, which may be gone by then.
std::function<void(const QString&)> LabPage::workerLog() {
    QPointer<LabPage> self(this);
    return [self](const QString& line) {
        QMetaObject::invokeMethod(
            qApp,
            [self, line] {
                if (self)
                    self->appendLog(line);
            },
            Qt::QueuedConnection);
    };
}

void LabPage::start() {
    if (m_busy)
        return;
    setBusy(true);
    appendLog(tr("Starting the lab in %1…").arg(directory()));
    core::LabUpOptions options;
    options.base = m_base;
    options.unprivileged = m_unprivileged->isChecked();
    options.smtpServerProgram = cliProgram();
    const QString dir = directory();
    const auto log = workerLog();
    auto* watcher = new QFutureWatcher<LabJobResult>(this);
    connect(watcher, &QFutureWatcher<LabJobResult>::finished, this, [this, watcher] {
        const LabJobResult result = watcher->result();
        watcher->deleteLater();
        setBusy(false);
        if (result.ok) {
            appendLog(result.state->alreadyRunning
                          ? tr("The lab was already running.")
                          : tr("The lab is up (%1 s).").arg(double(result.state->elapsedMs) / 1000.0, 0, 'f', 1));
            Q_EMIT statusMessage(tr("Lab running"));
        } else {
            appendLog(result.error);
            Q_EMIT statusMessage(tr("The lab could not be started"));
        }
        refreshStatus();
        Q_EMIT finished(result.ok);
    });
    watcher->setFuture(QtConcurrent::run([dir, options, log] {
        core::WorkshopLab lab(dir, log);
        auto state = lab.up(options, QDateTime::currentDateTimeUtc());
        LabJobResult result;
        result.ok = state.ok();
        if (state)
            result.state = state.value();
        else
            result.error = state.error().message;
        return result;
    }));
}

void LabPage::stop() {
    if (m_busy)
        return;
    setBusy(true);
    appendLog(tr("Stopping the lab…"));
    const QString dir = directory();
    const auto log = workerLog();
    auto* watcher = new QFutureWatcher<LabJobResult>(this);
    connect(watcher, &QFutureWatcher<LabJobResult>::finished, this, [this, watcher] {
        const LabJobResult result = watcher->result();
        watcher->deleteLater();
        setBusy(false);
        appendLog(result.ok ? tr("The lab is down.") : result.error);
        refreshStatus();
        Q_EMIT finished(result.ok);
    });
    watcher->setFuture(QtConcurrent::run([dir, log] {
        auto stopped = core::WorkshopLab(dir, log).down();
        LabJobResult result;
        result.ok = stopped.ok();
        if (!stopped)
            result.error = stopped.error().message;
        return result;
    }));
}

} // namespace danewerk::ui
