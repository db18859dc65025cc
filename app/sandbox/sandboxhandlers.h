#pragma once

#include "sandboxaccount.h"
#include "sandboxapi.h"
#include "sandboxenvelope.h"
#include "sandboxrequest.h"

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

// DELETE …?id= of a trunk's sub-resource: the record goes and its JSON is the answer; no id is
// 400/1001, an unknown one `notFound`'s 404/1000.
template <typename Record>
ApiReply removeRecord(const Call &c, std::vector<Record> &records,
                      QJsonObject (*toJson)(const TrunkRecord &, const Record &),
                      ApiReply (*notFound)(const ApiRequest &, const TrunkRecord &,
                                           const QString &)) {
    if (c.objectId.isEmpty())
        return mandatory(c.request, QStringLiteral("Id is mandatory"));
    const auto it = findRecord(records, c.objectId);
    if (it == records.end())
        return notFound(c.request, *c.trunk, c.objectId);
    const QJsonObject data = toJson(*c.trunk, *it);
    records.erase(it);
    return singleReply(c.request.method, data);
}

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
