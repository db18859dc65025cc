#pragma once

#include "domain/credential.h"
#include "domain/destinationuri.h"
#include "domain/phonenumber.h"
#include "domain/whitelistedip.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace exotrunk {

// What stops working when a change is made, in words for the one confirmation a destructive
// action asks. Plain text (a dialog escapes it); each sentence names objects by value.
class TrunkChangeTexts {
    Q_DECLARE_TR_FUNCTIONS(exotrunk::TrunkChangeTexts)
public:
    // One sentence per number: inbound calls stop reaching the trunk, outbound caller ID refused.
    static QStringList numbersRemoved(const QList<PhoneNumber> &removed);
    // One sentence per address, then a warning when no IP and no credential would remain.
    static QStringList ipsRemoved(const QList<WhitelistedIp> &removed,
                                  const QList<WhitelistedIp> &all, int credentialCount);
    // One sentence per destination, then what inbound calls do afterwards: fail (none left) or
    // the failover order of the rest.
    static QStringList destinationsRemoved(const QList<DestinationUri> &removed,
                                           const QList<DestinationUri> &all);
    // One sentence per credential, then a warning when no credential and no IP would remain.
    static QStringList credentialsRemoved(const QList<Credential> &removed,
                                          const QList<Credential> &all, int ipCount);
    // The caller-ID alias goes: outbound calls show the mapped number instead.
    static QString aliasRemoved(const QString &alias);
    // "Inbound calls go to A first; if it does not answer, to B and C (shared 2:1 by weight)…":
    // lower priority first, equal priorities share by weight. Empty list: calls fail.
    static QString failoverOrder(const QList<DestinationUri> &destinations);
    // `destinations` with `changed` given `priority` and `weight` (matched by id).
    static QList<DestinationUri> withOrder(QList<DestinationUri> destinations,
                                           const DestinationUriId &changed, int priority,
                                           int weight);
};

} // namespace exotrunk
