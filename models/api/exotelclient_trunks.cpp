// The client's calls on trunks, their phone numbers and their settings: each checks its input,
// picks its decoder and sends the catalogue row (method, path and query come from the table,
// the body from endpointbodies).

#include "api/endpointbodies.h"
#include "api/exotelclient_p.h"

#include <QUrl>

namespace exotrunk {

using E = Endpoint;

ApiCall *ExotelClient::listTrunks(QObject *context, const Callback<QList<Trunk>> &done,
                                  TrunkPageCallback onPage, int pageSize) {
    ClientCall *call = d->open<QList<Trunk>>(E::ListTrunks, context, done);
    expectList<Trunk>(d->transport, call, done, std::move(onPage));
    EndpointRequest request{E::ListTrunks, {}, {}, {}, {}};
    if (pageSize > 0)
        request.extraQuery.addQueryItem(QStringLiteral("page_size"), QString::number(pageSize));
    d->send(call, request);
    return call;
}

ApiCall *ExotelClient::getTrunk(const TrunkSid &sid, QObject *context,
                                const Callback<Trunk> &done) {
    ClientCall *call = d->open<Trunk>(E::GetTrunk, context, done);
    if (d->rejectBadTrunk(call, sid))
        return call;
    expectSingle<Trunk>(d->transport, call, done);
    d->send(call, {E::GetTrunk, sid.value(), {}, {}, {}});
    return call;
}

ApiCall *ExotelClient::lookUpTrunk(const TrunkSid &sid, QObject *context,
                                   const Callback<QList<Trunk>> &done) {
    ClientCall *call = d->open<QList<Trunk>>(E::LookUpTrunk, context, done);
    if (d->rejectBadTrunk(call, sid))
        return call;
    expectList<Trunk>(d->transport, call, done, {});
    d->send(call, {E::LookUpTrunk, {}, sid.value(), {}, {}});
    return call;
}

ApiCall *ExotelClient::createTrunk(const NewTrunk &trunk, QObject *context,
                                   const Callback<Trunk> &done) {
    ClientCall *call = d->open<Trunk>(E::CreateTrunk, context, done);
    if (d->reject(call, validate::trunkName(trunk.name)))
        return call;
    expectSingle<Trunk>(d->transport, call, done);
    d->send(call,
            {E::CreateTrunk, {}, {}, endpointbody::createTrunk(trunk, m_config.accountSid), {}});
    return call;
}

ApiCall *ExotelClient::updateTrunk(const TrunkSid &sid, const TrunkUpdate &update, QObject *context,
                                   const Callback<Trunk> &done) {
    ClientCall *call = d->open<Trunk>(E::UpdateTrunk, context, done);
    if (d->rejectBadTrunk(call, sid) ||
        (update.isEmpty() && d->reject(call, Validity::error(tr("Nothing to change.")))) ||
        (update.name && d->reject(call, validate::trunkName(*update.name))))
        return call;
    expectSingle<Trunk>(d->transport, call, done);
    d->send(call, {E::UpdateTrunk, sid.value(), {}, endpointbody::updateTrunk(update), {}});
    return call;
}

ApiCall *ExotelClient::renameTrunk(const TrunkSid &sid, const QString &name, QObject *context,
                                   const Callback<Trunk> &done) {
    TrunkUpdate update;
    update.name = name;
    return updateTrunk(sid, update, context, done);
}

ApiCall *ExotelClient::deleteTrunk(const TrunkSid &sid, QObject *context,
                                   const Callback<Trunk> &done) {
    ClientCall *call = d->open<Trunk>(E::DeleteTrunk, context, done);
    if (d->rejectBadTrunk(call, sid))
        return call;
    expectSingle<Trunk>(d->transport, call, done);
    d->send(call, {E::DeleteTrunk, {}, sid.value(), {}, {}});
    return call;
}

// ---------------------------------------------------------------------------------------------
// Phone numbers

ApiCall *ExotelClient::listPhoneNumbers(const TrunkSid &sid, QObject *context,
                                        const Callback<QList<PhoneNumber>> &done) {
    ClientCall *call = d->open<QList<PhoneNumber>>(E::ListPhoneNumbers, context, done);
    if (d->rejectBadTrunk(call, sid))
        return call;
    expectList<PhoneNumber>(d->transport, call, done, {});
    d->send(call, {E::ListPhoneNumbers, sid.value(), {}, {}, {}});
    return call;
}

ApiCall *ExotelClient::mapPhoneNumber(const TrunkSid &sid, const NewPhoneNumber &number,
                                      QObject *context, const Callback<PhoneNumber> &done) {
    ClientCall *call = d->open<PhoneNumber>(E::MapPhoneNumber, context, done);
    if (d->rejectBadTrunk(call, sid) || d->reject(call, validate::e164(number.number)))
        return call;
    expectSingle<PhoneNumber>(d->transport, call, done);
    d->send(call, {E::MapPhoneNumber, sid.value(), {}, endpointbody::mapPhoneNumber(number), {}});
    return call;
}

ApiCall *ExotelClient::updatePhoneNumberMode(const TrunkSid &sid, const PhoneNumberId &id,
                                             const QString &number, NumberMode mode,
                                             QObject *context, const Callback<PhoneNumber> &done) {
    ClientCall *call = d->open<PhoneNumber>(E::UpdatePhoneNumber, context, done);
    if (d->rejectBadTrunk(call, sid) || d->rejectBadId(call, id.value(), tr("phone number id")) ||
        d->reject(call, validate::e164(number)))
        return call;
    expectSingle<PhoneNumber>(d->transport, call, done);
    d->send(call, {E::UpdatePhoneNumber,
                   sid.value(),
                   id.value(),
                   endpointbody::updatePhoneNumber(number, mode),
                   {}});
    return call;
}

ApiCall *ExotelClient::removePhoneNumber(const TrunkSid &sid, const PhoneNumberId &id,
                                         QObject *context, const Callback<PhoneNumber> &done) {
    ClientCall *call = d->open<PhoneNumber>(E::RemovePhoneNumber, context, done);
    if (d->rejectBadTrunk(call, sid) || d->rejectBadId(call, id.value(), tr("phone number id")))
        return call;
    expectSingle<PhoneNumber>(d->transport, call, done);
    d->send(call, {E::RemovePhoneNumber, sid.value(), id.value(), {}, {}});
    return call;
}

ApiCall *ExotelClient::lookUpExophone(const QString &e164, const std::optional<TrunkSid> &trunk,
                                      QObject *context, const Callback<QList<TrunkMap>> &done) {
    ClientCall *call = d->open<QList<TrunkMap>>(E::LookUpExophone, context, done);
    if (d->reject(call, validate::e164(e164)) || (trunk && d->rejectBadTrunk(call, *trunk)))
        return call;
    expectList<TrunkMap>(d->transport, call, done, {});
    // Percent-encoded: a bare "+" in a query reads as a space on many servers.
    EndpointRequest request{
        E::LookUpExophone, {}, QString::fromLatin1(QUrl::toPercentEncoding(e164)), {}, {}};
    if (trunk)
        request.extraQuery.addQueryItem(QStringLiteral("trunk_sid"), trunk->value());
    d->send(call, request);
    return call;
}

// ---------------------------------------------------------------------------------------------
// Settings

ApiCall *ExotelClient::setCallerIdAlias(const TrunkSid &sid, const QString &e164, QObject *context,
                                        const Callback<TrunkSetting> &done) {
    ClientCall *call = d->open<TrunkSetting>(E::SetSettings, context, done);
    if (d->rejectBadTrunk(call, sid) || d->reject(call, validate::e164(e164)))
        return call;
    expectSingle<TrunkSetting>(d->transport, call, done);
    const QJsonObject body =
        endpointbody::setSetting(QLatin1String(TrunkSetting::ExternalAlias), e164);
    d->send(call, {E::SetSettings, sid.value(), {}, body, {}});
    return call;
}

ApiCall *ExotelClient::listSettings(const TrunkSid &sid, QObject *context,
                                    const Callback<QList<TrunkSetting>> &done) {
    ClientCall *call = d->open<QList<TrunkSetting>>(E::ListSettings, context, done);
    if (d->rejectBadTrunk(call, sid))
        return call;
    expectList<TrunkSetting>(d->transport, call, done, {});
    d->send(call, {E::ListSettings, sid.value(), {}, {}, {}});
    return call;
}

ApiCall *ExotelClient::removeSetting(const TrunkSid &sid, const QString &name, QObject *context,
                                     const Callback<TrunkSetting> &done) {
    ClientCall *call = d->open<TrunkSetting>(E::RemoveSetting, context, done);
    if (d->rejectBadTrunk(call, sid) || d->rejectBadId(call, name, tr("setting name")))
        return call;
    expectSingle<TrunkSetting>(d->transport, call, done);
    d->send(call, {E::RemoveSetting, sid.value(), name, {}, {}});
    return call;
}

} // namespace exotrunk
