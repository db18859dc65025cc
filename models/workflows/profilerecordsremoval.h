#pragma once

#include <QString>

namespace exotrunk {

// Removes everything the console recorded locally about a profile, apart from the profile's own
// settings and its keychain entry (AccountManager removes those): known trunks and their aliases,
// caller-ID alias history, pending credential rotations and provisioning plans, in the
// application's settings or, for a volatile profile, in memory.
void removeProfileRecords(const QString &profileId);

} // namespace exotrunk
