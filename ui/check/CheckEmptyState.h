#pragma once

#include <QStringList>
#include <QWidget>

class QLabel;
class QPushButton;

namespace danewerk::ui {

// What the Live check page shows before its first result: what to type, how to point it at the workshop
// lab, and what the picture will show once a domain has been checked.
class CheckEmptyState : public QWidget {
    Q_OBJECT
public:
    explicit CheckEmptyState(QWidget* parent = nullptr);
    // The resolver of a running workshop lab, or empty when none runs.
    void setLabResolver(const QString& resolver);
    // Everything it says, as plain text (tests).
    [[nodiscard]] QString plainText() const;

Q_SIGNALS:
    void useLabRequested();
    void openSavedRunRequested();

private:
    QLabel* m_title = nullptr;
    QLabel* m_steps = nullptr;
    QLabel* m_pipeline = nullptr;
    QLabel* m_legend = nullptr;
    QLabel* m_lab = nullptr;
    QPushButton* m_useLab = nullptr;
    QStringList m_legendTexts;
};

} // namespace danewerk::ui
