#include "workflows/trunkchangetexts.h"

#include <QMap>

#include <algorithm>
#include <cmath>

namespace exotrunk {

namespace {
template <typename T, typename Id> bool containsId(const QList<T> &list, const Id &id) {
    return std::any_of(list.begin(), list.end(), [&id](const T &item) { return item.id == id; });
}

template <typename T> int remainingAfter(const QList<T> &all, const QList<T> &removed) {
    int n = 0;
    for (const T &item : all)
        n += !containsId(removed, item.id);
    return n;
}
} // namespace

QStringList TrunkChangeTexts::numbersRemoved(const QList<PhoneNumber> &removed) {
    QStringList lines;
    for (const PhoneNumber &n : removed)
        lines << tr("Inbound calls to %1 will no longer reach this trunk; outbound calls using "
                    "it as caller ID will be refused.")
                     .arg(n.number);
    return lines;
}

QStringList TrunkChangeTexts::ipsRemoved(const QList<WhitelistedIp> &removed,
                                         const QList<WhitelistedIp> &all, int credentialCount) {
    QStringList lines;
    for (const WhitelistedIp &ip : removed)
        lines << tr("Calls from %1 will no longer be accepted by this trunk (SIP 403).")
                     .arg(ip.cidr());
    if (remainingAfter(all, removed) == 0 && credentialCount == 0)
        lines << tr("This trunk has no credentials: without a whitelisted IP, every outbound "
                    "call will be refused until an IP or a credential is added.");
    return lines;
}

QStringList TrunkChangeTexts::destinationsRemoved(const QList<DestinationUri> &removed,
                                                  const QList<DestinationUri> &all) {
    QStringList lines;
    for (const DestinationUri &d : removed)
        lines << tr("Inbound calls will no longer be sent to %1.").arg(d.destination);
    QList<DestinationUri> rest;
    for (const DestinationUri &d : all) {
        if (!containsId(removed, d.id))
            rest << d;
    }
    if (rest.isEmpty())
        lines << tr("This removes the last destination URI: every inbound call to this trunk "
                    "will fail until a destination is added.");
    else
        lines << failoverOrder(rest);
    return lines;
}

QStringList TrunkChangeTexts::credentialsRemoved(const QList<Credential> &removed,
                                                 const QList<Credential> &all, int ipCount) {
    QStringList lines;
    for (const Credential &c : removed)
        lines << tr("A PBX or platform that authenticates as “%1” will have its calls refused "
                    "with SIP 401 Unauthorized.")
                     .arg(c.userName);
    if (remainingAfter(all, removed) == 0 && ipCount == 0)
        lines << tr("This trunk has no whitelisted IP: without a credential, every outbound "
                    "call will be refused until a credential or an IP is added.");
    return lines;
}

QString TrunkChangeTexts::aliasRemoved(const QString &alias) {
    return tr("Outbound calls will no longer show %1 as caller ID; they show the number the call "
              "is made from instead.")
        .arg(alias);
}

QString TrunkChangeTexts::failoverOrder(const QList<DestinationUri> &destinations) {
    if (destinations.isEmpty())
        return tr("No destination URI: inbound calls to this trunk fail.");
    if (destinations.size() == 1)
        return tr("Inbound calls go to %1.").arg(destinations.first().destination);
    QMap<int, QList<DestinationUri>> byPriority;
    for (const DestinationUri &d : destinations)
        byPriority[d.priority].append(d);
    QStringList steps;
    for (const QList<DestinationUri> &group : std::as_const(byPriority)) {
        if (group.size() == 1) {
            steps << group.first().destination;
            continue;
        }
        int total = 0;
        for (const DestinationUri &d : group)
            total += std::max(0, d.weight);
        QStringList shares;
        for (const DestinationUri &d : group) {
            const int percent =
                total > 0 ? int(std::lround(100.0 * std::max(0, d.weight) / total)) : 0;
            shares << tr("%1 (weight %2, about %3% of calls)")
                          .arg(d.destination)
                          .arg(d.weight)
                          .arg(percent);
        }
        steps << shares.join(tr(" and "));
    }
    if (steps.size() == 1)
        return tr("Inbound calls are shared between %1.").arg(steps.first());
    QString text = tr("Inbound calls go to %1 first").arg(steps.first());
    for (int i = 1; i < steps.size(); ++i)
        text += tr("; if that fails, to %1").arg(steps.at(i));
    return text + QLatin1Char('.');
}

QList<DestinationUri> TrunkChangeTexts::withOrder(QList<DestinationUri> destinations,
                                                  const DestinationUriId &changed, int priority,
                                                  int weight) {
    for (DestinationUri &d : destinations) {
        if (d.id == changed) {
            d.priority = priority;
            d.weight = weight;
        }
    }
    return destinations;
}

} // namespace exotrunk
