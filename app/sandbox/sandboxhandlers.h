#pragma once

#include "sandboxaccount.h"
#include "sandboxapi.h"

#include <QString>

// One handler per row of the endpoint catalogue (api/endpointcatalogue.h); sandboxrouting.cpp
// matches a request to its row and calls the row's handler. Each answers with the live API's
// envelopes: a change answers the changed object, a delete the deleted one.
namespace exotrunk::sandbox {

struct Call {
    const ApiRequest &request;
    TrunkRecord *trunk = nullptr; // the row's {trunk_sid}, already resolved; null when it has none
    QString objectId;             // the row's {id} in the path, or its selector's value
};

using Handler = ApiReply (*)(Account &account, const Call &call);

namespace handlers {

// sandboxtrunks.cpp
ApiReply createTrunk(Account &a, const Call &c);
ApiReply listTrunks(Account &a, const Call &c);
ApiReply lookUpTrunk(Account &a, const Call &c);
ApiReply getTrunk(Account &a, const Call &c);
ApiReply updateTrunk(Account &a, const Call &c);
ApiReply deleteTrunk(Account &a, const Call &c);
ApiReply lookUpExophone(Account &a, const Call &c);

// sandboxnumbers.cpp
ApiReply mapPhoneNumber(Account &a, const Call &c);
ApiReply listPhoneNumbers(Account &a, const Call &c);
ApiReply updatePhoneNumber(Account &a, const Call &c);
ApiReply removePhoneNumber(Account &a, const Call &c);
ApiReply whitelistIp(Account &a, const Call &c);
ApiReply listWhitelistedIps(Account &a, const Call &c);
ApiReply updateWhitelistedIp(Account &a, const Call &c);
ApiReply removeWhitelistedIp(Account &a, const Call &c);

// sandboxdestinations.cpp
ApiReply addDestinationUris(Account &a, const Call &c);
ApiReply listDestinationUris(Account &a, const Call &c);
ApiReply updateDestinationUri(Account &a, const Call &c);
ApiReply removeDestinationUri(Account &a, const Call &c);

// sandboxcredentials.cpp
ApiReply createCredential(Account &a, const Call &c);
ApiReply listCredentials(Account &a, const Call &c);
ApiReply getCredential(Account &a, const Call &c);
ApiReply updateCredential(Account &a, const Call &c);
ApiReply deleteCredential(Account &a, const Call &c);
ApiReply setSettings(Account &a, const Call &c);
ApiReply listSettings(Account &a, const Call &c);
ApiReply removeSetting(Account &a, const Call &c);

} // namespace handlers

} // namespace exotrunk::sandbox
