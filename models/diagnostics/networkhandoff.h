#pragma once

#include "domain/destinationuri.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace exotrunk {

// Exotel's network facts from section 15 — signalling ports, edge FQDNs, the signalling source
// IPs and the media pools — read from one versioned data file (resources/data/
// exotel-network.json), so a changed list is a data change, not a code change.
struct ExotelNetworkData {
    struct Port {
        QString transport; // "tls", "tcp"
        int port = 0;
        QString note;
    };
    struct Host {
        QString host;
        QString role; // "primary", "secondary", "single"
        QString note;
    };
    struct SourceIp {
        QString ip;
        QString site;
    };
    struct Pool {
        QString name;
        QString site;
        bool legacy = false;
        QStringList ips;
    };

    int dataVersion = 0;
    QString source;
    QString documentDate; // yyyy-MM-dd
    QList<Port> signallingPorts;
    int mediaFirstPort = 0;
    int mediaLastPort = 0;
    QList<Host> edgeFqdns;
    QList<SourceIp> signallingSourceIps;
    QList<Pool> mediaPools;

    // The data file's only supported version.
    static constexpr int kSupportedVersion = 1;
    // nullopt and a translated sentence in `error` for anything malformed: a wrong version, an
    // address that is not IPv4, a port out of range, a missing list. Nothing half-read is used.
    static std::optional<ExotelNetworkData> fromJson(const QByteArray &json, QString *error);
    static std::optional<ExotelNetworkData> load(const QString &path, QString *error);

    // The media IPs of the current pool, plus the legacy pools when asked; each address once.
    QStringList mediaIps(bool includeLegacy) const;
};

enum class FirewallFormat { Table, Nftables, Iptables };

// What the customer's network team gets the rules for.
struct FirewallRequest {
    QString trunkLabel;                 // "name (SID)"
    QList<DestinationUri> destinations; // inbound: Exotel reaches these ports and transports
    bool inbound = true;                // PSTN → SIP
    bool outbound = true;               // SIP → PSTN
    bool includeLegacyMedia = false;    // the legacy media pools of §15.4 too
};

// The firewall rules of §15.5–15.6 as a plain table, an nftables snippet or iptables commands.
// Inbound: Exotel's signalling source IPs to each destination's port and transport (any source
// port), media IPs to UDP 10000–40000. Outbound: the edge FQDNs on TLS 443 / TCP 5070, media.
// Headed with the trunk, the data file's date and source; comments say what a rule is for.
QString firewallRules(const ExotelNetworkData &data, const FirewallRequest &request,
                      FirewallFormat format);

// The edge FQDNs and the failover note for the PBX's configuration (§15.3 A).
QString edgeConfigurationNote(const ExotelNetworkData &data);

// G.711 needs 100 kbps per call; provision 1.5 × the peak (§15.1). In Mbps.
double recommendedBandwidthMbps(int concurrentCalls);

// The go-live checklist of §15.1, with the bandwidth for `concurrentCalls` filled in.
QStringList goLiveChecklist(int concurrentCalls);

} // namespace exotrunk
