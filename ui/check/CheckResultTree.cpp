#include "ui/check/CheckResultTree.h"

#include "core/diagram/DiagramStatus.h"
#include "ui/render/DiagramStyle.h"

#include <QHeaderView>
#include <QJsonArray>
#include <QPainter>
#include <QPixmap>
#include <QTreeWidgetItemIterator>

namespace danewerk::ui {

CheckResultTree::CheckResultTree(QWidget* parent) : QTreeWidget(parent) {
    setColumnCount(2);
    setHeaderLabels({tr("Name"), tr("Status")});
    header()->setSectionResizeMode(0, QHeaderView::Stretch);
    header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    header()->setStretchLastSection(false);
    setUniformRowHeights(true);
    setAlternatingRowColors(true);
}

QIcon CheckResultTree::statusIcon(const QString& status) {
    QPixmap pixmap(32, 32);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    render::DiagramStyle::paintIcon(painter, QRectF(3, 3, 26, 26), core::diagramStatusOf(status));
    painter.end();
    return QIcon(pixmap);
}

QTreeWidgetItem* CheckResultTree::domainItem(const QString& domain) const {
    for (int i = 0; i < topLevelItemCount(); ++i)
        if (topLevelItem(i)->data(0, DomainRole).toString() == domain)
            return topLevelItem(i);
    return nullptr;
}

namespace {

QTreeWidgetItem* makeItem(QTreeWidgetItem* parent, const QString& text, const QString& status, const QString& domain,
                          const QString& nodeId) {
    auto* item = new QTreeWidgetItem(parent, {text, status});
    item->setIcon(1, CheckResultTree::statusIcon(status));
    item->setData(0, CheckResultTree::DomainRole, domain);
    item->setData(0, CheckResultTree::NodeIdRole, nodeId);
    return item;
}

} // namespace

void CheckResultTree::setResult(const QJsonObject& result) {
    const QString domain = result.value(QStringLiteral("domain")).toString();
    delete domainItem(domain);
    const QString verdict = result.value(QStringLiteral("verdict")).toString();
    auto* top = new QTreeWidgetItem({domain, verdict});
    top->setIcon(1, statusIcon(verdict));
    top->setData(0, DomainRole, domain);
    top->setData(0, NodeIdRole, QStringLiteral("verdict:") + domain);
    QFont bold = top->font(0);
    bold.setBold(true);
    top->setFont(0, bold);
    addTopLevelItem(top);
    const QString mxState = result.value(QStringLiteral("mx")).toObject().value(QStringLiteral("dnssec")).toString();
    makeItem(top, tr("MX RRset"), mxState, domain, QStringLiteral("rrset:%1/MX").arg(domain));
    for (const QJsonValue& hv : result.value(QStringLiteral("hosts")).toArray()) {
        const QJsonObject h = hv.toObject();
        const QString name = h.value(QStringLiteral("name")).toString();
        QTreeWidgetItem* host =
            makeItem(top, tr("MX %1  %2").arg(h.value(QStringLiteral("preference")).toInt()).arg(name),
                     h.value(QStringLiteral("status")).toString(), domain, QStringLiteral("host:") + name);
        const QJsonArray tlsa = h.value(QStringLiteral("tlsa")).toArray();
        const QString tlsaState = h.value(QStringLiteral("tlsa_dnssec")).toString();
        makeItem(host,
                 tr("TLSA _25._tcp.%1 (%n record(s))", nullptr, int(tlsa.size()))
                     .arg(h.value(QStringLiteral("tlsa_base")).toString()),
                 tlsaState, domain,
                 QStringLiteral("rrset:_25._tcp.%1/TLSA").arg(h.value(QStringLiteral("tlsa_base")).toString()));
        for (const QJsonValue& av : h.value(QStringLiteral("addresses")).toArray()) {
            const QJsonObject a = av.toObject();
            const QString address = a.value(QStringLiteral("address")).toString();
            QTreeWidgetItem* addressItem = makeItem(host, address, a.value(QStringLiteral("status")).toString(), domain,
                                                    QStringLiteral("address:%1/%2").arg(name, address));
            for (const QJsonValue& cv : a.value(QStringLiteral("chain")).toArray()) {
                const QJsonObject c = cv.toObject();
                const int depth = c.value(QStringLiteral("depth")).toInt();
                QString matchedBy;
                for (const QJsonValue& mv : a.value(QStringLiteral("matched")).toArray())
                    if (mv.toObject().value(QStringLiteral("depth")).toInt() == depth)
                        matchedBy = tr("matched");
                makeItem(addressItem, tr("depth %1  %2").arg(depth).arg(c.value(QStringLiteral("subject")).toString()),
                         matchedBy.isEmpty() ? QStringLiteral("presented") : QStringLiteral("secure"), domain,
                         QStringLiteral("certificate:") + c.value(QStringLiteral("cert_sha256")).toString())
                    ->setText(1, matchedBy.isEmpty() ? tr("presented") : matchedBy);
            }
        }
    }
    expandItem(top);
    for (QTreeWidgetItemIterator it(top); *it && (*it == top || (*it)->parent()); ++it)
        (*it)->setExpanded(true);
}

void CheckResultTree::addError(const QString& domain, const QString& message) {
    delete domainItem(domain);
    auto* top = new QTreeWidgetItem({domain, tr("error")});
    top->setIcon(1, statusIcon(QStringLiteral("indeterminate")));
    top->setData(0, DomainRole, domain);
    top->setToolTip(0, message);
    new QTreeWidgetItem(top, {message});
    addTopLevelItem(top);
}

} // namespace danewerk::ui
