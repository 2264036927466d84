#pragma once

#include <QWidget>

namespace danewerk::ui {

// TLSA: generate records from certificates, chains, keys and CSRs; pre-flight a certificate against records.
class TlsaPage : public QWidget {
    Q_OBJECT
public:
    explicit TlsaPage(QWidget* parent = nullptr);
    ~TlsaPage() override;

    [[nodiscard]] static bool canOpen(const QString& path);
    bool openFile(const QString& path);
    void openSample();
    void chooseFile();
};

} // namespace danewerk::ui
