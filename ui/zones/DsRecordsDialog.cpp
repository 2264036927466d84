#include "ui/zones/DsRecordsDialog.h"

#include "core/dnssec/DnssecAlgorithm.h"
#include "ui/zones/ZoneDnssecData.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFontMetrics>
#include <QFormLayout>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace danewerk::ui {

DsRecordsDialog::DsRecordsDialog(std::shared_ptr<const core::Zone> zone, QWidget* parent)
    : QDialog(parent), m_zone(std::move(zone)) {
    setWindowTitle(tr("DS records of %1").arg(m_zone ? m_zone->originText() : QString()));
    m_digest = new QComboBox(this);
    m_digest->setObjectName(QStringLiteral("dsDigest"));
    m_digest->addItem(tr("SHA-256 (digest type 2)"), core::DsDigestType::Sha256);
    m_digest->addItem(tr("SHA-384 (digest type 4)"), core::DsDigestType::Sha384);
    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(QStringLiteral("dsText"));
    m_text->setReadOnly(true);
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    // Wide enough for a SHA-384 DS line without scrolling.
    const QFontMetrics metrics(m_text->font());
    m_text->setMinimumSize(metrics.horizontalAdvance(QLatin1Char('0')) * 136, metrics.height() * 5);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton* copy = buttons->addButton(tr("Copy"), QDialogButtonBox::ActionRole);
    copy->setObjectName(QStringLiteral("copyDsButton"));
    auto* form = new QFormLayout;
    form->addRow(tr("Digest:"), m_digest);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_text, 1);
    layout->addWidget(buttons);

    connect(m_digest, &QComboBox::currentIndexChanged, this, &DsRecordsDialog::refresh);
    connect(copy, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(text()); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    refresh();
}

void DsRecordsDialog::setDigestType(int digestType) {
    const int index = m_digest->findData(digestType);
    if (index >= 0)
        m_digest->setCurrentIndex(index);
}

int DsRecordsDialog::digestType() const {
    return m_digest->currentData().toInt();
}

QString DsRecordsDialog::text() const {
    return m_text->toPlainText();
}

void DsRecordsDialog::refresh() {
    const QStringList lines = m_zone ? zoneDsLines(*m_zone, digestType()) : QStringList();
    if (lines.isEmpty()) {
        m_text->setPlaceholderText(tr("The zone has no DNSKEY with the SEP flag (257) at its apex."));
        m_text->clear();
    } else {
        m_text->setPlainText(lines.join(QLatin1Char('\n')));
    }
}

} // namespace danewerk::ui
