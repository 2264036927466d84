#pragma once

// The one way to include ldns from C++20: <stdbool.h> first, or ldns defines bool/true/false as macros and
// <optional> stops compiling; ldns' dprintf macro clashes with glibc's.
// clang-format off
#include <stdbool.h>
#include <ldns/ldns.h>
#undef dprintf
// clang-format on

#include <memory>

namespace danewerk::core::ldns {

// Owning handles with the right release function. _deep_free releases what a container holds, _free
// releases the container alone: use the one that matches who owns the contents.
struct RrDeleter {
    void operator()(ldns_rr* p) const { ldns_rr_free(p); }
};
struct RrListDeepDeleter {
    void operator()(ldns_rr_list* p) const { ldns_rr_list_deep_free(p); }
};
struct RrListDeleter {
    void operator()(ldns_rr_list* p) const { ldns_rr_list_free(p); }
};
struct RdfDeleter {
    void operator()(ldns_rdf* p) const { ldns_rdf_deep_free(p); }
};
struct PktDeleter {
    void operator()(ldns_pkt* p) const { ldns_pkt_free(p); }
};
struct ZoneDeepDeleter {
    void operator()(ldns_zone* p) const { ldns_zone_deep_free(p); }
};
struct ResolverDeepDeleter {
    void operator()(ldns_resolver* p) const { ldns_resolver_deep_free(p); }
};
struct BufferDeleter {
    void operator()(ldns_buffer* p) const { ldns_buffer_free(p); }
};

using RrPtr = std::unique_ptr<ldns_rr, RrDeleter>;
using RrListPtr = std::unique_ptr<ldns_rr_list, RrListDeepDeleter>;
using RrListShallowPtr = std::unique_ptr<ldns_rr_list, RrListDeleter>;
using RdfPtr = std::unique_ptr<ldns_rdf, RdfDeleter>;
using PktPtr = std::unique_ptr<ldns_pkt, PktDeleter>;
using ZonePtr = std::unique_ptr<ldns_zone, ZoneDeepDeleter>;
using ResolverPtr = std::unique_ptr<ldns_resolver, ResolverDeepDeleter>;
using BufferPtr = std::unique_ptr<ldns_buffer, BufferDeleter>;

} // namespace danewerk::core::ldns
