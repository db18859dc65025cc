#include "commandline.h"

#include "api/clientconfig.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace exotrunk {

CommandLineParse parseCommandLine(const QStringList &arguments) {
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "CommandLine", "Create and look after Exotel SIP trunks for many customer accounts."));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();

    const QCommandLineOption sandbox(
        QStringLiteral("sandbox"),
        QCoreApplication::translate("CommandLine",
                                    "Start the built-in sandbox server and connect to it."));
    const QCommandLineOption sandboxServer(
        QStringLiteral("sandbox-server"),
        QCoreApplication::translate("CommandLine",
                                    "Run only the sandbox server, without a window."));
    const QCommandLineOption port(
        QStringLiteral("port"),
        QCoreApplication::translate("CommandLine", "Port of --sandbox-server (default: any)."),
        QStringLiteral("port"));
    const QCommandLineOption apiUrl(
        QStringLiteral("api-url"),
        QCoreApplication::translate("CommandLine",
                                    "Talk to this Exotel-compatible server instead of the "
                                    "account's region (http only on loopback)."),
        QStringLiteral("url"));
    const QCommandLineOption accountSid(
        QStringLiteral("sandbox-account-sid"),
        QCoreApplication::translate("CommandLine", "Account SID the sandbox accepts."),
        QStringLiteral("sid"));
    const QCommandLineOption apiKey(
        QStringLiteral("sandbox-api-key"),
        QCoreApplication::translate("CommandLine", "API key the sandbox accepts."),
        QStringLiteral("key"));
    const QCommandLineOption apiToken(
        QStringLiteral("sandbox-api-token"),
        QCoreApplication::translate("CommandLine", "API token the sandbox accepts."),
        QStringLiteral("token"));
    const QCommandLineOption latency(
        QStringLiteral("sandbox-latency"),
        QCoreApplication::translate("CommandLine", "Milliseconds the sandbox waits per answer."),
        QStringLiteral("ms"));
    const QCommandLineOption failureRate(
        QStringLiteral("sandbox-failure-rate"),
        QCoreApplication::translate("CommandLine",
                                    "Share of sandbox requests answered with 503 (0–1)."),
        QStringLiteral("rate"));
    const QCommandLineOption rateLimit(
        QStringLiteral("sandbox-rate-limit"),
        QCoreApplication::translate("CommandLine",
                                    "Requests per minute the sandbox allows (default 200)."),
        QStringLiteral("n"));
    const QCommandLineOption seed(
        QStringLiteral("sandbox-trunks"),
        QCoreApplication::translate("CommandLine",
                                    "Generated trunks to add to the sandbox's demo data."),
        QStringLiteral("n"));
    const QCommandLineOption referenceOnly(
        QStringLiteral("sandbox-reference-only"),
        QCoreApplication::translate(
            "CommandLine",
            "Let the sandbox answer only the endpoints of the API reference: those documented "
            "only in the vendor's samples (trunk listing and reading included) answer 404, like "
            "a path the API does not have."));
    const QCommandLineOption lang(
        QStringLiteral("lang"),
        QCoreApplication::translate("CommandLine",
                                    "Language of the interface (en, hi); default: the system's."),
        QStringLiteral("code"));
    const QCommandLineOption tls(
        QStringLiteral("tls"),
        QCoreApplication::translate("CommandLine",
                                    "Serve HTTPS from --sandbox-server, with a self-signed "
                                    "certificate generated at start unless --tls-cert is given."));
    const QCommandLineOption tlsCert(
        QStringLiteral("tls-cert"),
        QCoreApplication::translate("CommandLine",
                                    "PEM certificate (a chain may follow) for --tls."),
        QStringLiteral("file"));
    const QCommandLineOption tlsKey(
        QStringLiteral("tls-key"),
        QCoreApplication::translate("CommandLine", "Unencrypted PEM private key for --tls-cert."),
        QStringLiteral("file"));
    const QCommandLineOption verbose(
        QStringLiteral("verbose"),
        QCoreApplication::translate("CommandLine",
                                    "Print the console's debug messages (never a token or "
                                    "password)."));
    parser.addOptions({sandbox, sandboxServer, port, apiUrl, accountSid, apiKey, apiToken, latency,
                       failureRate, rateLimit, seed, referenceOnly, lang, tls, tlsCert, tlsKey,
                       verbose});

    CommandLineParse result;
    if (!parser.parse(arguments)) {
        result.error = parser.errorText();
        return result;
    }
    if (parser.isSet(helpOption)) {
        parser.showHelp(0); // exits
    }
    if (parser.isSet(versionOption)) {
        parser.showVersion(); // exits
    }

    CommandLineOptions options;
    if (parser.isSet(sandbox) && parser.isSet(sandboxServer)) {
        result.error = QCoreApplication::translate(
            "CommandLine", "Choose either --sandbox or --sandbox-server, not both.");
        return result;
    }
    options.verbose = parser.isSet(verbose);
    options.sandboxReferenceOnly = parser.isSet(referenceOnly);
    if (parser.isSet(sandbox))
        options.mode = CommandLineOptions::Mode::SandboxConsole;
    if (parser.isSet(sandboxServer))
        options.mode = CommandLineOptions::Mode::SandboxServer;

    auto readInt = [&](const QCommandLineOption &option, int min, int max, int *out) {
        if (!parser.isSet(option))
            return true;
        bool ok = false;
        const int value = parser.value(option).toInt(&ok);
        if (!ok || value < min || value > max) {
            result.error = QCoreApplication::translate("CommandLine",
                                                       "--%1 takes a whole number from %2 to %3.")
                               .arg(option.names().constFirst())
                               .arg(min)
                               .arg(max);
            return false;
        }
        *out = value;
        return true;
    };
    int portValue = 0;
    if (!readInt(port, 0, 65535, &portValue) ||
        !readInt(latency, 0, 600000, &options.sandboxLatencyMs) ||
        !readInt(rateLimit, 1, 100000, &options.sandboxRateLimit) ||
        !readInt(seed, 0, 1000000, &options.sandboxSeedTrunks))
        return result;
    options.port = static_cast<quint16>(portValue);

    if (parser.isSet(failureRate)) {
        bool ok = false;
        const double rate = parser.value(failureRate).toDouble(&ok);
        if (!ok || rate < 0.0 || rate > 1.0) {
            result.error = QCoreApplication::translate(
                "CommandLine", "--sandbox-failure-rate takes a number from 0 to 1.");
            return result;
        }
        options.sandboxFailureRate = rate;
    }
    if (parser.isSet(apiUrl)) {
        const QUrl url = QUrl::fromUserInput(parser.value(apiUrl));
        const QString problem = ClientConfig::checkBaseUrl(url);
        if (!problem.isEmpty()) {
            result.error = problem;
            return result;
        }
        options.apiUrl = url;
    }
    if (parser.isSet(accountSid))
        options.sandboxAccountSid = parser.value(accountSid);
    if (parser.isSet(apiKey))
        options.sandboxApiKey = parser.value(apiKey);
    if (parser.isSet(apiToken))
        options.sandboxApiToken = parser.value(apiToken);
    if (parser.isSet(lang))
        options.language = parser.value(lang);
    if (parser.isSet(tlsCert) != parser.isSet(tlsKey)) {
        result.error =
            QCoreApplication::translate("CommandLine", "Give --tls-cert and --tls-key together.");
        return result;
    }
    options.sandboxTls = parser.isSet(tls) || parser.isSet(tlsCert);
    options.tlsCertificateFile = parser.value(tlsCert);
    options.tlsKeyFile = parser.value(tlsKey);
    if (options.sandboxTls && options.mode != CommandLineOptions::Mode::SandboxServer) {
        result.error = QCoreApplication::translate(
            "CommandLine", "--tls, --tls-cert and --tls-key are for --sandbox-server only.");
        return result;
    }

    result.options = options;
    return result;
}

} // namespace exotrunk
