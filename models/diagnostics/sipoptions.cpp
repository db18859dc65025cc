#include "diagnostics/sipoptions.h"

#include <QHostAddress>
#include <QList>
#include <QRandomGenerator>

namespace exotrunk::sip {

namespace {

QByteArray randomToken(int bytes) {
    QByteArray raw(bytes, Qt::Uninitialized);
    for (char &c : raw)
        c = char(QRandomGenerator::global()->bounded(256));
    return raw.toHex();
}

// An IPv6 address goes into a SIP URI or Via in brackets (RFC 3261 §25.1).
QByteArray hostPart(const QString &host) {
    const QHostAddress address(host);
    if (address.protocol() == QAbstractSocket::IPv6Protocol)
        return '[' + host.toUtf8() + ']';
    return host.toUtf8();
}

QByteArray viaTransport(Transport transport) {
    switch (transport) {
    case Transport::Tls:
        return "TLS";
    case Transport::Tcp:
        return "TCP";
    case Transport::Udp:
        break;
    }
    return "UDP";
}

QByteArray uriParameters(Transport transport) {
    return transport == Transport::Udp ? QByteArray()
                                       : ";transport=" + transportToWire(transport).toLatin1();
}

// The value of a header, by its full or compact name (RFC 3261 §7.3.3), case-insensitively.
QByteArray headerValue(const QList<QByteArray> &lines, const QByteArray &name,
                       const QByteArray &compact) {
    for (const QByteArray &line : lines) {
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray field = line.left(colon).trimmed().toLower();
        if (field == name || (!compact.isEmpty() && field == compact))
            return line.mid(colon + 1).trimmed();
    }
    return {};
}

} // namespace

OptionsRequest OptionsRequest::fresh() {
    OptionsRequest request;
    // The magic cookie marks an RFC 3261 branch (§8.1.1.7).
    request.branch = "z9hG4bK" + randomToken(10);
    request.callId = randomToken(16);
    request.fromTag = randomToken(6);
    return request;
}

QByteArray OptionsRequest::toBytes() const {
    const QByteArray target = hostPart(targetHost) + ':' + QByteArray::number(targetPort);
    const QByteArray local = hostPart(localAddress) + ':' + QByteArray::number(localPort);
    const QByteArray params = uriParameters(transport);
    QByteArray m;
    m += "OPTIONS sip:" + target + params + " SIP/2.0\r\n";
    m += "Via: SIP/2.0/" + viaTransport(transport) + ' ' + local + ";branch=" + branch +
         ";rport\r\n";
    m += "Max-Forwards: 70\r\n";
    m += "From: <sip:probe@" + hostPart(localAddress) + ">;tag=" + fromTag + "\r\n";
    m += "To: <sip:" + target + ">\r\n";
    m += "Call-ID: " + callId + '@' + hostPart(localAddress) + "\r\n";
    m += "CSeq: " + QByteArray::number(cseq) + " OPTIONS\r\n";
    m += "Contact: <sip:probe@" + local + params + ">\r\n";
    m += "Accept: application/sdp\r\n";
    m += "User-Agent: Exotrunk Console/" EXOTRUNK_VERSION "\r\n";
    m += "Content-Length: 0\r\n\r\n";
    return m;
}

std::optional<Response> parseResponse(const QByteArray &message) {
    const qsizetype end = message.indexOf("\r\n\r\n");
    const QByteArray head = end >= 0 ? message.left(end) : message;
    QList<QByteArray> lines = head.split('\n');
    for (QByteArray &line : lines)
        line = line.trimmed();
    if (lines.isEmpty() || !lines.first().startsWith("SIP/2.0 "))
        return std::nullopt;
    const QByteArray &statusLine = lines.first();
    const qsizetype codeEnd = statusLine.indexOf(' ', 8);
    bool ok = false;
    const int status = statusLine.mid(8, codeEnd < 0 ? -1 : codeEnd - 8).toInt(&ok);
    if (!ok || status < 100 || status > 699)
        return std::nullopt;
    Response response;
    response.status = status;
    response.reason = codeEnd < 0 ? QString() : QString::fromUtf8(statusLine.mid(codeEnd + 1));
    response.callId = headerValue(lines, "call-id", "i");
    const QList<QByteArray> cseq = headerValue(lines, "cseq", {}).simplified().split(' ');
    response.cseqMethod = cseq.size() == 2 ? cseq.at(1).toUpper() : QByteArray();
    return response;
}

qsizetype completeMessageLength(const QByteArray &buffer) {
    const qsizetype end = buffer.indexOf("\r\n\r\n");
    if (end < 0)
        return 0;
    const QList<QByteArray> lines = buffer.left(end).split('\n');
    bool ok = false;
    const qsizetype body = headerValue(lines, "content-length", "l").toLongLong(&ok);
    const qsizetype length = end + 4 + (ok && body > 0 ? body : 0);
    return buffer.size() >= length ? length : 0;
}

} // namespace exotrunk::sip
