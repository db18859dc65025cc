#pragma once

#include "api/requesthistory.h"
#include "diagnostics/reachabilityprobe.h"
#include "diagnostics/readiness.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace exotrunk {

// Everything "Before contacting Exotel support" (§16.9–16.10) asks for, about one trunk.
struct SupportBundleInput {
    QString accountSid;
    TrunkConfiguration config;
    TrunkPurpose purpose;
    QList<ReadinessFinding> findings;
    QStringList probeLines;         // the reachability probe's results, one line each; may be empty
    QList<RequestRecord> requests;  // this trunk's recent requests, oldest first
    bool requestsCollected = false; // false: the client keeps no history (then say where ids are)
    QDateTime generatedAt;          // local time; printed with its UTC offset
};

// The bundle as plain text, to copy or save: the trunk, its configuration (credentials by user
// name only), the readiness findings, probe results, the trunk's recent requests (method, path,
// HTTP status, request id, time with its UTC offset, duration), §16.9's checklist and what else
// §16.10 asks the engineer to attach. No secret is ever in the input; paths and request ids are
// sanitised again as for a log.
QString supportBundleText(const SupportBundleInput &input);

// The reachability probe's last run on the trunk as bundle lines: when it ran (with its offset),
// its summary (which says it was measured from this computer, not from Exotel's edge), then per
// destination whether it answered and each step's outcome, time and detail.
QStringList probeBundleLines(const QDateTime &ranAt, const QString &summary,
                             const QList<ProbeResult> &results);

// "2026-12-07 21:55:18 +05:30": a timestamp a support ticket can use in any time zone.
QString timestampWithZone(const QDateTime &at);

} // namespace exotrunk
