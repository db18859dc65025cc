#pragma once

#include "diagnostics/readiness.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace exotrunk {

// One API request the console made recently, as the support bundle lists it.
struct RecentRequest {
    QDateTime at;        // when it was answered
    QString description; // "GET /trunks/{trunk_sid}/phone-numbers" — never a secret
    QString requestId;   // the server's request_id, if it sent one
    int httpStatus = 0;  // 0: no answer
};

// Everything "Before contacting Exotel support" (§16.9–16.10) asks for, about one trunk.
struct SupportBundleInput {
    QString accountSid;
    TrunkConfiguration config;
    TrunkPurpose purpose;
    QList<ReadinessFinding> findings;
    QStringList probeLines;        // the reachability probe's results, one line each; may be empty
    QList<RecentRequest> requests; // newest last
    QDateTime generatedAt;         // local time; printed with its UTC offset
};

// The bundle as plain text, to copy or save: the trunk, its configuration (credentials by user
// name only), the readiness findings, probe results, recent request ids with time-zone-stamped
// times, §16.9's checklist and what else §16.10 asks the engineer to attach. No secret is ever
// in the input; request ids are sanitised as for a log.
QString supportBundleText(const SupportBundleInput &input);

// "2026-12-07 21:55:18 +05:30": a timestamp a support ticket can use in any time zone.
QString timestampWithZone(const QDateTime &at);

} // namespace exotrunk
