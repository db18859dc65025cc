#include "diagnostics/networkhandoff.h"

#include <QCoreApplication>
#include <QFile>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSet>

namespace exotrunk {

namespace {

bool isIpv4(const QString &text) {
    QHostAddress address;
    return address.setAddress(text) && address.protocol() == QHostAddress::IPv4Protocol;
}

bool validPort(int port) {
    return port >= 1 && port <= 65535;
}

// Reads the lists; the first malformed entry names itself in `error`.
bool readLists(const QJsonObject &root, ExotelNetworkData &data, QString *error) {
    const auto bad = [error](const QString &what) {
        *error = QCoreApplication::translate("exotrunk::NetworkHandoff",
                                             "The network data file has an invalid entry: %1.")
                     .arg(what);
        return false;
    };
    for (const auto &v : root.value(QLatin1String("signallingPorts")).toArray()) {
        const QJsonObject o = v.toObject();
        ExotelNetworkData::Port p{o.value(QLatin1String("transport")).toString(),
                                  o.value(QLatin1String("port")).toInt(),
                                  o.value(QLatin1String("note")).toString()};
        if (!validPort(p.port) || p.transport.isEmpty())
            return bad(QStringLiteral("signallingPorts"));
        data.signallingPorts.append(p);
    }
    for (const auto &v : root.value(QLatin1String("edgeFqdns")).toArray()) {
        const QJsonObject o = v.toObject();
        ExotelNetworkData::Host h{o.value(QLatin1String("host")).toString(),
                                  o.value(QLatin1String("role")).toString(),
                                  o.value(QLatin1String("note")).toString()};
        if (h.host.isEmpty())
            return bad(QStringLiteral("edgeFqdns"));
        data.edgeFqdns.append(h);
    }
    for (const auto &v : root.value(QLatin1String("signallingSourceIps")).toArray()) {
        const QJsonObject o = v.toObject();
        ExotelNetworkData::SourceIp s{o.value(QLatin1String("ip")).toString(),
                                      o.value(QLatin1String("site")).toString()};
        if (!isIpv4(s.ip))
            return bad(s.ip);
        data.signallingSourceIps.append(s);
    }
    for (const auto &v : root.value(QLatin1String("mediaPools")).toArray()) {
        const QJsonObject o = v.toObject();
        ExotelNetworkData::Pool pool{o.value(QLatin1String("name")).toString(),
                                     o.value(QLatin1String("site")).toString(),
                                     o.value(QLatin1String("legacy")).toBool(),
                                     {}};
        for (const auto &ip : o.value(QLatin1String("ips")).toArray()) {
            if (!isIpv4(ip.toString()))
                return bad(ip.toString());
            pool.ips.append(ip.toString());
        }
        data.mediaPools.append(pool);
    }
    if (data.signallingPorts.isEmpty() || data.edgeFqdns.isEmpty() ||
        data.signallingSourceIps.isEmpty() || data.mediaPools.isEmpty())
        return bad(QStringLiteral("a list is missing or empty"));
    return true;
}

QString tcpOrUdp(Transport t) {
    return t == Transport::Udp ? QStringLiteral("udp") : QStringLiteral("tcp");
}

// Each destination's port and protocol once: "5061/tcp".
QList<QPair<int, QString>> inboundPorts(const QList<DestinationUri> &destinations) {
    QList<QPair<int, QString>> ports;
    for (const DestinationUri &d : destinations) {
        const int port = d.port() > 0 ? d.port() : defaultPortFor(d.transport());
        const QPair<int, QString> entry{port, tcpOrUdp(d.transport())};
        if (!ports.contains(entry))
            ports.append(entry);
    }
    return ports;
}

QStringList sourceIps(const ExotelNetworkData &data) {
    QStringList ips;
    for (const auto &s : data.signallingSourceIps)
        ips.append(s.ip);
    return ips;
}

QStringList edgeHosts(const ExotelNetworkData &data) {
    QStringList hosts;
    for (const auto &h : data.edgeFqdns)
        hosts.append(h.host);
    return hosts;
}

QString header(const ExotelNetworkData &data, const FirewallRequest &request,
               const QString &comment) {
    QString out =
        comment + QCoreApplication::translate("exotrunk::NetworkHandoff",
                                              "Firewall rules for the Exotel SIP trunk %1")
                      .arg(request.trunkLabel);
    out += QLatin1Char('\n') + comment +
           QCoreApplication::translate("exotrunk::NetworkHandoff", "From: %1.").arg(data.source);
    out += QLatin1Char('\n') + comment +
           QCoreApplication::translate("exotrunk::NetworkHandoff", "Data version %1 of %2.")
               .arg(data.dataVersion)
               .arg(data.documentDate);
    out += QLatin1Char('\n') + comment +
           QCoreApplication::translate("exotrunk::NetworkHandoff",
                                       "Source ports are dynamic: never restrict them.") +
           QLatin1Char('\n');
    return out;
}

QString mediaRange(const ExotelNetworkData &data, const QString &separator) {
    return QString::number(data.mediaFirstPort) + separator + QString::number(data.mediaLastPort);
}

QString tableRules(const ExotelNetworkData &data, const FirewallRequest &request) {
    // Marked with QT_TRANSLATE_NOOP so that lupdate files them under this context.
    const auto translated = [](const char *source) {
        return QCoreApplication::translate("exotrunk::NetworkHandoff", source);
    };
    QStringList rows;
    const QString media = mediaRange(data, QStringLiteral("–")) + QStringLiteral("/udp");
    const QString mediaIps = request.includeLegacyMedia
                                 ? translated(QT_TRANSLATE_NOOP("exotrunk::NetworkHandoff",
                                                                "Exotel media IPs (all pools)"))
                                 : translated(QT_TRANSLATE_NOOP("exotrunk::NetworkHandoff",
                                                                "Exotel media IPs (India pool)"));
    const QString signallingIps =
        translated(QT_TRANSLATE_NOOP("exotrunk::NetworkHandoff", "Exotel signalling IPs"));
    rows << translated(
        QT_TRANSLATE_NOOP("exotrunk::NetworkHandoff",
                          "Direction | Traffic | Source | Destination | Port / protocol"));
    if (request.inbound) {
        for (const auto &port : inboundPorts(request.destinations))
            rows << translated(QT_TRANSLATE_NOOP(
                                   "exotrunk::NetworkHandoff",
                                   "Inbound | SIP signalling | %1 | your SIP server | %2/%3"))
                        .arg(signallingIps)
                        .arg(port.first)
                        .arg(port.second);
        rows << translated(QT_TRANSLATE_NOOP("exotrunk::NetworkHandoff",
                                             "Inbound | RTP media | %1 | your RTP ports | %2"))
                    .arg(mediaIps, media);
    }
    if (request.outbound) {
        QStringList ports;
        for (const auto &p : data.signallingPorts)
            ports << QStringLiteral("%1/%2").arg(p.port).arg(p.transport);
        rows << translated(
                    QT_TRANSLATE_NOOP("exotrunk::NetworkHandoff",
                                      "Outbound | SIP signalling | your SIP server | %1 | %2"))
                    .arg(translated(
                             QT_TRANSLATE_NOOP("exotrunk::NetworkHandoff", "Exotel edge FQDNs")),
                         ports.join(QStringLiteral(" or ")));
        rows << translated(QT_TRANSLATE_NOOP("exotrunk::NetworkHandoff",
                                             "Outbound | RTP media | your RTP ports | %1 | %2"))
                    .arg(mediaIps, media);
    }
    // The addresses below the table, a few per line, so that the table stays readable.
    rows << QString() << signallingIps + QLatin1Char(':')
         << QStringLiteral("  ") + sourceIps(data).join(QStringLiteral(", "));
    rows << mediaIps + QLatin1Char(':');
    const QStringList ips = data.mediaIps(request.includeLegacyMedia);
    constexpr int perLine = 6;
    for (qsizetype i = 0; i < ips.size(); i += perLine)
        rows << QStringLiteral("  ") + ips.mid(i, perLine).join(QStringLiteral(", "));
    if (request.outbound)
        rows << translated(QT_TRANSLATE_NOOP("exotrunk::NetworkHandoff", "Exotel edge FQDNs:"))
             << QStringLiteral("  ") + edgeHosts(data).join(QStringLiteral(", "));
    return header(data, request, QString()) + QLatin1Char('\n') + rows.join(QLatin1Char('\n')) +
           QLatin1Char('\n');
}

QString nftRules(const ExotelNetworkData &data, const FirewallRequest &request) {
    QStringList lines;
    const QString media = mediaRange(data, QStringLiteral("-"));
    lines << QStringLiteral("table inet exotel_trunk {");
    lines << QStringLiteral("  set exotel_signalling { type ipv4_addr; elements = { %1 } }")
                 .arg(sourceIps(data).join(QStringLiteral(", ")));
    lines << QStringLiteral("  set exotel_media { type ipv4_addr; elements = { %1 } }")
                 .arg(data.mediaIps(request.includeLegacyMedia).join(QStringLiteral(", ")));
    if (request.inbound) {
        lines << QStringLiteral("  chain exotel_in {");
        lines << QStringLiteral("    type filter hook input priority 0; policy accept;");
        for (const auto &port : inboundPorts(request.destinations))
            lines << QStringLiteral("    ip saddr @exotel_signalling %1 dport %2 accept")
                         .arg(port.second)
                         .arg(port.first);
        lines << QStringLiteral("    ip saddr @exotel_media udp dport %1 accept").arg(media);
        lines << QStringLiteral("  }");
    }
    if (request.outbound) {
        lines << QStringLiteral("  chain exotel_out {");
        lines << QStringLiteral("    type filter hook output priority 0; policy accept;");
        lines << QStringLiteral("    # ") +
                     QCoreApplication::translate(
                         "exotrunk::NetworkHandoff",
                         "nft resolves these names once, when the rules are loaded.");
        for (const QString &host : edgeHosts(data)) {
            for (const auto &p : data.signallingPorts)
                lines
                    << QStringLiteral("    ip daddr %1 tcp dport %2 accept").arg(host).arg(p.port);
        }
        lines << QStringLiteral("    ip daddr @exotel_media udp dport %1 accept").arg(media);
        lines << QStringLiteral("  }");
    }
    lines << QStringLiteral("}");
    return header(data, request, QStringLiteral("# ")) + lines.join(QLatin1Char('\n')) +
           QLatin1Char('\n');
}

QString iptablesRules(const ExotelNetworkData &data, const FirewallRequest &request) {
    QStringList lines;
    const QString media = mediaRange(data, QStringLiteral(":"));
    const QStringList mediaIps = data.mediaIps(request.includeLegacyMedia);
    if (request.inbound) {
        for (const QString &ip : sourceIps(data)) {
            for (const auto &port : inboundPorts(request.destinations))
                lines << QStringLiteral("iptables -A INPUT -p %1 -s %2 --dport %3 -j ACCEPT")
                             .arg(port.second, ip)
                             .arg(port.first);
        }
        for (const QString &ip : mediaIps)
            lines << QStringLiteral("iptables -A INPUT -p udp -s %1 --dport %2 -j ACCEPT")
                         .arg(ip, media);
    }
    if (request.outbound) {
        lines << QStringLiteral("# ") +
                     QCoreApplication::translate(
                         "exotrunk::NetworkHandoff",
                         "iptables resolves these names once, when the rule is added.");
        for (const QString &host : edgeHosts(data)) {
            for (const auto &p : data.signallingPorts)
                lines << QStringLiteral("iptables -A OUTPUT -p tcp -d %1 --dport %2 -j ACCEPT")
                             .arg(host)
                             .arg(p.port);
        }
        for (const QString &ip : mediaIps)
            lines << QStringLiteral("iptables -A OUTPUT -p udp -d %1 --dport %2 -j ACCEPT")
                         .arg(ip, media);
    }
    return header(data, request, QStringLiteral("# ")) + lines.join(QLatin1Char('\n')) +
           QLatin1Char('\n');
}

} // namespace

std::optional<ExotelNetworkData> ExotelNetworkData::fromJson(const QByteArray &json,
                                                             QString *error) {
    QString ignored;
    QString &message = error ? *error : ignored;
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        message = QCoreApplication::translate("exotrunk::NetworkHandoff",
                                              "The network data file is not valid JSON.");
        return std::nullopt;
    }
    const QJsonObject root = doc.object();
    ExotelNetworkData data;
    data.dataVersion = root.value(QLatin1String("dataVersion")).toInt();
    if (data.dataVersion != kSupportedVersion) {
        message = QCoreApplication::translate(
                      "exotrunk::NetworkHandoff",
                      "The network data file has version %1; this console reads version %2.")
                      .arg(data.dataVersion)
                      .arg(kSupportedVersion);
        return std::nullopt;
    }
    data.source = root.value(QLatin1String("source")).toString();
    data.documentDate = root.value(QLatin1String("documentDate")).toString();
    const QJsonObject media = root.value(QLatin1String("mediaPorts")).toObject();
    data.mediaFirstPort = media.value(QLatin1String("first")).toInt();
    data.mediaLastPort = media.value(QLatin1String("last")).toInt();
    if (!validPort(data.mediaFirstPort) || !validPort(data.mediaLastPort) ||
        data.mediaFirstPort > data.mediaLastPort) {
        message = QCoreApplication::translate("exotrunk::NetworkHandoff",
                                              "The network data file has an invalid entry: %1.")
                      .arg(QStringLiteral("mediaPorts"));
        return std::nullopt;
    }
    if (!readLists(root, data, &message))
        return std::nullopt;
    return data;
}

std::optional<ExotelNetworkData> ExotelNetworkData::load(const QString &path, QString *error) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QCoreApplication::translate("exotrunk::NetworkHandoff",
                                                 "Could not read the network data file %1: %2.")
                         .arg(path, file.errorString());
        return std::nullopt;
    }
    return fromJson(file.readAll(), error);
}

QStringList ExotelNetworkData::mediaIps(bool includeLegacy) const {
    QStringList ips;
    for (const Pool &pool : mediaPools) {
        if (pool.legacy && !includeLegacy)
            continue;
        for (const QString &ip : pool.ips) {
            if (!ips.contains(ip))
                ips.append(ip);
        }
    }
    return ips;
}

QString firewallRules(const ExotelNetworkData &data, const FirewallRequest &request,
                      FirewallFormat format) {
    switch (format) {
    case FirewallFormat::Table:
        return tableRules(data, request);
    case FirewallFormat::Nftables:
        return nftRules(data, request);
    case FirewallFormat::Iptables:
        return iptablesRules(data, request);
    }
    return {};
}

QString edgeConfigurationNote(const ExotelNetworkData &data) {
    QStringList lines;
    lines << QCoreApplication::translate("exotrunk::NetworkHandoff",
                                         "Exotel edge for calls from the PBX (SIP → PSTN):");
    for (const auto &h : data.edgeFqdns)
        lines << QStringLiteral("  %1 (%2) — %3").arg(h.host, h.role, h.note);
    lines << QCoreApplication::translate(
        "exotrunk::NetworkHandoff",
        "Failover: configure the primary and the secondary, and retry the secondary when the "
        "primary is unreachable.");
    return lines.join(QLatin1Char('\n'));
}

double recommendedBandwidthMbps(int concurrentCalls) {
    constexpr double kbpsPerCall = 100.0; // G.711 (§15.1)
    constexpr double headroom = 1.5;
    return concurrentCalls <= 0 ? 0.0 : concurrentCalls * kbpsPerCall * headroom / 1000.0;
}

QStringList goLiveChecklist(int concurrentCalls) {
    // Marked with QT_TRANSLATE_NOOP so that lupdate files them under this context.
    const auto translated = [](const char *source) {
        return QCoreApplication::translate("exotrunk::NetworkHandoff", source);
    };
    const QLocale locale;
    return {
        translated(QT_TRANSLATE_NOOP(
            "exotrunk::NetworkHandoff",
            "Average ping to Exotel's SIP endpoints below 50 ms, no spikes above 150 ms.")),
        translated(QT_TRANSLATE_NOOP(
            "exotrunk::NetworkHandoff",
            "UDP jitter test (iperf3) for at least 5 minutes under load: below 20 ms.")),
        translated(QT_TRANSLATE_NOOP("exotrunk::NetworkHandoff",
                                     "Packet loss under simulated call load: below 1%.")),
        translated(QT_TRANSLATE_NOOP("exotrunk::NetworkHandoff",
                                     "Bandwidth for %1 concurrent calls: at least %2 Mbps (100 "
                                     "kbps per G.711 call × 1.5 "
                                     "headroom)."))
            .arg(locale.toString(concurrentCalls),
                 locale.toString(recommendedBandwidthMbps(concurrentCalls), 'f', 1)),
        translated(QT_TRANSLATE_NOOP("exotrunk::NetworkHandoff",
                                     "SIP ALG disabled on every router and firewall.")),
        translated(QT_TRANSLATE_NOOP("exotrunk::NetworkHandoff",
                                     "UDP media ports open in both directions.")),
        translated(QT_TRANSLATE_NOOP(
            "exotrunk::NetworkHandoff",
            "10 test calls placed and their MOS reviewed in the Exotel dashboard: 4.0 or better.")),
    };
}

} // namespace exotrunk
