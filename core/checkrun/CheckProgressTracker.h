#pragma once

#include "core/check/CheckProgress.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <mutex>

namespace danewerk::core {

// Folds the progress events of several domains checked at once (--jobs) into what a front end shows: one
// bar over all hosts of all domains and one line per host ("mx1.example.org.: 2 of 3 addresses").
// Thread-safe: record() is called from the checking threads, snapshot() from the GUI thread.
class CheckProgressTracker {
    Q_DECLARE_TR_FUNCTIONS(danewerk::core::CheckProgressTracker)

public:
    struct HostProgress {
        QString domain;
        QString host;
        int addresses = -1; // -1: the address lookups have not finished
        int addressesDone = 0;
        QString step;   // what it waits for now: "tlsa", or an address and its TLS stage
        QString status; // CLI.md STATUS once finished
        [[nodiscard]] bool finished() const { return !status.isEmpty(); }
        [[nodiscard]] QString describe() const; // one line for people (translated)
    };
    struct Snapshot {
        // Units of work: every host of a domain whose MX set is known, one per domain before that (and for
        // a domain without hosts). A bar shows done of total; total grows while MX sets come in.
        int done = 0;
        int total = 0;
        int domainsFinished = 0;
        int domainsCancelled = 0;
        QList<HostProgress> hosts; // in the order they started
        // The lines of the hosts still running.
        [[nodiscard]] QStringList activeLines() const;
    };

    // Forget everything and expect these domains (normalized names).
    void start(const QStringList& domains);
    void record(const CheckProgressEvent& event);
    [[nodiscard]] Snapshot snapshot() const;

private:
    struct DomainProgress {
        int hosts = -1; // -1: MX not resolved yet
        int hostsFinished = 0;
        bool finished = false;
        bool cancelled = false;
    };
    HostProgress* hostEntry(const QString& domain, const QString& host);

    mutable std::mutex m_mutex;
    QHash<QString, DomainProgress> m_domains;
    QList<HostProgress> m_hosts;
};

} // namespace danewerk::core
