#pragma once

#include "core/check/ChainGraph.h"
#include "core/findings/Finding.h"
#include "core/zone/Zone.h"
#include "ui/zones/ZoneChainNodeDetails.h"

#include <QDateTime>
#include <QFutureWatcher>
#include <QWidget>

#include <memory>

class QPlainTextEdit;

namespace danewerk::ui {

class ChainScene;
class ChainView;

// The Zones page's "Chain" tab: the loaded zone's own chain (DS for the parent, DNSKEYs, which key signs
// what) drawn with the live check's diagram items, and under it the details of the clicked node (its records
// and findings). The graph and the details are computed off the GUI thread (they read the whole zone); the
// small layout runs on the GUI thread. A double-click asks the page to show the node's record in the table.
class ZoneChainPanel : public QWidget {
    Q_OBJECT
public:
    explicit ZoneChainPanel(QWidget* parent = nullptr);
    ~ZoneChainPanel() override;

    void setZone(std::shared_ptr<const core::Zone> zone, bool isSigned, const QDateTime& now,
                 const core::Findings& findings = {}, const QList<ZoneKeyRow>& keys = {});
    [[nodiscard]] ChainScene* scene() const { return m_scene; }
    [[nodiscard]] ChainView* view() const { return m_view; }
    [[nodiscard]] bool isBuilding() const { return m_watcher.isRunning(); }
    // The details pane: the clicked node's text, and whether it is still being read.
    [[nodiscard]] QString detailsText() const;
    [[nodiscard]] bool isDescribing() const { return m_detailsWatcher.isRunning(); }
    // Selects a node as a click does (its details follow).
    void showNode(const QString& id);

Q_SIGNALS:
    void diagramReady();
    // The details of a node are on screen.
    void nodeDescribed(const QString& id);
    // A node was double-clicked: show this record of the zone in the table.
    void recordRequested(qsizetype record);

protected:
    // The tab is usually hidden when the diagram arrives: fit once it is seen at its real size.
    void showEvent(QShowEvent* event) override;

private:
    struct Description {
        QString id;
        QString text;
        qsizetype record = -1;
    };
    void showGraph();
    void describe(const QString& id);
    void showDescription();
    void requestRecord(const QString& id);

    ChainScene* m_scene = nullptr;
    ChainView* m_view = nullptr;
    QPlainTextEdit* m_details = nullptr;
    QFutureWatcher<core::ChainGraph> m_watcher;
    QFutureWatcher<Description> m_detailsWatcher;
    QString m_title;
    std::shared_ptr<ZoneChainContext> m_context; // what node details are read from; shared with the jobs
    Description m_shown;                         // the node whose details are on screen
    QString m_describing;                        // the node whose details are being read
    QString m_pendingRecordOf;                   // double-clicked while its details were being read
};

} // namespace danewerk::ui
