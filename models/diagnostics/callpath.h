#pragma once

#include "diagnostics/readiness.h"

#include <QList>
#include <QString>

namespace exotrunk {

// The way a call travels for each direction a trunk serves, hop by hop as section 13 describes
// it, each hop with its state on this trunk: what the trunk page draws before the findings.
//   inbound:  PSTN → Exophone → Flow (Connect sip:<trunk_sid>) → trunk → destination URI → PBX
//   outbound: PBX (whitelisted IP or digest credentials) → Exotel edge → PSTN
//   Voice AI: number in mode flow → StreamKit → the provider's SIP destination
enum class HopState {
    Configured, // the trunk has what this hop needs
    Missing,    // a finding that blocks calls is about this hop
    Manual,     // not visible through the API (the Flow, the PBX): check by hand
    Unknown,    // the section it needs is not loaded
};

struct CallPathHop {
    QString id;     // stable: "inbound.exophone"
    QString label;  // translated: "Exophone"
    QString detail; // translated, short: "+918047361020", "sip:trmum1…"
    HopState state = HopState::Unknown;
    QStringList notes; // the findings about this hop (reason and section), or why it is manual
};

struct CallPath {
    QString id;    // "inbound", "outbound", "voiceai"
    QString title; // translated: "Inbound (PSTN → SIP)"
    QList<CallPathHop> hops;

    // One sentence a screen reader reads: "Inbound: PSTN (configured) → Exophone (missing) → …".
    QString accessibleText() const;
};

// The paths the purpose serves, built from the configuration and the readiness findings.
QList<CallPath> callPaths(const TrunkConfiguration &config, const TrunkPurpose &purpose,
                          const QList<ReadinessFinding> &findings);

QString hopStateText(HopState state); // translated: "configured", "missing", …

} // namespace exotrunk
