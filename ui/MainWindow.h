#pragma once

#include <QMainWindow>
#include <QPointer>

class QListWidget;
class QStackedWidget;

namespace danewerk::ui {

// The console: a sidebar with one entry per capability and the page of the selected one.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // Page ids: "zones", "tlsa", "rollover", "check", "lab".
    [[nodiscard]] static QStringList pageIds();
    bool showPage(const QString& id);
    [[nodiscard]] QString currentPageId() const;
    [[nodiscard]] QWidget* page(const QString& id) const;

    // Opens a file in the page that understands it (certificates and keys: TLSA; zones: Zones; ...).
    bool openFile(const QString& path);
    // The File > Open dialog for every kind of file the console understands.
    void chooseFile();
    // The built-in sample workspace (certificate chain, key, zone, plan).
    void openSampleWorkspace();

protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void addPage(const QString& id, const QString& title, const QIcon& icon, QWidget* page);
    void createMenus();
    void restoreSettings();

    QListWidget* m_sidebar = nullptr;
    QStackedWidget* m_stack = nullptr;
    QStringList m_ids;
};

} // namespace danewerk::ui
