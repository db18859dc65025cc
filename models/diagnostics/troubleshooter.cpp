#include "diagnostics/troubleshooter.h"

#include "validation/validators.h"
#include "workflows/provisioningrequest.h"

#include <QCoreApplication>

#include <algorithm>

namespace exotrunk {

namespace {

// Table texts are marked with QT_TRANSLATE_NOOP and translated here; sentences written in the
// code name the same context literally, so that lupdate files them where this looks them up.
QString tr(const char *text) {
    return QCoreApplication::translate("exotrunk::Troubleshooter", text);
}

using C = TroubleCheck;

// Section 16's table (§16.1–16.5, 16.7) and the audio symptoms of §16.6 and §15.1.
const QList<TroubleEntry> kEntries = {
    {"sip.183", 183, QT_TRANSLATE_NOOP("exotrunk::Troubleshooter", "Session Progress"),
     QT_TRANSLATE_NOOP("exotrunk::Troubleshooter",
                       "Early media (an IVR or announcement) is playing."),
     QT_TRANSLATE_NOOP("exotrunk::Troubleshooter",
                       "If the caller hears nothing, the RTP ports are blocked."),
     "§16.1", C::MediaPorts},
    {"sip.200", 200, QT_TRANSLATE_NOOP("exotrunk::Troubleshooter", "OK"),
     QT_TRANSLATE_NOOP("exotrunk::Troubleshooter", "The call connected."),
     QT_TRANSLATE_NOOP("exotrunk::Troubleshooter", "If there is no audio, check RTP and NAT."),
     "§16.2", C::MediaPorts},
    {"sip.400", 400, QT_TRANSLATE_NOOP("exotrunk::Troubleshooter", "Bad Request"),
     QT_TRANSLATE_NOOP("exotrunk::Troubleshooter", "Malformed SIP headers or SDP."),
     QT_TRANSLATE_NOOP("exotrunk::Troubleshooter", "Read the PBX's SIP logs for invalid headers."),
     "§16.3", C::None},
    {"sip.401", 401, QT_TRANSLATE_NOOP("exotrunk::Troubleshooter", "Unauthorized"),
     QT_TRANSLATE_NOOP("exotrunk::Troubleshooter", "Authentication is required."),
     QT_TRANSLATE_NOOP("exotrunk::Troubleshooter", "Check the digest credentials the PBX sends."),
     "§16.3", C::CredentialUser},
    {"sip.403", 403, QT_TRANSLATE_NOOP("exotrunk::Troubleshooter", "Forbidden"),
     QT_TRANSLATE_NOOP("exotrunk::Troubleshooter", "The sending IP address is not allowed."),
     QT_TRANSLATE_NOOP("exotrunk::Troubleshooter", "Check the whitelisted IPs (ACL)."), "§16.3",
     C::IpWhitelisted},
    {"sip.404", 404, QT_TRANSLATE_NOOP("exotrunk::Troubleshooter", "Not Found"),
     QT_TRANSLATE_NOOP("exotrunk::Troubleshooter", "Invalid DID or routing."),
     QT_TRANSLATE_NOOP("exotrunk::Troubleshooter", "Check the phone number mapping."), "§16.3",
     C::NumberMapped},
    {"sip.408", 408, QT_TRANSLATE_NOOP("exotrunk::Troubleshooter", "Request Timeout"),
     QT_TRANSLATE_NOOP("exotrunk::Troubleshooter", "No SIP response arrived."),
     QT_TRANSLATE_NOOP("exotrunk::Troubleshooter", "Check the firewall and reachability."), "§16.3",
     C::Reachability},
    {"sip.410", 410, QT_TRANSLATE_NOOP("exotrunk::Troubleshooter", "Gone"),
     QT_TRANSLATE_NOOP("exotrunk::Troubleshooter", "The number is inactive or was removed."),
     QT_TRANSLATE_NOOP("exotrunk::Troubleshooter", "Check the DID's status."), "§16.3",
     C::NumberMapped},
    {"sip.415", 415, QT_TRANSLATE_NOOP("exotrunk::Troubleshooter", "Unsupported Media"),
     QT_TRANSLATE_NOOP("exotrunk::Troubleshooter", "The codec is not supported."),
     QT_TRANSLATE_NOOP("exotrunk::Troubleshooter", "Make sure G.711 A-law is enabled."), "§16.3",
     C::Codec},
    {"sip.480", 480, QT_TRANSLATE_NOOP("exotrunk::Troubleshooter", "Temporarily Unavailable"),
     QT_TRANSLATE_NOOP("exotrunk::Troubleshooter", "The endpoint is unreachable."),
     QT_TRANSLATE_NOOP("exotrunk::Troubleshooter", "Check that the PBX is available."), "§16.3",
     C::Reachability},
    {"sip.484", 484, QT_TRANSLATE_NOOP("exotrunk::Troubleshooter", "Address Incomplete"),
     QT_TRANSLATE_NOOP("exotrunk::Troubleshooter", "The number's format is invalid."),
     QT_TRANSLATE_NOOP("exotrunk::Troubleshooter", "Send the number in E.164 format."), "§16.3",
     C::E164},
    {"sip.486", 486, QT_TRANSLATE_NOOP("exotrunk::Troubleshooter", "Busy Here"),
     QT_TRANSLATE_NOOP("exotrunk::Troubleshooter", "The destination is busy."),
     QT_TRANSLATE_NOOP("exotrunk::Troubleshooter", "Normal behaviour."), "§16.3", C::None},
    {"sip.488", 488, QT_TRANSLATE_NOOP("exotrunk::Troubleshooter", "Not Acceptable Here"),
     QT_TRANSLATE_NOOP("exotrunk::Troubleshooter", "SDP or codec mismatch."),
     QT_TRANSLATE_NOOP("exotrunk::Troubleshooter", "Offer G.711 A-law only."), "§16.3", C::Codec},
    {"sip.500", 500, QT_TRANSLATE_NOOP("exotrunk::Troubleshooter", "Server Error"),
     QT_TRANSLATE_NOOP("exotrunk::Troubleshooter", "An internal processing failure."),
     QT_TRANSLATE_NOOP("exotrunk::Troubleshooter", "Retry the call."), "§16.4", C::None},
    {"sip.502", 502, QT_TRANSLATE_NOOP("exotrunk::Troubleshooter", "Bad Gateway"),
     QT_TRANSLATE_NOOP("exotrunk::Troubleshooter", "An upstream routing issue."),
     QT_TRANSLATE_NOOP("exotrunk::Troubleshooter", "Retry the call."), "§16.4", C::None},
    {"sip.503", 503, QT_TRANSLATE_NOOP("exotrunk::Troubleshooter", "Service Unavailable"),
     QT_TRANSLATE_NOOP("exotrunk::Troubleshooter", "The destination is unreachable."),
     QT_TRANSLATE_NOOP("exotrunk::Troubleshooter", "Check the network and routing."), "§16.4",
     C::Reachability},
    {"sip.504", 504, QT_TRANSLATE_NOOP("exotrunk::Troubleshooter", "Gateway Timeout"),
     QT_TRANSLATE_NOOP("exotrunk::Troubleshooter", "No upstream response."),
     QT_TRANSLATE_NOOP("exotrunk::Troubleshooter", "Check the firewall and latency."), "§16.4",
     C::Reachability},
    {"sip.580", 580, QT_TRANSLATE_NOOP("exotrunk::Troubleshooter", "Precondition Failure"),
     QT_TRANSLATE_NOOP("exotrunk::Troubleshooter", "Media negotiation failed."),
     QT_TRANSLATE_NOOP("exotrunk::Troubleshooter", "Check RTP and NAT."), "§16.4", C::MediaPorts},
    {"sip.600", 600, QT_TRANSLATE_NOOP("exotrunk::Troubleshooter", "Busy Everywhere"),
     QT_TRANSLATE_NOOP("exotrunk::Troubleshooter", "All endpoints are busy."),
     QT_TRANSLATE_NOOP("exotrunk::Troubleshooter", "Retry the call."), "§16.5", C::None},
    {"sip.603", 603, QT_TRANSLATE_NOOP("exotrunk::Troubleshooter", "Decline"),
     QT_TRANSLATE_NOOP("exotrunk::Troubleshooter", "The endpoint rejected the call."),
     QT_TRANSLATE_NOOP("exotrunk::Troubleshooter", "Check the PBX's dial plan."), "§16.5", C::None},
    {"sip.604", 604, QT_TRANSLATE_NOOP("exotrunk::Troubleshooter", "Does Not Exist Anywhere"),
     QT_TRANSLATE_NOOP("exotrunk::Troubleshooter", "The number is invalid."),
     QT_TRANSLATE_NOOP("exotrunk::Troubleshooter", "Check that the DID is correct."), "§16.5",
     C::E164},
    {"sip.606", 606, QT_TRANSLATE_NOOP("exotrunk::Troubleshooter", "Not Acceptable"),
     QT_TRANSLATE_NOOP("exotrunk::Troubleshooter", "A media policy failure."),
     QT_TRANSLATE_NOOP("exotrunk::Troubleshooter", "Check the codec and SDP."), "§16.5", C::Codec},
    {"symptom.no_audio", 0,
     QT_TRANSLATE_NOOP("exotrunk::Troubleshooter", "No audio in either direction"),
     QT_TRANSLATE_NOOP("exotrunk::Troubleshooter", "RTP is blocked."),
     QT_TRANSLATE_NOOP("exotrunk::Troubleshooter",
                       "Open UDP 10000–40000 to and from Exotel's media IPs."),
     "§16.6", C::MediaPorts},
    {"symptom.one_way_audio", 0, QT_TRANSLATE_NOOP("exotrunk::Troubleshooter", "One-way audio"),
     QT_TRANSLATE_NOOP("exotrunk::Troubleshooter",
                       "NAT or the firewall, most often SIP ALG on a router."),
     QT_TRANSLATE_NOOP(
         "exotrunk::Troubleshooter",
         "Put the public IP in the SDP and disable SIP ALG on every router and firewall."),
     "§16.6, §15.1", C::MediaPorts},
    {"symptom.drops_30_60s", 0,
     QT_TRANSLATE_NOOP("exotrunk::Troubleshooter", "Calls drop after 30–60 seconds"),
     QT_TRANSLATE_NOOP("exotrunk::Troubleshooter",
                       "The firewall's UDP session timeout is too low."),
     QT_TRANSLATE_NOOP("exotrunk::Troubleshooter",
                       "Set the UDP session timeout to 180 seconds or more."),
     "§15.1", C::MediaPorts},
    {"symptom.choppy_audio", 0,
     QT_TRANSLATE_NOOP("exotrunk::Troubleshooter", "Choppy or robotic audio"),
     QT_TRANSLATE_NOOP("exotrunk::Troubleshooter", "Jitter above 40 ms or packet loss above 1%."),
     QT_TRANSLATE_NOOP("exotrunk::Troubleshooter",
                       "Check the network for congestion and mark voice packets DSCP EF (46)."),
     "§15.1", C::None},
    {"symptom.echo", 0, QT_TRANSLATE_NOOP("exotrunk::Troubleshooter", "Echo"),
     QT_TRANSLATE_NOOP("exotrunk::Troubleshooter", "One-way latency above 150 ms."),
     QT_TRANSLATE_NOOP("exotrunk::Troubleshooter",
                       "Use the nearest Exotel point of presence and enable echo cancellation."),
     "§15.1", C::None},
    {"symptom.dtmf", 0, QT_TRANSLATE_NOOP("exotrunk::Troubleshooter", "DTMF not detected"),
     QT_TRANSLATE_NOOP("exotrunk::Troubleshooter", "RTP UDP ports are blocked."),
     QT_TRANSLATE_NOOP("exotrunk::Troubleshooter", "Verify that UDP 10000–40000 is fully open."),
     "§15.1", C::MediaPorts},
};

TroubleCheckResult result(TroubleCheckResult::Outcome outcome, const QString &sentence) {
    return TroubleCheckResult{outcome, sentence};
}

using O = TroubleCheckResult::Outcome;

TroubleCheckResult checkIp(const TroubleInput &input, const TrunkConfiguration &config) {
    if (input.direction == CallDirection::Inbound)
        return result(O::Manual, QCoreApplication::translate(
                                     "exotrunk::Troubleshooter",
                                     "On an inbound call the PBX refused Exotel: allow Exotel's "
                                     "signalling IPs in the PBX's firewall (§15)."));
    if (input.pbxPublicIp.trimmed().isEmpty())
        return result(O::NeedsInput, QCoreApplication::translate(
                                         "exotrunk::Troubleshooter",
                                         "Type the PBX's public IP address to check it against "
                                         "this trunk's whitelist."));
    const QString ip = input.pbxPublicIp.trimmed();
    if (!validate::ipv4(ip).isAcceptable())
        return result(O::NeedsInput, QCoreApplication::translate("exotrunk::Troubleshooter",
                                                                 "%1 is not an IPv4 address.")
                                         .arg(ip));
    if (!config.whitelistedIps)
        return result(O::NotLoaded, QCoreApplication::translate(
                                        "exotrunk::Troubleshooter",
                                        "The whitelisted IPs are not loaded: nothing concluded."));
    for (const WhitelistedIp &entry : *config.whitelistedIps) {
        if (ipCoveredBy(ip, NewWhitelistedIp{entry.ip, entry.mask}))
            return result(O::Passed, QCoreApplication::translate(
                                         "exotrunk::Troubleshooter",
                                         "%1 is inside the whitelisted range %2/%3: the refusal "
                                         "has another cause (credentials, the number).")
                                         .arg(ip, entry.ip)
                                         .arg(entry.mask));
    }
    return result(O::Failed, QCoreApplication::translate(
                                 "exotrunk::Troubleshooter",
                                 "%1 is not inside any whitelisted range of this trunk: whitelist "
                                 "it, or use digest credentials.")
                                 .arg(ip));
}

TroubleCheckResult checkUser(const TroubleInput &input, const TrunkConfiguration &config) {
    const QString user = input.pbxUserName.trimmed();
    if (user.isEmpty())
        return result(O::NeedsInput, QCoreApplication::translate(
                                         "exotrunk::Troubleshooter",
                                         "Type the user name the PBX authenticates with."));
    if (!config.credentials)
        return result(O::NotLoaded, QCoreApplication::translate(
                                        "exotrunk::Troubleshooter",
                                        "The credentials are not loaded: nothing concluded."));
    const bool found = std::any_of(config.credentials->cbegin(), config.credentials->cend(),
                                   [&user](const Credential &c) { return c.userName == user; });
    if (found)
        return result(O::Passed, QCoreApplication::translate(
                                     "exotrunk::Troubleshooter",
                                     "A credential with the user name %1 exists: check the "
                                     "password the PBX sends (rotate it if unsure).")
                                     .arg(user));
    return result(O::Failed, QCoreApplication::translate(
                                 "exotrunk::Troubleshooter",
                                 "No credential of this trunk has the user name %1 (names are "
                                 "case-sensitive).")
                                 .arg(user));
}

TroubleCheckResult checkNumber(const TroubleInput &input, const TrunkConfiguration &config) {
    const QString number = input.phoneNumber.trimmed();
    if (number.isEmpty())
        return result(O::NeedsInput,
                      QCoreApplication::translate("exotrunk::Troubleshooter",
                                                  "Type the number that was called."));
    if (!validate::e164(number).isAcceptable())
        return result(O::Failed,
                      QCoreApplication::translate("exotrunk::Troubleshooter",
                                                  "%1 is not in E.164 format (+ and country code).")
                          .arg(number));
    if (!config.numbers)
        return result(O::NotLoaded, QCoreApplication::translate(
                                        "exotrunk::Troubleshooter",
                                        "The phone numbers are not loaded: nothing concluded."));
    const bool mapped = std::any_of(config.numbers->cbegin(), config.numbers->cend(),
                                    [&number](const PhoneNumber &n) { return n.number == number; });
    if (mapped)
        return result(O::Passed, QCoreApplication::translate("exotrunk::Troubleshooter",
                                                             "%1 is mapped to this trunk.")
                                     .arg(number));
    return result(O::AskAccount, QCoreApplication::translate(
                                     "exotrunk::Troubleshooter",
                                     "%1 is not mapped to this trunk: ask the account which trunk "
                                     "it is mapped to, if any.")
                                     .arg(number));
}

TroubleCheckResult checkE164(const TroubleInput &input) {
    const QString number = input.phoneNumber.trimmed();
    if (number.isEmpty())
        return result(O::NeedsInput,
                      QCoreApplication::translate("exotrunk::Troubleshooter",
                                                  "Type the number that was dialled."));
    if (validate::e164(number).isAcceptable())
        return result(O::Passed, QCoreApplication::translate("exotrunk::Troubleshooter",
                                                             "%1 is a valid E.164 number.")
                                     .arg(number));
    return result(O::Failed,
                  QCoreApplication::translate(
                      "exotrunk::Troubleshooter",
                      "%1 is not in E.164 format: send + and the country code, then the number, "
                      "without spaces.")
                      .arg(number));
}

QList<TroubleCheckResult> runChecks(TroubleCheck check, const TroubleInput &input,
                                    const TrunkConfiguration &config) {
    switch (check) {
    case C::None:
        return {};
    case C::IpWhitelisted:
        return {checkIp(input, config)};
    case C::CredentialUser:
        return {checkUser(input, config)};
    case C::NumberMapped:
        return {checkNumber(input, config)};
    case C::Reachability:
        return {result(O::RunProbe, QCoreApplication::translate(
                                        "exotrunk::Troubleshooter",
                                        "Probe the destinations from this computer: DNS, "
                                        "connection, TLS and a SIP OPTIONS."))};
    case C::Codec:
        return {result(O::Manual, QCoreApplication::translate(
                                      "exotrunk::Troubleshooter",
                                      "On the PBX: G.711 A-law enabled, no other codec forced "
                                      "ahead of it, transcoding off (§16.7)."))};
    case C::E164:
        return {checkE164(input)};
    case C::MediaPorts:
        return {result(O::Manual, QCoreApplication::translate(
                                      "exotrunk::Troubleshooter",
                                      "On the customer's network: UDP 10000–40000 open both ways "
                                      "to Exotel's media IPs, SIP ALG off (§15, §15.1)."))};
    }
    return {};
}

} // namespace

const QList<TroubleEntry> &troubleEntries() {
    return kEntries;
}

QString troubleEntryTitle(const TroubleEntry &entry) {
    return entry.sipCode != 0 ? QString::number(entry.sipCode) + QLatin1Char(' ') + tr(entry.title)
                              : tr(entry.title);
}

std::optional<TroubleEntry> findTroubleEntry(const QString &codeOrId) {
    const QString key = codeOrId.trimmed();
    bool isNumber = false;
    const int code = key.toInt(&isNumber);
    for (const TroubleEntry &entry : kEntries) {
        if ((isNumber && entry.sipCode != 0 && entry.sipCode == code) ||
            key == QLatin1String(entry.id))
            return entry;
    }
    return std::nullopt;
}

TroubleDiagnosis diagnose(const TroubleEntry &entry, const TroubleInput &input,
                          const TrunkConfiguration &config) {
    TroubleDiagnosis d;
    d.title = troubleEntryTitle(entry);
    d.cause = tr(entry.cause);
    d.whatToCheck = tr(entry.whatToCheck);
    d.docSection = QString::fromUtf8(entry.docSection);
    if (entry.sipCode != 0)
        d.whoAnswered = input.direction == CallDirection::Outbound
                            ? QCoreApplication::translate(
                                  "exotrunk::Troubleshooter",
                                  "On an outbound call, Exotel answered the PBX with this code.")
                            : QCoreApplication::translate(
                                  "exotrunk::Troubleshooter",
                                  "On an inbound call, the PBX (or the network on the way to it) "
                                  "answered Exotel with this code.");
    d.checks = runChecks(entry.check, input, config);
    return d;
}

} // namespace exotrunk
