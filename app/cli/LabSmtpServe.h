#pragma once

#include "app/cli/Command.h"

namespace danewerk::cli {

// `danewerk-cli lab smtp-serve --dir DIR` (internal): serves the lab's SMTP listeners with Danewerk's own
// STARTTLS test server in unprivileged mode, until SIGTERM.
int runLabSmtpServe(const QStringList& args, Context& context);

} // namespace danewerk::cli
