#pragma once

// The end of the soak: what the console shows against what the sandbox holds.

#include "api/exotelclient.h"
#include "sandboxserver.h"
#include "trunklistmodel.h"

#include <QStringList>

namespace exotrunk::soak {

// Compares the console's trunk list (as it stands; refresh it first) and, for every trunk on
// either side, the four sections as the console's details models load them, with the sandbox's
// own state read through SandboxServer::readState (not through the console's decoders). Every
// difference is one line: what, which trunk, and the item only one side has. The running test
// has failed when a load hangs.
QStringList reconcile(sandbox::SandboxServer &server, const TrunkListModel &list,
                      ExotelClient &client);

} // namespace exotrunk::soak
