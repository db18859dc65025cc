#pragma once

#include "diagnostics/readiness.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QStringList>

namespace exotrunk {

// What the readiness rules found for one trunk, from what the console had loaded for it.
struct ReadinessSnapshot {
    TrunkSid sid;
    TrunkPurpose purpose;
    TrunkConfiguration config; // what the findings were evaluated on
    QList<ReadinessFinding> findings;
    QStringList notLoaded; // titles of the sections that failed to load: their rules did not run
    bool complete = false; // the trunk and all four of its sections were loaded
    QDateTime checkedAt;
};

// The readiness of the trunks whose details this console loaded in this session, for the trunk
// list's Readiness column. It is only fed from outside (the details page's readiness panel, after
// each evaluation) and never asks the server anything: listing trunks costs no extra request.
// Emptied when the account changes.
class ReadinessCache : public QObject {
    Q_OBJECT
public:
    // Most severe last, so that a verdict compares by severity.
    enum class Verdict {
        NotChecked, // never loaded, or a section did not load and nothing was found in the rest
        Ready,      // everything loaded and nothing blocks or risks calls (notes may remain)
        Risky,      // at least one risky finding, none that blocks calls
        Blocked,    // at least one finding blocks calls
    };
    Q_ENUM(Verdict)

    using QObject::QObject;

    // Keeps `snapshot` as the trunk's readiness (replacing an older one) and emits changed().
    // A snapshot identical to the one kept (but for its time) changes nothing.
    void record(const ReadinessSnapshot &snapshot);
    // The list read `trunk` again: when its status changed since the check, the findings are
    // evaluated again on the sections already loaded (an inactive trunk blocks calls).
    void trunkListed(const Trunk &trunk);
    void forget(const TrunkSid &sid);
    void clear();
    // nullptr when the trunk has not been checked in this session.
    const ReadinessSnapshot *snapshot(const TrunkSid &sid) const;
    int size() const { return int(m_snapshots.size()); }

    Verdict verdict(const TrunkSid &sid) const;
    // Findings that block calls or are risky (notes are not problems).
    int problemCount(const TrunkSid &sid) const;
    // "Ready", "2 problems", "Not checked" (translated).
    QString text(const TrunkSid &sid) const;
    // The findings, one per line, with their severity and documentation section; or why the
    // trunk is not checked.
    QString toolTip(const TrunkSid &sid) const;
    // "Readiness: 2 problems, 1 blocks calls" for screen readers.
    QString accessibleText(const TrunkSid &sid) const;
    // Sorts Ready, then Not checked, then by the number of problems (as a string, since the
    // list sorts its SortRole as text).
    QString sortKey(const TrunkSid &sid) const;

signals:
    void changed(const exotrunk::TrunkSid &sid);
    void cleared();

private:
    QHash<QString, ReadinessSnapshot> m_snapshots;
};

} // namespace exotrunk
