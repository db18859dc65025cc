#pragma once

#include "ctloutput.h"

#include <QString>
#include <QStringList>

namespace exotrunk {
class ExotelClient;
} // namespace exotrunk

namespace exotrunk::ctl {

// exotrunkctl's exit codes (documented in its --help and the README).
enum ExitCode {
    ExitOk = 0,
    ExitFailed = 1,      // the command ran and failed (e.g. `check` found what blocks calls)
    ExitUsage = 2,       // wrong arguments, or a confirmation that does not match
    ExitPartial = 3,     // some changes were made, others not
    ExitRefused = 4,     // the server refused the request (4xx)
    ExitUnreachable = 5, // no answer: network, TLS, timeout, 5xx
};

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

} // namespace exotrunk::ctl
