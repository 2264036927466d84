#include "ui/zones/ZoneNameTree.h"

#include "core/dns/DnsName.h"

namespace danewerk::ui {

QByteArray ZoneNameTree::wireName(const core::Zone& zone, quint32 node) const {
    const qint32 name = nodes[node].name;
    if (name >= 0)
        return zone.name(quint32(name)).toByteArray();
    return emptyNames[size_t(-name - 2)];
}

ZoneNameTree ZoneNameTree::build(const core::Zone& zone) {
    ZoneNameTree tree;
    const QByteArrayView origin = zone.origin();
    std::vector<quint32> recordsPerName(size_t(zone.nameCount()), 0);
    std::vector<quint32> order; // owner names in canonical order (the zone's record order)
    for (const core::ZoneRecord& r : zone.records()) {
        if (recordsPerName[r.owner]++ == 0)
            order.push_back(r.owner);
    }
    // Canonical order is a pre-order walk of the tree: keep the path from the apex to the current name.
    std::vector<quint32> path;
    std::vector<QByteArray> pathNames;
    auto addNode = [&](quint32 parent, qint32 name) {
        Node node;
        node.parent = parent;
        node.name = name;
        const auto index = quint32(tree.nodes.size());
        tree.nodes.push_back(node);
        if (parent == NoParent)
            tree.roots.push_back(index);
        return index;
    };
    auto addEmpty = [&](quint32 parent, const QByteArray& wire) {
        tree.emptyNames.push_back(wire);
        const quint32 index = addNode(parent, -qint32(tree.emptyNames.size()) - 1);
        path.push_back(index);
        pathNames.push_back(wire);
    };
    for (const quint32 owner : order) {
        const QByteArray wire = zone.name(owner).toByteArray();
        if (!core::dnsNameIsSubdomain(wire, origin)) {
            tree.nodes[addNode(NoParent, qint32(owner))].records = recordsPerName[owner];
            continue;
        }
        while (!path.empty() && !core::dnsNameIsSubdomain(wire, pathNames.back())) {
            path.pop_back();
            pathNames.pop_back();
        }
        if (path.empty() && wire.size() != origin.size())
            addEmpty(NoParent, origin.toByteArray()); // an apex without records
        // Ancestors between the path's end and this name are empty non-terminals.
        std::vector<QByteArray> missing;
        if (!path.empty()) {
            QByteArrayView ancestor = core::dnsNameParent(wire);
            while (ancestor.size() > pathNames.back().size()) {
                missing.push_back(ancestor.toByteArray());
                ancestor = core::dnsNameParent(ancestor);
            }
        }
        for (auto it = missing.rbegin(); it != missing.rend(); ++it)
            addEmpty(path.back(), *it);
        const quint32 index = addNode(path.empty() ? NoParent : path.back(), qint32(owner));
        tree.nodes[index].records = recordsPerName[owner];
        path.push_back(index);
        pathNames.push_back(wire);
    }
    // Children, grouped per parent in node order (which is canonical order).
    std::vector<quint32> counts(tree.nodes.size(), 0);
    for (const Node& node : tree.nodes) {
        if (node.parent != NoParent)
            ++counts[node.parent];
    }
    quint32 offset = 0;
    for (size_t i = 0; i < tree.nodes.size(); ++i) {
        tree.nodes[i].childStart = offset;
        offset += counts[i];
    }
    tree.children.resize(offset);
    for (quint32 i = 0; i < tree.nodes.size(); ++i) {
        const quint32 parent = tree.nodes[i].parent;
        if (parent == NoParent) {
            continue;
        }
        Node& p = tree.nodes[parent];
        tree.nodes[i].row = p.childCount;
        tree.children[p.childStart + p.childCount++] = i;
    }
    for (quint32 i = 0; i < tree.roots.size(); ++i)
        tree.nodes[tree.roots[i]].row = i;
    return tree;
}

} // namespace danewerk::ui
