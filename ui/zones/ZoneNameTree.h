#pragma once

#include "core/zone/Zone.h"

#include <QByteArray>

#include <vector>

namespace danewerk::ui {

// The names of a zone as a tree (apex at the top, empty non-terminals included), flat and compact so that it
// can be built off the GUI thread for millions of names. Names outside the zone are top-level nodes.
struct ZoneNameTree {
    struct Node {
        quint32 parent = NoParent;
        quint32 row = 0;        // position among its siblings
        quint32 childStart = 0; // into children
        quint32 childCount = 0;
        qint32 name = -1;    // index into Zone::name(), or -1 for an empty non-terminal
        quint32 records = 0; // records owned by this name
    };
    static constexpr quint32 NoParent = 0xffffffffu;

    std::vector<Node> nodes;
    std::vector<quint32> children; // node indices, grouped per parent
    std::vector<quint32> roots;
    std::vector<QByteArray> emptyNames; // wire names of empty non-terminals, by -name - 2

    [[nodiscard]] QByteArray wireName(const core::Zone& zone, quint32 node) const;

    [[nodiscard]] static ZoneNameTree build(const core::Zone& zone);
};

} // namespace danewerk::ui
