#include "core/diagram/ChainLayout.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSet>

#include <algorithm>
#include <map>

namespace danewerk::core {

namespace {

constexpr qreal NodeGap = 18;    // between nodes of a row
constexpr qreal RowGap = 36;     // between rows inside a cluster or the mail part
constexpr qreal ClusterPad = 14; // inside a cluster box
constexpr qreal ClusterGap = 30; // between clusters of one band
constexpr qreal BandGap = 44;    // between bands and before the mail part
constexpr qreal GroupGap = 46;   // between MX host columns
constexpr qreal TextPad = 12;
constexpr qreal IconSpace = 20;
constexpr int MaxTitle = 44;

QString shortened(const QString& text) {
    return text.size() <= MaxTitle ? text : text.left(MaxTitle - 1) + QChar(0x2026);
}

QString kindCaption(const DiagramNode& n) {
    if (n.kind == QLatin1String("zone"))
        return QCoreApplication::translate("danewerk::core::ChainLayout", "zone");
    if (n.kind == QLatin1String("dnskey"))
        return QCoreApplication::translate("danewerk::core::ChainLayout", "DNSKEY");
    if (n.kind == QLatin1String("ds"))
        return QCoreApplication::translate("danewerk::core::ChainLayout", "DS");
    if (n.kind == QLatin1String("rrset"))
        return QCoreApplication::translate("danewerk::core::ChainLayout", "RRset");
    if (n.kind == QLatin1String("proof"))
        return QCoreApplication::translate("danewerk::core::ChainLayout", "denial proof");
    if (n.kind == QLatin1String("host"))
        return QCoreApplication::translate("danewerk::core::ChainLayout", "MX host");
    if (n.kind == QLatin1String("address"))
        return QCoreApplication::translate("danewerk::core::ChainLayout", "address");
    if (n.kind == QLatin1String("certificate"))
        return n.depth >= 0
                   ? QCoreApplication::translate("danewerk::core::ChainLayout", "certificate depth %1").arg(n.depth)
                   : QCoreApplication::translate("danewerk::core::ChainLayout", "certificate");
    if (n.kind == QLatin1String("tlsa"))
        return QCoreApplication::translate("danewerk::core::ChainLayout", "TLSA");
    if (n.kind == QLatin1String("verdict"))
        return QCoreApplication::translate("danewerk::core::ChainLayout", "verdict");
    return n.kind;
}

// "rrset:mx.example./MX" -> "mx.example."; "dnskey:example./12345" -> "example."
QString idName(const QString& id) {
    const qsizetype colon = id.indexOf(QLatin1Char(':'));
    const qsizetype slash = id.lastIndexOf(QLatin1Char('/'));
    if (colon < 0)
        return {};
    return slash > colon ? id.mid(colon + 1, slash - colon - 1) : id.mid(colon + 1);
}

QString kindFromId(const QString& id) {
    const qsizetype colon = id.indexOf(QLatin1Char(':'));
    return colon > 0 ? id.left(colon) : QStringLiteral("rrset");
}

int labelCount(const QString& zone) {
    if (zone.isEmpty() || zone == QLatin1String("."))
        return 0;
    return int(zone.count(QLatin1Char('.')) + (zone.endsWith(QLatin1Char('.')) ? 0 : 1));
}

bool isUnder(const QString& name, const QString& zone) {
    if (zone == QLatin1String("."))
        return true;
    return name.compare(zone, Qt::CaseInsensitive) == 0 || name.endsWith(QLatin1Char('.') + zone, Qt::CaseInsensitive);
}

struct Row {
    QList<int> nodes;
    [[nodiscard]] qreal width(const QList<DiagramNode>& all) const {
        qreal w = 0;
        for (int i : nodes)
            w += all[i].rect.width();
        return w + NodeGap * qreal(std::max<qsizetype>(0, nodes.size() - 1));
    }
    // Centres the row's nodes within [left, left + width) at the given top.
    void place(QList<DiagramNode>& all, qreal left, qreal width, qreal top) const {
        qreal x = left + (width - this->width(all)) / 2;
        for (int i : nodes) {
            all[i].rect.moveTopLeft(QPointF(x, top));
            x += all[i].rect.width() + NodeGap;
        }
    }
};

} // namespace

class ChainLayoutBuilder {
public:
    ChainLayoutBuilder(ChainLayout& layout, const ChainLayout::TextWidth& textWidth)
        : m(layout), m_textWidth(textWidth) {}

    void addNodes(const QList<ChainGraph::Node>& nodes, const QList<ChainGraph::Edge>& edges) {
        for (const ChainGraph::Node& n : nodes)
            addNode(n.id, n.kind, n.label, n.status, false);
        for (const ChainGraph::Edge& e : edges) {
            // An edge to a node the graph never described: show it as an explicit "missing" node.
            for (const QString& end : {e.from, e.to})
                if (!m.m_index.contains(end))
                    addNode(end, kindFromId(end), idName(end).isEmpty() ? end : idName(end), QStringLiteral("missing"),
                            true);
            DiagramEdge edge;
            edge.from = e.from;
            edge.to = e.to;
            edge.kind = e.kind;
            edge.status = e.status;
            m.m_edges << edge;
        }
    }

    void run() {
        assignCertificateDepths();
        assignZones();
        for (DiagramNode& n : m.m_nodes)
            size(n);
        const qreal zonesBottom = layoutZones();
        layoutMail(zonesBottom);
        centre();
        QList<QRectF> obstacles;
        for (const DiagramNode& n : std::as_const(m.m_nodes))
            if (n.kind != QLatin1String("zone"))
                obstacles << n.rect;
        for (DiagramEdge& e : m.m_edges) {
            const DiagramNode& from = m.m_nodes[m.m_index[e.from]];
            const DiagramNode& to = m.m_nodes[m.m_index[e.to]];
            // A delegation leaves the parent's whole cluster, not its header.
            const QRectF fromRect = from.kind == QLatin1String("zone") && e.kind == QLatin1String("delegation") &&
                                            !clusterRect(from.zone).isNull()
                                        ? clusterRect(from.zone)
                                        : from.rect;
            e.route = ChainLayout::route(fromRect, to.rect, obstacles);
        }
        QRectF all;
        for (const DiagramNode& n : std::as_const(m.m_nodes))
            all |= n.rect;
        for (const DiagramCluster& c : std::as_const(m.m_clusters))
            all |= c.rect;
        m.m_legend = QRectF(all.right() + 40, all.top(), 270, 7 * 24 + 34);
        m.m_bounds = (all | m.m_legend).adjusted(-20, -20, 20, 20);
    }

private:
    void addNode(const QString& id, const QString& kind, const QString& label, const QString& status, bool synthetic) {
        if (m.m_index.contains(id))
            return;
        DiagramNode n;
        n.id = id;
        n.kind = kind;
        n.label = label;
        n.status = status;
        n.synthetic = synthetic;
        if (kind == QLatin1String("dnskey")) {
            const QStringList words = label.split(QLatin1Char(' '), Qt::SkipEmptyParts);
            n.sep = words.contains(QLatin1String("SEP"));
            n.revoked = words.contains(QLatin1String("REVOKED"));
            n.trustAnchor = words.contains(QLatin1String("trust-anchor"));
        }
        m.m_index.insert(id, int(m.m_nodes.size()));
        m.m_nodes << n;
    }

    [[nodiscard]] qreal textWidth(const QString& text) const {
        return m_textWidth ? m_textWidth(text) : 7.0 * qreal(text.size());
    }

    void size(DiagramNode& n) const {
        n.title = shortened(n.label);
        n.subtitle = kindCaption(n) + QStringLiteral(" \u00b7 ") + n.status;
        qreal w = std::max(textWidth(n.title), textWidth(n.subtitle)) + 2 * TextPad + IconSpace;
        if (n.isEllipse())
            w = w * 1.18 + 10;
        n.rect = QRectF(0, 0, std::max<qreal>(w, 90), ChainLayout::NodeHeight);
    }

    void assignCertificateDepths() {
        // Depth 0 is reached by a "tls" edge from an address; each "chain" edge adds one.
        for (const DiagramEdge& e : std::as_const(m.m_edges))
            if (e.kind == QLatin1String("tls") && m.m_nodes[m.m_index[e.to]].kind == QLatin1String("certificate"))
                m.m_nodes[m.m_index[e.to]].depth = 0;
        for (int pass = 0; pass < 16; ++pass) { // chains are short; bounded against cycles in hostile data
            bool changed = false;
            for (const DiagramEdge& e : std::as_const(m.m_edges)) {
                if (e.kind != QLatin1String("chain"))
                    continue;
                const DiagramNode& from = m.m_nodes[m.m_index[e.from]];
                DiagramNode& to = m.m_nodes[m.m_index[e.to]];
                if (from.depth >= 0 && (to.depth < 0 || to.depth > from.depth + 1) && to.depth != 0) {
                    to.depth = from.depth + 1;
                    changed = true;
                }
            }
            if (!changed)
                break;
        }
        for (DiagramNode& n : m.m_nodes)
            if (n.kind == QLatin1String("certificate") && n.depth < 0)
                n.depth = 0;
    }

    [[nodiscard]] QString zoneFor(const QString& name) const {
        QString best;
        for (const QString& z : m_zones)
            if (isUnder(name, z) && (best.isEmpty() || labelCount(z) > labelCount(best)))
                best = z;
        return best;
    }

    void assignZones() {
        for (const DiagramNode& n : std::as_const(m.m_nodes)) {
            if (n.kind == QLatin1String("zone"))
                m_zones.insert(n.label.isEmpty() ? idName(n.id) : n.label);
            else if (n.kind == QLatin1String("dnskey") || n.kind == QLatin1String("ds"))
                m_zones.insert(idName(n.id));
        }
        m_zones.remove(QString());
        QHash<QString, QString> parentOf; // child zone -> parent zone (delegation edges)
        for (const DiagramEdge& e : std::as_const(m.m_edges))
            if (e.kind == QLatin1String("delegation"))
                parentOf.insert(idName(e.to), idName(e.from));
        for (DiagramNode& n : m.m_nodes) {
            if (n.kind == QLatin1String("zone") || n.kind == QLatin1String("dnskey") || n.kind == QLatin1String("ds")) {
                n.zone = n.kind == QLatin1String("zone") && !n.label.isEmpty() ? n.label : idName(n.id);
                continue;
            }
            if (n.kind != QLatin1String("rrset") && n.kind != QLatin1String("proof"))
                continue;
            const QString name = idName(n.id);
            // The proof that a child has no DS lives in the parent zone.
            if (n.kind == QLatin1String("proof") && n.id.endsWith(QLatin1String("/DS")) && parentOf.contains(name)) {
                n.zone = parentOf.value(name);
                continue;
            }
            for (const DiagramEdge& e : std::as_const(m.m_edges)) {
                if (e.to != n.id || e.kind != QLatin1String("rrsig"))
                    continue;
                if (e.from.startsWith(QLatin1String("dnskey:")) || e.from.startsWith(QLatin1String("zone:"))) {
                    n.zone = idName(e.from);
                    break;
                }
            }
            if (n.zone.isEmpty())
                n.zone = zoneFor(name);
        }
        // The zones' own nodes are their cluster headers, not boxes inside them.
        for (const QString& z : std::as_const(m_zones)) {
            DiagramCluster c;
            c.zone = z;
            const auto it = m.m_index.constFind(QStringLiteral("zone:") + z);
            c.status = it != m.m_index.constEnd() ? m.m_nodes[*it].status : QStringLiteral("secure");
            m.m_clusters << c;
        }
        std::sort(m.m_clusters.begin(), m.m_clusters.end(), [](const DiagramCluster& a, const DiagramCluster& b) {
            const int la = labelCount(a.zone);
            const int lb = labelCount(b.zone);
            return la != lb ? la < lb : a.zone < b.zone;
        });
    }

    // Zone clusters in bands by delegation depth; returns the bottom of the last band.
    qreal layoutZones() {
        qreal top = 0;
        qsizetype c = 0;
        while (c < m.m_clusters.size()) {
            const int depth = labelCount(m.m_clusters[c].zone);
            qreal x = 0;
            qreal bandHeight = 0;
            for (; c < m.m_clusters.size() && labelCount(m.m_clusters[c].zone) == depth; ++c) {
                DiagramCluster& cluster = m.m_clusters[c];
                QList<Row> rows(3);
                for (int i = 0; i < m.m_nodes.size(); ++i) {
                    const DiagramNode& n = m.m_nodes[i];
                    if (n.zone != cluster.zone || n.kind == QLatin1String("zone"))
                        continue;
                    rows[n.kind == QLatin1String("ds") ? 0 : n.kind == QLatin1String("dnskey") ? 1 : 2].nodes << i;
                }
                sortRow(rows[0], [](const DiagramNode& a, const DiagramNode& b) { return a.label < b.label; });
                sortRow(rows[1], [](const DiagramNode& a, const DiagramNode& b) {
                    return a.sep != b.sep ? a.sep : a.label < b.label;
                });
                sortRow(rows[2], [](const DiagramNode& a, const DiagramNode& b) {
                    if (a.kind != b.kind)
                        return a.kind == QLatin1String("rrset");
                    return a.label < b.label;
                });
                qreal width = textWidth(cluster.zone) + 140;
                for (const Row& r : rows)
                    width = std::max(width, r.width(m.m_nodes));
                width += 2 * ClusterPad;
                qreal y = top + ChainLayout::ClusterHeader + ClusterPad;
                for (const Row& r : rows) {
                    if (r.nodes.isEmpty())
                        continue;
                    r.place(m.m_nodes, x + ClusterPad, width - 2 * ClusterPad, y);
                    y += ChainLayout::NodeHeight + RowGap;
                }
                const qreal height = std::max<qreal>(y - RowGap + ClusterPad - top, ChainLayout::ClusterHeader + 20);
                cluster.rect = QRectF(x, top, width, height);
                bandHeight = std::max(bandHeight, height);
                x += width + ClusterGap;
            }
            m_bands << QPair<qsizetype, qreal>(c, x - ClusterGap);
            top += bandHeight + BandGap;
        }
        return top;
    }

    template <typename Less> void sortRow(Row& row, Less less) const {
        std::stable_sort(row.nodes.begin(), row.nodes.end(),
                         [&](int a, int b) { return less(m.m_nodes[a], m.m_nodes[b]); });
    }

    // Per MX host a column: host; addresses and TLSA records; certificates by depth. The verdict below all.
    void layoutMail(qreal top) {
        QList<QString> hosts;
        QHash<QString, int> groupOf; // node id -> host column
        for (const DiagramNode& n : std::as_const(m.m_nodes))
            if (n.kind == QLatin1String("host")) {
                groupOf.insert(n.id, int(hosts.size()));
                hosts << n.id;
            }
        const auto hostOfName = [&](const QString& name) { return groupOf.value(QStringLiteral("host:") + name, -1); };
        for (const DiagramNode& n : std::as_const(m.m_nodes))
            if (n.kind == QLatin1String("address")) {
                int g = hostOfName(idName(n.id));
                if (g < 0)
                    for (const DiagramEdge& e : std::as_const(m.m_edges))
                        if (e.to == n.id && groupOf.contains(e.from))
                            g = groupOf.value(e.from);
                groupOf.insert(n.id, std::max(g, 0));
            }
        // Certificates follow their address (depth 0) and then their chain; TLSA records their match or name.
        for (int pass = 0; pass < 16; ++pass)
            for (const DiagramEdge& e : std::as_const(m.m_edges))
                if ((e.kind == QLatin1String("tls") || e.kind == QLatin1String("chain")) && groupOf.contains(e.from) &&
                    !groupOf.contains(e.to) && m.m_nodes[m.m_index[e.to]].kind == QLatin1String("certificate"))
                    groupOf.insert(e.to, groupOf.value(e.from));
        for (const DiagramNode& n : std::as_const(m.m_nodes)) {
            if (n.kind != QLatin1String("tlsa"))
                continue;
            int g = hostOfName(idName(n.id));
            for (const DiagramEdge& e : std::as_const(m.m_edges))
                if (g < 0 && e.from == n.id && groupOf.contains(e.to))
                    g = groupOf.value(e.to);
            groupOf.insert(n.id, std::max(g, 0));
        }
        int maxDepth = -1;
        for (const DiagramNode& n : std::as_const(m.m_nodes))
            if (n.kind == QLatin1String("certificate"))
                maxDepth = std::max(maxDepth, n.depth);
        const int rowCount = 2 + maxDepth + 1;
        const int groupCount = std::max<int>(1, int(hosts.size()));
        QList<QList<Row>> grid(groupCount, QList<Row>(rowCount));
        QList<int> verdicts;
        QList<int> loose; // nodes of no known kind
        for (int i = 0; i < m.m_nodes.size(); ++i) {
            const DiagramNode& n = m.m_nodes[i];
            if (!n.zone.isEmpty() || n.kind == QLatin1String("zone"))
                continue;
            if (n.kind == QLatin1String("verdict")) {
                verdicts << i;
                continue;
            }
            const int g = std::clamp(groupOf.value(n.id, 0), 0, groupCount - 1);
            if (n.kind == QLatin1String("host"))
                grid[g][0].nodes << i;
            else if (n.kind == QLatin1String("address") || n.kind == QLatin1String("tlsa"))
                grid[g][1].nodes << i;
            else if (n.kind == QLatin1String("certificate"))
                grid[g][2 + n.depth].nodes << i;
            else
                loose << i;
        }
        for (QList<Row>& rows : grid) // addresses before TLSA records
            std::stable_sort(rows[1].nodes.begin(), rows[1].nodes.end(), [&](int a, int b) {
                return m.m_nodes[a].kind == QLatin1String("address") && m.m_nodes[b].kind != QLatin1String("address");
            });
        // Rows no column uses take no space (a bogus MX leaves no hosts, for instance).
        QList<qreal> rowTop(rowCount, top);
        qreal y = top;
        for (int r = 0; r < rowCount; ++r) {
            rowTop[r] = y;
            bool used = false;
            for (const QList<Row>& rows : std::as_const(grid))
                used = used || !rows[r].nodes.isEmpty();
            if (used)
                y += ChainLayout::NodeHeight + RowGap;
        }
        qreal x = 0;
        for (const QList<Row>& rows : std::as_const(grid)) {
            qreal width = 0;
            for (const Row& r : rows)
                width = std::max(width, r.width(m.m_nodes));
            for (int r = 0; r < rowCount; ++r)
                rows[r].place(m.m_nodes, x, width, rowTop[r]);
            x += width + GroupGap;
        }
        const qreal mailWidth = std::max<qreal>(x - GroupGap, 0);
        Row bottom;
        bottom.nodes = verdicts + loose;
        bottom.place(m.m_nodes, 0, std::max(mailWidth, bottom.width(m.m_nodes)), y);
        m_mailWidth = std::max(mailWidth, bottom.width(m.m_nodes));
        m_mailTop = top;
    }

    // Every band and the mail part centred on the widest of them.
    void centre() {
        qreal widest = m_mailWidth;
        for (const auto& band : std::as_const(m_bands))
            widest = std::max(widest, band.second);
        qsizetype first = 0;
        for (const auto& band : std::as_const(m_bands)) {
            const qreal dx = (widest - band.second) / 2;
            for (qsizetype c = first; c < band.first; ++c) {
                DiagramCluster& cluster = m.m_clusters[c];
                cluster.rect.translate(dx, 0);
                for (DiagramNode& n : m.m_nodes)
                    if (n.zone == cluster.zone && n.kind != QLatin1String("zone"))
                        n.rect.translate(dx, 0);
            }
            first = band.first;
        }
        const qreal dx = (widest - m_mailWidth) / 2;
        for (DiagramNode& n : m.m_nodes) {
            if (n.kind == QLatin1String("zone")) // drawn as its cluster's header
                n.rect = clusterRect(n.zone).isNull() ? n.rect : headerRect(clusterRect(n.zone));
            else if (n.zone.isEmpty())
                n.rect.translate(dx, 0);
        }
    }

    [[nodiscard]] QRectF clusterRect(const QString& zone) const {
        for (const DiagramCluster& c : m.m_clusters)
            if (c.zone == zone)
                return c.rect;
        return {};
    }
    static QRectF headerRect(const QRectF& cluster) {
        return QRectF(cluster.left(), cluster.top(), cluster.width(), ChainLayout::ClusterHeader);
    }

    ChainLayout& m;
    const ChainLayout::TextWidth& m_textWidth;
    QSet<QString> m_zones;
    QList<QPair<qsizetype, qreal>> m_bands; // end index into clusters, width
    qreal m_mailWidth = 0;
    qreal m_mailTop = 0;
};

ChainLayout ChainLayout::compute(const QList<ChainGraph::Node>& nodes, const QList<ChainGraph::Edge>& edges,
                                 const TextWidth& textWidth) {
    ChainLayout layout;
    ChainLayoutBuilder builder(layout, textWidth);
    builder.addNodes(nodes, edges);
    builder.run();
    return layout;
}

ChainLayout ChainLayout::compute(const ChainGraph& graph, const TextWidth& textWidth) {
    return compute(graph.nodes(), graph.edges(), textWidth);
}

ChainLayout ChainLayout::fromJson(const QJsonObject& chain, const TextWidth& textWidth) {
    QList<ChainGraph::Node> nodes;
    QList<ChainGraph::Edge> edges;
    constexpr qsizetype Limit = 20000; // bounded: the JSON may come from a file
    for (const auto& v : chain.value(QStringLiteral("nodes")).toArray()) {
        if (nodes.size() >= Limit)
            break;
        const QJsonObject o = v.toObject();
        nodes << ChainGraph::Node{o.value(QStringLiteral("id")).toString(), o.value(QStringLiteral("kind")).toString(),
                                  o.value(QStringLiteral("label")).toString(),
                                  o.value(QStringLiteral("status")).toString()};
    }
    for (const auto& v : chain.value(QStringLiteral("edges")).toArray()) {
        if (edges.size() >= Limit)
            break;
        const QJsonObject o = v.toObject();
        edges << ChainGraph::Edge{o.value(QStringLiteral("from")).toString(), o.value(QStringLiteral("to")).toString(),
                                  o.value(QStringLiteral("kind")).toString(),
                                  o.value(QStringLiteral("status")).toString()};
    }
    return compute(nodes, edges, textWidth);
}

namespace {

QPointF cubicAt(const QList<QPointF>& p, qsizetype first, qreal t) {
    const qreal u = 1 - t;
    return u * u * u * p[first] + 3 * u * u * t * p[first + 1] + 3 * u * t * t * p[first + 2] +
           t * t * t * p[first + 3];
}

bool hitsObstacle(const QList<QPointF>& route, const QRectF& from, const QRectF& to, const QList<QRectF>& obstacles) {
    for (qsizetype first = 0; first + 3 < route.size(); first += 3)
        for (int i = 1; i < 24; ++i) {
            const QPointF p = cubicAt(route, first, i / 24.0);
            for (const QRectF& o : obstacles)
                if (o != from && o != to && o.adjusted(2, 2, -2, -2).contains(p))
                    return true;
        }
    return false;
}

} // namespace

QList<QPointF> ChainLayout::route(const QRectF& from, const QRectF& to, const QList<QRectF>& obstacles) {
    QList<QPointF> direct;
    const bool down = to.top() >= from.bottom() - 1;
    const bool up = to.bottom() <= from.top() + 1;
    if (down) {
        const QPointF start(from.center().x(), from.bottom());
        const QPointF end(to.center().x(), to.top());
        const qreal dy = (end.y() - start.y()) / 2;
        direct = {start, start + QPointF(0, dy), end - QPointF(0, dy), end};
    } else if (up) {
        const QPointF start(from.center().x(), from.top());
        const QPointF end(to.center().x(), to.bottom());
        const qreal dy = (start.y() - end.y()) / 2;
        direct = {start, start - QPointF(0, dy), end + QPointF(0, dy), end};
    } else { // same row: an arc over the top
        const QPointF start(from.center().x(), from.top());
        const QPointF end(to.center().x(), to.top());
        const qreal lift = std::min<qreal>(18 + std::abs(end.x() - start.x()) * 0.12, 34);
        return {start, start - QPointF(0, lift), end - QPointF(0, lift), end};
    }
    if (obstacles.isEmpty() || !hitsObstacle(direct, from, to, obstacles))
        return direct;
    // Pass beside the boxes between the two rows: on the side nearer to the straight line.
    const qreal top = down ? from.bottom() : to.bottom();
    const qreal bottom = down ? to.top() : from.top();
    const qreal lo = std::min(direct.first().x(), direct.last().x());
    const qreal hi = std::max(direct.first().x(), direct.last().x());
    qreal left = lo;
    qreal right = hi;
    for (const QRectF& o : obstacles) {
        if (o == from || o == to || o.bottom() <= top + 1 || o.top() >= bottom - 1)
            continue;
        if (o.right() < lo - 40 || o.left() > hi + 40)
            continue;
        left = std::min(left, o.left() - 14);
        right = std::max(right, o.right() + 14);
    }
    const qreal middle = (direct.first().x() + direct.last().x()) / 2;
    const qreal side = (middle - left) <= (right - middle) ? left : right;
    // Orthogonal with rounded corners: out of the source into the gap below (above) it, along the free lane
    // beside the boxes in between, into the gap above (below) the target and in. Each piece stays inside its
    // control polygon, so it stays in the gaps and the lane.
    const qreal sign = down ? 1 : -1;
    const qreal gap = 10;
    const QPointF start(std::clamp(side, from.left() + 16, std::max(from.left() + 16, from.right() - 16)),
                        down ? from.bottom() : from.top());
    const QPointF end(std::clamp(side, to.left() + 16, std::max(to.left() + 16, to.right() - 16)),
                      down ? to.top() : to.bottom());
    const QPointF laneIn(side, start.y() + sign * gap);
    const QPointF laneOut(side, end.y() - sign * gap);
    const QPointF cornerIn(start.x(), laneIn.y());
    const QPointF cornerOut(end.x(), laneOut.y());
    return {start,   cornerIn,  cornerIn,  laneIn, laneIn + (laneOut - laneIn) / 3, laneOut - (laneOut - laneIn) / 3,
            laneOut, cornerOut, cornerOut, end};
}

const DiagramNode* ChainLayout::node(const QString& id) const {
    const auto it = m_index.constFind(id);
    return it == m_index.constEnd() ? nullptr : &m_nodes[*it];
}

} // namespace danewerk::core
