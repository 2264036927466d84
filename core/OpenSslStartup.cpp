// Linked into every program that uses the engine (danewerk_core's INTERFACE_SOURCES), before main() runs.
//
// OpenSSL keeps per-thread state (the error queue, 904 bytes) that a thread-exit handler frees, registered
// under a pthread key. By default OpenSSL also frees its globals in an atexit() handler, and that deletes
// the key. Qt's worker threads are detached: QThreadPool's destructor and QThread::wait() return once a
// thread has finished its work, before the C library runs the thread's exit handlers. A program that
// returns from main() right then can run OpenSSL's atexit() handler first; the late thread then skips the
// deleted key's handler and its error queue is lost. Harmless at exit, but LeakSanitizer reports it, once
// in a while, under load (cli/tst_checkdiagram did). Without the atexit() cleanup the key stays valid and
// every thread frees its own state; the process exit returns the rest.

#include <openssl/crypto.h>

namespace {

[[maybe_unused]] const bool initialised = OPENSSL_init_crypto(OPENSSL_INIT_NO_ATEXIT, nullptr) == 1;

} // namespace
