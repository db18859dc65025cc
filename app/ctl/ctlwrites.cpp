// exotrunkctl's changes to one trunk: every one passes the TrunkChanges workflow, as the trunk
// page's do. Removals name what stops working and ask first (or take --yes).
#include "api/exotelclient.h"
#include "ctlcommands.h"
#include "ctltext.h"
#include "validation/validators.h"
#include "workflows/trunkchanges.h"
#include "workflows/trunkchangetexts.h"

#include <QEventLoop>
#include <QTextStream>

#include <algorithm>
#include <cstdio>
#include <unistd.h>
#include <utility>

namespace exotrunk::ctl {

namespace {

// Reads one section of the trunk (to find rows by value and to say what a removal stops).
template <typename T>
std::optional<QList<T>>
readSection(const CommandContext &context, const TrunkSid &sid,
            ApiCall *(ExotelClient::*list)(const TrunkSid &, QObject *,
                                           const ExotelClient::Callback<QList<T>> &),
            int *exitCode) {
    const ApiResult<QList<T>> r = await<QList<T>>(
        [&](QObject *ctx, const auto &done) { (context.client->*list)(sid, ctx, done); });
    if (!r.isOk()) {
        *exitCode = fail(r.error());
        return std::nullopt;
    }
    return r.value();
}

// The rows of `all` whose value (as `valueOf` gives it) is one of `wanted`; a value the trunk
// does not have is a usage error, and then nothing is changed.
template <typename T, typename ValueOf>
std::optional<QList<T>> pick(const QList<T> &all, const QStringList &wanted, ValueOf valueOf,
                             const QString &sectionName) {
    QList<T> picked;
    for (const QString &value : wanted) {
        const auto it = std::find_if(all.cbegin(), all.cend(),
                                     [&](const T &item) { return valueOf(item) == value; });
        if (it == all.cend()) {
            printError(Exotrunkctl::tr("The trunk has no %1 \"%2\": nothing was changed.")
                           .arg(sectionName, value));
            return std::nullopt;
        }
        picked << *it;
    }
    return picked;
}

// The one confirmation of a destructive change: what stops working, then --yes or a "yes" typed
// at a terminal. A script without --yes is refused before anything is sent.
bool confirmed(const CommandContext &context, const QStringList &consequences) {
    QTextStream err(stderr);
    for (const QString &sentence : consequences)
        err << sentence << '\n';
    err.flush();
    if (context.assumeYes)
        return true;
    if (isatty(fileno(stdin)) != 1) {
        printError(Exotrunkctl::tr("Nothing was changed: add --yes to confirm this removal."));
        return false;
    }
    err << Exotrunkctl::tr("Type yes to continue: ") << Qt::flush;
    const QString answer = QTextStream(stdin).readLine().trimmed();
    if (answer == QLatin1String("yes") || answer == Exotrunkctl::tr("yes"))
        return true;
    printError(Exotrunkctl::tr("Nothing was changed."));
    return false;
}

// Runs a removal of several rows to its end and prints a result per row. Exit 0 when every row
// went, 3 when some did, else the first error's code.
int runRemoval(const CommandContext &context, TrunkChanges &changes,
               const std::function<bool()> &start) {
    QEventLoop loop;
    QObject::connect(&changes, &TrunkChanges::finished, &loop, &QEventLoop::quit);
    QObject::connect(interruptNotifier(), &Interrupt::requested, &changes, &TrunkChanges::cancel);
    if (!start()) {
        printError(Exotrunkctl::tr("Another removal is still running."));
        return ExitFailed;
    }
    loop.exec();
    Table t{{QStringLiteral("value"), QStringLiteral("id"), QStringLiteral("result")},
            {Exotrunkctl::tr("Value"), Exotrunkctl::tr("Id"), Exotrunkctl::tr("Result")},
            {}};
    int done = 0;
    std::optional<ApiError> firstError;
    for (const RowResult &row : changes.results()) {
        t.rows << QStringList{row.value, row.id,
                              row.isOk() ? Exotrunkctl::tr("removed") : row.error.userMessage()};
        if (row.isOk())
            ++done;
        else if (!firstError)
            firstError = row.error;
    }
    print(render(t, context.format));
    if (!firstError)
        return ExitOk;
    return done > 0 ? ExitPartial : exitCodeFor(*firstError);
}

// One single change to its answer: `sentence` says what was done (table) and `record` gives
// the changed object (JSON, CSV).
template <typename T, typename Start, typename Describe>
int runSingle(const CommandContext &context, Start start, Describe describe) {
    const ApiResult<T> r = await<T>(start);
    if (!r.isOk())
        return fail(r.error());
    const auto [sentence, record] = describe(r.value());
    if (context.format == Format::Table)
        print(sentence + QLatin1Char('\n'));
    else
        print(renderRecord(record, context.format));
    return ExitOk;
}

Table oneRow(const QStringList &keys, const QStringList &values) {
    return Table{keys, keys, {values}};
}

bool checked(const Validity &validity) {
    if (validity.isAcceptable())
        return true;
    printError(validity.message);
    return false;
}

QString ipText(const WhitelistedIp &ip) {
    return ip.ip + QLatin1Char('/') + QString::number(ip.mask);
}

} // namespace

int trunkRename(const CommandContext &context, const QString &sid, const QString &name) {
    if (!checked(validate::trunkName(name)))
        return ExitUsage;
    TrunkChanges changes(context.client, TrunkSid(sid));
    return runSingle<Trunk>(
        context, [&](QObject *ctx, const auto &done) { changes.renameTrunk(name, ctx, done); },
        [](const Trunk &t) {
            return std::pair(Exotrunkctl::tr("Renamed: %1.").arg(t.nameAndSid()),
                             oneRow({QStringLiteral("trunk_sid"), QStringLiteral("trunk_name")},
                                    {t.sid.value(), t.name}));
        });
}

int numberMap(const CommandContext &context, const QString &sid, const QString &number,
              const QString &modeText) {
    if (!checked(validate::e164(number)))
        return ExitUsage;
    NewPhoneNumber wanted{number, NumberMode::Default};
    if (!modeText.isEmpty()) {
        const std::optional<NumberMode> mode = numberModeFromWire(modeText);
        if (!mode || *mode == NumberMode::Default) {
            printError(Exotrunkctl::tr("--mode must be pstn or flow."));
            return ExitUsage;
        }
        wanted.mode = *mode;
    }
    TrunkChanges changes(context.client, TrunkSid(sid));
    return runSingle<PhoneNumber>(
        context, [&](QObject *ctx, const auto &done) { changes.mapPhoneNumber(wanted, ctx, done); },
        [](const PhoneNumber &n) {
            return std::pair(Exotrunkctl::tr("Mapped %1 (id %2).").arg(n.number, n.id.value()),
                             oneRow({QStringLiteral("id"), QStringLiteral("phone_number"),
                                     QStringLiteral("mode")},
                                    {n.id.value(), n.number, numberModeToWire(n.mode)}));
        });
}

int numberMode(const CommandContext &context, const QString &sid, const QString &number,
               const QString &modeText) {
    const std::optional<NumberMode> mode = numberModeFromWire(modeText);
    if (!mode || *mode == NumberMode::Default) {
        printError(Exotrunkctl::tr("The mode must be pstn or flow."));
        return ExitUsage;
    }
    int code = ExitOk;
    const auto numbers =
        readSection(context, TrunkSid(sid), &ExotelClient::listPhoneNumbers, &code);
    if (!numbers)
        return code;
    const auto picked = pick(
        *numbers, {number}, [](const PhoneNumber &n) { return n.number; },
        Exotrunkctl::tr("phone number"));
    if (!picked)
        return ExitUsage;
    TrunkChanges changes(context.client, TrunkSid(sid));
    return runSingle<PhoneNumber>(
        context,
        [&](QObject *ctx, const auto &done) {
            changes.changeNumberMode(picked->first(), *mode, ctx, done);
        },
        [](const PhoneNumber &n) {
            return std::pair(
                Exotrunkctl::tr("%1 is now in %2 mode.").arg(n.number, numberModeToWire(n.mode)),
                oneRow(
                    {QStringLiteral("id"), QStringLiteral("phone_number"), QStringLiteral("mode")},
                    {n.id.value(), n.number, numberModeToWire(n.mode)}));
        });
}

int numberRemove(const CommandContext &context, const QString &sid, const QStringList &values) {
    int code = ExitOk;
    const auto numbers =
        readSection(context, TrunkSid(sid), &ExotelClient::listPhoneNumbers, &code);
    if (!numbers)
        return code;
    const auto picked = pick(
        *numbers, values, [](const PhoneNumber &n) { return n.number; },
        Exotrunkctl::tr("phone number"));
    if (!picked)
        return ExitUsage;
    if (!confirmed(context, TrunkChangeTexts::numbersRemoved(*picked)))
        return ExitUsage;
    TrunkChanges changes(context.client, TrunkSid(sid));
    return runRemoval(context, changes, [&] { return changes.removePhoneNumbers(*picked); });
}

int ipAdd(const CommandContext &context, const QString &sid, const QString &text) {
    const QStringList parts = text.split(QLatin1Char('/'));
    NewWhitelistedIp ip{parts.first(), 32};
    if (parts.size() > 2 || !checked(validate::ipv4(ip.ip)))
        return ExitUsage;
    if (parts.size() == 2) {
        bool ok = false;
        ip.mask = parts.at(1).toInt(&ok);
        if (!ok) {
            printError(Exotrunkctl::tr("The mask must be a whole number, 16 to 32."));
            return ExitUsage;
        }
        if (!checked(validate::mask(ip.mask)))
            return ExitUsage;
    }
    TrunkChanges changes(context.client, TrunkSid(sid));
    return runSingle<WhitelistedIp>(
        context, [&](QObject *ctx, const auto &done) { changes.allowIp(ip, ctx, done); },
        [](const WhitelistedIp &added) {
            return std::pair(
                Exotrunkctl::tr("Whitelisted %1 (id %2).").arg(ipText(added), added.id.value()),
                oneRow({QStringLiteral("id"), QStringLiteral("ip"), QStringLiteral("mask")},
                       {added.id.value(), added.ip, QString::number(added.mask)}));
        });
}

int ipRemove(const CommandContext &context, const QString &sid, const QStringList &values) {
    int code = ExitOk;
    const auto ips = readSection(context, TrunkSid(sid), &ExotelClient::listWhitelistedIps, &code);
    if (!ips)
        return code;
    const auto credentials =
        readSection(context, TrunkSid(sid), &ExotelClient::listCredentials, &code);
    if (!credentials)
        return code;
    // "203.0.113.10" or "203.0.113.10/32", as `trunk show` prints it.
    QStringList wanted;
    for (const QString &v : values)
        wanted << (v.contains(QLatin1Char('/')) ? v : v + QStringLiteral("/32"));
    const auto picked = pick(*ips, wanted, ipText, Exotrunkctl::tr("whitelisted IP"));
    if (!picked)
        return ExitUsage;
    if (!confirmed(context, TrunkChangeTexts::ipsRemoved(*picked, *ips, int(credentials->size()))))
        return ExitUsage;
    TrunkChanges changes(context.client, TrunkSid(sid));
    return runRemoval(context, changes, [&] { return changes.removeWhitelistedIps(*picked); });
}

int destinationRemove(const CommandContext &context, const QString &sid,
                      const QStringList &values) {
    int code = ExitOk;
    const auto destinations =
        readSection(context, TrunkSid(sid), &ExotelClient::listDestinationUris, &code);
    if (!destinations)
        return code;
    const auto picked = pick(
        *destinations, values, [](const DestinationUri &d) { return d.destination; },
        Exotrunkctl::tr("destination URI"));
    if (!picked)
        return ExitUsage;
    if (!confirmed(context, TrunkChangeTexts::destinationsRemoved(*picked, *destinations)))
        return ExitUsage;
    TrunkChanges changes(context.client, TrunkSid(sid));
    return runRemoval(context, changes, [&] { return changes.removeDestinationUris(*picked); });
}

int credentialDelete(const CommandContext &context, const QString &sid, const QStringList &values) {
    int code = ExitOk;
    const auto credentials =
        readSection(context, TrunkSid(sid), &ExotelClient::listCredentials, &code);
    if (!credentials)
        return code;
    const auto ips = readSection(context, TrunkSid(sid), &ExotelClient::listWhitelistedIps, &code);
    if (!ips)
        return code;
    const auto picked = pick(
        *credentials, values, [](const Credential &c) { return c.userName; },
        Exotrunkctl::tr("credential"));
    if (!picked)
        return ExitUsage;
    if (!confirmed(context,
                   TrunkChangeTexts::credentialsRemoved(*picked, *credentials, int(ips->size()))))
        return ExitUsage;
    TrunkChanges changes(context.client, TrunkSid(sid));
    return runRemoval(context, changes, [&] { return changes.removeCredentials(*picked); });
}

int aliasSet(const CommandContext &context, const QString &sid, const QString &number) {
    if (!checked(validate::e164(number)))
        return ExitUsage;
    TrunkChanges changes(context.client, TrunkSid(sid));
    return runSingle<TrunkSetting>(
        context,
        [&](QObject *ctx, const auto &done) { changes.setCallerIdAlias(number, ctx, done); },
        [&number](const TrunkSetting &) {
            return std::pair(Exotrunkctl::tr("Outbound calls now show %1.").arg(number),
                             oneRow({QStringLiteral("name"), QStringLiteral("value")},
                                    {QString::fromLatin1(TrunkSetting::ExternalAlias), number}));
        });
}

int aliasRemove(const CommandContext &context, const QString &sid) {
    TrunkChanges changes(context.client, TrunkSid(sid));
    const ApiResult<QList<TrunkSetting>> settings = await<QList<TrunkSetting>>(
        [&](QObject *ctx, const auto &done) { changes.readSettings(ctx, done); });
    if (!settings.isOk())
        return fail(settings.error());
    const std::optional<QString> alias = TrunkChanges::aliasIn(settings.value());
    if (!alias) {
        printError(Exotrunkctl::tr("The trunk has no caller-ID alias: nothing was changed."));
        return ExitUsage;
    }
    if (!confirmed(context, {TrunkChangeTexts::aliasRemoved(*alias)}))
        return ExitUsage;
    return runSingle<TrunkSetting>(
        context, [&](QObject *ctx, const auto &done) { changes.removeCallerIdAlias(ctx, done); },
        [&alias](const TrunkSetting &) {
            return std::pair(Exotrunkctl::tr("Removed the caller-ID alias %1.").arg(*alias),
                             oneRow({QStringLiteral("name"), QStringLiteral("value")},
                                    {QString::fromLatin1(TrunkSetting::ExternalAlias), *alias}));
        });
}

} // namespace exotrunk::ctl
