#pragma once

#include "domain/credential.h"
#include "domain/destinationuri.h"
#include "domain/phonenumber.h"
#include "domain/whitelistedip.h"
#include "validation/validators.h"

#include <QJsonObject>
#include <QList>
#include <QLoggingCategory>
#include <QString>
#include <QStringList>

#include <optional>

Q_DECLARE_LOGGING_CATEGORY(lcWorkflows)

namespace exotrunk {

// What the trunk is for; it decides the number mode, which authentication is required and
// whether a destination URI is needed.
enum class UseCase { OutboundPstn, InboundPstn, BothDirections, VoiceAiOutbound, VoiceAiInbound };

QString useCaseTitle(UseCase useCase);
QString useCaseDescription(UseCase useCase); // one line: what it sets up
QString useCaseKey(UseCase useCase);         // stable, for persistence
std::optional<UseCase> useCaseFromKey(const QString &key);
bool isVoiceAi(UseCase useCase);
bool needsDestination(UseCase useCase); // inbound routing requires a destination URI
// Exotel's reference calls a destination URI mandatory in every setup (flow mode too), while
// the Voice-AI guides leave it out of outbound-only setups unless Exotel asks for one. So the
// use cases that do not need one still offer it, switched on, and say why it may be left out.
bool destinationAdvised(UseCase useCase);
QString destinationAdvice(UseCase useCase);   // one line for an outbound-only use case, else empty
bool needsOutboundAuth(UseCase useCase);      // an ACL or digest credentials are required
bool needsDigestCredentials(UseCase useCase); // cloud Voice AI egress IPs change: digest only
NumberMode numberModeFor(UseCase useCase);
QString numberModeReason(UseCase useCase);

enum class VoiceAiProvider {
    None,
    ElevenLabs,
    LiveKit,
    Retell,
    Bolna,
    Rapida,
    PipecatDaily,
    Other
};

// What the Voice-AI guides say about one provider's SIP side. Every value is a starting point
// the engineer must confirm with the provider; `note` says so in words.
struct VoiceAiPreset {
    VoiceAiProvider provider = VoiceAiProvider::None;
    QString key;             // "elevenlabs", stable for persistence
    QString displayName;     // "ElevenLabs"
    QString host;            // empty when the user must supply it
    QString hostPlaceholder; // what to type, e.g. "<subdomain>.india.sip.livekit.cloud"
    int port = 5060;
    Transport transport = Transport::Tcp;
    bool hostNeedsInput = false; // the host contains a placeholder or is per-account
    bool useDigest = true;       // digest credentials for the provider's outbound leg
    QString note;                // "confirm with the provider" and what is special
};

QList<VoiceAiPreset> voiceAiPresets(); // in display order, without None
VoiceAiPreset voiceAiPreset(VoiceAiProvider provider);
std::optional<VoiceAiProvider> voiceAiProviderFromKey(const QString &key);

// One problem with a request, tied to the field it is about so a form can show it there.
struct RequestIssue {
    QString field; // "trunkName", "alias", "number", "whitelist", "mask", "credential",
                   // "userName", "friendlyName", "password", "destinations", "auth"
    Validity validity;
};

// The answers of the wizard (or the create form): everything needed to build a plan.
struct ProvisioningRequest {
    UseCase useCase = UseCase::BothDirections;
    VoiceAiProvider provider = VoiceAiProvider::None;
    QString trunkName;
    QString alias;  // caller-ID alias, optional
    QString number; // the Exophone, E.164; optional only for the create form's parity
    NumberMode numberMode = NumberMode::Pstn;
    std::optional<NewWhitelistedIp> whitelist;
    QList<NewWhitelistedIp> extraWhitelist; // further ACL entries (the create form's extra rows)
    std::optional<NewCredential> credential;
    QList<NewDestination> destinations;

    // Field and cross-field checks; errors make the request unusable, warnings are advice.
    QList<RequestIssue> issues() const;
    bool isValid() const; // no issue at Error level
    // The first issue of a field, or Ok.
    Validity issueFor(const QString &field) const;

    // `whitelist` followed by `extraWhitelist`.
    QList<NewWhitelistedIp> whitelistEntries() const;
    // IPv4 destinations that the whitelist of this request does not already cover.
    QStringList destinationIpsNeedingWhitelist() const;

    // Never contains the credential password.
    QJsonObject toJson() const;
    static ProvisioningRequest fromJson(const QJsonObject &json);
};

// Does `ip` fall inside `range` (ip/mask)?
bool ipCoveredBy(const QString &ip, const NewWhitelistedIp &range);

} // namespace exotrunk
