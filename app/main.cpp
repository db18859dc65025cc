#include "about/applicationicon.h"
#include "about/translations.h"
#include "commandline.h"
#include "common/deferrediconstyle.h"
#include "console.h"
#include "sandboxserver.h"

#include <QApplication>
#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>
#include <memory>

using namespace exotrunk;

namespace {

void setApplicationIdentity() {
    QCoreApplication::setOrganizationName(QStringLiteral("Exotrunk"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("exotrunk.app"));
    QCoreApplication::setApplicationName(QStringLiteral("exotrunk-console"));
    QCoreApplication::setApplicationVersion(QStringLiteral(EXOTRUNK_VERSION));
}

bool wantsHeadlessServer(int argc, char **argv) {
    for (int i = 1; i < argc; ++i) {
        if (qstrcmp(argv[i], "--sandbox-server") == 0)
            return true;
    }
    return false;
}

int runSandboxServer(const CommandLineOptions &options) {
    const sandbox::SandboxOptions sandboxOptions = sandboxOptionsFor(options);

    sandbox::SandboxServer server(sandboxOptions);
    QTextStream out(stdout);
    if (!server.start(options.port)) {
        QTextStream(stderr) << "exotrunk-console: " << server.errorString() << Qt::endl;
        return 1;
    }
    const bool defaultToken = options.sandboxApiToken == CommandLineOptions().sandboxApiToken;
    out << "Sandbox listening on " << server.baseUrl().toString() << Qt::endl
        << "Account SID: " << sandboxOptions.accountSid << Qt::endl
        << "API key:     " << sandboxOptions.apiKey << Qt::endl
        << "API token:   "
        << (defaultToken ? sandboxOptions.apiToken : QStringLiteral("(as given)")) << Qt::endl
        << "Try: curl -u " << sandboxOptions.apiKey << ":"
        << (defaultToken ? sandboxOptions.apiToken : QStringLiteral("<token>")) << " "
        << server.baseUrl().toString() << "/v2/accounts/" << sandboxOptions.accountSid << "/trunks"
        << Qt::endl;
    return QCoreApplication::exec();
}

} // namespace

int main(int argc, char *argv[]) {
    std::unique_ptr<QCoreApplication> app;
    if (wantsHeadlessServer(argc, argv))
        app = std::make_unique<QCoreApplication>(argc, argv);
    else
        app = std::make_unique<QApplication>(argc, argv);
    setApplicationIdentity();

    const CommandLineParse parsed = parseCommandLine(QCoreApplication::arguments());
    if (!parsed.options) {
        QTextStream(stderr) << "exotrunk-console: " << parsed.error << Qt::endl;
        return 2;
    }
    const CommandLineOptions &options = *parsed.options;
    const TranslationSetup translation = installTranslations(*app, options.language);
    if (!translation.warning.isEmpty())
        QTextStream(stderr) << "exotrunk-console: " << translation.warning << Qt::endl;
    if (options.mode == CommandLineOptions::Mode::SandboxServer)
        return runSandboxServer(options);
    QGuiApplication::setDesktopFileName(applicationId());
    ui::DeferredIconStyle::install();

    Console console(options);
    QString error;
    if (!console.start(&error, Console::Timing::AfterFirstPaint)) {
        QTextStream(stderr) << "exotrunk-console: " << error << Qt::endl;
        return 2;
    }
    console.window().show();
    return QCoreApplication::exec();
}
