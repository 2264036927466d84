#pragma once

#include "core/diagram/ChainLayout.h"

#include <QGraphicsItem>

namespace danewerk::ui {

class ChainNodeItem;

// An edge of the chain diagram (delegation, DS->DNSKEY, RRSIG, CNAME, address, TLS, chain, TLSA match),
// routed between its two nodes' current boxes.
class ChainEdgeItem : public QGraphicsItem {
public:
    enum { Type = UserType + 702 };

    ChainEdgeItem(const core::DiagramEdge& edge, ChainNodeItem* from, ChainNodeItem* to);
    [[nodiscard]] int type() const override { return Type; }
    [[nodiscard]] QRectF boundingRect() const override;
    // Only the line itself (a few pixels wide) answers the mouse and shows the tooltip.
    [[nodiscard]] QPainterPath shape() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

    // Re-routes after a node moved.
    void adjust();
    [[nodiscard]] const core::DiagramEdge& edge() const { return m_edge; }
    [[nodiscard]] ChainNodeItem* fromItem() const { return m_from; }
    [[nodiscard]] ChainNodeItem* toItem() const { return m_to; }

private:
    core::DiagramEdge m_edge;
    ChainNodeItem* m_from;
    ChainNodeItem* m_to;
    QRectF m_bounds;
};

} // namespace danewerk::ui
