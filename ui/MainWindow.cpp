#include "ui/MainWindow.h"

#include "ui/pages/CheckPage.h"
#include "ui/pages/LabPage.h"
#include "ui/pages/PlaceholderPage.h"
#include "ui/pages/RolloverPage.h"
#include "ui/pages/TlsaPage.h"
#include "ui/pages/ZonesPage.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>

namespace danewerk::ui {

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent) {
    setWindowTitle(tr("Danewerk — DNSSEC and DANE console"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/danewerk.svg")));
    setAcceptDrops(true);

    auto* central = new QWidget(this);
    auto* layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    m_sidebar = new QListWidget(central);
    m_sidebar->setObjectName(QStringLiteral("sidebar"));
    m_sidebar->setIconSize(QSize(28, 28));
    m_sidebar->setFixedWidth(170);
    m_sidebar->setFrameShape(QFrame::NoFrame);
    m_sidebar->setSpacing(2);
    m_sidebar->setStyleSheet(QStringLiteral(
        "QListWidget#sidebar { background: palette(alternate-base); padding-top: 8px; font-size: 11pt; }"
        "QListWidget#sidebar::item { padding: 9px 6px; }"
        "QListWidget#sidebar::item:selected { background: palette(highlight); color: palette(highlighted-text); }"));
    m_stack = new QStackedWidget(central);
    layout->addWidget(m_sidebar);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);

    addPage(QStringLiteral("zones"), tr("Zones"), QIcon(QStringLiteral(":/icons/zones.svg")), new ZonesPage(m_stack));
    addPage(QStringLiteral("tlsa"), tr("TLSA"), QIcon(QStringLiteral(":/icons/tlsa.svg")), new TlsaPage(m_stack));
    addPage(QStringLiteral("rollover"), tr("Rollover"), QIcon(QStringLiteral(":/icons/rollover.svg")),
            new RolloverPage(m_stack));
    addPage(QStringLiteral("check"), tr("Live check"), QIcon(QStringLiteral(":/icons/check.svg")),
            new CheckPage(m_stack));
    addPage(QStringLiteral("lab"), tr("Lab"), QIcon(QStringLiteral(":/icons/lab.svg")), new LabPage(m_stack));

    connect(m_sidebar, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);
    createMenus();
    statusBar()->showMessage(tr("Ready"));
    restoreSettings();
}

MainWindow::~MainWindow() = default;

QStringList MainWindow::pageIds() {
    return {QStringLiteral("zones"), QStringLiteral("tlsa"), QStringLiteral("rollover"), QStringLiteral("check"),
            QStringLiteral("lab")};
}

void MainWindow::addPage(const QString& id, const QString& title, const QIcon& icon, QWidget* page) {
    page->setObjectName(id + QStringLiteral("Page"));
    m_ids << id;
    m_stack->addWidget(page);
    auto* item = new QListWidgetItem(icon, title, m_sidebar);
    item->setData(Qt::UserRole, id);
}

bool MainWindow::showPage(const QString& id) {
    const auto index = m_ids.indexOf(id);
    if (index < 0)
        return false;
    m_sidebar->setCurrentRow(int(index));
    return true;
}

QString MainWindow::currentPageId() const {
    const int row = m_sidebar->currentRow();
    return row >= 0 && row < m_ids.size() ? m_ids.at(row) : QString();
}

QWidget* MainWindow::page(const QString& id) const {
    const auto index = m_ids.indexOf(id);
    return index < 0 ? nullptr : m_stack->widget(int(index));
}

bool MainWindow::openFile(const QString& path) {
    if (auto* zones = qobject_cast<ZonesPage*>(page(QStringLiteral("zones"))); zones && ZonesPage::canOpen(path)) {
        showPage(QStringLiteral("zones"));
        return zones->openFile(path);
    }
    if (auto* rollover = qobject_cast<RolloverPage*>(page(QStringLiteral("rollover")));
        rollover && RolloverPage::canOpen(path)) {
        showPage(QStringLiteral("rollover"));
        return rollover->openPlanFile(path);
    }
    if (auto* tlsa = qobject_cast<TlsaPage*>(page(QStringLiteral("tlsa"))); tlsa && TlsaPage::canOpen(path)) {
        showPage(QStringLiteral("tlsa"));
        return tlsa->openFile(path);
    }
    statusBar()->showMessage(
        tr("Cannot open %1: not a zone file, rollover plan, certificate, key or request").arg(path), 8000);
    return false;
}

void MainWindow::chooseFile() {
    QSettings settings;
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open"), settings.value(QStringLiteral("window/lastDirectory")).toString(),
        tr("Everything Danewerk opens (*.zone *.db *.signed *.json *.pem *.crt *.cer *.der *.key *.csr *.pub "
           "*.req);;Zone files (*.zone *.db *.signed);;Rollover plans (*.json);;Certificates and keys (*.pem *.crt "
           "*.cer *.der *.key *.csr *.pub *.req);;All files (*)"));
    if (path.isEmpty())
        return;
    settings.setValue(QStringLiteral("window/lastDirectory"), QFileInfo(path).absolutePath());
    openFile(path);
}

void MainWindow::openSampleWorkspace() {
    // The sample is embedded: a certificate chain for mx1.example.org, the signed example.org zone that
    // publishes its TLSA record, and a ZSK pre-publication plan for the same zone.
    if (auto* zones = qobject_cast<ZonesPage*>(page(QStringLiteral("zones"))))
        zones->openFile(QStringLiteral(":/sample/example.org.signed.zone"));
    if (auto* rollover = qobject_cast<RolloverPage*>(page(QStringLiteral("rollover"))))
        rollover->openPlanFile(QStringLiteral(":/sample/rollover-zsk.json"));
    if (auto* tlsa = qobject_cast<TlsaPage*>(page(QStringLiteral("tlsa"))))
        tlsa->openSample();
}

void MainWindow::createMenus() {
    auto* file = menuBar()->addMenu(tr("&File"));
    auto* open = file->addAction(style()->standardIcon(QStyle::SP_DialogOpenButton), tr("&Open…"));
    open->setShortcut(QKeySequence::Open);
    connect(open, &QAction::triggered, this, &MainWindow::chooseFile);
    auto* sample = file->addAction(tr("Open &sample workspace"));
    connect(sample, &QAction::triggered, this, &MainWindow::openSampleWorkspace);
    file->addSeparator();
    auto* quit = file->addAction(tr("&Quit"));
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    auto* view = menuBar()->addMenu(tr("&View"));
    const QStringList titles{tr("Zones"), tr("TLSA"), tr("Rollover"), tr("Live check"), tr("Lab")};
    for (int i = 0; i < m_ids.size(); ++i) {
        auto* action = view->addAction(titles.value(i));
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        const QString id = m_ids.at(i);
        connect(action, &QAction::triggered, this, [this, id] { showPage(id); });
    }

    auto* help = menuBar()->addMenu(tr("&Help"));
    auto* about = help->addAction(tr("&About Danewerk"));
    connect(about, &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("About Danewerk"),
                           tr("<h3>Danewerk %1</h3><p>A console for DNSSEC and DANE: zones, TLSA records, key "
                              "rollovers, live checks of mail domains and a workshop lab.</p>")
                               .arg(QApplication::applicationVersion()));
    });
}

void MainWindow::restoreSettings() {
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1280, 800);
    const QString pageId = settings.value(QStringLiteral("window/page"), QStringLiteral("tlsa")).toString();
    if (!showPage(pageId))
        showPage(QStringLiteral("tlsa"));
}

void MainWindow::closeEvent(QCloseEvent* event) {
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/page"), currentPageId());
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event) {
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event) {
    for (const QUrl& url : event->mimeData()->urls())
        if (url.isLocalFile())
            openFile(url.toLocalFile());
    event->acceptProposedAction();
}

} // namespace danewerk::ui
