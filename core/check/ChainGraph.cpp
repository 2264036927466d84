#include "core/check/ChainGraph.h"

#include <QJsonArray>

namespace danewerk::core {

ChainGraph::ChainGraph(const ChainGraph& other) {
    std::lock_guard lock(other.m_mutex);
    m_nodes = other.m_nodes;
    m_edges = other.m_edges;
}

ChainGraph& ChainGraph::operator=(const ChainGraph& other) {
    if (this != &other) {
        const QList<Node> nodes = other.nodes();
        const QList<Edge> edges = other.edges();
        std::lock_guard lock(m_mutex);
        m_nodes = nodes;
        m_edges = edges;
    }
    return *this;
}

void ChainGraph::addNode(const QString& id, const QString& kind, const QString& label, const QString& status) {
    std::lock_guard lock(m_mutex);
    for (Node& node : m_nodes) {
        if (node.id == id) {
            node.status = status;
            return;
        }
    }
    m_nodes.append(Node{id, kind, label, status});
}

void ChainGraph::addEdge(const QString& from, const QString& to, const QString& kind, const QString& status) {
    std::lock_guard lock(m_mutex);
    for (Edge& edge : m_edges) {
        if (edge.from == from && edge.to == to && edge.kind == kind) {
            edge.status = status;
            return;
        }
    }
    m_edges.append(Edge{from, to, kind, status});
}

QList<ChainGraph::Node> ChainGraph::nodes() const {
    std::lock_guard lock(m_mutex);
    return m_nodes;
}

QList<ChainGraph::Edge> ChainGraph::edges() const {
    std::lock_guard lock(m_mutex);
    return m_edges;
}

QJsonObject ChainGraph::toJson() const {
    QJsonArray nodeArray;
    for (const Node& n : nodes())
        nodeArray.append(QJsonObject{{"id", n.id}, {"kind", n.kind}, {"label", n.label}, {"status", n.status}});
    QJsonArray edgeArray;
    for (const Edge& e : edges())
        edgeArray.append(QJsonObject{{"from", e.from}, {"to", e.to}, {"kind", e.kind}, {"status", e.status}});
    return QJsonObject{{"nodes", nodeArray}, {"edges", edgeArray}};
}

} // namespace danewerk::core
