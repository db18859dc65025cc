#include "workflows/aliashistory.h"

#include "accounts/profilerecords.h"

#include <QUrl>

namespace exotrunk {

namespace {

// Profile ids and trunk sids are percent-encoded so that no value can reach another group.
QString profileGroup(const QString &profileId) {
    return QStringLiteral("editing/callerIdAlias/") +
           QString::fromLatin1(QUrl::toPercentEncoding(profileId));
}

QString groupFor(const QString &profileId, const TrunkSid &trunkSid) {
    return profileGroup(profileId) + QLatin1Char('/') +
           QString::fromLatin1(QUrl::toPercentEncoding(trunkSid.value()));
}

} // namespace

namespace AliasHistory {

std::optional<AliasRecord> last(const QString &profileId, const TrunkSid &trunkSid) {
    const ProfileRecords records(profileId);
    const QString group = groupFor(profileId, trunkSid) + QLatin1Char('/');
    const QString alias = records.value(group + QStringLiteral("alias")).toString();
    if (alias.isEmpty())
        return std::nullopt;
    AliasRecord rec;
    rec.alias = alias;
    rec.setAt = QDateTime::fromString(records.value(group + QStringLiteral("setAt")).toString(),
                                      Qt::ISODate);
    return rec;
}

void record(const QString &profileId, const TrunkSid &trunkSid, const QString &alias,
            const QDateTime &setAt) {
    ProfileRecords records(profileId);
    const QString group = groupFor(profileId, trunkSid) + QLatin1Char('/');
    records.setValue(group + QStringLiteral("alias"), alias);
    records.setValue(group + QStringLiteral("setAt"), setAt.toUTC().toString(Qt::ISODate));
    records.sync();
}

void forget(const QString &profileId, const TrunkSid &trunkSid) {
    ProfileRecords records(profileId);
    records.remove(groupFor(profileId, trunkSid));
    records.sync();
}

void forgetProfile(const QString &profileId) {
    ProfileRecords records(profileId);
    records.remove(profileGroup(profileId));
    records.sync();
}

} // namespace AliasHistory

} // namespace exotrunk
