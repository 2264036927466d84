#pragma once

#include "core/rollover/Parameters.h"

#include <QTableWidget>

namespace danewerk::ui {

// Every method side by side for the same parameters: how long the rollover takes, the largest DNSKEY
// response it causes, how often the parent must act, and whether it is safe for each profile.
class RolloverComparisonTable : public QTableWidget {
    Q_OBJECT
public:
    explicit RolloverComparisonTable(QWidget* parent = nullptr);
    void setParameters(const core::RolloverParameters& parameters);

    // Rough size of a DNSKEY response (header, question, keys, signatures) for a zone name of that length.
    [[nodiscard]] static int estimatedDnskeyResponseBytes(const QList<int>& keyAlgorithms,
                                                          const QList<int>& signerAlgorithms, int zoneNameLength);
};

} // namespace danewerk::ui
