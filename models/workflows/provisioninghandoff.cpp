#include "workflows/provisioninghandoff.h"

#include <QCoreApplication>

namespace exotrunk {

namespace {

QString tr(const char *text) {
    // lupdate files a bare tr("…") outside a class under the enclosing namespace: look the
    // sentence up there, or its translation is never found.
    return QCoreApplication::translate("exotrunk", text);
}

} // namespace

QString provisioningHandOff(const ProvisioningPlan &plan, bool includePassword) {
    const QString sid = plan.trunkSid.isEmpty() ? tr("(not created)") : plan.trunkSid.value();
    QStringList out;
    out << tr("Exotel SIP trunk — hand-off summary");
    out << QString();
    out << tr("Trunk name:        %1").arg(plan.request.trunkName);
    out << tr("Trunk SID:         %1").arg(sid);
    out << tr("Use case:          %1").arg(useCaseTitle(plan.request.useCase));
    if (plan.request.provider != VoiceAiProvider::None)
        out << tr("Voice AI provider: %1").arg(voiceAiPreset(plan.request.provider).displayName);
    out << tr("Connect applet:    sip:%1  (Dial whom — the trunk SID only, not a full SIP URI)")
               .arg(sid);
    out << tr("SIP domain:        %1").arg(plan.domainName());
    if (!plan.request.number.isEmpty())
        out << tr("Exophone:          %1 (mode %2)")
                   .arg(plan.request.number, numberModeToWire(plan.request.numberMode));
    if (!plan.request.alias.isEmpty())
        out << tr("Caller-ID alias:   %1").arg(plan.request.alias);
    out << QString();
    out << tr("Exotel edge (signalling toward Exotel):");
    out << QStringLiteral("  %1  TLS %2 / TCP %3")
               .arg(QLatin1String(exotelEdge::PrimaryHost))
               .arg(exotelEdge::TlsPort)
               .arg(exotelEdge::TcpPort);
    out << QStringLiteral("  %1, %2 (%3)")
               .arg(QLatin1String(exotelEdge::MumbaiHost), QLatin1String(exotelEdge::HyderabadHost),
                    tr("regional edges"));
    out << tr("RTP media:         UDP %1–%2")
               .arg(exotelEdge::RtpFirstPort)
               .arg(exotelEdge::RtpLastPort);
    out << tr("Codec:             G.711 A-law (PCMA)");
    out << QString();
    for (const NewWhitelistedIp &entry : plan.request.whitelistEntries())
        out << tr("Whitelisted IP:    %1/%2").arg(entry.ip).arg(entry.mask);
    for (const ProvisioningStep &s : plan.steps) {
        if (s.kind == ProvisioningStep::Kind::WhitelistIp && s.autoWhitelisted)
            out << tr("Whitelisted IP:    %1/%2 (for the IP destination)")
                       .arg(s.ip.ip)
                       .arg(s.ip.mask);
        if (s.kind == ProvisioningStep::Kind::AddDestinations) {
            for (const NewDestination &d : s.destinations)
                out << tr("Destination URI:   sip:%1").arg(d.toUriString());
        }
    }
    if (plan.request.credential) {
        out << tr("SIP user name:     %1").arg(plan.request.credential->userName);
        if (includePassword && !plan.credentialPassword.isEmpty())
            out << tr("SIP password:      %1").arg(plan.credentialPassword);
        else
            out << tr("SIP password:      (not shown — shared separately)");
        if (plan.passwordRegenerated)
            out << tr("  Note: the password was generated again when the setup was resumed; "
                      "use this one on the SIP side.");
    }

    const QStringList missing = plan.missingItems();
    if (!missing.isEmpty()) {
        out << QString();
        out << tr("Not configured yet:");
        for (const QString &m : missing)
            out << QStringLiteral("  - ") + m;
    }

    out << QString();
    out << tr("Remaining manual steps:");
    int n = 1;
    // The Connect applet is for calls coming in; an outbound-only trunk needs no Flow even
    // when it carries the destination URI Exotel's reference asks for.
    if (needsDestination(plan.request.useCase)) {
        out << tr("  %1. In App Bazaar (https://my.in.exotel.com/apps) create a Flow with a "
                  "Connect applet whose Dial whom is sip:%2.")
                   .arg(n++)
                   .arg(sid);
        out << tr("  %1. Map the Exophone %2 to that Flow.")
                   .arg(n++)
                   .arg(plan.request.number.isEmpty() ? tr("(your number)") : plan.request.number);
    }
    if (needsOutboundAuth(plan.request.useCase))
        out << tr("  %1. Point the SIP side at the Exotel edge above, with the user name and "
                  "password of this trunk (or from the whitelisted IP).")
                   .arg(n++);
    if (isVoiceAi(plan.request.useCase))
        out << tr("  %1. Enter the same SIP user name and password on the Voice AI platform and "
                  "confirm its host, port and transport with the provider.")
                   .arg(n++);
    out << tr("  %1. Place a test call in each direction.").arg(n++);
    return out.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace exotrunk
