#pragma once

#include "core/diagram/ChainLayout.h"

#include <QGraphicsScene>
#include <QHash>

namespace danewerk::ui {

class ChainNodeItem;
class ChainEdgeItem;

// The scene of one domain's chain diagram, rebuilt from the engine's value (never the source of truth).
class ChainScene : public QGraphicsScene {
    Q_OBJECT
public:
    explicit ChainScene(QObject* parent = nullptr);
    ~ChainScene() override;

    void setDiagram(const core::ChainLayout& layout, const QString& title);
    void clearDiagram();
    [[nodiscard]] const core::ChainLayout& diagram() const { return m_layout; }
    [[nodiscard]] QString title() const { return m_title; }
    [[nodiscard]] ChainNodeItem* nodeItem(const QString& id) const { return m_nodes.value(id); }
    [[nodiscard]] QList<ChainNodeItem*> nodeItems() const { return m_nodes.values(); }
    [[nodiscard]] QList<ChainEdgeItem*> edgeItems() const { return m_edges; }
    void selectNode(const QString& id);

Q_SIGNALS:
    // A node or a zone cluster was clicked: its id ("zone:<name>" for clusters).
    void nodeActivated(const QString& id);
    // A node or a zone cluster was double-clicked (after nodeActivated for its first click).
    void nodeDoubleClicked(const QString& id);

protected:
    void mouseDoubleClickEvent(QGraphicsSceneMouseEvent* event) override;

private:
    [[nodiscard]] static QString idOf(const QGraphicsItem* item);
    void emitSelection();

    core::ChainLayout m_layout;
    QString m_title;
    QHash<QString, ChainNodeItem*> m_nodes;
    QList<ChainEdgeItem*> m_edges;
};

} // namespace danewerk::ui
