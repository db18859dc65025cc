#pragma once

#include "api/apierror.h"
#include "domain/credential.h"
#include "domain/trunk.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace exotrunk {

// Whether a plan may treat an object it finds on the account as its own: adopt it after a
// duplicate, or delete it in a roll-back. Only what the plan can prove it created qualifies:
// after a lost answer, an object with the requested name whose date_created is not earlier
// than the step's first request. Anything else is left alone and the user is asked.
namespace ProvisioningOwnership {

// A failure that leaves open whether the request took effect.
bool leavesOutcomeOpen(ApiError::Kind kind);

// `created` is no earlier than `sentAt`. Exotel's date_created has whole seconds, so `sentAt`
// is compared by its second: otherwise the plan's own object, made 300 ms after the request
// in the same second, would read as older than it. The price is that a foreign object made
// earlier in that same second also passes; the resolution of date_created allows no better.
// No further tolerance for clock skew: a server clock behind ours makes the plan ask instead
// of adopting, which is the safe side; a tolerance would let a foreign object made seconds
// before the request pass as ours.
bool createdSince(const QDateTime &created, const QDateTime &sentAt);

enum class Verdict {
    Ours,     // exactly one candidate qualifies: `index` is it
    NotFound, // nothing with that name
    Unproven, // something with that name, but the plan cannot prove it made it: ask
};

struct Claim {
    Verdict verdict = Verdict::NotFound;
    int index = -1;      // into the list given, for Ours
    QList<int> sameName; // every entry with the name, in list order
};

// `answerLost`: an earlier request of the step went unanswered; without one, a duplicate
// cannot be the plan's own.
Claim claimTrunk(const QList<Trunk> &listed, const QString &name, const QDateTime &sentAt,
                 bool answerLost);
Claim claimCredential(const QList<Credential> &listed, const QString &userName,
                      const QDateTime &sentAt, bool answerLost);

// Translated sentences for an Unproven claim, naming every candidate (name, SID or id,
// created) and when this setup first sent its request.
QString unprovenTrunkMessage(const QString &name, const QList<Trunk> &sameName,
                             const QDateTime &sentAt);
QString unprovenCredentialMessage(const QString &userName, const QList<Credential> &sameName,
                                  const QDateTime &sentAt);

} // namespace ProvisioningOwnership

} // namespace exotrunk
