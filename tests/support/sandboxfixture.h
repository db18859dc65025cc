#pragma once

#include "api/clientconfig.h"
#include "sandboxserver.h"

#include <memory>

namespace exotrunk::testing {

// A started sandbox on a free loopback port; QFAIL-friendly: check `server` for null.
std::unique_ptr<sandbox::SandboxServer> startSandbox(sandbox::SandboxOptions options = {});

// A client configuration that talks to `server` with its own credentials.
ClientConfig clientConfigFor(const sandbox::SandboxServer &server);

} // namespace exotrunk::testing
