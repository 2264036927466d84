#include "ui/pages/TlsaPage.h"

namespace danewerk::ui {

TlsaPage::TlsaPage(QWidget* parent) : QWidget(parent) {}
TlsaPage::~TlsaPage() = default;
bool TlsaPage::canOpen(const QString&) {
    return true;
}
bool TlsaPage::openFile(const QString&) {
    return false;
}
void TlsaPage::openSample() {}
void TlsaPage::chooseFile() {}

} // namespace danewerk::ui
