// Routing by the endpoint catalogue: the row a request addresses decides its handler, so no path
// is written here (api/endpointcatalogue.cpp holds them all).
#include "sandboxrouting.h"
#include "sandboxhandlers.h"
#include "sandboxrequest.h"

#include "api/endpointcatalogue.h"

#include <cstring>

namespace exotrunk::sandbox {

namespace {

// A switch without default: a row added to the catalogue without a handler here is a compiler
// warning (an error in this project's builds), not a silent 404.
Handler handlerFor(Endpoint id) {
    using namespace handlers;
    switch (id) {
    case Endpoint::CreateTrunk:
        return &createTrunk;
    case Endpoint::ListTrunks:
        return &listTrunks;
    case Endpoint::LookUpTrunk:
        return &lookUpTrunk;
    case Endpoint::GetTrunk:
        return &getTrunk;
    case Endpoint::UpdateTrunk:
        return &updateTrunk;
    case Endpoint::DeleteTrunk:
        return &deleteTrunk;
    case Endpoint::MapPhoneNumber:
        return &mapPhoneNumber;
    case Endpoint::ListPhoneNumbers:
        return &listPhoneNumbers;
    case Endpoint::UpdatePhoneNumber:
        return &updatePhoneNumber;
    case Endpoint::RemovePhoneNumber:
        return &removePhoneNumber;
    case Endpoint::WhitelistIp:
        return &whitelistIp;
    case Endpoint::ListWhitelistedIps:
        return &listWhitelistedIps;
    case Endpoint::UpdateWhitelistedIp:
        return &updateWhitelistedIp;
    case Endpoint::RemoveWhitelistedIp:
        return &removeWhitelistedIp;
    case Endpoint::AddDestinationUris:
        return &addDestinationUris;
    case Endpoint::ListDestinationUris:
        return &listDestinationUris;
    case Endpoint::UpdateDestinationUri:
        return &updateDestinationUri;
    case Endpoint::RemoveDestinationUri:
        return &removeDestinationUri;
    case Endpoint::CreateCredential:
        return &createCredential;
    case Endpoint::ListCredentials:
        return &listCredentials;
    case Endpoint::GetCredential:
        return &getCredential;
    case Endpoint::UpdateCredential:
        return &updateCredential;
    case Endpoint::DeleteCredential:
        return &deleteCredential;
    case Endpoint::SetSettings:
        return &setSettings;
    case Endpoint::ListSettings:
        return &listSettings;
    case Endpoint::RemoveSetting:
        return &removeSetting;
    case Endpoint::LookUpExophone:
        return &lookUpExophone;
    }
    return nullptr;
}

bool isUnderATrunk(const EndpointRow &row) {
    return std::strstr(row.path, "{trunk_sid}") != nullptr;
}

} // namespace

ApiReply noRoute(const ApiRequest &r) {
    return notFound(
        r, QStringLiteral("No %1 endpoint at /%2").arg(r.method, r.segments.join(QLatin1Char('/'))),
        {});
}

bool isServed(const Account &account, Endpoint id) {
    return handlerFor(id) != nullptr &&
           !(account.referenceOnly && endpointRow(id).source == EndpointSource::VendorSamples);
}

ApiReply dispatch(Account &account, const ApiRequest &r) {
    const std::optional<EndpointMatch> match = matchEndpoint(r.method, r.segments, r.query);
    if (!match || !isServed(account, match->id))
        return noRoute(r);
    Call call{r, nullptr, match->objectId};
    if (isUnderATrunk(endpointRow(match->id))) {
        ApiReply error;
        call.trunk = findTrunk(account, r, match->trunkSid, &error);
        if (!call.trunk)
            return error;
    }
    return handlerFor(match->id)(account, call);
}

} // namespace exotrunk::sandbox
