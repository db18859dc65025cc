#include "editing/passwordstrength.h"

#include "validation/validators.h"

#include <QCoreApplication>

#include <cmath>

namespace exotrunk {

PasswordStrength PasswordStrength::of(const QString &password) {
    PasswordStrength s;
    bool lower = false, upper = false, digit = false, other = false;
    for (const QChar c : password) {
        if (c.isLower())
            lower = true;
        else if (c.isUpper())
            upper = true;
        else if (c.isDigit())
            digit = true;
        else
            other = true;
    }
    const int alphabet = (lower ? 26 : 0) + (upper ? 26 : 0) + (digit ? 10 : 0) + (other ? 32 : 0);
    s.estimatedBits =
        alphabet > 0 ? int(std::floor(password.size() * std::log2(double(alphabet)))) : 0;

    const Validity v = validate::password(password);
    if (!v.isAcceptable()) {
        s.level = Level::Unacceptable;
        s.hint = v.message;
        return s;
    }
    if (s.estimatedBits >= 110) {
        s.level = Level::Strong;
        s.hint = QCoreApplication::translate("PasswordStrength", "Strong (about %1 bits).")
                     .arg(s.estimatedBits);
    } else if (s.estimatedBits >= 80) {
        s.level = Level::Fair;
        s.hint = QCoreApplication::translate(
                     "PasswordStrength",
                     "Fair (about %1 bits). 20 or more random characters are recommended.")
                     .arg(s.estimatedBits);
    } else {
        s.level = Level::Weak;
        s.hint = QCoreApplication::translate(
                     "PasswordStrength",
                     "Weak (about %1 bits): accepted, but a SIP password is attacked by machines "
                     "— use Generate or 20 or more random characters.")
                     .arg(s.estimatedBits);
    }
    return s;
}

} // namespace exotrunk
