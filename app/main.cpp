#include "about/applicationicon.h"
#include "api/tlstrust.h"
#include "commandline.h"
#include "common/deferrediconstyle.h"
#include "console.h"
#include "i18n/translations.h"
#include "logging.h"
#include "sandboxserver.h"

#include <QApplication>
#include <QCoreApplication>
#include <QTemporaryDir>
#include <QTextStream>

#include <cstdio>
#include <memory>
#include <optional>

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

// The certificate of `--tls`: the given files, or a self-signed one generated into `scratch`.
std::optional<sandbox::TlsFiles> sandboxTlsFiles(const CommandLineOptions &options,
                                                 const QTemporaryDir &scratch, QString *error) {
    if (!options.tlsCertificateFile.isEmpty())
        return sandbox::TlsFiles{options.tlsCertificateFile, options.tlsKeyFile};
    if (!scratch.isValid()) {
        *error = QCoreApplication::translate(
                     "Console", "No temporary folder for the sandbox's certificate: %1")
                     .arg(scratch.errorString());
        return std::nullopt;
    }
    return sandbox::generateSelfSignedCertificate(scratch.path(), error);
}

int runSandboxServer(const CommandLineOptions &options) {
    sandbox::SandboxOptions sandboxOptions = sandboxOptionsFor(options);
    // Holds a generated certificate while the server runs; removed when it stops.
    const QTemporaryDir scratch;
    if (options.sandboxTls) {
        QString error;
        sandboxOptions.tls = sandboxTlsFiles(options, scratch, &error);
        if (!sandboxOptions.tls) {
            QTextStream(stderr) << "exotrunk-console: " << error << Qt::endl;
            return 1;
        }
    }

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
        << "Try: curl "
        << (sandboxOptions.tls ? QStringLiteral("--cacert ") + sandboxOptions.tls->certificateFile +
                                     QLatin1Char(' ')
                               : QString())
        << "-u " << sandboxOptions.apiKey << ":"
        << (defaultToken ? sandboxOptions.apiToken : QStringLiteral("<token>")) << " "
        << server.baseUrl().toString() << "/v2/accounts/" << sandboxOptions.accountSid << "/trunks"
        << Qt::endl;
    if (sandboxOptions.referenceOnly)
        out << QCoreApplication::translate(
                   "Console", "Reference only: endpoints documented only in the vendor's "
                              "samples (listing trunks among them) answer 404.")
            << Qt::endl;
    if (sandboxOptions.tls) {
        QString problem;
        const QList<QSslCertificate> chain =
            tls::readCaCertificates(sandboxOptions.tls->certificateFile, &problem);
        out << "Certificate: " << sandboxOptions.tls->certificateFile << Qt::endl;
        if (!chain.isEmpty())
            out << "SHA-256:     " << tls::sha256Fingerprint(chain.constFirst()) << Qt::endl;
        out << "Trust it in a profile as its extra CA certificate (Advanced)." << Qt::endl;
    }
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
    applyLoggingRules(options.verbose);
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
