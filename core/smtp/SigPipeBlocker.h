#pragma once

#include <csignal>
#include <ctime>
#include <pthread.h>

namespace danewerk::core {

// OpenSSL writes to sockets with write(2), which raises SIGPIPE when the peer has gone; a hostile server
// that hangs up must not kill the process. Blocks SIGPIPE for this thread while in scope, swallows one that
// became pending, and restores the previous mask: no process-wide signal disposition is changed.
class SigPipeBlocker {
public:
    SigPipeBlocker() {
        sigemptyset(&m_pipe);
        sigaddset(&m_pipe, SIGPIPE);
        pthread_sigmask(SIG_BLOCK, &m_pipe, &m_previous);
    }
    ~SigPipeBlocker() {
        const timespec zero{0, 0};
        sigset_t pending;
        sigpending(&pending);
        if (sigismember(&pending, SIGPIPE))
            sigtimedwait(&m_pipe, nullptr, &zero);
        pthread_sigmask(SIG_SETMASK, &m_previous, nullptr);
    }
    SigPipeBlocker(const SigPipeBlocker&) = delete;
    SigPipeBlocker& operator=(const SigPipeBlocker&) = delete;

private:
    sigset_t m_pipe;
    sigset_t m_previous;
};

} // namespace danewerk::core
