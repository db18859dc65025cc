#pragma once

#include <QString>

namespace exotrunk {

// A rough strength hint for a typed SIP password, on top of validate::password (which decides
// whether it may be sent). Estimated from length and character classes only.
struct PasswordStrength {
    enum class Level { Unacceptable, Weak, Fair, Strong };
    Level level = Level::Unacceptable;
    int estimatedBits = 0;
    QString hint; // one sentence for the person typing

    static PasswordStrength of(const QString &password);
};

} // namespace exotrunk
