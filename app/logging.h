#pragma once

namespace exotrunk {

// The console's own debug output (the exotrunk.* categories) is off unless the user asks for it
// with --verbose; warnings and info stay on. QT_LOGGING_RULES (and a qtlogging.ini) are applied
// after these rules by Qt, so a user's own rules still win.
void applyLoggingRules(bool verbose);

} // namespace exotrunk
