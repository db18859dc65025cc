// libFuzzer target: parseEnvelope on arbitrary bytes, then every domain decoder on every item
// and on the whole document. Checks the contracts others rely on, not just "no crash".
#include "api/envelope.h"
#include "domain/credential.h"
#include "domain/destinationuri.h"
#include "domain/phonenumber.h"
#include "domain/trunk.h"
#include "domain/trunksetting.h"
#include "domain/whitelistedip.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdint>
#include <cstdlib>

using namespace exotrunk;

namespace {

void require(bool condition) {
    if (!condition)
        std::abort();
}

template <typename T> void decodeAndRoundTrip(const QJsonValue &json) {
    const Decoded<T> decoded = T::fromJson(json);
    require(decoded.isOk() != !decoded.error().isEmpty());
    if (!decoded.isOk())
        return;
    // What we encode, we decode again.
    const Decoded<T> again = T::fromJson(decoded.value().toJson());
    require(again.isOk());
}

void decodeEverything(const QJsonValue &json) {
    decodeAndRoundTrip<Trunk>(json);
    decodeAndRoundTrip<PhoneNumber>(json);
    decodeAndRoundTrip<WhitelistedIp>(json);
    decodeAndRoundTrip<Credential>(json);
    decodeAndRoundTrip<TrunkSetting>(json);
    decodeAndRoundTrip<DestinationUri>(json);
    const Decoded<DestinationUri> uri = DestinationUri::fromJson(json);
    if (uri.isOk()) {
        const int port = uri.value().port();
        require(port >= 0 && port <= 65535);
        (void)uri.value().host();
        (void)uri.value().transport();
    }
}

void checkError(const ApiError &error) {
    const QString user = error.userMessage();
    require(error.isError() == !user.isEmpty());
    (void)error.technicalDetails();
    (void)ApiError::kindName(error.kind);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const QByteArray body(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    // The same body as a success and as an error answer.
    for (const int status : {200, 503}) {
        const EnvelopeParse parse = parseEnvelope(body, status);
        require(parse.envelope.has_value() != parse.error.isError());
        if (!parse.envelope) {
            checkError(parse.error);
            continue;
        }
        for (const EnvelopeItem &item : parse.envelope->items) {
            if (!item.isSuccess()) {
                require(item.data.isNull());
                checkError(item.error);
                continue;
            }
            decodeEverything(item.data);
        }
    }
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (doc.isObject())
        decodeEverything(doc.object());
    else if (doc.isArray() && !doc.array().isEmpty())
        decodeEverything(doc.array().at(0));
    return 0;
}
