#pragma once

#include "core/zone/Zone.h"

#include <QDialog>

#include <memory>

class QComboBox;
class QPlainTextEdit;

namespace danewerk::ui {

// "DS records…": the DS records of the zone's SEP keys for the parent, with the digest to choose (SHA-256
// or SHA-384) and a Copy button. The text is what `zone ds` prints.
class DsRecordsDialog : public QDialog {
    Q_OBJECT
public:
    explicit DsRecordsDialog(std::shared_ptr<const core::Zone> zone, QWidget* parent = nullptr);

    void setDigestType(int digestType); // 2 or 4
    [[nodiscard]] int digestType() const;
    [[nodiscard]] QString text() const;

private:
    void refresh();

    std::shared_ptr<const core::Zone> m_zone;
    QComboBox* m_digest = nullptr;
    QPlainTextEdit* m_text = nullptr;
};

} // namespace danewerk::ui
