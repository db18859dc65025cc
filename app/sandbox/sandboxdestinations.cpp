// Destination URIs of a trunk: where Exotel sends its inbound calls.
#include "sandboxenvelope.h"
#include "sandboxhandlers.h"
#include "sandboxrequest.h"
#include "sandboxrules.h"

#include "api/endpointcatalogue.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <algorithm>
#include <limits>

namespace exotrunk::sandbox::handlers {

using namespace rules;

namespace {

// priority and weight are SRV-style load-balancing numbers (lower priority first, higher weight
// more traffic; documented defaults 0 and 1). The vendor gives no range ("per API limits"); the
// sandbox takes SRV's, 0 to 65535 (RFC 2782), for both. A whole number outside it is 400/1002,
// anything else (a string, a fraction) fails the body as Go's decoder would (1007).
constexpr int kMinLoadBalancing = 0;
constexpr int kMaxLoadBalancing = 65535;

bool isWhitelisted(const TrunkRecord &t, quint32 address) {
    return std::any_of(t.ips.begin(), t.ips.end(), [&](const WhitelistedIpRecord &e) {
        const quint32 bits = maskBits(e.mask);
        return (parseIpv4(e.ip).value_or(0) & bits) == (address & bits);
    });
}

// The transport parameters of "host:port;transport=…", if any is not one the API knows.
bool hasUnknownTransport(const QStringList &parts) {
    for (int i = 1; i < parts.size(); ++i) {
        const QString &param = parts.at(i);
        if (!param.startsWith(QLatin1String("transport="), Qt::CaseInsensitive))
            continue;
        const QString transport = param.mid(10).toLower();
        if (transport != QLatin1String("tls") && transport != QLatin1String("tcp") &&
            transport != QLatin1String("udp"))
            return true;
    }
    return false;
}

// The host of one destination, or a failed item saying what is wrong with it.
QJsonObject checkDestination(const TrunkRecord &t, const QString &rest) {
    const QStringList parts = rest.split(QLatin1Char(';'));
    if (hasUnknownTransport(parts))
        return itemFailure(400, 1002, QStringLiteral("Invalid transport"),
                           QStringLiteral("transport must be tls, tcp or udp"));
    const QString hostPort = parts.first();
    QString host = hostPort;
    const int colon = hostPort.lastIndexOf(QLatin1Char(':'));
    if (colon >= 0) {
        host = hostPort.left(colon);
        bool ok = false;
        const int port = hostPort.mid(colon + 1).toInt(&ok);
        if (!ok || port < 1 || port > 65535)
            return itemFailure(400, 1002, QStringLiteral("Invalid port"),
                               QStringLiteral("port must be between 1 and 65535"));
    }
    static const QRegularExpression numeric(QStringLiteral("^[0-9.]+$"));
    const std::optional<quint32> address = parseIpv4(host);
    if (!address && (numeric.match(host).hasMatch() || !isFqdn(host)))
        return itemFailure(
            400, 1002, QStringLiteral("Destination is not a valid Ip or Fqdn"),
            QStringLiteral("%1 is neither an IPv4 address nor a domain name").arg(host));
    if (address && !isWhitelisted(t, *address))
        return itemFailure(400, 1002, QStringLiteral("Destination not whitelisted"),
                           QStringLiteral("Whitelist %1 on trunk %2 before using it as a "
                                          "destination")
                               .arg(host, t.sid));
    return {};
}

QJsonObject addDestinationItem(Account &a, TrunkRecord &t, const QString &text) {
    if (text.isEmpty())
        return itemFailure(400, 1001, QStringLiteral("Destination is mandatory"));
    QString rest = text;
    if (rest.startsWith(QLatin1String("sip:"), Qt::CaseInsensitive))
        rest = rest.mid(4);
    const QJsonObject failure = checkDestination(t, rest);
    if (!failure.isEmpty())
        return failure;
    const QString stored = QStringLiteral("sip:") + rest;
    const bool taken =
        std::any_of(t.destinations.begin(), t.destinations.end(),
                    [&](const DestinationRecord &r) { return r.destination == stored; });
    if (taken)
        return itemFailure(
            409, 1008,
            QStringLiteral("%1 is already a destination of trunk %2").arg(stored, t.sid));
    DestinationRecord record;
    record.id = QString::number(a.nextDestinationId++);
    record.destination = stored;
    record.created = record.updated = a.now();
    t.destinations.push_back(record);
    return itemEnvelope(200, QJsonValue::Null, Account::destinationJson(t, record));
}

ApiReply destinationNotFound(const ApiRequest &r, const TrunkRecord &t, const QString &id) {
    return notFound(r, QStringLiteral("Destination URI not found"),
                    QStringLiteral("No destination URI with id %1 on trunk %2").arg(id, t.sid));
}

// priority or weight: decoded as a Go int, then held to the load-balancing range.
std::optional<ApiReply> readLoadBalancing(const ApiRequest &r, const QJsonObject &body,
                                          const char *key, std::optional<int> *out) {
    const QString name = QString::fromLatin1(key);
    if (auto refused = integerField(r, body, name, std::numeric_limits<int>::min(),
                                    std::numeric_limits<int>::max(), QStringLiteral("int"), out))
        return refused;
    if (*out && (**out < kMinLoadBalancing || **out > kMaxLoadBalancing))
        return invalid(r, QStringLiteral("Invalid %1").arg(name),
                       QStringLiteral("%1 must be between %2 and %3")
                           .arg(name)
                           .arg(kMinLoadBalancing)
                           .arg(kMaxLoadBalancing));
    return std::nullopt;
}

} // namespace

ApiReply addDestinationUris(Account &a, const Call &c) {
    const ApiRequest &r = c.request;
    ApiReply error;
    const auto body = parseBody(r, &error);
    if (!body)
        return error;
    const QJsonValue list = body->value(QStringLiteral("destinations"));
    if (list.isUndefined() || list.isNull())
        return mandatory(r, QStringLiteral("Destinations is mandatory"));
    if (!list.isArray())
        return wrongType(r, *body, QStringLiteral("destinations"),
                         QStringLiteral("[]request.Destination"));
    const QJsonArray destinations = list.toArray();
    if (destinations.isEmpty())
        return mandatory(r, QStringLiteral("Destinations is mandatory"));
    QStringList texts;
    for (const QJsonValue &entry : destinations) {
        const QJsonValue destination = entry.toObject().value(QStringLiteral("destination"));
        if (!entry.isObject() ||
            (!destination.isUndefined() && !destination.isNull() && !destination.isString()))
            return badBody(r, QStringLiteral("json: cannot unmarshal %1 into Go struct "
                                             "field .destinations of type "
                                             "request.Destination")
                                  .arg(typeName(entry)));
        texts.append(destination.toString());
    }
    QJsonArray items;
    for (const QString &text : texts)
        items.append(addDestinationItem(a, *c.trunk, text));
    return multiReply(r.method, items, true);
}

// The live API lists the newest destination first.
ApiReply listDestinationUris(Account &a, const Call &c) {
    const TrunkRecord &t = *c.trunk;
    const int count = int(t.destinations.size());
    const ListSpec spec{a.absolutePath(endpointPath(Endpoint::ListDestinationUris, t.sid)),
                        ListStyle::Plain,
                        {},
                        a.pageLimits};
    return listReply(c.request, spec, count, [&t, count](int i) {
        return Account::destinationJson(t, t.destinations[std::size_t(count - 1 - i)]);
    });
}

// A partial update of priority and weight; the destination itself is not changed by PUT.
ApiReply updateDestinationUri(Account &a, const Call &c) {
    const ApiRequest &r = c.request;
    TrunkRecord &t = *c.trunk;
    const auto it = findRecord(t.destinations, c.objectId);
    if (it == t.destinations.end())
        return destinationNotFound(r, t, c.objectId);
    ApiReply error;
    const auto body = parseBody(r, &error);
    if (!body)
        return error;
    std::optional<int> priority, weight;
    if (auto refused = readLoadBalancing(r, *body, "priority", &priority))
        return *refused;
    if (auto refused = readLoadBalancing(r, *body, "weight", &weight))
        return *refused;
    if (!priority && !weight)
        return mandatory(r, QStringLiteral("One of Priority or Weight is mandatory"));
    it->priority = priority.value_or(it->priority);
    it->weight = weight.value_or(it->weight);
    it->updated = a.now();
    return singleReply(r.method, Account::destinationJson(t, *it));
}

ApiReply removeDestinationUri(Account &, const Call &c) {
    return removeRecord(c, c.trunk->destinations, &Account::destinationJson, &destinationNotFound);
}

} // namespace exotrunk::sandbox::handlers
