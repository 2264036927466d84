#pragma once

#include <QString>

namespace danewerk::core {

// How the diagram draws a status of the `chain` graph. Every class has its own colour AND line style AND
// icon, so the picture reads in greyscale and for colour-blind users (LIVE-CHECK.md "The diagram").
enum class DiagramStatus {
    Secure,        // solid green, check mark
    Insecure,      // dashed grey, open padlock-like "i"
    Bogus,         // red double line, cross
    Expired,       // amber dotted, clock
    Indeterminate, // amber dotted, question mark
    Missing,       // hollow outline, no fill
    Neutral,       // plain dark outline (presented certificates, structural edges)
};

// Maps the engine's status strings (DNSSEC states, address/host statuses, verdicts, "usable", ...).
[[nodiscard]] DiagramStatus diagramStatusOf(const QString& status);
// "secure", "insecure", ... for tests and legends.
[[nodiscard]] QString diagramStatusName(DiagramStatus status);

} // namespace danewerk::core
