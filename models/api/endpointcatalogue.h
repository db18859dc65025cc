#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QUrlQuery>

#include <optional>

namespace exotrunk {

// Every call of the Exotel v2 trunk API the console speaks, one row each. The client builds its
// requests from this table, the provisioning review prints its paths from it, the sandbox routes
// by it and the contract tests walk it: a path or method is written here and nowhere else.
enum class Endpoint {
    CreateTrunk,
    ListTrunks,
    LookUpTrunk, // GET /trunks?trunk_sid=
    GetTrunk,    // GET /trunks/{trunk_sid}
    UpdateTrunk,
    DeleteTrunk,
    MapPhoneNumber,
    ListPhoneNumbers,
    UpdatePhoneNumber,
    RemovePhoneNumber,
    WhitelistIp,
    ListWhitelistedIps,
    UpdateWhitelistedIp,
    RemoveWhitelistedIp,
    AddDestinationUris,
    ListDestinationUris,
    UpdateDestinationUri,
    RemoveDestinationUri,
    CreateCredential,
    ListCredentials,
    GetCredential, // GET …/credentials?id=
    UpdateCredential,
    DeleteCredential,
    SetSettings,
    ListSettings,
    RemoveSetting,
    LookUpExophone, // GET /trunk-maps?exophone=
};

// Which document names the endpoint. Vendor-sample endpoints may be missing on an account's
// server: a 404/405 there means "not supported on this account", never "the object is gone".
enum class EndpointSource { Reference, VendorSamples };

struct EndpointRow {
    Endpoint id;
    const char *key;    // stable name for logs, tests and the support registry: "trunk.rename"
    const char *method; // "GET", "POST", "PUT", "DELETE"
    const char *path;   // template after /v2/accounts/{account_sid}: "/trunks/{trunk_sid}/…/{id}"
    const char *selector; // query key that picks this row among rows of one path ("id"), or ""
    bool idempotent;      // may be re-sent after an unknown outcome (only reads are)
    EndpointSource source;
};

// All rows, in declaration order of Endpoint.
const QList<EndpointRow> &endpointCatalogue();
const EndpointRow &endpointRow(Endpoint id);

// The path with {trunk_sid} and {id} filled in (values must already be checked safe for a path).
QString endpointPath(Endpoint id, const QString &trunkSid = {}, const QString &objectId = {});
// The query the row needs: its selector set to `selectorValue` (empty selector: empty query).
QUrlQuery endpointQuery(Endpoint id, const QString &selectorValue);
// "PUT /trunks/{trunk_sid}": the method and path template, for descriptions and reviews.
QString endpointSignature(Endpoint id);

// The row a request addresses, for servers that route by the table. `segments` are the path
// segments after /v2/accounts/{account_sid}. A row whose selector is present in the query wins
// over one without a selector; a missing selector falls back to the row that needs none, else to
// the row that needs it (so its handler can report the missing parameter). nullopt: no row.
struct EndpointMatch {
    Endpoint id;
    QString trunkSid; // from {trunk_sid}, if the template has it
    QString objectId; // from {id} in the path, or the selector's value
};
std::optional<EndpointMatch> matchEndpoint(const QString &method, const QStringList &segments,
                                           const QUrlQuery &query);

} // namespace exotrunk
