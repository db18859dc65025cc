#pragma once

#include "domain/destinationuri.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QString>

#include <optional>

namespace exotrunk {

class DestinationProbe;

// One destination as the probe reaches it: the URI's host, port (0: none, so DNS SRV decides)
// and transport.
struct ProbeTarget {
    QString uri; // as shown to the person: "sip:pbx.example.com:5061;transport=tls"
    QString host;
    int port = 0;
    Transport transport = Transport::Udp;

    static ProbeTarget fromDestination(const DestinationUri &destination);
};

// Each step has its own limit. Tests use short ones; a person waits at most the sum of the
// steps of one destination, since all destinations run at once.
struct ProbeTimeouts {
    int dnsMs = 5000;
    int connectMs = 5000;
    int tlsMs = 5000;
    int sipMs = 5000; // UDP retransmits within it (RFC 3261 timer A: 500 ms, doubling)
};

enum class ProbeStepKind { Dns, TcpConnect, TlsHandshake, SipOptions };
enum class ProbeOutcome { Ok, Failed, Skipped, TimedOut, Cancelled };

struct ProbeStep {
    ProbeStepKind kind = ProbeStepKind::Dns;
    ProbeOutcome outcome = ProbeOutcome::Skipped;
    QString detail;        // one or two translated sentences a support engineer can act on
    qint64 durationMs = 0; // 0 for a skipped step

    QString name() const; // translated: "DNS", "TCP connect", "TLS handshake", "SIP OPTIONS"
};

QString outcomeText(ProbeOutcome outcome); // translated: "OK", "Failed", "Skipped", …

struct ProbeResult {
    ProbeTarget target;
    QList<ProbeStep> steps; // always the four steps, in order, once finished
    QString address;        // the address probed ("203.0.113.10:5061"), when DNS gave one
    int sipStatus = 0;      // the final answer to OPTIONS; 0 when none came
    qint64 sipRoundTripMs = -1;
    std::optional<int> certificateDaysLeft; // TLS: days until the server certificate expires
    // Milliseconds since the probe started: when this destination's first step began and its
    // last one ended (-1 until then). All destinations start together.
    qint64 startedAtMs = -1;
    qint64 finishedAtMs = -1;

    bool finished() const { return finishedAtMs >= 0; }
    // True when every step that ran succeeded and OPTIONS got an answer.
    bool reachable() const;
};

// Probes destination URIs from this computer, all at once: DNS (A/AAAA; SRV when the URI has no
// port), TCP connect (TCP, TLS), TLS handshake (chain trusted by the system's authorities or the
// caller's extra CAs, host name, days to expiry) and SIP OPTIONS over the URI's transport, each
// step with its own timeout. Never blocks: everything is signalled. Cancelled by cancel() or by
// destroying the probe.
class ReachabilityProbe : public QObject {
    Q_OBJECT
public:
    explicit ReachabilityProbe(QObject *parent = nullptr);
    ~ReachabilityProbe() override;

    void setTimeouts(const ProbeTimeouts &timeouts) { m_timeouts = timeouts; }
    const ProbeTimeouts &timeouts() const { return m_timeouts; }
    // Trusted besides the system's authorities (the profile's extra CA file, a test CA).
    void setExtraCaCertificates(const QList<QSslCertificate> &certificates) {
        m_extraCas = certificates;
    }

    // The DNS server asked for SRV records (a URI without a port); null (the default): the
    // system's resolver configuration. Address lookups always use the system's.
    void setSrvNameserver(const QHostAddress &nameserver) { m_srvNameserver = nameserver; }

    // Starts probing `targets`; a run still going is cancelled first. An empty list finishes at
    // once (asynchronously, like any other run).
    void start(const QList<ProbeTarget> &targets);
    // Stops every destination still running; their current step reads "Cancelled", the steps
    // after it "Skipped". finished() follows.
    void cancel();

    bool isRunning() const { return m_running; }
    bool wasCancelled() const { return m_cancelled; }
    const QList<ProbeResult> &results() const { return m_results; }
    int doneCount() const { return m_done; }

    // One paragraph for the person: how many answered, and that it was measured from this
    // computer, not from Exotel's edge.
    QString summary() const;
    static QString vantagePointNote();

signals:
    void progress(int done, int total);
    void stepFinished(int destination, const exotrunk::ProbeStep &step);
    void destinationFinished(int destination, const exotrunk::ProbeResult &result);
    void finished();

private:
    void destinationDone(int index, const ProbeResult &result);
    void stopAll();
    static bool systemCasLoaded();
    QSslConfiguration tlsConfiguration() const;
    void loadSystemCas(int run);

    ProbeTimeouts m_timeouts;
    QList<QSslCertificate> m_extraCas;
    QHostAddress m_srvNameserver;
    QList<ProbeResult> m_results;
    QList<QPointer<DestinationProbe>> m_probes;
    QElapsedTimer m_clock;
    int m_done = 0;
    int m_run = 0;
    bool m_running = false;
    bool m_cancelled = false;
};

} // namespace exotrunk

Q_DECLARE_METATYPE(exotrunk::ProbeStep)
Q_DECLARE_METATYPE(exotrunk::ProbeResult)
