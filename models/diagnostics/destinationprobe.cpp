#include "diagnostics/destinationprobe.h"

#include "diagnostics/probetexts.h"

#include <QDateTime>
#include <QDnsLookup>
#include <QHostInfo>
#include <QLoggingCategory>
#include <QNetworkDatagram>
#include <QSslSocket>
#include <QTcpSocket>
#include <QUdpSocket>

#include <algorithm>

namespace exotrunk {

Q_LOGGING_CATEGORY(lcProbe, "exotrunk.diagnostics.probe")

namespace {

constexpr int kUdpFirstRetransmitMs = 500;    // RFC 3261 T1
constexpr int kUdpLongestRetransmitMs = 4000; // RFC 3261 T2
constexpr qsizetype kMaxAnswerBytes =
    qsizetype(64) * 1024; // a SIP answer to OPTIONS is far smaller

QString stripBrackets(const QString &host) {
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        return host.mid(1, host.size() - 2);
    return host;
}

QString endpointText(const QHostAddress &address, int port) {
    const QString host = address.protocol() == QAbstractSocket::IPv6Protocol
                             ? QLatin1Char('[') + address.toString() + QLatin1Char(']')
                             : address.toString();
    return host + QLatin1Char(':') + QString::number(port);
}

QString srvName(const ProbeTarget &target) {
    switch (target.transport) {
    case Transport::Tls:
        return QStringLiteral("_sips._tcp.") + target.host;
    case Transport::Tcp:
        return QStringLiteral("_sip._tcp.") + target.host;
    case Transport::Udp:
        break;
    }
    return QStringLiteral("_sip._udp.") + target.host;
}

// Exotel's signalling and whitelists are IPv4: when a name has both, the IPv4 address is the
// one Exotel would most likely use.
QHostAddress preferredAddress(const QList<QHostAddress> &addresses) {
    for (const QHostAddress &address : addresses) {
        if (address.protocol() == QAbstractSocket::IPv4Protocol)
            return address;
    }
    return addresses.value(0);
}

} // namespace

DestinationProbe::DestinationProbe(const ProbeTarget &target, const ProbeTimeouts &timeouts,
                                   const QSslConfiguration &tls, const QElapsedTimer &clock,
                                   QObject *parent)
    : QObject(parent)
    , m_target(target)
    , m_timeouts(timeouts)
    , m_tls(tls)
    , m_clock(clock) {
    m_target.host = stripBrackets(m_target.host.trimmed());
    m_result.target = target;
    m_timeout.setSingleShot(true);
    m_timeout.setTimerType(Qt::PreciseTimer);
    connect(&m_timeout, &QTimer::timeout, this, &DestinationProbe::stepTimedOut);
    m_retransmit.setSingleShot(true);
    connect(&m_retransmit, &QTimer::timeout, this, &DestinationProbe::retransmit);
}

DestinationProbe::~DestinationProbe() {
    m_done = true;
    if (m_hostLookupId >= 0)
        QHostInfo::abortHostLookup(m_hostLookupId);
    closeSockets();
}

void DestinationProbe::start() {
    if (m_done || m_result.startedAtMs >= 0)
        return;
    m_result.startedAtMs = m_clock.elapsed();
    resolve();
}

void DestinationProbe::cancel() {
    if (m_done)
        return;
    failAndStop(ProbeOutcome::Cancelled, tr("Cancelled before this step finished."));
}

// --- steps --------------------------------------------------------------------------------

void DestinationProbe::beginStep(ProbeStepKind kind, int timeoutMs) {
    m_step = kind;
    m_stepClock.start();
    m_timeout.start(std::max(1, timeoutMs));
}

void DestinationProbe::endStep(ProbeOutcome outcome, const QString &detail) {
    if (!m_step)
        return;
    m_timeout.stop();
    ProbeStep step;
    step.kind = *m_step;
    step.outcome = outcome;
    step.detail = detail;
    step.durationMs = m_stepClock.elapsed();
    m_step.reset();
    m_result.steps.append(step);
    emit stepFinished(step);
}

void DestinationProbe::skipStep(ProbeStepKind kind, const QString &detail) {
    ProbeStep step;
    step.kind = kind;
    step.outcome = ProbeOutcome::Skipped;
    step.detail = detail;
    m_result.steps.append(step);
    emit stepFinished(step);
}

// The running step ends with `outcome`; the steps after it are not tried.
void DestinationProbe::failAndStop(ProbeOutcome outcome, const QString &detail) {
    const ProbeStepKind failed = m_step.value_or(ProbeStepKind::Dns);
    endStep(outcome, detail);
    ProbeStep named;
    named.kind = failed;
    const QString why = outcome == ProbeOutcome::Cancelled
                            ? tr("Not tried: the probe was cancelled.")
                            : tr("Not tried: the %1 step did not succeed.").arg(named.name());
    for (const ProbeStepKind kind : {ProbeStepKind::Dns, ProbeStepKind::TcpConnect,
                                     ProbeStepKind::TlsHandshake, ProbeStepKind::SipOptions}) {
        const bool recorded = std::any_of(m_result.steps.cbegin(), m_result.steps.cend(),
                                          [kind](const ProbeStep &s) { return s.kind == kind; });
        if (!recorded)
            skipStep(kind, why);
    }
    finish();
}

void DestinationProbe::finish() {
    if (m_done)
        return;
    m_done = true;
    m_timeout.stop();
    m_retransmit.stop();
    if (m_hostLookupId >= 0)
        QHostInfo::abortHostLookup(m_hostLookupId);
    m_hostLookupId = -1;
    if (m_srv)
        m_srv->abort();
    closeSockets();
    m_result.finishedAtMs = m_clock.elapsed();
    emit finished(m_result);
}

void DestinationProbe::closeSockets() {
    // Disconnected first: aborting a socket emits its error and state signals.
    for (QAbstractSocket *socket : {static_cast<QAbstractSocket *>(m_stream.data()),
                                    static_cast<QAbstractSocket *>(m_udp.data())}) {
        if (!socket)
            continue;
        socket->disconnect(this);
        socket->abort();
        socket->deleteLater();
    }
    m_stream.clear();
    m_udp.clear();
}

void DestinationProbe::stepTimedOut() {
    if (!m_step || m_done)
        return;
    const QString where = *m_step == ProbeStepKind::Dns
                              ? m_lookupName.isEmpty() ? m_target.host : m_lookupName
                              : endpointText(m_address, m_port);
    failAndStop(ProbeOutcome::TimedOut, ProbeText::timedOut(*m_step, m_target.transport,
                                                            m_stepClock.elapsed(), where, m_sends));
}

// --- DNS ----------------------------------------------------------------------------------

void DestinationProbe::resolve() {
    beginStep(ProbeStepKind::Dns, m_timeouts.dnsMs);
    if (m_target.host.isEmpty()) {
        failAndStop(ProbeOutcome::Failed, tr("The destination has no host."));
        return;
    }
    const QHostAddress literal(m_target.host);
    m_port = m_target.port > 0 ? m_target.port : defaultPortFor(m_target.transport);
    if (!literal.isNull()) {
        // Nothing to look up, and an IP address has no SRV records.
        endStep(ProbeOutcome::Skipped,
                tr("%1 is an IP address: nothing to look up.").arg(m_target.host));
        resolved(literal);
        return;
    }
    m_lookupName = m_target.host;
    if (m_target.port > 0) {
        lookUpAddress();
        return;
    }
    // No port in the URI: RFC 3263 says SRV decides where the server listens.
    m_srv = new QDnsLookup(QDnsLookup::SRV, srvName(m_target), this);
    if (!m_srvNameserver.isNull())
        m_srv->setNameserver(m_srvNameserver);
    connect(m_srv, &QDnsLookup::finished, this, &DestinationProbe::srvDone);
    m_srv->lookup();
}

void DestinationProbe::srvDone() {
    if (m_done || !m_srv)
        return;
    const QString name = m_srv->name();
    const QList<QDnsServiceRecord> records = m_srv->serviceRecords();
    if (m_srv->error() == QDnsLookup::NoError && !records.isEmpty()) {
        // QDnsLookup sorts the records by priority and weight.
        const QDnsServiceRecord &best = records.first();
        m_lookupName = best.target();
        if (m_lookupName.endsWith(QLatin1Char('.')))
            m_lookupName.chop(1);
        m_port = best.port();
        m_srvNote = tr("SRV %1 points to %2:%3.").arg(name, m_lookupName).arg(m_port);
    } else if (m_srv->error() == QDnsLookup::NoError ||
               m_srv->error() == QDnsLookup::NotFoundError) {
        m_srvNote = tr("No SRV record %1, so the default port %2 is used.").arg(name).arg(m_port);
    } else {
        // The fallback of RFC 3263 §4.2: without an SRV answer, the host and the transport's
        // default port. Said, so a wrong port is not taken for what DNS published.
        m_srvNote = tr("The SRV lookup of %1 failed (%2), so the default port %3 is used.")
                        .arg(name, m_srv->errorString())
                        .arg(m_port);
    }
    m_srv->deleteLater();
    lookUpAddress();
}

void DestinationProbe::lookUpAddress() {
    m_hostLookupId = QHostInfo::lookupHost(m_lookupName, this, &DestinationProbe::addressLookedUp);
}

void DestinationProbe::addressLookedUp(const QHostInfo &info) {
    m_hostLookupId = -1;
    if (m_done || m_step != ProbeStepKind::Dns)
        return;
    if (info.error() != QHostInfo::NoError || info.addresses().isEmpty()) {
        QString text = tr("%1 could not be resolved (%2). Check the spelling of the destination, "
                          "and that its DNS records are published.")
                           .arg(m_lookupName, info.errorString());
        if (!m_srvNote.isEmpty())
            text = m_srvNote + QLatin1Char(' ') + text;
        failAndStop(ProbeOutcome::Failed, text);
        return;
    }
    QStringList all;
    for (const QHostAddress &address : info.addresses())
        all << address.toString();
    const QHostAddress chosen = preferredAddress(info.addresses());
    QString text = tr("%1 resolves to %2; probing %3.")
                       .arg(m_lookupName, all.join(QStringLiteral(", ")), chosen.toString());
    if (!m_srvNote.isEmpty())
        text = m_srvNote + QLatin1Char(' ') + text;
    endStep(ProbeOutcome::Ok, text);
    resolved(chosen);
}

void DestinationProbe::resolved(const QHostAddress &address) {
    m_address = address;
    m_result.address = endpointText(m_address, m_port);
    if (m_target.transport == Transport::Udp) {
        skipStep(ProbeStepKind::TcpConnect, tr("UDP opens no connection."));
        skipStep(ProbeStepKind::TlsHandshake, tr("Not a TLS destination."));
        startUdp();
        return;
    }
    connectStream();
}

// --- TCP and TLS --------------------------------------------------------------------------

void DestinationProbe::connectStream() {
    beginStep(ProbeStepKind::TcpConnect, m_timeouts.connectMs);
    if (m_target.transport == Transport::Tls) {
        auto *ssl = new QSslSocket(this);
        ssl->setSslConfiguration(m_tls);
        ssl->setPeerVerifyMode(QSslSocket::VerifyPeer);
        ssl->setPeerVerifyName(m_target.host);
        connect(ssl, &QSslSocket::sslErrors, this, &DestinationProbe::sslErrors);
        connect(ssl, &QSslSocket::encrypted, this, &DestinationProbe::encrypted);
        m_stream = ssl;
    } else {
        m_stream = new QTcpSocket(this);
    }
    connect(m_stream, &QTcpSocket::connected, this, &DestinationProbe::streamConnected);
    connect(m_stream, &QTcpSocket::errorOccurred, this, &DestinationProbe::streamError);
    connect(m_stream, &QTcpSocket::readyRead, this, &DestinationProbe::readStream);
    m_stream->connectToHost(m_address, quint16(m_port));
}

void DestinationProbe::streamConnected() {
    if (m_done || m_step != ProbeStepKind::TcpConnect)
        return;
    endStep(ProbeOutcome::Ok, tr("Connected to %1.").arg(endpointText(m_address, m_port)));
    if (m_target.transport != Transport::Tls) {
        skipStep(ProbeStepKind::TlsHandshake, tr("Not a TLS destination."));
        sendOptions();
        return;
    }
    beginStep(ProbeStepKind::TlsHandshake, m_timeouts.tlsMs);
    static_cast<QSslSocket *>(m_stream.data())->startClientEncryption();
}

void DestinationProbe::sslErrors(const QList<QSslError> &errors) {
    // Never ignored: the probe reports what Exotel's side would refuse.
    m_sslErrors = errors;
    for (const QSslError &error : errors) {
        if (!error.certificate().isNull()) {
            m_result.certificateDaysLeft =
                int(QDateTime::currentDateTimeUtc().daysTo(error.certificate().expiryDate()));
            break;
        }
    }
}

void DestinationProbe::encrypted() {
    if (m_done || m_step != ProbeStepKind::TlsHandshake)
        return;
    const QSslCertificate certificate =
        static_cast<QSslSocket *>(m_stream.data())->peerCertificate();
    const int days = int(QDateTime::currentDateTimeUtc().daysTo(certificate.expiryDate()));
    m_result.certificateDaysLeft = days;
    endStep(ProbeOutcome::Ok, ProbeText::tlsTrusted(certificate, m_target.host, days));
    sendOptions();
}

void DestinationProbe::streamError(QAbstractSocket::SocketError error) {
    if (m_done || !m_step || !m_stream)
        return;
    const QString where = endpointText(m_address, m_port);
    switch (*m_step) {
    case ProbeStepKind::TcpConnect:
        failAndStop(ProbeOutcome::Failed,
                    ProbeText::connectFailed(error, m_stream->errorString(), where));
        return;
    case ProbeStepKind::TlsHandshake:
        failAndStop(ProbeOutcome::Failed, m_sslErrors.isEmpty()
                                              ? ProbeText::tlsBroken(m_stream->errorString(), where)
                                              : ProbeText::tlsRefused(m_sslErrors, m_target.host));
        return;
    case ProbeStepKind::SipOptions:
        failAndStop(ProbeOutcome::Failed,
                    ProbeText::sipStreamError(error, m_stream->errorString(), where));
        return;
    case ProbeStepKind::Dns:
        return;
    }
}

// --- SIP OPTIONS --------------------------------------------------------------------------

void DestinationProbe::startUdp() {
    beginStep(ProbeStepKind::SipOptions, m_timeouts.sipMs);
    m_udp = new QUdpSocket(this);
    connect(m_udp, &QUdpSocket::readyRead, this, &DestinationProbe::readUdp);
    connect(m_udp, &QUdpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError error) {
        if (m_done || m_step != ProbeStepKind::SipOptions || !m_udp)
            return;
        failAndStop(ProbeOutcome::Failed, ProbeText::sipUdpError(error, m_udp->errorString(),
                                                                 endpointText(m_address, m_port)));
    });
    // Connected, so that the kernel reports "port unreachable" and only that peer's answers
    // arrive.
    connect(m_udp, &QUdpSocket::connected, this, &DestinationProbe::sendOptions);
    m_udp->connectToHost(m_address, quint16(m_port));
}

void DestinationProbe::sendOptions() {
    if (m_done)
        return;
    QAbstractSocket *socket = m_udp ? static_cast<QAbstractSocket *>(m_udp.data())
                                    : static_cast<QAbstractSocket *>(m_stream.data());
    if (!socket)
        return;
    if (m_step != ProbeStepKind::SipOptions)
        beginStep(ProbeStepKind::SipOptions, m_timeouts.sipMs);
    m_request = sip::OptionsRequest::fresh();
    m_request.targetHost = m_target.host;
    m_request.targetPort = m_port;
    m_request.transport = m_target.transport;
    m_request.localAddress = socket->localAddress().toString();
    m_request.localPort = socket->localPort();
    m_stepClock.start(); // the round trip starts with the request
    m_sends = 0;
    retransmit();
}

// Sends the request; over UDP again after T1, 2·T1 … up to T2 until an answer or the timeout.
void DestinationProbe::retransmit() {
    if (m_done)
        return;
    const QByteArray bytes = m_request.toBytes();
    ++m_sends;
    if (m_udp) {
        m_udp->write(bytes);
        m_retransmitWaitMs = m_sends == 1
                                 ? kUdpFirstRetransmitMs
                                 : std::min(kUdpLongestRetransmitMs, 2 * m_retransmitWaitMs);
        m_retransmit.start(m_retransmitWaitMs);
    } else if (m_stream) {
        m_stream->write(bytes);
    }
    qCDebug(lcProbe) << "OPTIONS to" << m_result.address << "send" << m_sends;
}

void DestinationProbe::readStream() {
    if (m_done || !m_stream)
        return;
    m_buffer += m_stream->readAll();
    if (m_buffer.size() > kMaxAnswerBytes) {
        failAndStop(ProbeOutcome::Failed, tr("The server sent more than 64 KiB without a SIP "
                                             "answer: it does not speak SIP on this port."));
        return;
    }
    while (!m_done) {
        const qsizetype length = sip::completeMessageLength(m_buffer);
        if (length == 0)
            return;
        const QByteArray message = m_buffer.left(length);
        m_buffer.remove(0, length);
        if (const std::optional<sip::Response> response = sip::parseResponse(message))
            answered(*response);
    }
}

// Reads without asking hasPendingDatagrams() first: "port unreachable" is a pending socket
// error, not a datagram, and only a real read reports it.
void DestinationProbe::readUdp() {
    while (!m_done && m_udp) {
        const QNetworkDatagram datagram = m_udp->receiveDatagram(kMaxAnswerBytes);
        if (m_done || !m_udp) // a read error was signalled, and the step has ended on it
            return;
        if (!datagram.isValid()) {
            qCDebug(lcProbe) << "UDP read from" << m_result.address << m_udp->error();
            if (m_udp->error() == QAbstractSocket::ConnectionRefusedError)
                failAndStop(ProbeOutcome::Failed,
                            ProbeText::sipUdpError(m_udp->error(), m_udp->errorString(),
                                                   endpointText(m_address, m_port)));
            return;
        }
        if (const std::optional<sip::Response> response = sip::parseResponse(datagram.data()))
            answered(*response);
        if (!m_udp || !m_udp->hasPendingDatagrams())
            return;
    }
}

void DestinationProbe::answered(const sip::Response &response) {
    if (m_step != ProbeStepKind::SipOptions)
        return;
    // An answer to some other request (a late one, or a stray datagram) is not ours.
    if (!response.callId.startsWith(m_request.callId) || response.cseqMethod != "OPTIONS")
        return;
    if (response.status < 200) // provisional: wait for the final answer
        return;
    m_retransmit.stop();
    const qint64 rtt = m_stepClock.elapsed();
    m_result.sipStatus = response.status;
    m_result.sipRoundTripMs = rtt;
    bool ok = false;
    const QString detail = ProbeText::sipAnswered(response, rtt, m_sends, &ok);
    endStep(ok ? ProbeOutcome::Ok : ProbeOutcome::Failed, detail);
    finish();
}

} // namespace exotrunk
