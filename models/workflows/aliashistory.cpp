#include "workflows/aliashistory.h"

#include <QSettings>
#include <QUrl>

namespace exotrunk {

namespace {

// Profile ids and trunk sids are percent-encoded so that no value can reach another group.
QString groupFor(const QString &profileId, const TrunkSid &trunkSid) {
    return QStringLiteral("editing/callerIdAlias/") +
           QString::fromLatin1(QUrl::toPercentEncoding(profileId)) + QLatin1Char('/') +
           QString::fromLatin1(QUrl::toPercentEncoding(trunkSid.value()));
}

} // namespace

namespace AliasHistory {

std::optional<AliasRecord> last(const QString &profileId, const TrunkSid &trunkSid) {
    QSettings settings;
    settings.beginGroup(groupFor(profileId, trunkSid));
    const QString alias = settings.value(QStringLiteral("alias")).toString();
    if (alias.isEmpty())
        return std::nullopt;
    AliasRecord rec;
    rec.alias = alias;
    rec.setAt =
        QDateTime::fromString(settings.value(QStringLiteral("setAt")).toString(), Qt::ISODate);
    return rec;
}

void record(const QString &profileId, const TrunkSid &trunkSid, const QString &alias,
            const QDateTime &setAt) {
    QSettings settings;
    settings.beginGroup(groupFor(profileId, trunkSid));
    settings.setValue(QStringLiteral("alias"), alias);
    settings.setValue(QStringLiteral("setAt"), setAt.toUTC().toString(Qt::ISODate));
    settings.endGroup();
    settings.sync();
}

void forget(const QString &profileId, const TrunkSid &trunkSid) {
    QSettings settings;
    settings.remove(groupFor(profileId, trunkSid));
    settings.sync();
}

} // namespace AliasHistory

} // namespace exotrunk
