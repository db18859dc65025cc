#pragma once

#include "api/clientconfig.h"
#include "sandboxserver.h"

#include <memory>

namespace exotrunk::testing {

// A started sandbox on a free loopback port; QFAIL-friendly: check `server` for null.
std::unique_ptr<sandbox::SandboxServer> startSandbox(sandbox::SandboxOptions options = {});

// A client configuration that talks to `server` with its own credentials.
ClientConfig clientConfigFor(const sandbox::SandboxServer &server);

// A fault of `kind` on the next request with `method` whose path contains `pathContains`;
// set its other fields (delayMs, status, times) on the result.
sandbox::Fault faultOn(sandbox::Fault::Kind kind, const QString &method,
                       const QString &pathContains);

} // namespace exotrunk::testing
