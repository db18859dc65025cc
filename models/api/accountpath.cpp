#include "api/accountpath.h"

namespace exotrunk {

QString accountPath(const QString &accountSid) {
    return QLatin1String("/v2/accounts/") + accountSid;
}

} // namespace exotrunk
