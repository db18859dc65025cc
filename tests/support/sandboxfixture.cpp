#include "sandboxfixture.h"

#include <QtTest>

namespace exotrunk::testing {

std::unique_ptr<sandbox::SandboxServer> startSandbox(sandbox::SandboxOptions options) {
    auto server = std::make_unique<sandbox::SandboxServer>(std::move(options));
    if (!server->start(0)) {
        qWarning("sandbox did not start: %s", qPrintable(server->errorString()));
        return nullptr;
    }
    return server;
}

ClientConfig clientConfigFor(const sandbox::SandboxServer &server) {
    ClientConfig config;
    config.baseUrl = server.baseUrl();
    config.accountSid = server.options().accountSid;
    config.apiKey = server.options().apiKey;
    config.apiToken = server.options().apiToken;
    config.transferTimeout = std::chrono::milliseconds(5000);
    return config;
}

sandbox::Fault faultOn(sandbox::Fault::Kind kind, const QString &method,
                       const QString &pathContains) {
    sandbox::Fault fault;
    fault.kind = kind;
    fault.method = method;
    fault.pathContains = pathContains;
    return fault;
}

} // namespace exotrunk::testing
