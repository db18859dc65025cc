#pragma once

// Internal to the client: its private part, shared by the files that implement its calls.

#include "api/apitransport.h"
#include "api/calldecoding.h"
#include "api/endpointcatalogue.h"
#include "api/exotelclient.h"
#include "validation/validators.h"

#include <QHash>
#include <QJsonObject>
#include <QUrlQuery>

#include <optional>

namespace exotrunk {

// What one call asks of a catalogue row: the placeholders, the body and any extra query items.
struct EndpointRequest {
    Endpoint id;
    QString trunkSid;
    QString objectId; // {id} in the path, or the value of the row's selector
    std::optional<QJsonObject> body;
    QUrlQuery extraQuery; // page_size, a lookup's trunk_sid
};

class ExotelClient::Private {
public:
    Private(ExotelClient *client, const ClientConfig &config);

    // A call of the row `id`, described by its signature. A vendor-sample row that this
    // account's server does not support fails at once, before anything is sent.
    template <typename T> ClientCall *open(Endpoint id, QObject *context, const Callback<T> &done) {
        ClientCall *call = openCall<T>(transport, endpointSignature(id), context, done);
        if (endpointRow(id).source != EndpointSource::VendorSamples)
            return call;
        call->fail = [this, id, failed = call->fail](const ApiError &error) {
            failed(supportChecked(id, error));
        };
        const auto known = unsupported.constFind(int(id));
        if (known != unsupported.cend()) {
            qCDebug(lcApi).noquote()
                << "not sent" << call->description() << "(not supported on this account)";
            call->fail(*known);
        }
        return call;
    }
    // Refuses the call with the validator's words when the input is not acceptable.
    bool reject(ClientCall *call, const Validity &validity);
    bool rejectBadId(ClientCall *call, const QString &id, const QString &what);
    bool rejectBadTrunk(ClientCall *call, const TrunkSid &sid);
    // Sends the request the row describes: method, path and query from the catalogue.
    void send(ClientCall *call, const EndpointRequest &request);

    // A 404/405 on a vendor-sample row becomes Kind::Unsupported and marks the row.
    ApiError supportChecked(Endpoint id, const ApiError &error);
    static bool meansUnsupported(Endpoint id, const ApiError &error);

    ExotelClient *q;
    ApiTransport transport;
    QHash<int, ApiError> unsupported; // by Endpoint: the error every later call gets
};

} // namespace exotrunk
