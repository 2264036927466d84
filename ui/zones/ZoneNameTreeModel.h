#pragma once

#include "core/zone/Zone.h"
#include "ui/zones/ZoneNameTree.h"

#include <QAbstractItemModel>

#include <memory>

namespace danewerk::ui {

// The tree of names of a zone: one label per level, the record count beside it, empty non-terminals in grey.
class ZoneNameTreeModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Column { LabelColumn, RecordsColumn, ColumnCount };
    enum Role { FullNameRole = Qt::UserRole + 1 };

    explicit ZoneNameTreeModel(QObject* parent = nullptr);

    void setTree(std::shared_ptr<const core::Zone> zone, std::shared_ptr<const ZoneNameTree> tree);

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    [[nodiscard]] quint32 nodeOf(const QModelIndex& index) const { return quint32(index.internalId()); }

    std::shared_ptr<const core::Zone> m_zone;
    std::shared_ptr<const ZoneNameTree> m_tree;
};

} // namespace danewerk::ui
