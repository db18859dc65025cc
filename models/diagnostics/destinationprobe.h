#pragma once

#include "diagnostics/reachabilityprobe.h"
#include "diagnostics/sipoptions.h"

#include <QAbstractSocket>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSslConfiguration>
#include <QSslError>
#include <QTimer>

#include <optional>

class QDnsLookup;
class QHostInfo;
class QTcpSocket;
class QUdpSocket;

namespace exotrunk {

// The four steps for one destination, one after another, each under its own timer: DNS, TCP
// connect, TLS handshake, SIP OPTIONS. A step that fails or times out skips the ones after it.
// Used by ReachabilityProbe, which runs one per destination at the same time.
class DestinationProbe : public QObject {
    Q_OBJECT
public:
    // `clock` is the whole probe's: the result's start and end times are read from it. `tls` is
    // the configuration for TLS destinations (the system's authorities plus any extra CAs).
    DestinationProbe(const ProbeTarget &target, const ProbeTimeouts &timeouts,
                     const QSslConfiguration &tls, const QElapsedTimer &clock,
                     QObject *parent = nullptr);
    ~DestinationProbe() override;

    void start();
    void cancel();
    const ProbeResult &result() const { return m_result; }
    const ProbeTarget &target() const { return m_target; }
    // Before start(): the configuration TLS destinations use.
    void setTlsConfiguration(const QSslConfiguration &tls) { m_tls = tls; }
    // Before start(): the DNS server asked for SRV records; null (the default): the system's.
    void setSrvNameserver(const QHostAddress &nameserver) { m_srvNameserver = nameserver; }

signals:
    void stepFinished(const exotrunk::ProbeStep &step);
    void finished(const exotrunk::ProbeResult &result);

private:
    void beginStep(ProbeStepKind kind, int timeoutMs);
    void endStep(ProbeOutcome outcome, const QString &detail);
    void skipStep(ProbeStepKind kind, const QString &detail);
    void failAndStop(ProbeOutcome outcome, const QString &detail);
    void finish();
    void stepTimedOut();
    void closeSockets();

    void resolve();
    void srvDone();
    void lookUpAddress();
    void addressLookedUp(const QHostInfo &info);
    void resolved(const QHostAddress &address);

    void connectStream();
    void streamConnected();
    void streamError(QAbstractSocket::SocketError error);
    void sslErrors(const QList<QSslError> &errors);
    void encrypted();

    void startUdp();
    void sendOptions();
    void retransmit();
    void readStream();
    void readUdp();
    void answered(const sip::Response &response);

    ProbeTarget m_target;
    ProbeTimeouts m_timeouts;
    QSslConfiguration m_tls;
    const QElapsedTimer &m_clock;
    ProbeResult m_result;

    std::optional<ProbeStepKind> m_step; // the step running, if any
    QElapsedTimer m_stepClock;
    QTimer m_timeout;
    QTimer m_retransmit;
    bool m_done = false;

    QString m_lookupName; // the name A/AAAA is asked for: the host, or the SRV target
    QString m_srvNote;    // what SRV said, for the DNS step's sentence
    int m_port = 0;
    QHostAddress m_address;
    QPointer<QDnsLookup> m_srv;
    QHostAddress m_srvNameserver;
    int m_hostLookupId = -1;

    QPointer<QTcpSocket> m_stream; // a QSslSocket for TLS
    QPointer<QUdpSocket> m_udp;
    QList<QSslError> m_sslErrors;
    sip::OptionsRequest m_request;
    QByteArray m_buffer;
    int m_sends = 0;
    int m_retransmitWaitMs = 0;
};

} // namespace exotrunk
