#include "ui/pages/TlsaPage.h"

#include "core/common/TimeFormat.h"
#include "core/tlsa/TlsaGenerator.h"
#include "core/tlsa/TlsaMatcher.h"
#include "core/tlsa/TlsaParameters.h"
#include "ui/findings/FindingsView.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QShortcut>
#include <QSpinBox>
#include <QSplitter>
#include <QStyle>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace danewerk::ui {

namespace {

constexpr int kMaxRecentFiles = 8;

QFont monospace() {
    QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    font.setStyleHint(QFont::Monospace);
    return font;
}

QLabel* helpLabel(QWidget* parent) {
    auto* label = new QLabel(parent);
    label->setWordWrap(true);
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, palette.color(QPalette::PlaceholderText));
    label->setPalette(palette);
    return label;
}

} // namespace

TlsaPage::TlsaPage(QWidget* parent) : QWidget(parent) {
    setAcceptDrops(true);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);

    auto* heading = new QLabel(tr("TLSA records"), this);
    QFont font = heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.5);
    font.setBold(true);
    heading->setFont(font);
    layout->addWidget(heading);
    layout->addWidget(createInputBar());

    m_tabs = new QTabWidget(this);
    m_tabs->addTab(createGenerateTab(), tr("Create record"));
    m_tabs->addTab(createPreflightTab(), tr("Pre-flight check"));
    layout->addWidget(m_tabs, 1);

    auto* copy = new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C), this);
    connect(copy, &QShortcut::activated, this, [this] { QApplication::clipboard()->setText(m_output->toPlainText()); });
    auto* paste = new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V), this);
    connect(paste, &QShortcut::activated, this, &TlsaPage::pasteFromClipboard);

    restoreSettings();
    showNothingLoaded();
}

TlsaPage::~TlsaPage() {
    saveSettings();
}

QWidget* TlsaPage::createInputBar() {
    auto* box = new QGroupBox(tr("Certificate, chain, key or request"), this);
    auto* row = new QHBoxLayout(box);
    auto* icon = new QLabel(box);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/tlsa.svg")).pixmap(40, 40));
    row->addWidget(icon);
    auto* texts = new QVBoxLayout;
    m_inputTitle = new QLabel(box);
    QFont bold = m_inputTitle->font();
    bold.setBold(true);
    m_inputTitle->setFont(bold);
    m_inputTitle->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_inputDetails = helpLabel(box);
    m_inputDetails->setTextInteractionFlags(Qt::TextSelectableByMouse);
    texts->addWidget(m_inputTitle);
    texts->addWidget(m_inputDetails);
    row->addLayout(texts, 1);

    m_openButton = new QToolButton(box);
    m_openButton->setText(tr("Open…"));
    m_openButton->setIcon(style()->standardIcon(QStyle::SP_DialogOpenButton));
    m_openButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_openButton->setPopupMode(QToolButton::MenuButtonPopup);
    m_openButton->setToolTip(tr("Open a PEM or DER certificate, chain, public or private key, or CSR"));
    m_recentMenu = new QMenu(m_openButton);
    m_openButton->setMenu(m_recentMenu);
    connect(m_openButton, &QToolButton::clicked, this, &TlsaPage::chooseFile);
    auto* paste = new QPushButton(style()->standardIcon(QStyle::SP_FileDialogContentsView), tr("Paste PEM"), box);
    paste->setToolTip(tr("Use the PEM text on the clipboard (Ctrl+Shift+V)"));
    connect(paste, &QPushButton::clicked, this, &TlsaPage::pasteFromClipboard);
    row->addWidget(m_openButton);
    row->addWidget(paste);
    return box;
}

QWidget* TlsaPage::createGenerateTab() {
    auto* tab = new QWidget(this);
    auto* split = new QHBoxLayout(tab);

    auto* params = new QGroupBox(tr("Parameters"), tab);
    auto* form = new QFormLayout(params);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    m_usage = new QComboBox(params);
    m_usage->setObjectName(QStringLiteral("usage"));
    m_usage->addItem(tr("0 PKIX-TA — public CA, plus PKIX validation"), 0);
    m_usage->addItem(tr("1 PKIX-EE — server certificate, plus PKIX validation"), 1);
    m_usage->addItem(tr("2 DANE-TA — your own trust anchor (CA) in the chain"), 2);
    m_usage->addItem(tr("3 DANE-EE — the server's own key (recommended)"), 3);
    m_usageHelp = helpLabel(params);
    m_selector = new QComboBox(params);
    m_selector->setObjectName(QStringLiteral("selector"));
    m_selector->addItem(tr("0 Cert — the whole certificate"), 0);
    m_selector->addItem(tr("1 SPKI — only the public key (recommended)"), 1);
    m_selectorHelp = helpLabel(params);
    m_mtype = new QComboBox(params);
    m_mtype->setObjectName(QStringLiteral("mtype"));
    m_mtype->addItem(tr("0 Full — the data itself, no hash"), 0);
    m_mtype->addItem(tr("1 SHA2-256 (recommended)"), 1);
    m_mtype->addItem(tr("2 SHA2-512"), 2);
    m_mtypeHelp = helpLabel(params);

    m_host = new QLineEdit(params);
    m_host->setObjectName(QStringLiteral("host"));
    m_host->setPlaceholderText(tr("from the certificate, e.g. mx1.example.org"));
    m_port = new QSpinBox(params);
    m_port->setRange(1, 65535);
    m_port->setValue(25);
    m_ttl = new QSpinBox(params);
    m_ttl->setRange(0, 604800);
    m_ttl->setValue(3600);
    m_ttl->setSuffix(tr(" s"));
    m_depth = new QSpinBox(params);
    m_depth->setRange(-1, 16);
    m_depth->setValue(-1);
    m_depth->setSpecialValueText(tr("automatic"));
    m_depth->setToolTip(tr("DANE-TA: which certificate of the chain to pin (0 = leaf). Automatic uses the top CA."));

    form->addRow(tr("&Usage:"), m_usage);
    form->addRow(QString(), m_usageHelp);
    form->addRow(tr("&Selector:"), m_selector);
    form->addRow(QString(), m_selectorHelp);
    form->addRow(tr("&Matching type:"), m_mtype);
    form->addRow(QString(), m_mtypeHelp);
    form->addRow(tr("&Host:"), m_host);
    form->addRow(tr("&Port:"), m_port);
    form->addRow(tr("&TTL:"), m_ttl);
    form->addRow(tr("Chain &depth:"), m_depth);
    params->setMinimumWidth(380);
    params->setMaximumWidth(480);
    split->addWidget(params);

    auto* right = new QVBoxLayout;
    auto* outputBox = new QGroupBox(tr("Record"), tab);
    auto* outputLayout = new QVBoxLayout(outputBox);
    auto* formatRow = new QHBoxLayout;
    m_format = new QComboBox(outputBox);
    m_format->setObjectName(QStringLiteral("format"));
    m_format->addItem(tr("Zone file"), QStringLiteral("zone"));
    m_format->addItem(tr("RDATA only"), QStringLiteral("rdata"));
    m_format->addItem(tr("nsupdate script"), QStringLiteral("nsupdate"));
    m_format->addItem(tr("JSON"), QStringLiteral("json"));
    auto* copy = new QPushButton(tr("Copy"), outputBox);
    copy->setToolTip(tr("Copy the record to the clipboard (Ctrl+Shift+C)"));
    connect(copy, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(m_output->toPlainText()); });
    formatRow->addWidget(new QLabel(tr("Format:"), outputBox));
    formatRow->addWidget(m_format);
    formatRow->addStretch(1);
    formatRow->addWidget(copy);
    m_output = new QPlainTextEdit(outputBox);
    m_output->setObjectName(QStringLiteral("output"));
    m_output->setReadOnly(true);
    m_output->setFont(monospace());
    m_output->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    outputLayout->addLayout(formatRow);
    outputLayout->addWidget(m_output, 1);
    right->addWidget(outputBox, 3);

    auto* findingsBox = new QGroupBox(tr("Findings"), tab);
    auto* findingsLayout = new QVBoxLayout(findingsBox);
    m_findings = new FindingsView(findingsBox);
    m_findings->setCompact(true);
    findingsLayout->addWidget(m_findings);
    right->addWidget(findingsBox, 2);
    split->addLayout(right, 1);

    const auto update = [this] { regenerate(); };
    for (QComboBox* box : {m_usage, m_selector, m_mtype, m_format})
        connect(box, &QComboBox::currentIndexChanged, this, update);
    connect(m_host, &QLineEdit::textChanged, this, update);
    for (QSpinBox* box : {m_port, m_ttl, m_depth})
        connect(box, &QSpinBox::valueChanged, this, update);
    return tab;
}

QWidget* TlsaPage::createPreflightTab() {
    auto* tab = new QWidget(this);
    auto* layout = new QVBoxLayout(tab);
    auto* intro = helpLabel(tab);
    intro->setText(tr("Will this certificate break DANE? Paste the TLSA records published now (zone-file lines or "
                      "\"3 1 1 <hex>\"), or load them from a file. The check follows RFC 7672: DANE-EE without "
                      "name or date checks, DANE-TA with a verifying chain and a name check, only the strongest "
                      "digest per usage and selector."));
    layout->addWidget(intro);

    auto* top = new QHBoxLayout;
    m_records = new QPlainTextEdit(tab);
    m_records->setObjectName(QStringLiteral("records"));
    m_records->setFont(monospace());
    m_records->setPlaceholderText(QStringLiteral("_25._tcp.mx1.example.org. 3600 IN TLSA 3 1 1 8cb0fc6c…"));
    top->addWidget(m_records, 1);
    auto* side = new QVBoxLayout;
    auto* load = new QPushButton(style()->standardIcon(QStyle::SP_DialogOpenButton), tr("Load records…"), tab);
    connect(load, &QPushButton::clicked, this, &TlsaPage::loadRecordsFile);
    auto* hostForm = new QFormLayout;
    m_preflightHost = new QLineEdit(tab);
    m_preflightHost->setPlaceholderText(tr("TLSA base domain (MX host)"));
    hostForm->addRow(tr("Host:"), m_preflightHost);
    side->addWidget(load);
    side->addLayout(hostForm);
    side->addStretch(1);
    top->addLayout(side);
    layout->addLayout(top, 2);

    m_preflightBanner = new QLabel(tab);
    m_preflightBanner->setObjectName(QStringLiteral("preflightBanner"));
    m_preflightBanner->setWordWrap(true);
    m_preflightBanner->setMargin(10);
    m_preflightBanner->setAutoFillBackground(true);
    QFont bigger = m_preflightBanner->font();
    bigger.setPointSizeF(bigger.pointSizeF() * 1.2);
    bigger.setBold(true);
    m_preflightBanner->setFont(bigger);
    m_preflightMatched = helpLabel(tab);
    layout->addWidget(m_preflightBanner);
    layout->addWidget(m_preflightMatched);
    m_preflightFindings = new FindingsView(tab);
    layout->addWidget(m_preflightFindings, 2);

    connect(m_records, &QPlainTextEdit::textChanged, this, &TlsaPage::runPreflight);
    connect(m_preflightHost, &QLineEdit::textChanged, this, &TlsaPage::runPreflight);
    return tab;
}

bool TlsaPage::canOpen(const QString& path) {
    static const QStringList suffixes{QStringLiteral("pem"), QStringLiteral("crt"), QStringLiteral("cer"),
                                      QStringLiteral("der"), QStringLiteral("key"), QStringLiteral("csr"),
                                      QStringLiteral("pub"), QStringLiteral("req")};
    return suffixes.contains(QFileInfo(path).suffix().toLower());
}

bool TlsaPage::openFile(const QString& path) {
    auto loaded = core::CertificateLoader::loadFile(path);
    if (!loaded) {
        showLoadError(loaded.error().toString());
        return false;
    }
    setMaterial(*loaded);
    if (!path.startsWith(QLatin1Char(':')))
        rememberRecentFile(path);
    return true;
}

bool TlsaPage::openData(const QByteArray& data, const QString& sourceName) {
    auto loaded = core::CertificateLoader::loadData(data, sourceName);
    if (!loaded) {
        showLoadError(loaded.error().toString());
        return false;
    }
    setMaterial(*loaded);
    return true;
}

void TlsaPage::openSample() {
    openFile(QStringLiteral(":/sample/mx1.example.org.fullchain.pem"));
}

void TlsaPage::chooseFile() {
    QSettings settings;
    const QString dir = settings.value(QStringLiteral("tlsa/lastDirectory")).toString();
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open certificate, key or request"), dir,
        tr("Certificates and keys (*.pem *.crt *.cer *.der *.key *.csr *.pub *.req);;All files (*)"));
    if (path.isEmpty())
        return;
    settings.setValue(QStringLiteral("tlsa/lastDirectory"), QFileInfo(path).absolutePath());
    openFile(path);
}

void TlsaPage::pasteFromClipboard() {
    const QString text = QApplication::clipboard()->text();
    if (text.trimmed().isEmpty()) {
        showLoadError(tr("The clipboard holds no text."));
        return;
    }
    openData(text.toUtf8(), tr("clipboard"));
}

void TlsaPage::showLoadError(const QString& message) {
    m_inputTitle->setText(tr("Could not load the input"));
    m_inputDetails->setText(message);
    Q_EMIT statusMessage(message);
}

void TlsaPage::setMaterial(const core::CertificateMaterial& material) {
    m_material = material;
    QString kind;
    switch (material.kind) {
    case core::MaterialKind::Certificate:
        kind = tr("Certificate");
        break;
    case core::MaterialKind::Chain:
        kind = tr("Chain of %n certificate(s)", nullptr, int(material.chain.size()));
        break;
    case core::MaterialKind::PublicKey:
        kind = tr("Public key");
        break;
    case core::MaterialKind::PrivateKey:
        kind = tr("Private key (only its public half is used)");
        break;
    case core::MaterialKind::Csr:
        kind = tr("Certificate signing request");
        break;
    }
    const QString source = material.source.startsWith(QLatin1String(":/"))
                               ? tr("sample workspace: %1").arg(QFileInfo(material.source).fileName())
                               : material.source;
    m_inputTitle->setText(QStringLiteral("%1 — %2").arg(kind, source));
    QStringList details;
    if (material.hasCertificates()) {
        const core::CertificateInfo& leaf = material.chain.front();
        details << tr("Subject: %1").arg(leaf.subject);
        if (!leaf.dnsNames.isEmpty())
            details << tr("Names: %1").arg(leaf.dnsNames.join(QStringLiteral(", ")));
        details << tr("Valid until %1").arg(core::formatInstant(leaf.notAfter));
        if (material.chain.size() > 1)
            details << tr("Issuer: %1").arg(leaf.issuer);
    } else if (!material.requestedNames.isEmpty()) {
        details << tr("Requested names: %1").arg(material.requestedNames.join(QStringLiteral(", ")));
    }
    if (!material.keyDescription.isEmpty())
        details << tr("Key: %1").arg(material.keyDescription);
    m_inputDetails->setText(details.join(QStringLiteral("  ·  ")));
    if (m_preflightHost->text().isEmpty() && material.hasCertificates() && !material.chain.front().dnsNames.isEmpty())
        m_preflightHost->setPlaceholderText(material.chain.front().dnsNames.front());
    regenerate();
    runPreflight();
}

void TlsaPage::showNothingLoaded() {
    m_material.reset();
    m_inputTitle->setText(tr("Nothing loaded"));
    m_inputDetails->setText(tr("Open or drop a certificate, a chain (fullchain.pem), a public or private key, or a "
                               "CSR; or paste PEM text."));
    regenerate();
    runPreflight();
}

void TlsaPage::regenerate() {
    static const QStringList usageHelp{
        tr("Unusable for SMTP (RFC 7672): mail servers do not do PKIX validation."),
        tr("Unusable for SMTP (RFC 7672): mail servers do not do PKIX validation."),
        tr("Pins a CA certificate or key; the server must send the whole chain and its name must match."),
        tr("Pins the server's own certificate or key; no name or date checks. Best for mail servers.")};
    static const QStringList selectorHelp{tr("Changes with every renewal, even when the key stays the same."),
                                          tr("Survives certificate renewals that keep the key.")};
    static const QStringList mtypeHelp{tr("Long records; avoid."), tr("The common, recommended digest."),
                                       tr("Stronger digest; senders prefer it when both are published.")};
    const int usage = m_usage->currentData().toInt();
    const int selector = m_selector->currentData().toInt();
    const int mtype = m_mtype->currentData().toInt();
    m_usageHelp->setText(usageHelp.value(usage));
    m_selectorHelp->setText(selectorHelp.value(selector));
    m_mtypeHelp->setText(mtypeHelp.value(mtype));
    m_depth->setEnabled(usage == 2 || usage == 0);

    if (!m_material) {
        m_output->setPlainText(QString());
        m_findings->setFindings({});
        return;
    }
    core::TlsaRequest request;
    request.usage = usage;
    request.selector = selector;
    request.mtype = mtype;
    request.host = m_host->text().trimmed();
    request.port = m_port->value();
    request.ttl = quint32(m_ttl->value());
    if (m_depth->value() >= 0)
        request.depth = m_depth->value();
    const auto generated = core::generateTlsa(*m_material, request);
    if (!generated) {
        m_output->setPlainText(QString());
        core::Finding problem;
        problem.severity = core::Severity::Error;
        problem.code = generated.error().code;
        problem.message = generated.error().message;
        m_findings->setFindings({problem});
        return;
    }
    const QString format = m_format->currentData().toString();
    QString text;
    if (format == QLatin1String("rdata"))
        text = core::formatTlsaRdata(generated->records);
    else if (format == QLatin1String("nsupdate"))
        text = core::formatTlsaNsupdate(generated->records);
    else if (format == QLatin1String("json"))
        text = QString::fromUtf8(
            QJsonDocument(core::tlsaGenerationToJson(generated->records, generated->findings)).toJson());
    else
        text = core::formatTlsaZone(generated->records);
    m_output->setPlainText(text);
    m_findings->setFindings(generated->findings);
}

void TlsaPage::runPreflight() {
    QPalette palette = m_preflightBanner->palette();
    // The symbol in front of each verdict carries the meaning without the colour.
    const auto banner = [&](const QString& text, const QColor& colour) {
        palette.setColor(QPalette::Window, colour);
        palette.setColor(QPalette::WindowText, Qt::black);
        m_preflightBanner->setPalette(palette);
        m_preflightBanner->setText(text);
    };
    const QString recordsText = m_records->toPlainText();
    if (!m_material || !m_material->hasCertificates()) {
        banner(tr("Load a certificate or chain to check it."), palette.color(QPalette::AlternateBase));
        m_preflightMatched->clear();
        m_preflightFindings->setFindings({});
        return;
    }
    if (recordsText.trimmed().isEmpty()) {
        banner(tr("Paste or load the TLSA records published now."), palette.color(QPalette::AlternateBase));
        m_preflightMatched->clear();
        m_preflightFindings->setFindings({});
        return;
    }
    const auto records = core::parseTlsaRecords(recordsText, tr("pasted records"));
    if (!records) {
        banner(tr("✖ Cannot read the records: %1").arg(records.error().toString()), QColor(0xf4, 0xc7, 0xc3));
        m_preflightMatched->clear();
        m_preflightFindings->setFindings({});
        return;
    }
    core::PreflightOptions options;
    options.host = m_preflightHost->text().trimmed();
    if (options.host.isEmpty())
        options.host = m_preflightHost->placeholderText();
    options.port = m_port->value();
    options.now = QDateTime::currentDateTimeUtc();
    const core::TlsaPreflight result = core::verifyTlsa(m_material->chain, *records, options);
    switch (result.verdict) {
    case core::TlsaVerdict::Match:
        banner(tr("✔ Match: senders will authenticate this certificate."), QColor(0xc8, 0xe6, 0xc9));
        break;
    case core::TlsaVerdict::Mismatch:
        banner(tr("✖ Mismatch: no usable record matches. Deploying this certificate would make DANE senders "
                  "defer mail."),
               QColor(0xf4, 0xc7, 0xc3));
        break;
    case core::TlsaVerdict::NameMismatch:
        banner(tr("✖ Name mismatch: the DANE-TA record matches, but the certificate does not name the host."),
               QColor(0xf4, 0xc7, 0xc3));
        break;
    case core::TlsaVerdict::Unusable:
        banner(tr("⚠ Unusable: none of the records can be used by SMTP senders (RFC 7672)."), QColor(0xff, 0xe0, 0xb2));
        break;
    }
    QStringList matched;
    for (const core::TlsaMatch& m : result.matched)
        matched << tr("%1 %2 %3 (%4) matched the certificate at depth %5")
                       .arg(m.usage)
                       .arg(m.selector)
                       .arg(m.mtype)
                       .arg(core::tlsaMnemonics(m.usage, m.selector, m.mtype))
                       .arg(m.depth);
    m_preflightMatched->setText(matched.join(QLatin1Char('\n')));
    m_preflightFindings->setFindings(result.findings);
}

void TlsaPage::loadRecordsFile() {
    const QString path = QFileDialog::getOpenFileName(this, tr("Load TLSA records"), QString(),
                                                      tr("Zone files and text (*.zone *.db *.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        Q_EMIT statusMessage(tr("Cannot read %1: %2").arg(path, file.errorString()));
        return;
    }
    m_records->setPlainText(QString::fromUtf8(file.read(1024 * 1024)));
}

void TlsaPage::setPreflightRecords(const QString& text) {
    m_records->setPlainText(text);
}

void TlsaPage::showPreflight() {
    m_tabs->setCurrentIndex(1);
}

QString TlsaPage::outputText() const {
    return m_output->toPlainText();
}

QString TlsaPage::preflightResultText() const {
    return m_preflightBanner->text();
}

void TlsaPage::rememberRecentFile(const QString& path) {
    QSettings settings;
    QStringList recent = settings.value(QStringLiteral("tlsa/recentFiles")).toStringList();
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > kMaxRecentFiles)
        recent.removeLast();
    settings.setValue(QStringLiteral("tlsa/recentFiles"), recent);
    rebuildRecentMenu();
}

void TlsaPage::rebuildRecentMenu() {
    m_recentMenu->clear();
    const QStringList recent = QSettings().value(QStringLiteral("tlsa/recentFiles")).toStringList();
    for (const QString& path : recent) {
        QAction* action = m_recentMenu->addAction(QFileInfo(path).fileName());
        action->setToolTip(path);
        connect(action, &QAction::triggered, this, [this, path] { openFile(path); });
    }
    if (recent.isEmpty())
        m_recentMenu->addAction(tr("No recent files"))->setEnabled(false);
}

void TlsaPage::saveSettings() const {
    QSettings settings;
    settings.setValue(QStringLiteral("tlsa/usage"), m_usage->currentData());
    settings.setValue(QStringLiteral("tlsa/selector"), m_selector->currentData());
    settings.setValue(QStringLiteral("tlsa/mtype"), m_mtype->currentData());
    settings.setValue(QStringLiteral("tlsa/format"), m_format->currentData());
    settings.setValue(QStringLiteral("tlsa/port"), m_port->value());
    settings.setValue(QStringLiteral("tlsa/ttl"), m_ttl->value());
}

void TlsaPage::restoreSettings() {
    QSettings settings;
    const auto select = [](QComboBox* box, const QVariant& value) {
        const int index = box->findData(value);
        if (index >= 0)
            box->setCurrentIndex(index);
    };
    select(m_usage, settings.value(QStringLiteral("tlsa/usage"), 3));
    select(m_selector, settings.value(QStringLiteral("tlsa/selector"), 1));
    select(m_mtype, settings.value(QStringLiteral("tlsa/mtype"), 1));
    select(m_format, settings.value(QStringLiteral("tlsa/format"), QStringLiteral("zone")));
    m_port->setValue(settings.value(QStringLiteral("tlsa/port"), 25).toInt());
    m_ttl->setValue(settings.value(QStringLiteral("tlsa/ttl"), 3600).toInt());
    rebuildRecentMenu();
}

void TlsaPage::dragEnterEvent(QDragEnterEvent* event) {
    if (event->mimeData()->hasUrls() || event->mimeData()->hasText())
        event->acceptProposedAction();
}

void TlsaPage::dropEvent(QDropEvent* event) {
    const QMimeData* mime = event->mimeData();
    if (mime->hasUrls() && mime->urls().front().isLocalFile())
        openFile(mime->urls().front().toLocalFile());
    else if (mime->hasText())
        openData(mime->text().toUtf8(), tr("dropped text"));
    event->acceptProposedAction();
}

} // namespace danewerk::ui
