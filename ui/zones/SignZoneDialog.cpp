#include "ui/zones/SignZoneDialog.h"

#include "core/common/AtomicFile.h"
#include "core/dnssec/BindKeyFile.h"
#include "core/dnssec/DnskeyRdata.h"
#include "core/dnssec/DnssecAlgorithm.h"
#include "core/dnssec/DnssecKey.h"
#include "core/dnssec/ZoneSigner.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace danewerk::ui {

SignZoneDialog::SignZoneDialog(std::shared_ptr<const core::Zone> zone, const QString& suggestedOutput,
                               const QDateTime& now, QWidget* parent)
    : QDialog(parent), m_zone(std::move(zone)), m_now(now) {
    setWindowTitle(tr("Sign %1").arg(m_zone ? m_zone->originText() : QString()));
    m_algorithm = new QComboBox(this);
    m_algorithm->setObjectName(QStringLiteral("signAlgorithm"));
    for (int algorithm : {core::DnssecAlgorithm::EcdsaP256Sha256, core::DnssecAlgorithm::EcdsaP384Sha384,
                          core::DnssecAlgorithm::Ed25519, core::DnssecAlgorithm::RsaSha256})
        m_algorithm->addItem(QStringLiteral("%1 (%2)").arg(core::DnssecAlgorithm::mnemonic(algorithm)).arg(algorithm),
                             algorithm);
    m_layout = new QComboBox(this);
    m_layout->setObjectName(QStringLiteral("signKeyLayout"));
    m_layout->addItem(tr("One combined key (CSK)"), false);
    m_layout->addItem(tr("KSK and ZSK"), true);
    m_chain = new QComboBox(this);
    m_chain->setObjectName(QStringLiteral("signChain"));
    m_chain->addItem(tr("NSEC"), false);
    m_chain->addItem(tr("NSEC3 (no salt, no extra iterations)"), true);
    m_validity = new QSpinBox(this);
    m_validity->setObjectName(QStringLiteral("signValidity"));
    m_validity->setRange(1, 366);
    m_validity->setValue(14);
    m_validity->setSuffix(tr(" days"));
    m_output = new QLineEdit(suggestedOutput, this);
    m_output->setObjectName(QStringLiteral("signOutput"));
    auto* browse = new QPushButton(tr("Browse…"), this);
    auto* outputRow = new QHBoxLayout;
    outputRow->addWidget(m_output, 1);
    outputRow->addWidget(browse);

    auto* form = new QFormLayout;
    form->addRow(tr("Algorithm:"), m_algorithm);
    form->addRow(tr("Keys:"), m_layout);
    form->addRow(tr("Denial of existence:"), m_chain);
    form->addRow(tr("Signature validity:"), m_validity);
    form->addRow(tr("Signed zone file:"), outputRow);
    QString noteText = tr("New keys are generated and written next to the signed zone file (the private key "
                          "readable only by you).");
    // Re-signing keeps the zone's DNSKEY records (they may be keys in a rollover); the admin should know.
    const bool hasKeys =
        m_zone && std::any_of(m_zone->records().cbegin(), m_zone->records().cend(), [this](const core::ZoneRecord& r) {
            return r.type == 48 && m_zone->ownerOf(r) == m_zone->origin();
        });
    if (hasKeys)
        noteText += QLatin1Char(' ') + tr("The zone's present DNSKEY records are kept; its old signatures and "
                                          "NSEC/NSEC3 records are replaced.");
    auto* note = new QLabel(noteText, this);
    note->setWordWrap(true);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("signStatus"));
    m_status->setWordWrap(true);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton* sign = m_buttons->addButton(tr("Sign"), QDialogButtonBox::AcceptRole);
    sign->setDefault(true);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);
    setMinimumWidth(560);

    connect(browse, &QPushButton::clicked, this, &SignZoneDialog::browse);
    connect(m_output, &QLineEdit::textEdited, this, [this] { m_overwrite = false; });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SignZoneDialog::start);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(&m_watcher, &QFutureWatcher<std::shared_ptr<const core::Result<SignZoneResult>>>::finished, this,
            &SignZoneDialog::finished);
}

SignZoneDialog::~SignZoneDialog() {
    m_watcher.waitForFinished(); // the worker holds only shared copies, but its result lands here
}

SignZoneRequest SignZoneDialog::request() const {
    SignZoneRequest request;
    request.outputPath = m_output->text().trimmed();
    request.algorithm = m_algorithm->currentData().toInt();
    request.split = m_layout->currentData().toBool();
    request.nsec3 = m_chain->currentData().toBool();
    request.validitySeconds = qint64(m_validity->value()) * 86400;
    request.now = m_now;
    request.overwrite = m_overwrite;
    return request;
}

void SignZoneDialog::browse() {
    // The replace question is asked once, in start(), whichever way the path was given.
    const QString path = QFileDialog::getSaveFileName(this, tr("Save signed zone"), m_output->text(),
                                                      tr("Zone files (*.zone *.signed *.db);;All files (*)"), nullptr,
                                                      QFileDialog::DontConfirmOverwrite);
    if (!path.isEmpty()) {
        m_output->setText(path);
        m_overwrite = false;
    }
}

void SignZoneDialog::start() {
    SignZoneRequest job = request();
    if (job.outputPath.isEmpty()) {
        m_status->setText(tr("Choose the file to write the signed zone to."));
        return;
    }
    if (QFileInfo::exists(job.outputPath) && !m_overwrite) {
        const auto answer = QMessageBox::question(
            this, tr("Replace file?"),
            tr("%1 exists already. Replace it with the signed zone?").arg(QFileInfo(job.outputPath).fileName()),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer != QMessageBox::Yes)
            return;
        m_overwrite = true;
        job.overwrite = true;
    }
    m_buttons->setEnabled(false);
    m_status->setText(tr("Generating keys and signing…"));
    const std::shared_ptr<const core::Zone> zone = m_zone;
    m_watcher.setFuture(QtConcurrent::run(
        [zone, job] { return std::make_shared<const core::Result<SignZoneResult>>(signZone(*zone, job)); }));
}

void SignZoneDialog::finished() {
    m_buttons->setEnabled(true);
    const std::shared_ptr<const core::Result<SignZoneResult>> outcome = m_watcher.result();
    if (!outcome || !*outcome) {
        m_status->setText(tr("Signing failed: %1").arg(outcome ? outcome->error().toString() : QString()));
        return;
    }
    m_result = outcome->value();
    accept();
}

core::Result<SignZoneResult> SignZoneDialog::signZone(const core::Zone& zone, const SignZoneRequest& request) {
    if (!request.overwrite && QFileInfo::exists(request.outputPath))
        return core::Error{QStringLiteral("FILE_EXISTS"), tr("%1 exists already.").arg(request.outputPath),
                           request.outputPath, 0, 0};
    core::SigningOptions options;
    options.inception = request.now.addSecs(-3600);
    options.expiration = request.now.addSecs(request.validitySeconds);
    options.nsec3 = request.nsec3;
    QList<core::DnssecKey> keys;
    const QList<quint16> flags = request.split
                                     ? QList<quint16>{core::DnskeyRdata::KskFlags, core::DnskeyRdata::ZskFlags}
                                     : QList<quint16>{core::DnskeyRdata::KskFlags};
    for (quint16 f : flags) {
        auto key = core::DnssecKey::generate(zone.origin(), request.algorithm, f, request.now);
        if (!key)
            return key.error();
        keys << *key;
    }
    auto signedZone = core::ZoneSigner::sign(zone, keys, options);
    if (!signedZone)
        return signedZone.error();
    SignZoneResult result;
    result.outputPath = request.outputPath;
    const QString directory = QFileInfo(request.outputPath).absolutePath();
    for (const core::DnssecKey& key : keys) {
        auto written = core::BindKeyFile::write(key, directory, false);
        if (!written)
            return written.error();
        result.keyFiles << *written;
    }
    auto written = core::writeFileAtomically(request.outputPath, core::ZoneSigner::zoneText(*signedZone),
                                             {request.overwrite, false});
    if (!written)
        return written.error();
    for (const core::ZoneRecord& record : signedZone->records())
        result.signatures += record.type == 46;
    return result;
}

} // namespace danewerk::ui
