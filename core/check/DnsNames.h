#pragma once

// Small helpers on presentation-format names (lower case, trailing dot) for the live check, kept apart
// from the zone engine's wire-format DnsName API.

#include <QString>

typedef struct ldns_struct_rdf ldns_rdf;

namespace danewerk::core {

[[nodiscard]] QString normalizedName(const QString& name); // lower case, trailing dot, "." for the root
[[nodiscard]] QString nameWithoutDot(const QString& name); // for SNI and X.509 reference names
[[nodiscard]] int labelCount(const QString& name);         // "." = 0; "" = -1
[[nodiscard]] bool isSubdomainOf(const QString& name, const QString& ancestor); // or equal
// The ancestor of name with the given number of labels ("a.b.c.", 2 -> "b.c.").
[[nodiscard]] QString ancestorWithLabels(const QString& name, int labels);
[[nodiscard]] QString rdfToName(const ldns_rdf* rdf); // a dname rdf as normalized text

} // namespace danewerk::core
