#pragma once

// The body of every catalogue row that sends one, built in one place: the client sends these
// bytes and the provisioning review shows them (passwords masked). Pure functions, no checks:
// the client validates before it builds.

#include "domain/credential.h"
#include "domain/destinationuri.h"
#include "domain/phonenumber.h"
#include "domain/trunk.h"
#include "domain/whitelistedip.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace exotrunk::endpointbody {

// Endpoint::CreateTrunk. An empty nso_code becomes ANY-ANY, an empty domain the account's
// {account_sid}.pstn.exotel.com (when `accountSid` is given).
QJsonObject createTrunk(NewTrunk trunk, const QString &accountSid);
QJsonObject updateTrunk(const TrunkUpdate &update); // Endpoint::UpdateTrunk
QJsonObject mapPhoneNumber(const NewPhoneNumber &number);
// Endpoint::UpdatePhoneNumber: both fields are mandatory; "no mode" is sent as pstn.
QJsonObject updatePhoneNumber(const QString &number, NumberMode mode);
QJsonObject whitelistIp(const NewWhitelistedIp &ip);
QJsonObject updateWhitelistedIp(const NewWhitelistedIp &ip);
QJsonObject addDestinationUris(const QList<NewDestination> &destinations);
QJsonObject updateDestinationUri(int priority, int weight);
QJsonObject createCredential(const NewCredential &credential);
QJsonObject updateCredential(const CredentialUpdate &update);
// Endpoint::SetSettings: {"settings":[{"name","value"}]}
QJsonObject setSetting(const QString &name, const QString &value);

// What a review shows in place of a secret.
QString maskedSecret();
// The body with every password (at any depth) replaced by maskedSecret().
QJsonObject masked(const QJsonObject &body);
// The bytes on the wire: compact JSON.
QByteArray toWire(const QJsonObject &body);

} // namespace exotrunk::endpointbody
