#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

#include <mutex>

namespace danewerk::core {

// The chain of trust of one check as a graph (CLI.md "chain"): nodes zone|dnskey|ds|rrset|proof|host|
// address|certificate|tlsa|verdict, edges delegation|ds-dnskey|rrsig|cname|address|tls|chain|tlsa-match.
// The diagram is laid out from this value. Adding a node or edge twice keeps one (the later status wins).
class ChainGraph {
public:
    struct Node {
        QString id;
        QString kind;
        QString label;
        QString status;
    };
    struct Edge {
        QString from;
        QString to;
        QString kind;
        QString status;
    };

    ChainGraph() = default;
    ChainGraph(const ChainGraph& other);
    ChainGraph& operator=(const ChainGraph& other);

    void addNode(const QString& id, const QString& kind, const QString& label, const QString& status);
    void addEdge(const QString& from, const QString& to, const QString& kind, const QString& status);
    [[nodiscard]] QList<Node> nodes() const;
    [[nodiscard]] QList<Edge> edges() const;
    [[nodiscard]] QJsonObject toJson() const;

private:
    mutable std::mutex m_mutex;
    QList<Node> m_nodes;
    QList<Edge> m_edges;
};

} // namespace danewerk::core
