#pragma once

#include "core/tlsa/CertificateMaterial.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QTabWidget;
class QToolButton;
class QMenu;

namespace danewerk::ui {

class FindingsView;

// TLSA: generate records from certificates, chains, keys and CSRs (output updates as you type), and
// pre-flight a certificate against published records ("will my new certificate break DANE?").
class TlsaPage : public QWidget {
    Q_OBJECT
public:
    explicit TlsaPage(QWidget* parent = nullptr);
    ~TlsaPage() override;

    [[nodiscard]] static bool canOpen(const QString& path);
    bool openFile(const QString& path);
    bool openData(const QByteArray& data, const QString& sourceName);
    void openSample();
    void chooseFile();

    // For tests and screenshots.
    [[nodiscard]] QString outputText() const;
    [[nodiscard]] QString preflightResultText() const;
    void setPreflightRecords(const QString& text);
    void showPreflight();

Q_SIGNALS:
    void statusMessage(const QString& message);

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    QWidget* createInputBar();
    QWidget* createGenerateTab();
    QWidget* createPreflightTab();
    void setMaterial(const core::CertificateMaterial& material);
    void showNothingLoaded();
    void showLoadError(const QString& message);
    void regenerate();
    void runPreflight();
    void pasteFromClipboard();
    void loadRecordsFile();
    void rememberRecentFile(const QString& path);
    void rebuildRecentMenu();
    void saveSettings() const;
    void restoreSettings();

    std::optional<core::CertificateMaterial> m_material;

    QLabel* m_inputTitle = nullptr;
    QLabel* m_inputDetails = nullptr;
    QToolButton* m_openButton = nullptr;
    QMenu* m_recentMenu = nullptr;
    QTabWidget* m_tabs = nullptr;

    QComboBox* m_usage = nullptr;
    QComboBox* m_selector = nullptr;
    QComboBox* m_mtype = nullptr;
    QLabel* m_usageHelp = nullptr;
    QLabel* m_selectorHelp = nullptr;
    QLabel* m_mtypeHelp = nullptr;
    QLineEdit* m_host = nullptr;
    QSpinBox* m_port = nullptr;
    QSpinBox* m_ttl = nullptr;
    QSpinBox* m_depth = nullptr;
    QComboBox* m_format = nullptr;
    QPlainTextEdit* m_output = nullptr;
    FindingsView* m_findings = nullptr;

    QPlainTextEdit* m_records = nullptr;
    QLineEdit* m_preflightHost = nullptr;
    QLabel* m_preflightBanner = nullptr;
    QLabel* m_preflightMatched = nullptr;
    FindingsView* m_preflightFindings = nullptr;
};

} // namespace danewerk::ui
