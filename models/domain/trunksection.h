#pragma once

#include <QMetaType>

namespace exotrunk {

// The parts of one trunk that are loaded, shown and changed on their own: what a change touched
// and so what must be read again.
enum class TrunkSection {
    PhoneNumbers,
    DestinationUris,
    WhitelistedIps,
    Credentials,
    CallerId, // the trunk_external_alias setting
    Trunk,    // the trunk itself (name): everything is read again
};

} // namespace exotrunk

Q_DECLARE_METATYPE(exotrunk::TrunkSection)
