#include "workflows/provisioningrequest.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QJsonArray>

Q_LOGGING_CATEGORY(lcWorkflows, "exotrunk.workflows")

namespace exotrunk {

namespace {

QString tr(const char *text) {
    // lupdate files a bare tr("…") outside a class under the enclosing namespace: look the
    // sentence up there, or its translation is never found.
    return QCoreApplication::translate("exotrunk", text);
}

} // namespace

QString useCaseTitle(UseCase useCase) {
    switch (useCase) {
    case UseCase::OutboundPstn:
        return tr("Outbound to PSTN");
    case UseCase::InboundPstn:
        return tr("Inbound from PSTN");
    case UseCase::BothDirections:
        return tr("Both directions");
    case UseCase::VoiceAiOutbound:
        return tr("Voice AI outbound");
    case UseCase::VoiceAiInbound:
        return tr("Voice AI inbound / StreamKit");
    }
    return {};
}

QString useCaseDescription(UseCase useCase) {
    switch (useCase) {
    case UseCase::OutboundPstn:
        return tr("Your PBX or dialler places calls to phones through Exotel: a number plus an "
                  "IP whitelist or SIP credentials.");
    case UseCase::InboundPstn:
        return tr("Callers dial your Exophone and reach your SIP server: a number plus a "
                  "destination URI (and a Flow you build afterwards).");
    case UseCase::BothDirections:
        return tr("The common case: calls out through Exotel and calls in to your SIP server — "
                  "number, authentication and destination URI.");
    case UseCase::VoiceAiOutbound:
        return tr("A Voice AI platform calls phones through Exotel: number in flow mode and SIP "
                  "digest credentials shared with the provider.");
    case UseCase::VoiceAiInbound:
        return tr("Callers reach a Voice AI agent: number in flow mode, the provider's SIP host "
                  "as destination URI, digest credentials.");
    }
    return {};
}

QString useCaseKey(UseCase useCase) {
    switch (useCase) {
    case UseCase::OutboundPstn:
        return QStringLiteral("outbound_pstn");
    case UseCase::InboundPstn:
        return QStringLiteral("inbound_pstn");
    case UseCase::BothDirections:
        return QStringLiteral("both");
    case UseCase::VoiceAiOutbound:
        return QStringLiteral("voice_ai_outbound");
    case UseCase::VoiceAiInbound:
        return QStringLiteral("voice_ai_inbound");
    }
    return {};
}

std::optional<UseCase> useCaseFromKey(const QString &key) {
    for (UseCase u : {UseCase::OutboundPstn, UseCase::InboundPstn, UseCase::BothDirections,
                      UseCase::VoiceAiOutbound, UseCase::VoiceAiInbound}) {
        if (useCaseKey(u) == key)
            return u;
    }
    return std::nullopt;
}

bool isVoiceAi(UseCase useCase) {
    return useCase == UseCase::VoiceAiOutbound || useCase == UseCase::VoiceAiInbound;
}

bool needsDestination(UseCase useCase) {
    return useCase == UseCase::InboundPstn || useCase == UseCase::BothDirections ||
           useCase == UseCase::VoiceAiInbound;
}

bool destinationAdvised(UseCase) {
    return true;
}

QString destinationAdvice(UseCase useCase) {
    if (needsDestination(useCase))
        return {};
    if (isVoiceAi(useCase))
        return tr("Exotel's reference says a destination URI is mandatory on every trunk, flow "
                  "mode too; the Voice AI guides leave it out of outbound-only setups unless "
                  "Exotel asks for one. Keep it unless Exotel told you otherwise.");
    return tr("Exotel's reference says a destination URI is mandatory on every trunk, even one "
              "that only places calls. Leave it out only if Exotel told you so.");
}

bool needsOutboundAuth(UseCase useCase) {
    return useCase == UseCase::OutboundPstn || useCase == UseCase::BothDirections ||
           isVoiceAi(useCase);
}

bool needsDigestCredentials(UseCase useCase) {
    return isVoiceAi(useCase);
}

NumberMode numberModeFor(UseCase useCase) {
    return isVoiceAi(useCase) ? NumberMode::Flow : NumberMode::Pstn;
}

QString numberModeReason(UseCase useCase) {
    if (isVoiceAi(useCase))
        return tr("Mode flow: calls on this number are routed to Voice AI (StreamKit).");
    return tr("Mode pstn: calls go between the phone network and your SIP side; Flows with a "
              "Connect applet use pstn too.");
}

QList<VoiceAiPreset> voiceAiPresets() {
    const QString confirm = tr("Confirm host, port, transport and authentication with the provider "
                               "before going live.");
    QList<VoiceAiPreset> list;
    {
        VoiceAiPreset p;
        p.provider = VoiceAiProvider::ElevenLabs;
        p.key = QStringLiteral("elevenlabs");
        p.displayName = QStringLiteral("ElevenLabs");
        p.host = QStringLiteral("sip.rtc.elevenlabs.io");
        p.port = 5060;
        p.transport = Transport::Tcp;
        p.note = tr("ElevenLabs imports the number with SIP digest credentials that must match "
                    "the trunk's. ") +
                 confirm;
        list << p;
    }
    {
        VoiceAiPreset p;
        p.provider = VoiceAiProvider::LiveKit;
        p.key = QStringLiteral("livekit");
        p.displayName = QStringLiteral("LiveKit");
        p.hostPlaceholder = QStringLiteral("<subdomain>.india.sip.livekit.cloud");
        p.hostNeedsInput = true;
        p.port = 5061;
        p.transport = Transport::Tls;
        p.note = tr("Copy the SIP URI of your LiveKit Cloud project and replace <subdomain>; the "
                    "outbound trunk's authUsername/authPassword are the digest credentials. ") +
                 confirm;
        list << p;
    }
    {
        VoiceAiPreset p;
        p.provider = VoiceAiProvider::Retell;
        p.key = QStringLiteral("retell");
        p.displayName = QStringLiteral("Retell");
        p.host = QStringLiteral("sip.retellai.com");
        p.port = 5060;
        p.transport = Transport::Tcp;
        p.note = tr("Retell's custom telephony uses sip.retellai.com (TCP; TLS and UDP also "
                    "offered); its termination settings take the digest credentials. ") +
                 confirm;
        list << p;
    }
    {
        VoiceAiPreset p;
        p.provider = VoiceAiProvider::Bolna;
        p.key = QStringLiteral("bolna");
        p.displayName = QStringLiteral("Bolna");
        p.host = QStringLiteral("13.200.45.61");
        p.port = 5060;
        p.transport = Transport::Udp;
        p.note = tr("Bolna's SIP entry is an IP address, so it is added to the whitelist "
                    "(/32) before the destination. The guide names no transport "
                    "(sip:13.200.45.61:5060, so SIP's default UDP); Bolna does not support "
                    "SRTP and its SIP trunking is in beta. ") +
                 confirm;
        list << p;
    }
    {
        VoiceAiPreset p;
        p.provider = VoiceAiProvider::Rapida;
        p.key = QStringLiteral("rapida");
        p.displayName = QStringLiteral("Rapida");
        p.host = QStringLiteral("sip-01.in.rapida.ai");
        p.port = 5060;
        p.transport = Transport::Udp;
        p.note = tr("Rapida's guide uses UDP on port 5060. ") + confirm;
        list << p;
    }
    {
        VoiceAiPreset p;
        p.provider = VoiceAiProvider::PipecatDaily;
        p.key = QStringLiteral("pipecat_daily");
        p.displayName = QStringLiteral("Pipecat / Daily");
        p.hostPlaceholder = QStringLiteral("sip.your-sbc.example.com");
        p.hostNeedsInput = true;
        p.port = 5061;
        p.transport = Transport::Tls;
        p.note = tr("Daily gives each room its own sip_uri, usually bridged by your webhook "
                    "server; a destination URI is only right when you run a fixed SIP ingress "
                    "(an SBC). Outbound needs the number and digest credentials. ") +
                 confirm;
        list << p;
    }
    {
        VoiceAiPreset p;
        p.provider = VoiceAiProvider::Other;
        p.key = QStringLiteral("other");
        p.displayName = tr("Other");
        p.hostPlaceholder = QStringLiteral("sip.provider.example.com");
        p.hostNeedsInput = true;
        p.port = 5061;
        p.transport = Transport::Tls;
        p.note = tr("Enter the SIP host your provider gives you. ") + confirm;
        list << p;
    }
    return list;
}

VoiceAiPreset voiceAiPreset(VoiceAiProvider provider) {
    for (const VoiceAiPreset &p : voiceAiPresets()) {
        if (p.provider == provider)
            return p;
    }
    return {};
}

std::optional<VoiceAiProvider> voiceAiProviderFromKey(const QString &key) {
    if (key.isEmpty() || key == QLatin1String("none"))
        return VoiceAiProvider::None;
    for (const VoiceAiPreset &p : voiceAiPresets()) {
        if (p.key == key)
            return p.provider;
    }
    return std::nullopt;
}

bool ipCoveredBy(const QString &ip, const NewWhitelistedIp &range) {
    const QHostAddress address(ip);
    const QHostAddress network(range.ip);
    if (address.isNull() || network.isNull())
        return false;
    return address.isInSubnet(network, range.mask);
}

QList<NewWhitelistedIp> ProvisioningRequest::whitelistEntries() const {
    QList<NewWhitelistedIp> all;
    if (whitelist)
        all << *whitelist;
    all << extraWhitelist;
    return all;
}

QStringList ProvisioningRequest::destinationIpsNeedingWhitelist() const {
    const QList<NewWhitelistedIp> entries = whitelistEntries();
    QStringList ips;
    for (const NewDestination &d : destinations) {
        if (!validate::isIpv4Literal(d.host) || ips.contains(d.host))
            continue;
        bool covered = false;
        for (const NewWhitelistedIp &range : entries)
            covered = covered || ipCoveredBy(d.host, range);
        if (!covered)
            ips << d.host;
    }
    return ips;
}

QList<RequestIssue> ProvisioningRequest::issues() const {
    QList<RequestIssue> out;
    auto add = [&out](const char *field, const Validity &v) {
        if (!v.isOk())
            out.append({QLatin1String(field), v});
    };

    add("trunkName", validate::trunkName(trunkName));
    if (!alias.isEmpty())
        add("alias", validate::e164(alias));
    if (number.isEmpty())
        add("number", Validity::error(tr("Enter the Exophone in E.164 form, e.g. +918047123456.")));
    else
        add("number", validate::e164(number));

    QStringList seenEntries;
    for (const NewWhitelistedIp &entry : whitelistEntries()) {
        add("whitelist", validate::ipv4(entry.ip));
        // One rule and one wording for every form: 16–32 accepted, below 32 warned.
        add("mask", validate::mask(entry.mask));
        const QString key = entry.ip + QLatin1Char('/') + QString::number(entry.mask);
        if (seenEntries.contains(key))
            add("whitelist", Validity::error(tr("%1 is listed twice.").arg(key)));
        seenEntries << key;
    }
    if (credential) {
        add("userName", validate::credentialUserName(credential->userName));
        add("friendlyName", validate::friendlyName(credential->friendlyName));
        // A resumed plan has no password in memory; the engine regenerates it.
        if (!credential->password.isEmpty())
            add("password", validate::password(credential->password));
    }

    if (needsDigestCredentials(useCase) && !credential)
        add("auth", Validity::error(tr("Voice AI platforms call from changing cloud IPs: add SIP "
                                       "digest credentials and use the same on the platform.")));
    else if (needsOutboundAuth(useCase) && !credential && whitelistEntries().isEmpty())
        add("auth", Validity::error(tr("Outbound calls need a whitelisted IP or SIP digest "
                                       "credentials (or both).")));
    else if (!whitelistEntries().isEmpty() && credential)
        add("auth", Validity::warning(tr("Mixing an IP whitelist with digest credentials is only "
                                         "advised when Exotel and the provider have confirmed "
                                         "it.")));

    if (needsDestination(useCase) && destinations.isEmpty())
        add("destinations", Validity::error(tr("Inbound calls need a destination URI: where "
                                               "Exotel sends calls for this trunk.")));
    else if (destinations.isEmpty() && destinationAdvised(useCase))
        add("destinations", Validity::warning(destinationAdvice(useCase)));
    QStringList seenDestinations;
    for (const NewDestination &d : destinations) {
        const QString uri = d.toUriString();
        if (seenDestinations.contains(uri, Qt::CaseInsensitive)) {
            add("destinations", Validity::error(tr("%1 is listed twice.").arg(uri)));
            break;
        }
        seenDestinations << uri;
    }
    for (const NewDestination &d : destinations) {
        const Validity v = validate::destination(d);
        if (!v.isOk()) {
            add("destinations", v);
            break;
        }
    }
    const QStringList extra = destinationIpsNeedingWhitelist();
    if (!extra.isEmpty())
        add("destinations",
            Validity::warning(tr("IP destinations must be whitelisted first; %1 will be added to "
                                 "the whitelist with mask 32.")
                                  .arg(extra.join(QLatin1String(", ")))));
    return out;
}

bool ProvisioningRequest::isValid() const {
    const QList<RequestIssue> all = issues();
    for (const RequestIssue &i : all) {
        if (!i.validity.isAcceptable())
            return false;
    }
    return true;
}

Validity ProvisioningRequest::issueFor(const QString &field) const {
    const QList<RequestIssue> all = issues();
    Validity best = Validity::ok();
    for (const RequestIssue &i : all) {
        if (i.field != field)
            continue;
        if (!i.validity.isAcceptable())
            return i.validity;
        if (best.isOk())
            best = i.validity;
    }
    return best;
}

QJsonObject ProvisioningRequest::toJson() const {
    QJsonObject o;
    o.insert(QStringLiteral("use_case"), useCaseKey(useCase));
    o.insert(QStringLiteral("provider"), provider == VoiceAiProvider::None
                                             ? QStringLiteral("none")
                                             : voiceAiPreset(provider).key);
    o.insert(QStringLiteral("trunk_name"), trunkName);
    o.insert(QStringLiteral("alias"), alias);
    o.insert(QStringLiteral("number"), number);
    o.insert(QStringLiteral("mode"), numberModeToWire(numberMode));
    if (whitelist)
        o.insert(QStringLiteral("whitelist"), whitelist->toJson());
    if (!extraWhitelist.isEmpty()) {
        QJsonArray extra;
        for (const NewWhitelistedIp &entry : extraWhitelist)
            extra.append(entry.toJson());
        o.insert(QStringLiteral("extra_whitelist"), extra);
    }
    if (credential) {
        // The password is deliberately left out: it is shown once and sent once.
        QJsonObject c;
        c.insert(QStringLiteral("user_name"), credential->userName);
        c.insert(QStringLiteral("friendly_name"), credential->friendlyName);
        o.insert(QStringLiteral("credential"), c);
    }
    QJsonArray dests;
    for (const NewDestination &d : destinations) {
        QJsonObject j;
        j.insert(QStringLiteral("host"), d.host);
        j.insert(QStringLiteral("port"), d.port);
        j.insert(QStringLiteral("transport"), transportToWire(d.transport));
        dests.append(j);
    }
    o.insert(QStringLiteral("destinations"), dests);
    return o;
}

ProvisioningRequest ProvisioningRequest::fromJson(const QJsonObject &o) {
    ProvisioningRequest r;
    r.useCase = useCaseFromKey(o.value(QStringLiteral("use_case")).toString())
                    .value_or(UseCase::BothDirections);
    r.provider = voiceAiProviderFromKey(o.value(QStringLiteral("provider")).toString())
                     .value_or(VoiceAiProvider::Other);
    r.trunkName = o.value(QStringLiteral("trunk_name")).toString();
    r.alias = o.value(QStringLiteral("alias")).toString();
    r.number = o.value(QStringLiteral("number")).toString();
    r.numberMode = numberModeFromWire(o.value(QStringLiteral("mode"))).value_or(NumberMode::Pstn);
    if (o.contains(QStringLiteral("whitelist"))) {
        const QJsonObject w = o.value(QStringLiteral("whitelist")).toObject();
        NewWhitelistedIp ip;
        ip.ip = w.value(QStringLiteral("ip")).toString();
        ip.mask = w.value(QStringLiteral("mask")).toInt(32);
        r.whitelist = ip;
    }
    for (const auto &v : o.value(QStringLiteral("extra_whitelist")).toArray()) {
        const QJsonObject w = v.toObject();
        r.extraWhitelist << NewWhitelistedIp{w.value(QStringLiteral("ip")).toString(),
                                             w.value(QStringLiteral("mask")).toInt(32)};
    }
    if (o.contains(QStringLiteral("credential"))) {
        const QJsonObject c = o.value(QStringLiteral("credential")).toObject();
        NewCredential cred;
        cred.userName = c.value(QStringLiteral("user_name")).toString();
        cred.friendlyName = c.value(QStringLiteral("friendly_name")).toString();
        r.credential = cred;
    }
    const QJsonArray dests = o.value(QStringLiteral("destinations")).toArray();
    for (const auto &v : dests) {
        const QJsonObject j = v.toObject();
        NewDestination d;
        d.host = j.value(QStringLiteral("host")).toString();
        d.port = j.value(QStringLiteral("port")).toInt(5061);
        d.transport = validate::transportFromString(j.value(QStringLiteral("transport")).toString())
                          .value_or(Transport::Tls);
        r.destinations << d;
    }
    return r;
}

} // namespace exotrunk
