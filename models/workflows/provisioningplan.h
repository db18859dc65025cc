#pragma once

#include "api/apierror.h"
#include "api/endpointcatalogue.h"
#include "domain/ids.h"
#include "domain/trunk.h"
#include "workflows/provisioningrequest.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace exotrunk {

// One API call of a plan. Payload fields are filled according to `kind`.
struct ProvisioningStep {
    enum class Kind {
        CreateTrunk,
        MapNumber,
        WhitelistIp,
        AddDestinations,
        CreateCredential,
        SetAlias
    };
    enum class State { Waiting, Running, Done, Failed, Skipped };

    QString id; // unique in the plan: "trunk", "number", "ip:1.2.3.4/32", …
    Kind kind = Kind::CreateTrunk;
    QStringList dependsOn; // ids of steps that must be Done first
    State state = State::Waiting;
    ApiError error;   // why it failed (Failed), or why a dependency did (Skipped)
    QString note;     // e.g. "already existed — verified by listing"; on a Failed step, the
                      // console's explanation that replaces the error's own words
    int attempts = 0; // requests sent so far, across resumes
    // When this step's first request was sent (UTC), across resumes: anything the step may have
    // created has a date_created no earlier than this.
    QDateTime firstSentAt;
    // A request of this step went out and no answer said whether it took effect (a timeout,
    // a dropped connection, a 5xx, or an engine that died waiting). Cleared on success.
    bool answerLost = false;
    bool autoWhitelisted = false; // a WhitelistIp step added for an IP destination

    // Payload
    QString trunkName;
    QString domainName;
    QString number;
    NumberMode mode = NumberMode::Default;
    NewWhitelistedIp ip;
    QList<NewDestination> destinations;
    QList<bool> destinationDone; // per destination, so a retry sends only what is missing
    QString userName;
    QString friendlyName;
    QString alias;

    QString title() const; // "Map +918047123456 (mode flow)"
    // Why the step failed, in words: the console's own explanation (a failed step's note) when
    // it has one, else what the error says.
    QString failureText() const;
    // The catalogue row this step sends; method, path and body come from there.
    Endpoint endpoint() const;
    QString method() const; // "POST"
    // The full path, /v2/accounts/{account_sid}/…; `trunkSid` empty → "{trunk_sid}".
    QString path(const QString &accountSid, const QString &trunkSid) const;
    // The body as the endpoint's body builder makes it; the password (which the step never
    // holds) left empty.
    QJsonObject requestBody() const;
    // requestBody() indented, passwords replaced by "••••••••".
    QString maskedBody() const;
    QString apiCallText(const QString &accountSid, const QString &trunkSid) const;

    QJsonObject toJson() const;
    static ProvisioningStep fromJson(const QJsonObject &json);
};

QString stepStateName(ProvisioningStep::State state); // "Waiting", "Running", "Done", …

// The wizard's answers turned into ordered steps with dependencies:
// create trunk → (map number ∥ whitelist IPs → destination URIs ∥ credentials ∥ alias).
struct ProvisioningPlan {
    QString id;        // a UUID, the journal key
    QString profileId; // the account profile it belongs to
    QString accountSid;
    ProvisioningRequest request;
    TrunkSid trunkSid; // set once the trunk exists; a resumed plan reuses it
    QList<ProvisioningStep> steps;
    // Held in memory only, never persisted. Empty on a resumed plan whose credential step
    // has not finished: the engine then generates a new one (passwordRegenerated).
    QString credentialPassword;
    bool passwordRegenerated = false;
    bool kept = false; // the user chose "Keep as is" after a failure

    static ProvisioningPlan build(const ProvisioningRequest &request, const QString &accountSid,
                                  const QString &profileId = {});

    int indexOf(const QString &stepId) const;
    bool isComplete() const; // every step Done
    bool isEmpty() const { return steps.isEmpty(); }
    bool needsPasswordReentry() const; // credential step unfinished and no password in memory
    // Human lines for what is not (yet) configured, e.g. "Destination URIs (not added: …)".
    QStringList missingItems() const;
    // The API calls in order, as text for the Review page.
    QStringList reviewLines() const;
    QString domainName() const { return NewTrunk::domainFor(accountSid); }
    // What the plan knows of its trunk once it exists (SID, name, domain), for a list that
    // must show it before Exotel has answered a read-back.
    Trunk createdTrunk() const;

    QJsonObject toJson() const; // never contains credentialPassword
    static ProvisioningPlan fromJson(const QJsonObject &json);
};

} // namespace exotrunk
