#pragma once

#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace exotrunk {

// What the command line asked for. Parsed without side effects so it can be tested.
struct CommandLineOptions {
    enum class Mode { Console, SandboxConsole, SandboxServer };
    Mode mode = Mode::Console;
    QUrl apiUrl;      // --api-url: an Exotel-compatible server instead of the region's
    quint16 port = 0; // --port for --sandbox-server (0 = any free port)
    QString sandboxAccountSid = QStringLiteral("ameyo5m");
    QString sandboxApiKey = QStringLiteral("sandbox");
    QString sandboxApiToken = QStringLiteral("sandbox");
    int sandboxLatencyMs = 0;
    double sandboxFailureRate = 0.0;
    int sandboxRateLimit = 200;
    int sandboxSeedTrunks = 0; // extra generated trunks on top of the demo data
    // --sandbox-reference-only: the sandbox answers only the API reference's endpoints; the
    // vendor-sample ones (trunk listing and reading included) answer 404 like unknown paths.
    bool sandboxReferenceOnly = false;
    QString language;           // --lang
    bool sandboxTls = false;    // --tls: the sandbox server serves HTTPS
    QString tlsCertificateFile; // --tls-cert / --tls-key: its certificate and key (PEM); empty:
    QString tlsKeyFile;         // a self-signed one generated with openssl at start
    bool verbose = false;       // --verbose: the console's debug output (off by default)
};

struct CommandLineParse {
    std::optional<CommandLineOptions> options;
    QString error;                 // set when options is empty and the process should fail
    bool exitSuccessfully = false; // --help / --version already printed
};

CommandLineParse parseCommandLine(const QStringList &arguments);

} // namespace exotrunk
