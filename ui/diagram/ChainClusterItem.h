#pragma once

#include "core/diagram/ChainLayout.h"

#include <QGraphicsItem>

namespace danewerk::ui {

// A zone's box holding its DS, DNSKEYs, RRsets and proofs; the header names the zone and its status.
class ChainClusterItem : public QGraphicsItem {
public:
    enum { Type = UserType + 703 };

    explicit ChainClusterItem(const core::DiagramCluster& cluster);
    [[nodiscard]] int type() const override { return Type; }
    [[nodiscard]] QRectF boundingRect() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;
    [[nodiscard]] const core::DiagramCluster& cluster() const { return m_cluster; }

private:
    core::DiagramCluster m_cluster;
};

// The legend: what each colour, line style and icon means.
class ChainLegendItem : public QGraphicsItem {
public:
    enum { Type = UserType + 704 };

    explicit ChainLegendItem(const QRectF& rect) : m_rect(rect) { setZValue(3); }
    [[nodiscard]] int type() const override { return Type; }
    [[nodiscard]] QRectF boundingRect() const override { return m_rect.adjusted(-2, -2, 2, 2); }
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

private:
    QRectF m_rect;
};

} // namespace danewerk::ui
