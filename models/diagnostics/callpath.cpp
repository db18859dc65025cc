#include "diagnostics/callpath.h"

#include <QCoreApplication>

#include <algorithm>

namespace exotrunk {

namespace {

QString translated(const char *source) {
    return QCoreApplication::translate("exotrunk::CallPath", source);
}

// Builds one hop: its findings are those whose rule id is in `rules`; a blocking one makes it
// missing. `loaded` false: the section it depends on is not loaded, nothing is concluded.
class HopBuilder {
public:
    explicit HopBuilder(const QList<ReadinessFinding> &findings)
        : m_findings(findings) {}

    CallPathHop hop(const char *id, const char *label, const QString &detail, bool loaded,
                    bool configured, std::initializer_list<const char *> rules) const {
        CallPathHop h{QString::fromLatin1(id), translated(label), detail, HopState::Unknown, {}};
        bool blocked = false;
        for (const ReadinessFinding &f : m_findings) {
            const bool about = std::any_of(rules.begin(), rules.end(), [&f](const char *rule) {
                return f.ruleId == QLatin1String(rule);
            });
            if (!about)
                continue;
            h.notes << f.reason + QStringLiteral(" (") + f.docSection + QLatin1Char(')');
            blocked = blocked || f.severity == Severity::BlocksCalls;
        }
        if (loaded)
            h.state = blocked || !configured ? HopState::Missing : HopState::Configured;
        return h;
    }

    static CallPathHop manual(const char *id, const char *label, const QString &detail,
                              const QString &note) {
        return {QString::fromLatin1(id), translated(label), detail, HopState::Manual, {note}};
    }

    static CallPathHop fixed(const char *id, const char *label, const QString &detail) {
        return {QString::fromLatin1(id), translated(label), detail, HopState::Configured, {}};
    }

private:
    const QList<ReadinessFinding> &m_findings;
};

template <typename T> bool hasItems(const std::optional<QList<T>> &items) {
    return items && !items->isEmpty();
}

QString firstNumber(const TrunkConfiguration &c, std::optional<NumberMode> mode = std::nullopt) {
    if (!c.numbers)
        return {};
    for (const PhoneNumber &n : *c.numbers) {
        const NumberMode effective = n.mode == NumberMode::Default ? NumberMode::Pstn : n.mode;
        if (!mode || effective == *mode)
            return n.number;
    }
    return {};
}

QString firstDestination(const TrunkConfiguration &c) {
    return hasItems(c.destinations) ? c.destinations->first().host() : QString();
}

CallPath inboundPath(const TrunkConfiguration &c, const HopBuilder &b, const QString &sid) {
    CallPath path{QStringLiteral("inbound"),
                  translated(QT_TRANSLATE_NOOP("exotrunk::CallPath", "Inbound (PSTN → SIP)")),
                  {}};
    path.hops << HopBuilder::fixed(
        "inbound.pstn", QT_TRANSLATE_NOOP("exotrunk::CallPath", "PSTN caller"), QString());
    path.hops << b.hop("inbound.exophone", QT_TRANSLATE_NOOP("exotrunk::CallPath", "Exophone"),
                       firstNumber(c), c.numbers.has_value(), hasItems(c.numbers),
                       {"number.mapped", "mode.pstnForConnect"});
    path.hops << HopBuilder::manual(
        "inbound.flow", QT_TRANSLATE_NOOP("exotrunk::CallPath", "Flow: Connect"),
        QStringLiteral("sip:") + sid,
        translated(QT_TRANSLATE_NOOP(
            "exotrunk::CallPath", "Not visible through the API: check that the number's Flow has a "
                                  "Connect applet dialling sip:<trunk_sid> (§13).")));
    path.hops << b.hop("inbound.trunk", QT_TRANSLATE_NOOP("exotrunk::CallPath", "Trunk"), sid,
                       c.trunk.has_value(), true, {"trunk.inactive"});
    path.hops << b.hop(
        "inbound.destination", QT_TRANSLATE_NOOP("exotrunk::CallPath", "Destination URI"),
        firstDestination(c), c.destinations.has_value(), hasItems(c.destinations),
        {"inbound.destination", "destination.mandatory", "destination.notWhitelisted",
         "destination.transportPort", "destination.tlsRecommended"});
    path.hops << HopBuilder::manual(
        "inbound.pbx", QT_TRANSLATE_NOOP("exotrunk::CallPath", "PBX"), QString(),
        translated(QT_TRANSLATE_NOOP(
            "exotrunk::CallPath",
            "The customer's PBX must accept Exotel's signalling IPs and media "
            "(§15): probe it, and hand the firewall rules to the network team.")));
    return path;
}

CallPath outboundPath(const TrunkConfiguration &c, const HopBuilder &b) {
    CallPath path{QStringLiteral("outbound"),
                  translated(QT_TRANSLATE_NOOP("exotrunk::CallPath", "Outbound (SIP → PSTN)")),
                  {}};
    const bool authLoaded = c.whitelistedIps.has_value() && c.credentials.has_value();
    const bool auth = hasItems(c.whitelistedIps) || hasItems(c.credentials);
    QString how;
    if (hasItems(c.whitelistedIps))
        how = c.whitelistedIps->first().ip;
    else if (hasItems(c.credentials))
        how = c.credentials->first().userName;
    path.hops << b.hop(
        "outbound.pbx",
        QT_TRANSLATE_NOOP("exotrunk::CallPath", "PBX: whitelisted IP or credentials"), how,
        authLoaded, auth,
        {"outbound.auth", "voiceai.outbound.auth", "voiceai.credentials", "acl.mask",
         "auth.mixed"});
    path.hops << b.hop("outbound.edge", QT_TRANSLATE_NOOP("exotrunk::CallPath", "Exotel edge"),
                       QStringLiteral("in.voip.exotel.com"), c.trunk.has_value(), true,
                       {"trunk.inactive"});
    path.hops << b.hop("outbound.callerId",
                       QT_TRANSLATE_NOOP("exotrunk::CallPath", "Caller ID number"), firstNumber(c),
                       c.numbers.has_value(), hasItems(c.numbers), {"number.mapped"});
    path.hops << HopBuilder::fixed("outbound.pstn", QT_TRANSLATE_NOOP("exotrunk::CallPath", "PSTN"),
                                   QString());
    return path;
}

CallPath voiceAiPath(const TrunkConfiguration &c, const HopBuilder &b) {
    CallPath path{QStringLiteral("voiceai"),
                  translated(QT_TRANSLATE_NOOP("exotrunk::CallPath", "Voice AI (StreamKit)")),
                  {}};
    const QString flowNumber = firstNumber(c, NumberMode::Flow);
    path.hops << b.hop("voiceai.number",
                       QT_TRANSLATE_NOOP("exotrunk::CallPath", "Number in mode flow"), flowNumber,
                       c.numbers.has_value(), !flowNumber.isEmpty(),
                       {"number.mapped", "mode.flowForVoiceAi"});
    path.hops << HopBuilder::fixed("voiceai.streamkit",
                                   QT_TRANSLATE_NOOP("exotrunk::CallPath", "StreamKit"), QString());
    path.hops << b.hop("voiceai.provider",
                       QT_TRANSLATE_NOOP("exotrunk::CallPath", "Provider's SIP destination"),
                       firstDestination(c), c.destinations.has_value(), hasItems(c.destinations),
                       {"destination.mandatory", "inbound.destination",
                        "destination.voiceAiOutbound", "destination.transportPort"});
    return path;
}

} // namespace

QString hopStateText(HopState state) {
    switch (state) {
    case HopState::Configured:
        return translated(QT_TRANSLATE_NOOP("exotrunk::CallPath", "configured"));
    case HopState::Missing:
        return translated(QT_TRANSLATE_NOOP("exotrunk::CallPath", "missing"));
    case HopState::Manual:
        return translated(QT_TRANSLATE_NOOP("exotrunk::CallPath", "check by hand"));
    case HopState::Unknown:
        return translated(QT_TRANSLATE_NOOP("exotrunk::CallPath", "not loaded"));
    }
    return {};
}

QString CallPath::accessibleText() const {
    QStringList parts;
    for (const CallPathHop &hop : hops)
        parts << QStringLiteral("%1 (%2)").arg(hop.label, hopStateText(hop.state));
    return title + QStringLiteral(": ") + parts.join(QStringLiteral(" → "));
}

QList<CallPath> callPaths(const TrunkConfiguration &config, const TrunkPurpose &purpose,
                          const QList<ReadinessFinding> &findings) {
    const HopBuilder builder(findings);
    const QString sid = config.trunk ? config.trunk->sid.value() : QString();
    QList<CallPath> paths;
    // Voice AI inbound reaches the provider through StreamKit (a number in mode flow); Voice AI
    // outbound is the provider calling out like a PBX.
    if (purpose.isInbound())
        paths << (isVoiceAi(purpose.useCase) ? voiceAiPath(config, builder)
                                             : inboundPath(config, builder, sid));
    if (purpose.isOutbound())
        paths << outboundPath(config, builder);
    return paths;
}

} // namespace exotrunk
