#pragma once

#include <QWidget>

namespace danewerk::ui {

// A page whose capability is not built yet: says what it will do.
class PlaceholderPage : public QWidget {
    Q_OBJECT
public:
    PlaceholderPage(const QString& title, const QString& description, QWidget* parent = nullptr);
};

} // namespace danewerk::ui
