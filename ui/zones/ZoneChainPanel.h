#pragma once

#include "core/check/ChainGraph.h"
#include "core/zone/Zone.h"

#include <QDateTime>
#include <QFutureWatcher>
#include <QWidget>

#include <memory>

namespace danewerk::ui {

class ChainScene;
class ChainView;

// The Zones page's "Chain" tab: the loaded zone's own chain (DS for the parent, DNSKEYs, which key signs
// what) drawn with the live check's diagram items. The graph is built off the GUI thread (it verifies the
// signatures again, per RRset group); the small layout runs on the GUI thread.
class ZoneChainPanel : public QWidget {
    Q_OBJECT
public:
    explicit ZoneChainPanel(QWidget* parent = nullptr);
    ~ZoneChainPanel() override;

    void setZone(std::shared_ptr<const core::Zone> zone, bool isSigned, const QDateTime& now);
    [[nodiscard]] ChainScene* scene() const { return m_scene; }
    [[nodiscard]] bool isBuilding() const { return m_watcher.isRunning(); }

Q_SIGNALS:
    void diagramReady();

protected:
    // The tab is usually hidden when the diagram arrives: fit once it is seen at its real size.
    void showEvent(QShowEvent* event) override;

private:
    void showGraph();

    ChainScene* m_scene = nullptr;
    ChainView* m_view = nullptr;
    QFutureWatcher<core::ChainGraph> m_watcher;
    QString m_title;
};

} // namespace danewerk::ui
