#include "ui/pages/PlaceholderPage.h"

#include <QLabel>
#include <QVBoxLayout>

namespace danewerk::ui {

PlaceholderPage::PlaceholderPage(const QString& title, const QString& description, QWidget* parent) : QWidget(parent) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 28, 32, 28);
    auto* heading = new QLabel(title, this);
    QFont font = heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.6);
    font.setBold(true);
    heading->setFont(font);
    auto* text = new QLabel(description, this);
    text->setWordWrap(true);
    text->setMaximumWidth(720);
    auto* soon = new QLabel(tr("This page is being built. The command-line tool already offers what is ready: "
                               "run <code>danewerk-cli --help</code>."),
                            this);
    soon->setWordWrap(true);
    soon->setTextFormat(Qt::RichText);
    soon->setEnabled(false);
    layout->addWidget(heading);
    layout->addSpacing(8);
    layout->addWidget(text);
    layout->addSpacing(16);
    layout->addWidget(soon);
    layout->addStretch(1);
}

} // namespace danewerk::ui
