#pragma once

#include "domain/ids.h"

#include <QString>

namespace exotrunk {

// Removes everything the console recorded locally about a profile, apart from the profile's own
// settings and its keychain entry (AccountManager removes those): known trunks and their aliases,
// caller-ID alias history, pending credential rotations and provisioning plans, in the
// application's settings or, for a volatile profile, in memory.
void removeProfileRecords(const QString &profileId);

// Removes what the console recorded locally about one trunk that was deleted: its caller-ID alias
// history, its chosen purpose and its pending credential rotations. (The trunk list forgets the
// known trunk itself.)
void removeTrunkRecords(const QString &profileId, const TrunkSid &trunkSid);

} // namespace exotrunk
