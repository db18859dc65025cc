#pragma once

#include "ctloutput.h"
#include "ctlsupport.h"

#include <QString>
#include <QStringList>

namespace exotrunk {
class ExotelClient;
} // namespace exotrunk

namespace exotrunk::ctl {

// What every command gets: the client of the chosen profile, the output format, and where
// to print (normal output to stdout, messages to stderr).
struct CommandContext {
    ExotelClient *client = nullptr;
    QString profileId;
    Format format = Format::Table;
};

// Each returns an ExitCode; output goes to stdout, errors to stderr.
int trunksList(const CommandContext &context);
int trunkShow(const CommandContext &context, const QString &sid);
int trunkDelete(const CommandContext &context, const QString &sid, const QString &confirmName);
// `purposeKey` empty: the purpose remembered for the trunk, else the one its configuration
// suggests. Exits 1 when a finding blocks calls.
int check(const CommandContext &context, const QString &sid, const QString &purposeKey);
// The trunk's configuration as JSON: name, numbers with modes, IPs, destinations with priority
// and weight, credentials' user and friendly names (never a password).
int exportTrunk(const CommandContext &context, const QString &sid);
// The reachability probe of every destination URI, each step limited to `stepTimeoutMs`. Exits 1
// when a destination does not answer or the probe was interrupted.
int probe(const CommandContext &context, const QString &sid, int stepTimeoutMs);

} // namespace exotrunk::ctl
