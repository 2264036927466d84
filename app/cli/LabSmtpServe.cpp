#include "app/cli/LabSmtpServe.h"

#include <QCoreApplication>

namespace danewerk::cli {

int runLabSmtpServe(const QStringList& args, Context& context) {
    Q_UNUSED(args)
    *context.err << context.program << ": "
                 << QCoreApplication::translate("danewerk::cli::LabCommand",
                                                "the STARTTLS test server is not part of this build yet")
                 << '\n';
    return ExitEnvironment;
}

} // namespace danewerk::cli
