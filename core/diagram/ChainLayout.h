#pragma once

#include "core/check/ChainGraph.h"
#include "core/diagram/DiagramStatus.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QPointF>
#include <QRectF>
#include <QString>

#include <functional>

namespace danewerk::core {

struct DiagramNode {
    QString id;
    QString kind; // CLI.md chain node kinds
    QString label;
    QString status;
    QString title;    // first text line (the label, shortened)
    QString subtitle; // second text line (what it is and its status)
    QString zone;     // the cluster holding it; empty for hosts, addresses, certificates, TLSA and the verdict
    int depth = -1;   // certificates: chain depth (0 = leaf)
    bool sep = false;
    bool revoked = false;
    bool trustAnchor = false;
    bool synthetic = false; // an edge named it but the graph did not: drawn hollow as "missing"
    QRectF rect;
    [[nodiscard]] DiagramStatus statusClass() const { return diagramStatusOf(status); }
    [[nodiscard]] bool isEllipse() const { return kind == QLatin1String("dnskey"); }
};

struct DiagramEdge {
    QString from;
    QString to;
    QString kind;
    QString status;
    QList<QPointF> route; // joined cubic Beziers: start, control, control, point, ...
    [[nodiscard]] DiagramStatus statusClass() const { return diagramStatusOf(status); }
};

struct DiagramCluster {
    QString zone; // "example.", "." for the root
    QString status;
    QRectF rect;
    [[nodiscard]] DiagramStatus statusClass() const { return diagramStatusOf(status); }
};

// The diagram of one check, laid out from the engine's `chain` graph alone (no manual placement), so the
// CLI's headless renderer and the GUI draw the same picture. Layered, top to bottom: zone clusters by
// delegation depth (root, TLD, domain; in each: DS, DNSKEYs, RRsets and denial proofs), then per MX host a
// column: host, addresses and TLSA records, certificates by depth; the verdict last. Geometry only
// (QtCore): text widths come from a callback so the renderer's font decides the node sizes.
class ChainLayout {
public:
    using TextWidth = std::function<qreal(const QString&)>;

    static constexpr qreal NodeHeight = 42;
    static constexpr qreal ClusterHeader = 26;

    [[nodiscard]] static ChainLayout compute(const QList<ChainGraph::Node>& nodes, const QList<ChainGraph::Edge>& edges,
                                             const TextWidth& textWidth = {});
    [[nodiscard]] static ChainLayout compute(const ChainGraph& graph, const TextWidth& textWidth = {});
    // The `chain` object of the check JSON.
    [[nodiscard]] static ChainLayout fromJson(const QJsonObject& chain, const TextWidth& textWidth = {});
    // The curve from one node box to another: one cubic Bezier (4 points), or three joined ones (10 points)
    // when the direct curve would run through one of the obstacles (boxes of the rows in between): then it
    // passes beside them. Also used when a node is moved in the GUI.
    [[nodiscard]] static QList<QPointF> route(const QRectF& from, const QRectF& to,
                                              const QList<QRectF>& obstacles = {});

    [[nodiscard]] const QList<DiagramNode>& nodes() const { return m_nodes; }
    [[nodiscard]] const QList<DiagramEdge>& edges() const { return m_edges; }
    [[nodiscard]] const QList<DiagramCluster>& clusters() const { return m_clusters; }
    [[nodiscard]] const DiagramNode* node(const QString& id) const;
    // Everything, legend included.
    [[nodiscard]] QRectF bounds() const { return m_bounds; }
    // Where the legend goes (top right of the picture).
    [[nodiscard]] QRectF legendRect() const { return m_legend; }

private:
    QList<DiagramNode> m_nodes;
    QList<DiagramEdge> m_edges;
    QList<DiagramCluster> m_clusters;
    QHash<QString, int> m_index;
    QRectF m_bounds;
    QRectF m_legend;

    friend class ChainLayoutBuilder;
};

} // namespace danewerk::core
