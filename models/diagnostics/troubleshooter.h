#pragma once

#include "diagnostics/readiness.h"

#include <QList>
#include <QString>

#include <optional>

namespace exotrunk {

// The SIP response-code and symptom troubleshooter: section 16's table (what a code means, where
// the problem most likely lies, what to check) and section 15.1's symptoms, with the checks the
// console can make on one trunk from what it has loaded.

// Which way the failing call went. The code's sender differs: on an outbound call (PBX → phone
// network) Exotel's edge answers the PBX; on an inbound call the PBX answers Exotel.
enum class CallDirection { Outbound, Inbound };

// What the console can check for an entry.
enum class TroubleCheck {
    None,
    IpWhitelisted,  // 403: the PBX's public IP inside a whitelisted range
    CredentialUser, // 401: a credential with the PBX's user name
    NumberMapped,   // 404: the number mapped to this trunk (and, where supported, to which)
    Reachability,   // 408/480/503/504: the reachability probe
    Codec,          // 415/488/606: G.711 A-law (manual)
    E164,           // 484: the number in E.164
    MediaPorts,     // audio symptoms: UDP 10000–40000, NAT, SIP ALG (manual)
};

struct TroubleEntry {
    const char *id;          // stable: "sip.403", "symptom.one_way_audio"
    int sipCode;             // 0 for a symptom
    const char *title;       // QT_TRANSLATE_NOOP("exotrunk::Troubleshooter", …)
    const char *cause;       // the likely root cause, one sentence
    const char *whatToCheck; // what to check next, one sentence
    const char *docSection;  // "§16.3", "§15.1"
    TroubleCheck check;
};

// Every entry, codes in ascending order, then the symptoms.
const QList<TroubleEntry> &troubleEntries();
// "403 Forbidden", or a symptom's title ("One-way audio"), translated.
QString troubleEntryTitle(const TroubleEntry &entry);
// "403", " 403 ", or a symptom's id; nullopt for anything else (unknown codes are not guessed).
std::optional<TroubleEntry> findTroubleEntry(const QString &codeOrId);

// What the engineer typed for the checks; each may be empty.
struct TroubleInput {
    CallDirection direction = CallDirection::Outbound;
    QString pbxPublicIp; // 403
    QString pbxUserName; // 401
    QString phoneNumber; // 404, 484
};

struct TroubleCheckResult {
    enum class Outcome {
        Passed,     // the trunk is configured as the code needs: look elsewhere
        Failed,     // found the likely cause on this trunk
        NeedsInput, // type the PBX's IP / user name / number to check
        NotLoaded,  // the section is not loaded: nothing concluded
        Manual,     // only the customer's side can show it
        RunProbe,   // the reachability probe answers it
        AskAccount, // not on this trunk: ask the account which trunk has the number
    };
    Outcome outcome = Outcome::Manual;
    QString sentence; // translated
};

struct TroubleDiagnosis {
    QString title;       // "403 Forbidden"
    QString cause;       // translated
    QString whatToCheck; // translated
    QString docSection;
    QString whoAnswered; // which side sent the code, for the direction
    QList<TroubleCheckResult> checks;
};

TroubleDiagnosis diagnose(const TroubleEntry &entry, const TroubleInput &input,
                          const TrunkConfiguration &config);

} // namespace exotrunk
