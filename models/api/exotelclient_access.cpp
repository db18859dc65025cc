// The client's calls on who may use a trunk and where it sends calls: whitelisted IPs,
// destination URIs and SIP digest credentials. Method, path and query come from the endpoint
// catalogue, bodies from endpointbodies.

#include "api/endpointbodies.h"
#include "api/exotelclient_p.h"

namespace exotrunk {

using E = Endpoint;

// ---------------------------------------------------------------------------------------------
// Whitelisted IPs (ACLs)

ApiCall *ExotelClient::listWhitelistedIps(const TrunkSid &sid, QObject *context,
                                          const Callback<QList<WhitelistedIp>> &done) {
    ClientCall *call = d->open<QList<WhitelistedIp>>(E::ListWhitelistedIps, context, done);
    if (d->rejectBadTrunk(call, sid))
        return call;
    expectList<WhitelistedIp>(d->transport, call, done, {});
    d->send(call, {E::ListWhitelistedIps, sid.value(), {}, {}, {}});
    return call;
}

ApiCall *ExotelClient::whitelistIp(const TrunkSid &sid, const NewWhitelistedIp &ip,
                                   QObject *context, const Callback<WhitelistedIp> &done) {
    ClientCall *call = d->open<WhitelistedIp>(E::WhitelistIp, context, done);
    if (d->rejectBadTrunk(call, sid) || d->reject(call, validate::ipv4(ip.ip)) ||
        d->reject(call, validate::mask(ip.mask)))
        return call;
    expectSingle<WhitelistedIp>(d->transport, call, done);
    d->send(call, {E::WhitelistIp, sid.value(), {}, endpointbody::whitelistIp(ip), {}});
    return call;
}

ApiCall *ExotelClient::updateWhitelistedIp(const TrunkSid &sid, const WhitelistedIpId &id,
                                           const QString &ip, int mask, QObject *context,
                                           const Callback<WhitelistedIp> &done) {
    ClientCall *call = d->open<WhitelistedIp>(E::UpdateWhitelistedIp, context, done);
    if (d->rejectBadTrunk(call, sid) || d->rejectBadId(call, id.value(), tr("whitelisted IP id")) ||
        d->reject(call, validate::ipv4(ip)) || d->reject(call, validate::mask(mask)))
        return call;
    expectSingle<WhitelistedIp>(d->transport, call, done);
    d->send(call, {E::UpdateWhitelistedIp,
                   sid.value(),
                   id.value(),
                   endpointbody::updateWhitelistedIp(NewWhitelistedIp{ip, mask}),
                   {}});
    return call;
}

ApiCall *ExotelClient::removeWhitelistedIp(const TrunkSid &sid, const WhitelistedIpId &id,
                                           QObject *context, const Callback<WhitelistedIp> &done) {
    ClientCall *call = d->open<WhitelistedIp>(E::RemoveWhitelistedIp, context, done);
    if (d->rejectBadTrunk(call, sid) || d->rejectBadId(call, id.value(), tr("whitelisted IP id")))
        return call;
    expectSingle<WhitelistedIp>(d->transport, call, done);
    d->send(call, {E::RemoveWhitelistedIp, sid.value(), id.value(), {}, {}});
    return call;
}

// ---------------------------------------------------------------------------------------------
// Destination URIs

ApiCall *ExotelClient::listDestinationUris(const TrunkSid &sid, QObject *context,
                                           const Callback<QList<DestinationUri>> &done) {
    ClientCall *call = d->open<QList<DestinationUri>>(E::ListDestinationUris, context, done);
    if (d->rejectBadTrunk(call, sid))
        return call;
    expectList<DestinationUri>(d->transport, call, done, {});
    d->send(call, {E::ListDestinationUris, sid.value(), {}, {}, {}});
    return call;
}

ApiCall *
ExotelClient::addDestinationUris(const TrunkSid &sid, const QList<NewDestination> &destinations,
                                 QObject *context,
                                 const Callback<QList<ItemOutcome<DestinationUri>>> &done) {
    ClientCall *call =
        d->open<QList<ItemOutcome<DestinationUri>>>(E::AddDestinationUris, context, done);
    if (d->rejectBadTrunk(call, sid))
        return call;
    if (destinations.isEmpty() &&
        d->reject(call, Validity::error(tr("Add at least one destination URI."))))
        return call;
    QStringList inputs;
    for (const NewDestination &destination : destinations) {
        const Validity validity = validate::destination(destination);
        if (!validity.isAcceptable()) {
            d->reject(call, Validity::error(
                                tr("%1: %2").arg(destination.toUriString(), validity.message)));
            return call;
        }
        inputs.append(destination.toUriString());
    }
    expectOutcomes<DestinationUri>(d->transport, call, inputs, done);
    d->send(call, {E::AddDestinationUris,
                   sid.value(),
                   {},
                   endpointbody::addDestinationUris(destinations),
                   {}});
    return call;
}

ApiCall *ExotelClient::updateDestinationUri(const TrunkSid &sid, const DestinationUriId &id,
                                            int priority, int weight, QObject *context,
                                            const Callback<DestinationUri> &done) {
    ClientCall *call = d->open<DestinationUri>(E::UpdateDestinationUri, context, done);
    if (d->rejectBadTrunk(call, sid) || d->rejectBadId(call, id.value(), tr("destination URI id")))
        return call;
    // The vendor's samples only say "per API limits"; what is surely wrong is refused here.
    if ((priority < 0 || weight < 0) &&
        d->reject(call, Validity::error(tr("Priority and weight cannot be negative."))))
        return call;
    expectSingle<DestinationUri>(d->transport, call, done);
    d->send(call, {E::UpdateDestinationUri,
                   sid.value(),
                   id.value(),
                   endpointbody::updateDestinationUri(priority, weight),
                   {}});
    return call;
}

ApiCall *ExotelClient::removeDestinationUri(const TrunkSid &sid, const DestinationUriId &id,
                                            QObject *context,
                                            const Callback<DestinationUri> &done) {
    ClientCall *call = d->open<DestinationUri>(E::RemoveDestinationUri, context, done);
    if (d->rejectBadTrunk(call, sid) || d->rejectBadId(call, id.value(), tr("destination URI id")))
        return call;
    expectSingle<DestinationUri>(d->transport, call, done);
    d->send(call, {E::RemoveDestinationUri, sid.value(), id.value(), {}, {}});
    return call;
}

// ---------------------------------------------------------------------------------------------
// SIP digest credentials

ApiCall *ExotelClient::listCredentials(const TrunkSid &sid, QObject *context,
                                       const Callback<QList<Credential>> &done) {
    ClientCall *call = d->open<QList<Credential>>(E::ListCredentials, context, done);
    if (d->rejectBadTrunk(call, sid))
        return call;
    expectList<Credential>(d->transport, call, done, {});
    d->send(call, {E::ListCredentials, sid.value(), {}, {}, {}});
    return call;
}

ApiCall *ExotelClient::getCredential(const TrunkSid &sid, const CredentialId &id, QObject *context,
                                     const Callback<Credential> &done) {
    ClientCall *call = d->open<Credential>(E::GetCredential, context, done);
    if (d->rejectBadTrunk(call, sid) || d->rejectBadId(call, id.value(), tr("credential id")))
        return call;
    // The first item: the samples show it as a single object, a list of one reads the same.
    expectSingle<Credential>(d->transport, call, done);
    d->send(call, {E::GetCredential, sid.value(), id.value(), {}, {}});
    return call;
}

ApiCall *ExotelClient::createCredential(const TrunkSid &sid, const NewCredential &credential,
                                        QObject *context, const Callback<Credential> &done) {
    ClientCall *call = d->open<Credential>(E::CreateCredential, context, done);
    if (d->rejectBadTrunk(call, sid) ||
        d->reject(call, validate::credentialUserName(credential.userName)) ||
        d->reject(call, validate::friendlyName(credential.friendlyName)) ||
        d->reject(call, validate::password(credential.password)))
        return call;
    expectSingle<Credential>(d->transport, call, done);
    d->send(call,
            {E::CreateCredential, sid.value(), {}, endpointbody::createCredential(credential), {}});
    return call;
}

ApiCall *ExotelClient::updateCredential(const TrunkSid &sid, const CredentialId &id,
                                        const CredentialUpdate &update, QObject *context,
                                        const Callback<Credential> &done) {
    ClientCall *call = d->open<Credential>(E::UpdateCredential, context, done);
    if (d->rejectBadTrunk(call, sid) || d->rejectBadId(call, id.value(), tr("credential id")) ||
        (update.isEmpty() && d->reject(call, Validity::error(tr("Nothing to change.")))) ||
        (update.userName && d->reject(call, validate::credentialUserName(*update.userName))) ||
        (update.friendlyName && d->reject(call, validate::friendlyName(*update.friendlyName))) ||
        (update.password && d->reject(call, validate::password(*update.password))))
        return call;
    expectSingle<Credential>(d->transport, call, done);
    d->send(
        call,
        {E::UpdateCredential, sid.value(), id.value(), endpointbody::updateCredential(update), {}});
    return call;
}

ApiCall *ExotelClient::deleteCredential(const TrunkSid &sid, const CredentialId &id,
                                        QObject *context, const Callback<Credential> &done) {
    ClientCall *call = d->open<Credential>(E::DeleteCredential, context, done);
    if (d->rejectBadTrunk(call, sid) || d->rejectBadId(call, id.value(), tr("credential id")))
        return call;
    expectSingle<Credential>(d->transport, call, done);
    d->send(call, {E::DeleteCredential, sid.value(), id.value(), {}, {}});
    return call;
}

} // namespace exotrunk
