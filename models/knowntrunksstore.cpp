#include "knowntrunksstore.h"

#include <QSettings>

namespace exotrunk {

namespace {
// Profile ids become settings group names: keep them to characters QSettings stores verbatim.
QString settingsKey(const QString &text) {
    QString key;
    key.reserve(text.size());
    for (const QChar c : text)
        key.append(c.isLetterOrNumber() || c == QLatin1Char('_') || c == QLatin1Char('-')
                       ? c
                       : QLatin1Char('_'));
    return key.isEmpty() ? QStringLiteral("_") : key;
}
} // namespace

KnownTrunksStore::KnownTrunksStore(QString profileId, Persistence persistence)
    : m_profileId(std::move(profileId))
    , m_persistence(persistence) {}

QString KnownTrunksStore::group() const {
    return QStringLiteral("knownTrunks/") + settingsKey(m_profileId);
}

QStringList KnownTrunksStore::loadSids() const {
    if (!isPersistent())
        return m_memorySids;
    QSettings settings;
    return settings.value(group() + QStringLiteral("/sids")).toStringList();
}

void KnownTrunksStore::storeSids(const QStringList &sids) {
    if (!isPersistent()) {
        m_memorySids = sids;
        return;
    }
    QSettings settings;
    settings.setValue(group() + QStringLiteral("/sids"), sids);
}

QList<TrunkSid> KnownTrunksStore::trunks() const {
    QList<TrunkSid> result;
    const QStringList sids = loadSids();
    result.reserve(sids.size());
    for (const QString &sid : sids)
        result.append(TrunkSid(sid));
    return result;
}

void KnownTrunksStore::addTrunk(const TrunkSid &sid) {
    if (sid.isEmpty())
        return;
    QStringList sids = loadSids();
    if (sids.contains(sid.value()))
        return;
    sids.append(sid.value());
    storeSids(sids);
}

void KnownTrunksStore::removeTrunk(const TrunkSid &sid) {
    QStringList sids = loadSids();
    if (sids.removeAll(sid.value()) > 0)
        storeSids(sids);
    setAlias(sid, QString());
}

bool KnownTrunksStore::contains(const TrunkSid &sid) const {
    return loadSids().contains(sid.value());
}

QString KnownTrunksStore::alias(const TrunkSid &sid) const {
    if (!isPersistent())
        return m_memoryAliases.value(sid.value());
    QSettings settings;
    return settings.value(group() + QStringLiteral("/aliases/") + settingsKey(sid.value()))
        .toString();
}

void KnownTrunksStore::setAlias(const TrunkSid &sid, const QString &e164) {
    if (!isPersistent()) {
        if (e164.isEmpty())
            m_memoryAliases.remove(sid.value());
        else
            m_memoryAliases.insert(sid.value(), e164);
        return;
    }
    QSettings settings;
    const QString key = group() + QStringLiteral("/aliases/") + settingsKey(sid.value());
    if (e164.isEmpty())
        settings.remove(key);
    else
        settings.setValue(key, e164);
}

void KnownTrunksStore::clear() {
    m_memorySids.clear();
    m_memoryAliases.clear();
    if (isPersistent()) {
        QSettings settings;
        settings.remove(group());
    }
}

} // namespace exotrunk
