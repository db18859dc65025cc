#pragma once

#include "api/apierror.h"
#include "api/clientconfig.h"

#include <functional>

class QNetworkReply;

namespace exotrunk::replylimits {

// Why the console itself aborted an answer.
enum class Abort { None, TooLarge, Deadline };

// Watches `reply` against the configured size cap and overall deadline; aborts it and reports
// why through `aborted` (once) when one is crossed. Everything it sets up dies with the reply.
void guard(QNetworkReply *reply, const ClientConfig &config,
           const std::function<void(Abort)> &aborted);

// The error a call reports for an answer the console aborted.
ApiError errorFor(Abort reason, const ClientConfig &config, bool isWrite);

} // namespace exotrunk::replylimits
