#pragma once

#include <QSortFilterProxyModel>

#include <optional>
#include <vector>

namespace danewerk::ui {

// Filters zone records by name (substring of the owner, or a whole subtree) and type, and sorts them. The
// name filter is evaluated once per name, not once per record, so filtering a large zone stays quick.
class ZoneRecordFilter : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit ZoneRecordFilter(QObject* parent = nullptr);
    void setSourceModel(QAbstractItemModel* model) override;

    // Case-insensitive substring of the owner name; empty shows every name.
    void setNameFilter(const QString& text);
    // Only this owner name and the names below it (presentation format); empty clears it.
    void setSubtree(const QString& name);
    // Only records of this type; nullopt shows all types.
    void setTypeFilter(std::optional<quint16> type);

    [[nodiscard]] QString nameFilter() const { return m_nameFilter; }
    [[nodiscard]] QString subtree() const { return m_subtree; }
    [[nodiscard]] std::optional<quint16> typeFilter() const { return m_type; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    // Compares the zone's values directly (canonical order for names, RDATA octets for data) instead of
    // formatted text, so that sorting a million records never formats them all.
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    void rebuildNameMask();

    QString m_nameFilter;
    QString m_subtree;
    std::optional<quint16> m_type;
    std::vector<bool> m_nameAccepted; // per owner index; empty when no name filter is set
};

} // namespace danewerk::ui
