#include "ctlcommands.h"

#include "api/exotelclient.h"
#include "ctlsupport.h"
#include "ctltext.h"
#include "diagnostics/readiness.h"
#include "workflows/trunkchanges.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <optional>

namespace exotrunk::ctl {

namespace {

Table trunkTable(const QList<Trunk> &trunks) {
    Table t{{QStringLiteral("trunk_sid"), QStringLiteral("trunk_name"),
             QStringLiteral("domain_name"), QStringLiteral("status"),
             QStringLiteral("date_created")},
            {Exotrunkctl::tr("Trunk SID"), Exotrunkctl::tr("Name"), Exotrunkctl::tr("Domain"),
             Exotrunkctl::tr("Status"), Exotrunkctl::tr("Created (UTC)")},
            {}};
    for (const Trunk &trunk : trunks)
        t.rows << QStringList{trunk.sid.value(), trunk.name, trunk.domainName, trunk.status,
                              timestamp(trunk.created)};
    return t;
}

// A trunk and its four sections; a section that fails makes the whole read fail, so nothing
// is judged or exported from half the data.
struct LoadedTrunk {
    Trunk trunk;
    QList<PhoneNumber> numbers;
    QList<WhitelistedIp> ips;
    QList<DestinationUri> destinations;
    QList<Credential> credentials;
};

// The four sections are read at once (each is one request, or one per page); the first error
// is kept.
std::optional<LoadedTrunk> loadTrunk(ExotelClient *client, const QString &sidText,
                                     ApiError *error) {
    const TrunkSid sid(sidText);
    const ApiResult<Trunk> trunk =
        await<Trunk>([&](QObject *ctx, const auto &done) { client->getTrunk(sid, ctx, done); });
    if (!trunk.isOk()) {
        *error = trunk.error();
        return std::nullopt;
    }
    LoadedTrunk loaded;
    loaded.trunk = trunk.value();
    QEventLoop loop;
    int pending = 4;
    std::optional<ApiError> firstError;
    auto into = [&](auto *out) {
        return [&, out](const auto &result) {
            if (result.isOk())
                *out = result.value();
            else if (!firstError)
                firstError = result.error();
            if (--pending == 0)
                loop.quit();
        };
    };
    client->listPhoneNumbers(sid, &loop, into(&loaded.numbers));
    client->listWhitelistedIps(sid, &loop, into(&loaded.ips));
    client->listDestinationUris(sid, &loop, into(&loaded.destinations));
    client->listCredentials(sid, &loop, into(&loaded.credentials));
    if (pending > 0)
        loop.exec();
    if (firstError) {
        *error = *firstError;
        return std::nullopt;
    }
    return loaded;
}

QString severityName(Severity severity) {
    switch (severity) {
    case Severity::BlocksCalls:
        return Exotrunkctl::tr("blocks calls");
    case Severity::Risky:
        return Exotrunkctl::tr("risky");
    case Severity::Note:
        return Exotrunkctl::tr("note");
    }
    return {};
}

} // namespace

int trunksList(const CommandContext &context) {
    const ApiResult<QList<Trunk>> r = await<QList<Trunk>>(
        [&](QObject *ctx, const auto &done) { context.client->listTrunks(ctx, done); });
    if (!r.isOk())
        return fail(r.error());
    for (const QString &skipped : r.skippedItems())
        printError(skipped);
    print(render(trunkTable(r.value()), context.format));
    return ExitOk;
}

int trunkShow(const CommandContext &context, const QString &sid) {
    ApiError error;
    const std::optional<LoadedTrunk> loaded = loadTrunk(context.client, sid, &error);
    if (!loaded)
        return fail(error);
    const Trunk &t = loaded->trunk;
    Table record{{QStringLiteral("trunk_sid"), QStringLiteral("trunk_name"),
                  QStringLiteral("domain_name"), QStringLiteral("status"),
                  QStringLiteral("auth_type"), QStringLiteral("phone_numbers"),
                  QStringLiteral("whitelisted_ips"), QStringLiteral("destination_uris"),
                  QStringLiteral("credentials")},
                 {Exotrunkctl::tr("Trunk SID"), Exotrunkctl::tr("Name"), Exotrunkctl::tr("Domain"),
                  Exotrunkctl::tr("Status"), Exotrunkctl::tr("Auth type"),
                  Exotrunkctl::tr("Phone numbers"), Exotrunkctl::tr("Whitelisted IPs"),
                  Exotrunkctl::tr("Destination URIs"), Exotrunkctl::tr("Credentials")},
                 {}};
    QStringList numbers, ips, destinations, users;
    for (const PhoneNumber &n : loaded->numbers)
        numbers << n.number + QLatin1Char(' ') + numberModeToWire(n.mode);
    for (const WhitelistedIp &ip : loaded->ips)
        ips << ip.ip + QLatin1Char('/') + QString::number(ip.mask);
    for (const DestinationUri &d : loaded->destinations)
        destinations << d.destination;
    for (const Credential &c : loaded->credentials)
        users << c.userName;
    const QString sep = QStringLiteral("; ");
    record.rows << QStringList{
        t.sid.value(),     t.displayName(), t.domainName,           t.status,       t.authType,
        numbers.join(sep), ips.join(sep),   destinations.join(sep), users.join(sep)};
    print(renderRecord(record, context.format));
    return ExitOk;
}

int trunkDelete(const CommandContext &context, const QString &sid, const QString &confirmName) {
    const ApiResult<Trunk> trunk = await<Trunk>([&](QObject *ctx, const auto &done) {
        context.client->getTrunk(TrunkSid(sid), ctx, done);
    });
    if (!trunk.isOk())
        return fail(trunk.error());
    // The name typed on the command line must be the trunk's, exactly: a SID pasted from the
    // wrong row never deletes another customer's trunk.
    if (confirmName != trunk.value().name) {
        printError(
            Exotrunkctl::tr("--confirm must be the trunk's name, \"%1\": nothing was deleted.")
                .arg(trunk.value().name));
        return ExitUsage;
    }
    TrunkChanges changes(context.client, TrunkSid(sid));
    const ApiResult<Trunk> deleted =
        await<Trunk>([&](QObject *ctx, const auto &done) { changes.deleteTrunk(ctx, done); });
    if (!deleted.isOk())
        return fail(deleted.error());
    if (context.format == Format::Table)
        print(Exotrunkctl::tr("Deleted %1 (%2), with its numbers, IPs and destinations.\n")
                  .arg(trunk.value().displayName(), sid));
    else
        print(renderRecord(trunkTable({deleted.value()}), context.format));
    return ExitOk;
}

int check(const CommandContext &context, const QString &sid, const QString &purposeKey) {
    ApiError error;
    const std::optional<LoadedTrunk> loaded = loadTrunk(context.client, sid, &error);
    if (!loaded)
        return fail(error);
    TrunkConfiguration config;
    config.trunk = loaded->trunk;
    config.numbers = loaded->numbers;
    config.whitelistedIps = loaded->ips;
    config.destinations = loaded->destinations;
    config.credentials = loaded->credentials;
    std::optional<TrunkPurpose> purpose;
    if (!purposeKey.isEmpty()) {
        purpose = TrunkPurpose::fromKey(purposeKey);
        if (!purpose) {
            printError(Exotrunkctl::tr("Unknown purpose \"%1\".").arg(purposeKey));
            return ExitUsage;
        }
    } else if (!context.profileId.isEmpty()) {
        purpose = PurposeMemory::remembered(context.profileId, TrunkSid(sid));
    }
    if (!purpose)
        purpose = proposePurpose(config);
    const QList<ReadinessFinding> findings = evaluateReadiness(config, *purpose);
    Table t{{QStringLiteral("severity"), QStringLiteral("rule"), QStringLiteral("reason"),
             QStringLiteral("section")},
            {Exotrunkctl::tr("Severity"), Exotrunkctl::tr("Rule"), Exotrunkctl::tr("Reason"),
             Exotrunkctl::tr("Section")},
            {}};
    bool blocked = false;
    for (const ReadinessFinding &f : findings) {
        QString reason = f.reason;
        const QString subjects = f.subjects.join(QStringLiteral(", ")).trimmed();
        if (!subjects.isEmpty())
            reason += QStringLiteral(" (") + subjects + QLatin1Char(')');
        t.rows << QStringList{severityName(f.severity), f.ruleId, reason, f.docSection};
        blocked = blocked || f.severity == Severity::BlocksCalls;
    }
    if (context.format == Format::Table)
        print(Exotrunkctl::tr("Purpose: %1\n").arg(purpose->title()));
    print(render(t, context.format));
    return blocked ? ExitFailed : ExitOk;
}

int exportTrunk(const CommandContext &context, const QString &sid) {
    ApiError error;
    const std::optional<LoadedTrunk> loaded = loadTrunk(context.client, sid, &error);
    if (!loaded)
        return fail(error);
    QJsonArray numbers, ips, destinations, credentials;
    for (const PhoneNumber &n : loaded->numbers)
        numbers.append(QJsonObject{{QStringLiteral("phone_number"), n.number},
                                   {QStringLiteral("mode"), numberModeToWire(n.mode)}});
    for (const WhitelistedIp &ip : loaded->ips)
        ips.append(QJsonObject{{QStringLiteral("ip"), ip.ip}, {QStringLiteral("mask"), ip.mask}});
    for (const DestinationUri &d : loaded->destinations)
        destinations.append(QJsonObject{{QStringLiteral("destination"), d.destination},
                                        {QStringLiteral("priority"), d.priority},
                                        {QStringLiteral("weight"), d.weight}});
    for (const Credential &c : loaded->credentials)
        credentials.append(QJsonObject{{QStringLiteral("user_name"), c.userName},
                                       {QStringLiteral("friendly_name"), c.friendlyName}});
    const QJsonObject document{{QStringLiteral("trunk_name"), loaded->trunk.name},
                               {QStringLiteral("phone_numbers"), numbers},
                               {QStringLiteral("whitelisted_ips"), ips},
                               {QStringLiteral("destination_uris"), destinations},
                               {QStringLiteral("credentials"), credentials}};
    print(QString::fromUtf8(QJsonDocument(document).toJson(QJsonDocument::Indented)));
    return ExitOk;
}

} // namespace exotrunk::ctl
