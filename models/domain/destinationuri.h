#pragma once

#include "domain/decoded.h"
#include "domain/ids.h"

#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace exotrunk {

enum class Transport { Udp, Tcp, Tls };
QString transportToWire(Transport t); // "udp", "tcp", "tls"
int defaultPortFor(Transport t);      // TLS 5061, TCP/UDP 5060

struct DestinationUri {
    DestinationUriId id;
    TrunkSid trunkSid;
    QString destination; // as stored: "sip:host:port;transport=tls"
    QString type;        // "public"
    int priority = 0;
    int weight = 1;
    QDateTime created;
    QDateTime updated;

    // Parsed from `destination`; an absent ;transport= means UDP (the live API accepts it).
    QString host() const;
    int port() const; // 0 when the URI carries none
    Transport transport() const;

    static Decoded<DestinationUri> fromJson(const QJsonValue &json);
    QJsonObject toJson() const;
};

// One entry of POST /trunks/{sid}/destination-uris: "host:port;transport=tls" or
// ";transport=tcp"; UDP as a bare "host:port", never ";transport=udp".
struct NewDestination {
    QString host;
    int port = 5061;
    Transport transport = Transport::Tls;

    QString toUriString() const;
    QJsonObject toJson() const; // {"destination": "..."}
};

} // namespace exotrunk
