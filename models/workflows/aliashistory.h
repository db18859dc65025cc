#pragma once

#include "domain/ids.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace exotrunk {

// The caller-ID alias this console last set on a trunk, and when. Exotel's API has no way to
// read trunk settings back, so this local record (QSettings, per profile and trunk) is the only
// place the console can show it from; an alias set elsewhere does not appear here.
struct AliasRecord {
    QString alias;   // E.164
    QDateTime setAt; // UTC
};

namespace AliasHistory {

std::optional<AliasRecord> last(const QString &profileId, const TrunkSid &trunkSid);
void record(const QString &profileId, const TrunkSid &trunkSid, const QString &alias,
            const QDateTime &setAt = QDateTime::currentDateTimeUtc());
void forget(const QString &profileId, const TrunkSid &trunkSid);
// Every alias recorded for the profile (the profile was removed).
void forgetProfile(const QString &profileId);

} // namespace AliasHistory

} // namespace exotrunk
