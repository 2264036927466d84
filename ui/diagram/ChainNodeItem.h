#pragma once

#include "core/diagram/ChainLayout.h"

#include <QGraphicsItem>

namespace danewerk::ui {

class ChainEdgeItem;

// One node of the chain diagram (zone key, DS, RRset, proof, host, address, certificate, TLSA, verdict).
// Painted by the shared renderer; edges attached to it follow when it moves.
class ChainNodeItem : public QGraphicsItem {
public:
    enum { Type = UserType + 701 };

    explicit ChainNodeItem(const core::DiagramNode& node);
    [[nodiscard]] int type() const override { return Type; }
    [[nodiscard]] QRectF boundingRect() const override;
    [[nodiscard]] QPainterPath shape() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

    [[nodiscard]] const core::DiagramNode& node() const { return m_node; }
    // The node's box in scene coordinates.
    [[nodiscard]] QRectF sceneBox() const;
    void addEdge(ChainEdgeItem* edge) { m_edges << edge; }
    [[nodiscard]] const QList<ChainEdgeItem*>& edges() const { return m_edges; }

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant& value) override;

private:
    core::DiagramNode m_node; // rect in item coordinates (top left at 0,0)
    QList<ChainEdgeItem*> m_edges;
};

} // namespace danewerk::ui
