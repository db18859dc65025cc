#include "diagnostics/readiness.h"

#include "validation/validators.h"

#include <QCoreApplication>

#include <algorithm>

namespace exotrunk {

namespace {

const char *const kContext = "exotrunk::Readiness";

QString tr(const char *text) {
    return QCoreApplication::translate(kContext, text);
}

// What a rule's check returns when the finding concerns the trunk as a whole.
QStringList whole() {
    return {QString()};
}

NumberMode effectiveMode(NumberMode mode) {
    return mode == NumberMode::Default ? NumberMode::Pstn : mode;
}

bool hostMatchesPreset(const QString &host, const VoiceAiPreset &preset) {
    if (preset.provider == VoiceAiProvider::LiveKit)
        return host.endsWith(QLatin1String(".sip.livekit.cloud"), Qt::CaseInsensitive);
    return !preset.host.isEmpty() && host.compare(preset.host, Qt::CaseInsensitive) == 0;
}

std::optional<VoiceAiProvider> providerOf(const QList<DestinationUri> &destinations) {
    const QList<VoiceAiPreset> presets = voiceAiPresets();
    for (const DestinationUri &d : destinations) {
        const QString host = d.host();
        for (const VoiceAiPreset &preset : presets) {
            if (hostMatchesPreset(host, preset))
                return preset.provider;
        }
    }
    return std::nullopt;
}

bool isIpDestination(const DestinationUri &d) {
    return validate::isIpv4Literal(d.host());
}

bool whitelisted(const QString &ip, const QList<WhitelistedIp> &acl) {
    return std::any_of(acl.cbegin(), acl.cend(), [&ip](const WhitelistedIp &entry) {
        return ipCoveredBy(ip, NewWhitelistedIp{entry.ip, entry.mask});
    });
}

// Voice-AI platforms in the cloud send from changing addresses: digest credentials (§14, 2.1).
bool expectsDigest(const TrunkPurpose &purpose) {
    // "Other" says nothing about how the provider sends: no expectation.
    if (!isVoiceAi(purpose.useCase) || purpose.provider == VoiceAiProvider::None ||
        purpose.provider == VoiceAiProvider::Other)
        return false;
    return voiceAiPreset(purpose.provider).useDigest;
}

QStringList numbersInWrongMode(const TrunkConfiguration &c, const TrunkPurpose &p, bool voiceAi) {
    if (isVoiceAi(p.useCase) != voiceAi)
        return {};
    const NumberMode wanted = numberModeFor(p.useCase);
    QStringList out;
    for (const PhoneNumber &n : *c.numbers) {
        if (effectiveMode(n.mode) != wanted)
            out << n.number;
    }
    return out;
}

// The rule table: a data table (not code), so it is kept in one piece. Each reason is one sentence
// a support person can act on; each cites where the vendor documentation says so (sections of
// exotel-sip-trunking-docs: §13 Call Directions, §14 API reference, §15 Network & Firewall, FAQ n
// of §17, §2.1 the Voice-AI reference).
using C = const TrunkConfiguration &;
using P = const TrunkPurpose &;

const ReadinessRule kRules[] = {
    {"trunk.inactive", Severity::BlocksCalls,
     QT_TRANSLATE_NOOP("exotrunk::Readiness",
                       "The trunk is not active, so it carries no calls until Exotel "
                       "enables it."),
     "§14.1", FixKind::Manual, NeedTrunk,
     [](C c, P) {
         return !c.trunk->status.isEmpty() && !c.trunk->isActive() ? whole() : QStringList();
     }},
    {"number.mapped", Severity::BlocksCalls,
     QT_TRANSLATE_NOOP("exotrunk::Readiness",
                       "No phone number is mapped to the trunk: outbound calls need one as "
                       "caller ID and inbound calls need one to arrive on."),
     "§13", FixKind::MapNumber, NeedNumbers,
     [](C c, P) {
         return c.numbers->isEmpty() ? whole() : QStringList();
     }},
    {"outbound.auth", Severity::BlocksCalls,
     QT_TRANSLATE_NOOP("exotrunk::Readiness",
                       "Outbound calls need a whitelisted IP or SIP digest credentials, and "
                       "the trunk has neither."),
     "§13", FixKind::AllowIp, NeedIps | NeedCredentials,
     [](C c, P p) {
         return p.isOutbound() && !isVoiceAi(p.useCase) && c.whitelistedIps->isEmpty() &&
                        c.credentials->isEmpty()
                    ? whole()
                    : QStringList();
     }},
    {"voiceai.outbound.auth", Severity::BlocksCalls,
     QT_TRANSLATE_NOOP("exotrunk::Readiness",
                       "Calls from the Voice-AI platform need SIP digest credentials (or a "
                       "static IP on the whitelist), and the trunk has neither."),
     "§2.1", FixKind::CreateCredential, NeedIps | NeedCredentials,
     [](C c, P p) {
         return p.isOutbound() && isVoiceAi(p.useCase) && c.whitelistedIps->isEmpty() &&
                        c.credentials->isEmpty()
                    ? whole()
                    : QStringList();
     }},
    {"voiceai.credentials", Severity::Risky,
     QT_TRANSLATE_NOOP("exotrunk::Readiness",
                       "This Voice-AI provider sends from changing cloud addresses: it "
                       "expects SIP digest credentials, and the trunk has none."),
     "§14 (Credentials vs ACL)", FixKind::CreateCredential, NeedIps | NeedCredentials,
     [](C c, P p) {
         // With no authentication at all, voiceai.outbound.auth already blocks.
         return expectsDigest(p) && c.credentials->isEmpty() &&
                        !(p.isOutbound() && c.whitelistedIps->isEmpty())
                    ? whole()
                    : QStringList();
     }},
    {"inbound.destination", Severity::BlocksCalls,
     QT_TRANSLATE_NOOP("exotrunk::Readiness",
                       "Inbound calls need a destination URI on the trunk, and it has none."),
     "§13", FixKind::AddDestination, NeedDestinations,
     [](C c, P p) {
         return p.isInbound() && c.destinations->isEmpty() ? whole() : QStringList();
     }},
    {"destination.mandatory", Severity::BlocksCalls,
     QT_TRANSLATE_NOOP("exotrunk::Readiness",
                       "A destination URI is mandatory in every SIP trunking setup, "
                       "outbound only too, and the trunk has none."),
     "§13, FAQ 6", FixKind::AddDestination, NeedDestinations,
     [](C c, P p) {
         return !p.isInbound() && !isVoiceAi(p.useCase) && c.destinations->isEmpty()
                    ? whole()
                    : QStringList();
     }},
    {"destination.voiceAiOutbound", Severity::Risky,
     QT_TRANSLATE_NOOP("exotrunk::Readiness",
                       "The trunk has no destination URI: the Voice-AI guide leaves it out "
                       "of outbound-only setups, but the reference calls it mandatory."),
     "§2.1, FAQ 6", FixKind::AddDestination, NeedDestinations,
     [](C c, P p) {
         return !p.isInbound() && isVoiceAi(p.useCase) && c.destinations->isEmpty() ? whole()
                                                                                    : QStringList();
     }},
    {"inbound.connectApplet", Severity::Note,
     QT_TRANSLATE_NOOP("exotrunk::Readiness",
                       "Check by hand that the number's Flow has a Connect applet whose "
                       "Dial whom is exactly %1."),
     "§13, §2.2", FixKind::Manual, NeedTrunk,
     [](C, P p) {
         return p.isInbound() ? whole() : QStringList();
     }},
    {"mode.flowForVoiceAi", Severity::BlocksCalls,
     QT_TRANSLATE_NOOP("exotrunk::Readiness",
                       "Voice AI needs mode flow on the number, and it is in mode pstn."),
     "§13, FAQ 5", FixKind::ChangeMode, NeedNumbers,
     [](C c, P p) {
         return numbersInWrongMode(c, p, true);
     }},
    {"mode.pstnForConnect", Severity::BlocksCalls,
     QT_TRANSLATE_NOOP("exotrunk::Readiness",
                       "Calls through a Connect applet or straight to the phone network "
                       "need mode pstn, and the number is in mode flow."),
     "§13, FAQ 4", FixKind::ChangeMode, NeedNumbers,
     [](C c, P p) {
         return numbersInWrongMode(c, p, false);
     }},
    {"destination.notWhitelisted", Severity::BlocksCalls,
     QT_TRANSLATE_NOOP("exotrunk::Readiness",
                       "An IP destination must be on the trunk's whitelist, and this one "
                       "is not."),
     "§14.4", FixKind::AllowIp, NeedIps | NeedDestinations,
     [](C c, P) {
         QStringList out;
         for (const DestinationUri &d : *c.destinations) {
             if (isIpDestination(d) && !whitelisted(d.host(), *c.whitelistedIps))
                 out << d.host();
         }
         return out;
     }},
    {"destination.fqdnInboundOnly", Severity::Note,
     QT_TRANSLATE_NOOP("exotrunk::Readiness",
                       "An FQDN destination serves inbound calls only: outbound calls are "
                       "accepted by the IP whitelist or credentials."),
     "FAQ 8", FixKind::Manual, NeedDestinations,
     [](C c, P p) {
         QStringList out;
         if (!p.isOutbound())
             return out;
         for (const DestinationUri &d : *c.destinations) {
             if (!isIpDestination(d))
                 out << d.host();
         }
         return out;
     }},
    {"acl.mask", Severity::Risky,
     QT_TRANSLATE_NOOP("exotrunk::Readiness",
                       "Trunks do not support CIDR ranges: use /32 for each server unless "
                       "Exotel has confirmed the range."),
     "§2.1", FixKind::Manual, NeedIps,
     [](C c, P) {
         QStringList out;
         for (const WhitelistedIp &ip : *c.whitelistedIps) {
             if (ip.mask < 32)
                 out << ip.cidr();
         }
         return out;
     }},
    {"destination.transportPort", Severity::Risky,
     QT_TRANSLATE_NOOP("exotrunk::Readiness",
                       "The port does not match the transport: TLS usually listens on "
                       "5061, TCP and UDP on 5060."),
     "§14.4", FixKind::Manual, NeedDestinations,
     [](C c, P) {
         QStringList out;
         for (const DestinationUri &d : *c.destinations) {
             const Transport t = d.transport();
             if ((t == Transport::Tls && d.port() == 5060) ||
                 (t != Transport::Tls && d.port() == 5061))
                 out << d.destination;
         }
         return out;
     }},
    {"destination.tlsRecommended", Severity::Note,
     QT_TRANSLATE_NOOP("exotrunk::Readiness",
                       "TLS is recommended for production; this destination sends "
                       "signalling unencrypted."),
     "§15", FixKind::Manual, NeedDestinations,
     [](C c, P) {
         QStringList out;
         for (const DestinationUri &d : *c.destinations) {
             if (d.transport() != Transport::Tls)
                 out << d.destination;
         }
         return out;
     }},
    {"auth.mixed", Severity::Note,
     QT_TRANSLATE_NOOP("exotrunk::Readiness",
                       "The trunk has both a whitelist and digest credentials: confirm with "
                       "Exotel how they combine for this account."),
     "§2.1", FixKind::Manual, NeedIps | NeedCredentials,
     [](C c, P) {
         return !c.whitelistedIps->isEmpty() && !c.credentials->isEmpty() ? whole() : QStringList();
     }},
};

bool loaded(const TrunkConfiguration &c, unsigned needs) {
    auto missing = [needs](unsigned flag, bool present) {
        return (needs & flag) != 0U && !present;
    };
    return !(missing(NeedTrunk, c.trunk.has_value()) ||
             missing(NeedNumbers, c.numbers.has_value()) ||
             missing(NeedIps, c.whitelistedIps.has_value()) ||
             missing(NeedDestinations, c.destinations.has_value()) ||
             missing(NeedCredentials, c.credentials.has_value()));
}

} // namespace

bool TrunkPurpose::isOutbound() const {
    return useCase == UseCase::OutboundPstn || useCase == UseCase::BothDirections ||
           useCase == UseCase::VoiceAiOutbound;
}

bool TrunkPurpose::isInbound() const {
    return useCase == UseCase::InboundPstn || useCase == UseCase::BothDirections ||
           useCase == UseCase::VoiceAiInbound;
}

QString TrunkPurpose::title() const {
    if (!isVoiceAi(useCase) || provider == VoiceAiProvider::None)
        return useCaseTitle(useCase);
    return tr("%1 — %2").arg(useCaseTitle(useCase), voiceAiPreset(provider).displayName);
}

QString TrunkPurpose::key() const {
    if (!isVoiceAi(useCase) || provider == VoiceAiProvider::None)
        return useCaseKey(useCase);
    return useCaseKey(useCase) + QLatin1Char(':') + voiceAiPreset(provider).key;
}

std::optional<TrunkPurpose> TrunkPurpose::fromKey(const QString &key) {
    const int colon = static_cast<int>(key.indexOf(QLatin1Char(':')));
    const std::optional<UseCase> useCase = useCaseFromKey(colon < 0 ? key : key.left(colon));
    if (!useCase)
        return std::nullopt;
    TrunkPurpose purpose;
    purpose.useCase = *useCase;
    if (colon >= 0) {
        const std::optional<VoiceAiProvider> provider = voiceAiProviderFromKey(key.mid(colon + 1));
        if (!provider || !isVoiceAi(*useCase))
            return std::nullopt;
        purpose.provider = *provider;
    }
    return purpose;
}

QList<TrunkPurpose> TrunkPurpose::all() {
    QList<TrunkPurpose> out;
    for (UseCase u : {UseCase::OutboundPstn, UseCase::InboundPstn, UseCase::BothDirections})
        out.append({u, VoiceAiProvider::None});
    const QList<VoiceAiPreset> presets = voiceAiPresets();
    for (UseCase u : {UseCase::VoiceAiOutbound, UseCase::VoiceAiInbound}) {
        for (const VoiceAiPreset &preset : presets)
            out.append({u, preset.provider});
    }
    return out;
}

TrunkPurpose proposePurpose(const TrunkConfiguration &config) {
    const QList<PhoneNumber> numbers = config.numbers.value_or(QList<PhoneNumber>());
    const QList<DestinationUri> destinations =
        config.destinations.value_or(QList<DestinationUri>());
    const bool hasAuth = !config.whitelistedIps.value_or(QList<WhitelistedIp>()).isEmpty() ||
                         !config.credentials.value_or(QList<Credential>()).isEmpty();
    const bool hasDestination = !destinations.isEmpty();
    const bool flowMode = std::any_of(numbers.cbegin(), numbers.cend(), [](const PhoneNumber &n) {
        return effectiveMode(n.mode) == NumberMode::Flow;
    });
    const std::optional<VoiceAiProvider> provider = providerOf(destinations);

    TrunkPurpose purpose;
    if (flowMode || provider) {
        purpose.useCase = hasDestination ? UseCase::VoiceAiInbound : UseCase::VoiceAiOutbound;
        purpose.provider = provider.value_or(VoiceAiProvider::Other);
    } else if (hasAuth && !hasDestination) {
        purpose.useCase = UseCase::OutboundPstn;
    } else if (hasDestination && !hasAuth) {
        purpose.useCase = UseCase::InboundPstn;
    } else {
        purpose.useCase = UseCase::BothDirections;
    }
    return purpose;
}

const QList<ReadinessRule> &readinessRules() {
    static const QList<ReadinessRule> rules(std::cbegin(kRules), std::cend(kRules));
    return rules;
}

QList<ReadinessFinding> evaluateReadiness(const TrunkConfiguration &config,
                                          const TrunkPurpose &purpose) {
    QList<ReadinessFinding> out;
    for (const ReadinessRule &rule : readinessRules()) {
        if (!loaded(config, rule.needs))
            continue;
        const QStringList subjects = rule.check(config, purpose);
        if (subjects.isEmpty())
            continue;
        ReadinessFinding finding;
        finding.ruleId = QLatin1String(rule.id);
        finding.severity = rule.severity;
        finding.reason = QCoreApplication::translate(kContext, rule.reason);
        if (finding.reason.contains(QLatin1String("%1")))
            finding.reason = finding.reason.arg(config.trunk ? config.trunk->sipUri()
                                                             : QStringLiteral("sip:<trunk_sid>"));
        finding.docSection = QString::fromUtf8(rule.docSection);
        finding.fix = rule.fix;
        for (const QString &subject : subjects) {
            if (!subject.isEmpty())
                finding.subjects << subject;
        }
        out.append(finding);
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const ReadinessFinding &a, const ReadinessFinding &b) {
                         return static_cast<int>(a.severity) < static_cast<int>(b.severity);
                     });
    return out;
}

} // namespace exotrunk
