#pragma once

#include <QJsonObject>
#include <QTreeWidget>

namespace danewerk::ui {

// Results of a run: domain -> MX host -> address -> certificate chain, each with its status icon. Every item
// knows its domain and the diagram node it stands for, so selecting one selects the node.
class CheckResultTree : public QTreeWidget {
    Q_OBJECT
public:
    enum Role { DomainRole = Qt::UserRole + 1, NodeIdRole };

    explicit CheckResultTree(QWidget* parent = nullptr);
    // Adds or replaces the domain's subtree (the engine's JSON).
    void setResult(const QJsonObject& result);
    void addError(const QString& domain, const QString& message);
    [[nodiscard]] QTreeWidgetItem* domainItem(const QString& domain) const;
    [[nodiscard]] static QIcon statusIcon(const QString& status);
};

} // namespace danewerk::ui
