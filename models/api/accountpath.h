#pragma once

#include <QString>

namespace exotrunk {

// "/v2/accounts/{account_sid}": every path of the endpoint catalogue is relative to it.
QString accountPath(const QString &accountSid);

} // namespace exotrunk
