#pragma once

#include <QString>

#include <functional>

namespace danewerk::core {

// What the live check of one domain is doing, reported from inside the engine in the order of
// LIVE-CHECK.md (MX -> hosts -> addresses -> TLSA -> STARTTLS -> match), so a front end can show
// "mx1.example.org.: 2 of 3 addresses" while the check runs.
struct CheckProgressEvent {
    enum class Kind {
        DomainStarted,
        MxResolved,      // count: hosts that will be checked; detail: the MX RRset's DNSSEC state
        HostStarted,     // host: its DNS lookups begin
        HostResolved,    // count: addresses; detail: the address RRsets' DNSSEC state
        TlsaLookup,      // detail: the TLSA owner asked for
        AddressStarted,  // address: its SMTP session begins
        TlsStep,         // detail: connect, banner, ehlo, starttls, handshake, second-key-type
        AddressFinished, // detail: the address's STATUS (CLI.md)
        HostFinished,    // detail: the host's STATUS
        DomainFinished,  // detail: the VERDICT
        DomainCancelled, // nothing after it; the check has no verdict
    };
    Kind kind = Kind::DomainStarted;
    QString domain; // normalized, as every name here
    QString host;
    QString address;
    int count = 0;
    QString detail;

    // "host-finished", ... (stable; tests and logs)
    [[nodiscard]] static QString kindName(Kind kind);
    // One line: kind, host (or domain), address, count (MX and host resolved), detail; empty fields left out:
    // "host-resolved mx.example.org. count=2 secure", "tls-step mx.example.org. 192.0.2.1 starttls".
    [[nodiscard]] QString toString() const;
};

// Called from the checking thread and from the SMTP probe threads at once: must be thread-safe and quick.
using CheckProgressCallback = std::function<void(const CheckProgressEvent&)>;

// How a caller watches and stops a running check. Both are optional. Cancellation is cooperative: it is
// checked before every DNS query, before every SMTP session and while a session waits for the network, so
// a cancelled check ends within a fraction of a second and returns no verdict.
struct CheckObserver {
    CheckProgressCallback progress;
    std::function<bool()> cancelled;

    void report(const CheckProgressEvent& event) const {
        if (progress)
            progress(event);
    }
    [[nodiscard]] bool isCancelled() const { return cancelled && cancelled(); }
};

} // namespace danewerk::core
