#pragma once

#include "core/common/Result.h"
#include "core/diagram/ChainLayout.h"

#include <QByteArray>
#include <QImage>
#include <QJsonObject>
#include <QString>

namespace danewerk::render {

// Headless export of chain diagrams (QtGui + QtSvg only; needs a QGuiApplication for fonts, the offscreen
// platform is enough). Used by `danewerk-cli check --diagram DIR` and by the GUI's export buttons.
class DiagramExport {
public:
    static constexpr int MinimumPngWidth = 1200;

    // The layout with node sizes from the diagram font.
    [[nodiscard]] static core::ChainLayout layout(const QJsonObject& chain);
    [[nodiscard]] static QByteArray svg(const core::ChainLayout& layout, const QString& title);
    // At least MinimumPngWidth pixels wide (scaled up when the diagram is smaller).
    [[nodiscard]] static QImage image(const core::ChainLayout& layout, const QString& title);
    // Error code DIAGRAM_WRITE (also when a file exists and overwrite is false).
    [[nodiscard]] static core::Result<void> writeSvg(const QString& path, const core::ChainLayout& layout,
                                                     const QString& title, bool overwrite);
    [[nodiscard]] static core::Result<void> writePng(const QString& path, const core::ChainLayout& layout,
                                                     const QString& title, bool overwrite);
    // DIR/<domain>.svg and DIR/<domain>.png for one check result (the engine's JSON), domain without the
    // trailing dot.
    [[nodiscard]] static core::Result<void> writeForResult(const QString& dir, const QJsonObject& result,
                                                           bool overwrite);
    [[nodiscard]] static QString titleFor(const QJsonObject& result);
};

} // namespace danewerk::render
