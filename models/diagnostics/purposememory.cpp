#include "accounts/profilerecords.h"
#include "diagnostics/readiness.h"

#include <QUrl>

namespace exotrunk {

namespace {

// Like the alias history: profile ids and trunk sids are percent-encoded so that no value can
// reach another group.
QString keyFor(const QString &profileId, const TrunkSid &trunkSid) {
    return QStringLiteral("diagnostics/purpose/") +
           QString::fromLatin1(QUrl::toPercentEncoding(profileId)) + QLatin1Char('/') +
           QString::fromLatin1(QUrl::toPercentEncoding(trunkSid.value()));
}

} // namespace

namespace PurposeMemory {

std::optional<TrunkPurpose> remembered(const QString &profileId, const TrunkSid &trunkSid) {
    const ProfileRecords records(profileId);
    return TrunkPurpose::fromKey(records.value(keyFor(profileId, trunkSid)).toString());
}

void remember(const QString &profileId, const TrunkSid &trunkSid, const TrunkPurpose &purpose) {
    ProfileRecords records(profileId);
    records.setValue(keyFor(profileId, trunkSid), purpose.key());
    records.sync();
}

void forget(const QString &profileId, const TrunkSid &trunkSid) {
    ProfileRecords records(profileId);
    records.remove(keyFor(profileId, trunkSid));
    records.sync();
}

} // namespace PurposeMemory

} // namespace exotrunk
