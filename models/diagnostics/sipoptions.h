#pragma once

#include "domain/destinationuri.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace exotrunk::sip {

// What an OPTIONS request needs to know about both ends.
struct OptionsRequest {
    QString targetHost; // the URI's host (a name, or an IP address; IPv6 without brackets)
    int targetPort = 5060;
    Transport transport = Transport::Udp;
    QString localAddress; // the socket's own address and port, for Via and Contact
    int localPort = 0;
    QByteArray branch; // "z9hG4bK…", unique per request
    QByteArray callId;
    QByteArray fromTag;
    int cseq = 1;

    // A fresh request with a random branch, Call-ID and tag.
    static OptionsRequest fresh();
    // The request as sent: RFC 3261 §11 OPTIONS, Via with branch and rport, Max-Forwards 70,
    // From with tag, To, Call-ID, CSeq, Contact, Accept, Content-Length: 0.
    QByteArray toBytes() const;
};

// A response's status line and the headers a probe checks.
struct Response {
    int status = 0;    // 100–699
    QString reason;    // "OK"
    QByteArray callId; // as in the Call-ID (or i) header
    QByteArray cseqMethod;
};

// Parses one complete SIP response (status line and headers; a body is ignored). Nothing when it
// is not a SIP/2.0 response.
std::optional<Response> parseResponse(const QByteArray &message);

// For a stream transport: the length of the first complete message in `buffer` (headers and the
// body Content-Length announces), or 0 while it is incomplete.
qsizetype completeMessageLength(const QByteArray &buffer);

} // namespace exotrunk::sip
