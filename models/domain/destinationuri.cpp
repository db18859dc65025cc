#include "domain/destinationuri.h"

#include "domain/jsonfields.h"

namespace exotrunk {

QString transportToWire(Transport t) {
    switch (t) {
    case Transport::Tls:
        return QStringLiteral("tls");
    case Transport::Tcp:
        return QStringLiteral("tcp");
    case Transport::Udp:
        break;
    }
    return QStringLiteral("udp");
}

int defaultPortFor(Transport t) {
    return t == Transport::Tls ? 5061 : 5060;
}

namespace {

struct UriParts {
    QString host;
    int port = 0;
    Transport transport = Transport::Udp;
};

// Splits a stored destination leniently — it is what the server holds, not user input:
// "sip:host:port;transport=tls", with or without the scheme, port or transport.
UriParts splitUri(const QString &uri) {
    UriParts parts;
    QString rest = uri.trimmed();
    if (rest.startsWith(QLatin1String("sips:"), Qt::CaseInsensitive)) {
        parts.transport = Transport::Tls;
        rest = rest.mid(5);
    } else if (rest.startsWith(QLatin1String("sip:"), Qt::CaseInsensitive)) {
        rest = rest.mid(4);
    }
    const qsizetype at = rest.indexOf(QLatin1Char('@'));
    const qsizetype semicolon = rest.indexOf(QLatin1Char(';'));
    if (at >= 0 && (semicolon < 0 || at < semicolon))
        rest = rest.mid(at + 1);

    const QStringList pieces = rest.split(QLatin1Char(';'));
    QString hostPort = pieces.value(0);
    for (int i = 1; i < pieces.size(); ++i) {
        const QString param = pieces.at(i).trimmed();
        if (!param.startsWith(QLatin1String("transport="), Qt::CaseInsensitive))
            continue;
        const QString value = param.mid(10);
        if (value.compare(QLatin1String("tls"), Qt::CaseInsensitive) == 0)
            parts.transport = Transport::Tls;
        else if (value.compare(QLatin1String("tcp"), Qt::CaseInsensitive) == 0)
            parts.transport = Transport::Tcp;
        else if (value.compare(QLatin1String("udp"), Qt::CaseInsensitive) == 0)
            parts.transport = Transport::Udp;
    }

    if (hostPort.startsWith(QLatin1Char('['))) {
        const qsizetype close = hostPort.indexOf(QLatin1Char(']'));
        if (close < 0) {
            parts.host = hostPort;
            return parts;
        }
        parts.host = hostPort.left(close + 1);
        hostPort = hostPort.mid(close + 1);
        if (hostPort.startsWith(QLatin1Char(':'))) {
            bool ok = false;
            const int port = hostPort.mid(1).toInt(&ok);
            parts.port = ok && port > 0 && port <= 65535 ? port : 0;
        }
        return parts;
    }
    const qsizetype colon = hostPort.lastIndexOf(QLatin1Char(':'));
    if (colon < 0) {
        parts.host = hostPort;
        return parts;
    }
    parts.host = hostPort.left(colon);
    bool ok = false;
    const int port = hostPort.mid(colon + 1).toInt(&ok);
    parts.port = ok && port > 0 && port <= 65535 ? port : 0;
    return parts;
}

} // namespace

QString DestinationUri::host() const {
    return splitUri(destination).host;
}

int DestinationUri::port() const {
    return splitUri(destination).port;
}

Transport DestinationUri::transport() const {
    return splitUri(destination).transport;
}

Decoded<DestinationUri> DestinationUri::fromJson(const QJsonValue &json) {
    JsonFields f(json, "DestinationUri");
    DestinationUri d;
    d.id = DestinationUriId(f.requiredId("id"));
    d.destination = f.requiredString("destination");
    d.trunkSid = TrunkSid(f.optionalString("trunk_sid"));
    d.type = f.optionalString("type");
    d.priority = f.optionalInt("priority", 0, -1000000, 1000000);
    d.weight = f.optionalInt("weight", 1, -1000000, 1000000);
    d.created = f.optionalTimestamp("date_created");
    d.updated = f.optionalTimestamp("date_updated");
    if (f.hasError())
        return Decoded<DestinationUri>::fail(f.error());
    return Decoded<DestinationUri>::ok(std::move(d));
}

QJsonObject DestinationUri::toJson() const {
    return QJsonObject{
        {QStringLiteral("id"), id.value()},
        {QStringLiteral("destination"), destination},
        {QStringLiteral("trunk_sid"), trunkSid.value()},
        {QStringLiteral("type"), type},
        {QStringLiteral("priority"), priority},
        {QStringLiteral("weight"), weight},
        {QStringLiteral("date_created"), JsonFields::timestampToJson(created)},
        {QStringLiteral("date_updated"), JsonFields::timestampToJson(updated)},
    };
}

QString NewDestination::toUriString() const {
    QString uri = host;
    if (port > 0)
        uri += QLatin1Char(':') + QString::number(port);
    // UDP is sent bare, as the vendor's samples do: the live API takes no ;transport= as UDP,
    // and ";transport=udp" is not a form it documents.
    if (transport == Transport::Udp)
        return uri;
    return uri + QLatin1String(";transport=") + transportToWire(transport);
}

QJsonObject NewDestination::toJson() const {
    return QJsonObject{{QStringLiteral("destination"), toUriString()}};
}

} // namespace exotrunk
