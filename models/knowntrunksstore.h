#pragma once

#include "domain/ids.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace exotrunk {

// The trunks this console knows for a profile (created here or opened by ID) and the last
// caller-ID alias it set on each. Used when an account cannot list its trunks (GET /trunks
// answers 404/405) and because the API cannot read an alias back.
//
// A persistent store keeps its lists in QSettings under "knownTrunks/<profileId>"; a
// transient one (environment profile, sandbox) keeps them in memory only, so nothing about
// a profile that must never be persisted reaches the disk.
class KnownTrunksStore {
public:
    enum class Persistence { Settings, MemoryOnly };

    explicit KnownTrunksStore(QString profileId, Persistence persistence = Persistence::Settings);

    const QString &profileId() const { return m_profileId; }
    bool isPersistent() const { return m_persistence == Persistence::Settings; }

    QList<TrunkSid> trunks() const;
    void addTrunk(const TrunkSid &sid);
    void removeTrunk(const TrunkSid &sid);
    bool contains(const TrunkSid &sid) const;

    // The alias (E.164) this console last set on the trunk; empty when none.
    QString alias(const TrunkSid &sid) const;
    void setAlias(const TrunkSid &sid, const QString &e164);

    // Forgets everything about the profile (used when a profile is removed).
    void clear();

private:
    QStringList loadSids() const;
    void storeSids(const QStringList &sids);
    QString group() const;

    QString m_profileId;
    Persistence m_persistence;
    QStringList m_memorySids;
    QHash<QString, QString> m_memoryAliases;
};

} // namespace exotrunk
