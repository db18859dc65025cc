#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QUrlQuery>

#include <functional>
#include <map>
#include <memory>
#include <vector>

namespace exotrunk::sandbox {

// One request as the API layer sees it: already authenticated, already within the rate limit.
struct ApiRequest {
    QString method;       // "GET", "POST", ...
    QStringList segments; // path segments after /v2/accounts/{account_sid}
    QUrlQuery query;
    QByteArray body;
    QByteArray contentType;
};

// What to answer; the server turns it into bytes on the wire.
struct ApiReply {
    int status = 200;
    QJsonObject body;
    QList<QPair<QByteArray, QByteArray>> headers;
};

// The state and behaviour of one Exotel account's trunk API, one handler per row of the endpoint
// catalogue (sandboxrouting.cpp). No networking here; SandboxServer adds HTTP, auth, rate limits
// and faults.
class SandboxApi {
public:
    using Clock = std::function<qint64()>;

    SandboxApi(QString accountSid, Clock clock);
    ~SandboxApi();

    ApiReply handle(const ApiRequest &request);

    // Envelopes shared with the server for answers it produces itself (auth, 429, faults).
    static QString newRequestId();
    static QJsonObject errorData(int code, const QString &message, const QString &description);
    static ApiReply errorReply(const QString &method, int httpStatus, int code,
                               const QString &message, const QString &description);
    // HTTP 200 whose inner response is a 409 duplicate, as the live API answers numbers and IPs.
    static ApiReply innerDuplicateReply(const QString &method, const QString &description);
    // 207 with every item of a multi-item POST failed; the body decides the item count.
    static ApiReply allItemsFailedReply(const QString &method, const QByteArray &body);

    void seedDemoData();
    void seedTrunks(int n);
    // The largest page_size honoured (default 1000): a larger one is clamped, as the applied
    // size in metadata.page_size allows, or answered 400/1002 with `refuseLarger`.
    void setMaxPageSize(int maxPageSize, bool refuseLarger = false);
    // Reference only: every endpoint the vendor documents only in its samples and Postman
    // collection (EndpointSource::VendorSamples in api/endpointcatalogue.h, trunk listing and
    // reading included) answers exactly like a path the API does not have (404/1000), as an
    // account whose server implements the API reference and nothing more.
    void setReferenceOnly(bool referenceOnly);
    bool isReferenceOnly() const;
    // A trunk with any name, even an empty one (the live API accepted ""); returns its sid.
    QString addTrunkNamed(const QString &name);
    // A trunk the list answers with an unreadable date_created; returns its sid.
    QString addUnreadableTrunk();
    // A phone number on the trunk that the list answers as a JSON number, which no client reads.
    void addUnreadablePhoneNumber(const QString &trunkSid);
    int trunkCount() const;
    QString trunkSid(const QString &trunkName) const;
    QString foreignTrunkSid() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace exotrunk::sandbox
