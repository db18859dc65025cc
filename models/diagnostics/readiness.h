#pragma once

#include "domain/credential.h"
#include "domain/destinationuri.h"
#include "domain/phonenumber.h"
#include "domain/trunk.h"
#include "domain/whitelistedip.h"
#include "workflows/provisioningrequest.h"

#include <QList>
#include <QString>

#include <optional>

namespace exotrunk {

// What a trunk is for: the wizard's use case, plus the Voice-AI provider preset when it is one.
// The readiness rules depend on it (an inbound trunk needs a destination, an outbound one an ACL
// or credentials, Voice AI needs mode flow).
struct TrunkPurpose {
    UseCase useCase = UseCase::BothDirections;
    VoiceAiProvider provider = VoiceAiProvider::None; // None unless useCase is a Voice-AI one

    bool isOutbound() const; // calls from the SIP side to the phone network
    bool isInbound() const;  // calls from the phone network to the SIP side
    QString title() const;   // "Both directions", "Voice AI inbound / StreamKit — ElevenLabs"
    QString key() const;     // stable, for persistence: "both", "voice_ai_inbound:elevenlabs"
    static std::optional<TrunkPurpose> fromKey(const QString &key);
    // Every purpose a person can choose, in display order.
    static QList<TrunkPurpose> all();

    friend bool operator==(const TrunkPurpose &a, const TrunkPurpose &b) {
        return a.useCase == b.useCase && a.provider == b.provider;
    }
    friend bool operator!=(const TrunkPurpose &a, const TrunkPurpose &b) { return !(a == b); }
};

// What the console has loaded for one trunk. A section that is not (yet) loaded is nullopt:
// rules that need it are not evaluated, so a failed load never reads as "nothing configured".
struct TrunkConfiguration {
    std::optional<Trunk> trunk;
    std::optional<QList<PhoneNumber>> numbers;
    std::optional<QList<WhitelistedIp>> whitelistedIps;
    std::optional<QList<DestinationUri>> destinations;
    std::optional<QList<Credential>> credentials;
};

// The purpose the configuration looks like: a number in mode flow or a destination at a known
// Voice-AI provider means Voice AI; otherwise the directions the configuration serves. Nothing
// configured proposes both directions, the most common setup (§13).
TrunkPurpose proposePurpose(const TrunkConfiguration &config);

enum class Severity { BlocksCalls, Risky, Note };
// Which edit action fixes a finding.
enum class FixKind { MapNumber, AllowIp, AddDestination, CreateCredential, ChangeMode, Manual };

// What a rule reads; a rule is evaluated only when all of them are loaded.
enum Need : unsigned {
    NeedTrunk = 1U << 0U,
    NeedNumbers = 1U << 1U,
    NeedIps = 1U << 2U,
    NeedDestinations = 1U << 3U,
    NeedCredentials = 1U << 4U,
};

// One row of the rule table. `check` returns the subjects the finding is about (numbers, hosts,
// IPs; one empty string when the finding is about the trunk as a whole); none means "fine".
struct ReadinessRule {
    const char *id; // stable: "outbound.auth"
    Severity severity;
    const char *reason;     // QT_TRANSLATE_NOOP("exotrunk::Readiness", …); %1 = sip:<trunk_sid>
    const char *docSection; // where the documentation says so: "§13", "FAQ 6"
    FixKind fix;
    unsigned needs; // Need flags
    QStringList (*check)(const TrunkConfiguration &config, const TrunkPurpose &purpose);
};

const QList<ReadinessRule> &readinessRules();

struct ReadinessFinding {
    QString ruleId;
    Severity severity = Severity::Note;
    QString reason;     // translated, one sentence
    QString docSection; // "§13"
    FixKind fix = FixKind::Manual;
    QStringList subjects; // what it is about ("+9180…", "10.0.0.5"); may be empty
};

// The findings of every rule whose sections are loaded, most severe first (table order within
// a severity).
QList<ReadinessFinding> evaluateReadiness(const TrunkConfiguration &config,
                                          const TrunkPurpose &purpose);

// The purpose a person chose for a trunk, kept per profile and trunk in the profile's records
// (nothing secret: only the purpose key).
namespace PurposeMemory {
std::optional<TrunkPurpose> remembered(const QString &profileId, const TrunkSid &trunkSid);
void remember(const QString &profileId, const TrunkSid &trunkSid, const TrunkPurpose &purpose);
void forget(const QString &profileId, const TrunkSid &trunkSid);
} // namespace PurposeMemory

} // namespace exotrunk
