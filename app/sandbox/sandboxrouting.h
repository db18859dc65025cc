#pragma once

#include "sandboxaccount.h"
#include "sandboxapi.h"

#include "api/endpointcatalogue.h"

namespace exotrunk::sandbox {

// Answers a request by the catalogue row it addresses: 404/1000 (noRoute) when it addresses
// none, or a row this account does not serve; a row under a trunk first resolves the trunk
// (1000 when it does not exist, 1003 when it is another account's).
ApiReply dispatch(Account &account, const ApiRequest &r);
// What a path, or a method on it, that the API does not have answers.
ApiReply noRoute(const ApiRequest &r);
// Whether the account answers the row (not with reference-only for a vendor-sample row).
bool isServed(const Account &account, Endpoint id);

} // namespace exotrunk::sandbox
