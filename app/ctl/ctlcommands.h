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
    bool assumeYes = false; // --yes: a removal's confirmation is given
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

// Changes to one trunk, each through the TrunkChanges workflow (ctlwrites.cpp). Removals print
// what stops working and need --yes (or "yes" typed at a terminal); they print a result per row
// and exit 3 when only some rows went.
int trunkRename(const CommandContext &context, const QString &sid, const QString &name);
int numberMap(const CommandContext &context, const QString &sid, const QString &number,
              const QString &modeText);
int numberMode(const CommandContext &context, const QString &sid, const QString &number,
               const QString &modeText);
int numberRemove(const CommandContext &context, const QString &sid, const QStringList &values);
int ipAdd(const CommandContext &context, const QString &sid, const QString &text);
int ipRemove(const CommandContext &context, const QString &sid, const QStringList &values);
int destinationRemove(const CommandContext &context, const QString &sid, const QStringList &values);
int credentialDelete(const CommandContext &context, const QString &sid, const QStringList &values);
int aliasSet(const CommandContext &context, const QString &sid, const QString &number);
int aliasRemove(const CommandContext &context, const QString &sid);

} // namespace exotrunk::ctl
