#pragma once

#include "core/common/Result.h"
#include "core/zone/Zone.h"

#include <QDateTime>
#include <QDialog>
#include <QFutureWatcher>
#include <QStringList>

#include <memory>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace danewerk::ui {

// What "Sign zone…" asks for; the dialog fills it, the worker carries it out.
struct SignZoneRequest {
    QString outputPath;
    int algorithm = 13;
    bool split = false; // a KSK and a ZSK instead of one CSK
    bool nsec3 = false;
    qint64 validitySeconds = 14 * 86400;
    QDateTime now;          // inception is now - 1 h, expiration now + validity (as `zone sign`)
    bool overwrite = false; // replace an existing output file (the user confirmed it)
};

struct SignZoneResult {
    QString outputPath;
    QStringList keyFiles; // the .key files written next to the output (each with its .private, mode 0600)
    qsizetype signatures = 0;
};

// "Sign zone…": algorithm, CSK or KSK+ZSK, NSEC or NSEC3, validity and the output file (save dialog). The
// signing runs off the GUI thread; the output is written atomically and never replaced without asking.
class SignZoneDialog : public QDialog {
    Q_OBJECT
public:
    SignZoneDialog(std::shared_ptr<const core::Zone> zone, const QString& suggestedOutput, const QDateTime& now,
                   QWidget* parent = nullptr);
    ~SignZoneDialog() override;

    [[nodiscard]] SignZoneRequest request() const;
    [[nodiscard]] const SignZoneResult& result() const { return m_result; }

    // The work itself, callable from any thread: generates the keys, signs, writes the keys next to the
    // output (refusing to replace key files) and the zone (atomically, replaced only with overwrite).
    [[nodiscard]] static core::Result<SignZoneResult> signZone(const core::Zone& zone, const SignZoneRequest& request);

private:
    void browse();
    void start();
    void finished();

    std::shared_ptr<const core::Zone> m_zone;
    QDateTime m_now;
    QComboBox* m_algorithm = nullptr;
    QComboBox* m_layout = nullptr;
    QComboBox* m_chain = nullptr;
    QSpinBox* m_validity = nullptr;
    QLineEdit* m_output = nullptr;
    QLabel* m_status = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    bool m_overwrite = false;
    QFutureWatcher<std::shared_ptr<const core::Result<SignZoneResult>>> m_watcher; // Result has no default
    SignZoneResult m_result;
};

} // namespace danewerk::ui
