// exotrunkctl: the console's command-line companion. The same models library, the same saved
// profiles and keychain entries (or EXOTEL_* variables); never a token on the command line.
#include "accounts/accountmanager.h"
#include "api/exotelclient.h"
#include "ctlcommands.h"
#include "ctloutput.h"
#include "ctltext.h"
#include "i18n/translations.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QLoggingCategory>
#include <QTextStream>

#include <memory>
#include <optional>

using namespace exotrunk;
using namespace exotrunk::ctl;

namespace {

QString usageText() {
    return Exotrunkctl::tr(
        "Commands:\n"
        "  profiles                          the saved profiles (* marks the active one)\n"
        "  trunks list                       the account's trunks\n"
        "  trunk show SID                    one trunk with its numbers, IPs, destinations and "
        "credentials\n"
        "  trunk delete SID --confirm NAME   delete a trunk; NAME must be its name\n"
        "  check SID [--purpose KEY]         the readiness check (exit code 1 when a finding "
        "blocks calls)\n"
        "  export SID                        the trunk's configuration as JSON (never a "
        "password)\n"
        "  trunk rename SID NAME             give the trunk another name (its SID stays)\n"
        "  number map SID E164 [--mode M]    map an Exophone to the trunk (M: pstn or flow)\n"
        "  number mode SID E164 pstn|flow    change a mapped number's mode\n"
        "  number remove SID E164...         unmap numbers\n"
        "  ip add SID IP[/MASK]              whitelist an address (mask 16-32, default 32)\n"
        "  ip remove SID IP[/MASK]...        remove whitelisted addresses\n"
        "  destination remove SID URI...     remove destination URIs (as trunk show prints them)\n"
        "  credential delete SID USER...     delete credentials by user name\n"
        "  alias set SID E164                set the caller-ID alias\n"
        "  alias remove SID                  remove the caller-ID alias\n"
        "  probe SID [--timeout SECONDS]     DNS, TCP, TLS and SIP OPTIONS to each destination "
        "URI, "
        "from this computer (exit code 1 when one does not answer; Ctrl+C stops it)\n"
        "\n"
        "Removals say what stops working and need --yes, or \"yes\" typed at a terminal.\n"
        "\n"
        "Profiles: --profile NAME (a saved profile, its token from the system keychain), else "
        "EXOTEL_ACCOUNT_SID, EXOTEL_API_KEY and EXOTEL_API_TOKEN (with --api-url), else the "
        "active profile.\n"
        "Exit codes: 0 ok, 1 failed, 2 usage, 3 partially applied, 4 refused by the server, "
        "5 not reachable.");
}

int listProfiles(const AccountManager &accounts, Format format) {
    Table t{{QStringLiteral("active"), QStringLiteral("id"), QStringLiteral("name"),
             QStringLiteral("account_sid"), QStringLiteral("region")},
            {QString(), Exotrunkctl::tr("Id"), Exotrunkctl::tr("Name"),
             Exotrunkctl::tr("Account SID"), Exotrunkctl::tr("Region")},
            {}};
    const std::optional<AccountProfile> active = accounts.activeProfile();
    for (const AccountProfile &p : accounts.profiles()) {
        const bool isActive = active && active->id == p.id;
        t.rows << QStringList{isActive ? QStringLiteral("*") : QString(), p.id, p.displayName,
                              p.accountSid, regionKey(p.region)};
    }
    QTextStream(stdout) << render(t, format);
    return ExitOk;
}

// The profile the command acts for: --profile, else EXOTEL_*, else the active one.
std::optional<QString> chooseProfile(AccountManager &accounts, const QCommandLineParser &args) {
    if (args.isSet(QStringLiteral("profile"))) {
        const QString wanted = args.value(QStringLiteral("profile"));
        for (const AccountProfile &p : accounts.profiles()) {
            if (p.id == wanted || p.displayName == wanted)
                return p.id;
        }
        printError(Exotrunkctl::tr("No saved profile is called \"%1\".").arg(wanted));
        return std::nullopt;
    }
    const QUrl apiUrl(args.value(QStringLiteral("api-url")));
    const QString fromEnvironment = accounts.adoptEnvironmentProfile(apiUrl);
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    if (args.isSet(QStringLiteral("api-url"))) {
        printError(Exotrunkctl::tr("--api-url needs EXOTEL_ACCOUNT_SID, EXOTEL_API_KEY and "
                                   "EXOTEL_API_TOKEN in the environment."));
        return std::nullopt;
    }
    if (const auto active = accounts.activeProfile())
        return active->id;
    printError(Exotrunkctl::tr("No profile: add one in exotrunk-console, name one with "
                               "--profile, or set EXOTEL_ACCOUNT_SID, EXOTEL_API_KEY and "
                               "EXOTEL_API_TOKEN."));
    return std::nullopt;
}

std::unique_ptr<ExotelClient> clientFor(AccountManager &accounts, const QString &profileId) {
    std::optional<ClientConfig> config;
    SecretResult secret;
    bool answered = false;
    QEventLoop loop;
    accounts.clientConfigFor(profileId, &loop,
                             [&](std::optional<ClientConfig> c, const SecretResult &r) {
                                 config = std::move(c);
                                 secret = r;
                                 answered = true;
                                 loop.quit();
                             });
    if (!answered)
        loop.exec();
    if (!config) {
        printError(secret.message);
        return nullptr;
    }
    return std::make_unique<ExotelClient>(*config);
}

// The commands that change a trunk; nullopt when `words` is none of them.
std::optional<int> dispatchChange(const QStringList &words, const QCommandLineParser &args,
                                  const CommandContext &context) {
    const QString command = words.value(0) + QLatin1Char(' ') + words.value(1);
    const QString sid = words.value(2);
    const QStringList rest = words.mid(3);
    if (words.size() == 4 && command == QLatin1String("trunk rename"))
        return trunkRename(context, sid, rest.first());
    if (words.size() == 4 && command == QLatin1String("number map"))
        return numberMap(context, sid, rest.first(), args.value(QStringLiteral("mode")));
    if (words.size() == 5 && command == QLatin1String("number mode"))
        return numberMode(context, sid, rest.at(0), rest.at(1));
    if (words.size() >= 4 && command == QLatin1String("number remove"))
        return numberRemove(context, sid, rest);
    if (words.size() == 4 && command == QLatin1String("ip add"))
        return ipAdd(context, sid, rest.first());
    if (words.size() >= 4 && command == QLatin1String("ip remove"))
        return ipRemove(context, sid, rest);
    if (words.size() >= 4 && command == QLatin1String("destination remove"))
        return destinationRemove(context, sid, rest);
    if (words.size() >= 4 && command == QLatin1String("credential delete"))
        return credentialDelete(context, sid, rest);
    if (words.size() == 4 && command == QLatin1String("alias set"))
        return aliasSet(context, sid, rest.first());
    if (words.size() == 3 && command == QLatin1String("alias remove"))
        return aliasRemove(context, sid);
    return std::nullopt;
}

int dispatch(const QStringList &words, const QCommandLineParser &args,
             const CommandContext &context) {
    const QString command = words.value(0) + QLatin1Char(' ') + words.value(1);
    if (words.size() == 2 && command == QLatin1String("trunks list"))
        return trunksList(context);
    if (words.size() == 3 && command == QLatin1String("trunk show"))
        return trunkShow(context, words.at(2));
    if (words.size() == 3 && command == QLatin1String("trunk delete")) {
        if (!args.isSet(QStringLiteral("confirm"))) {
            printError(Exotrunkctl::tr("trunk delete needs --confirm with the trunk's name."));
            return ExitUsage;
        }
        return trunkDelete(context, words.at(2), args.value(QStringLiteral("confirm")));
    }
    if (words.size() == 2 && words.first() == QLatin1String("check"))
        return check(context, words.at(1), args.value(QStringLiteral("purpose")));
    if (words.size() == 2 && words.first() == QLatin1String("export"))
        return exportTrunk(context, words.at(1));
    if (const std::optional<int> code = dispatchChange(words, args, context))
        return *code;
    if (words.size() == 2 && words.first() == QLatin1String("probe")) {
        int seconds = 5;
        if (args.isSet(QStringLiteral("timeout"))) {
            bool ok = false;
            seconds = args.value(QStringLiteral("timeout")).toInt(&ok);
            if (!ok)
                seconds = 0;
        }
        if (seconds < 1 || seconds > 60) {
            printError(Exotrunkctl::tr("--timeout must be a whole number of seconds, 1 to 60."));
            return ExitUsage;
        }
        return probe(context, words.at(1), seconds * 1000);
    }
    printError(Exotrunkctl::tr("Unknown command \"%1\"; see --help.").arg(words.join(u' ')));
    return ExitUsage;
}

} // namespace

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    // The console's identity, so that both read the same saved profiles.
    QCoreApplication::setOrganizationName(QStringLiteral("Exotrunk"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("exotrunk.app"));
    QCoreApplication::setApplicationName(QStringLiteral("exotrunk-console"));
    QCoreApplication::setApplicationVersion(QStringLiteral(EXOTRUNK_VERSION));
    // Standard error is for what went wrong; the client's own account of each request only when
    // asked for (decided before anything logs, the translations included).
    if (!QCoreApplication::arguments().contains(QStringLiteral("--verbose")))
        QLoggingCategory::setFilterRules(
            QStringLiteral("exotrunk.*.debug=false\nexotrunk.*.info=false"));
    // Messages and --help in the system language (LANG / LC_ALL), as the console's window.
    installTranslations(app, {});

    QCommandLineParser args;
    args.setApplicationDescription(
        Exotrunkctl::tr("Script what Exotrunk Console does with Exotel SIP trunks.") +
        QStringLiteral("\n\n") + usageText());
    args.addHelpOption();
    args.addVersionOption();
    args.addOptions({
        {QStringLiteral("profile"), Exotrunkctl::tr("Saved profile (name or id) to act for."),
         QStringLiteral("name")},
        {QStringLiteral("api-url"),
         Exotrunkctl::tr("Exotel-compatible server for the EXOTEL_* profile."),
         QStringLiteral("url")},
        {QStringLiteral("json"), Exotrunkctl::tr("Print JSON.")},
        {QStringLiteral("verbose"),
         Exotrunkctl::tr("Print what the client does on standard error (never a token).")},
        {QStringLiteral("csv"), Exotrunkctl::tr("Print CSV.")},
        {QStringLiteral("confirm"), Exotrunkctl::tr("The trunk's name, to confirm a delete."),
         QStringLiteral("name")},
        {QStringLiteral("yes"), Exotrunkctl::tr("Confirm a removal without asking (for scripts).")},
        {QStringLiteral("mode"), Exotrunkctl::tr("For number map: pstn or flow."),
         QStringLiteral("mode")},
        {QStringLiteral("timeout"),
         Exotrunkctl::tr("For probe: the limit of each step (DNS, connect, TLS, OPTIONS), in "
                         "seconds; default 5."),
         QStringLiteral("seconds")},
        {QStringLiteral("purpose"),
         Exotrunkctl::tr("What the trunk is for, for check: outbound_pstn, inbound_pstn, both, "
                         "voice_ai_inbound, voice_ai_outbound."),
         QStringLiteral("key")},
    });
    args.addPositionalArgument(QStringLiteral("command"), Exotrunkctl::tr("See Commands above."));
    if (!args.parse(QCoreApplication::arguments())) {
        printError(args.errorText());
        return ExitUsage;
    }
    if (args.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << args.helpText();
        return ExitOk;
    }
    if (args.isSet(QStringLiteral("version"))) {
        QTextStream(stdout) << "exotrunkctl " << QCoreApplication::applicationVersion() << Qt::endl;
        return ExitOk;
    }
    const QStringList words = args.positionalArguments();
    if (words.isEmpty()) {
        printError(Exotrunkctl::tr("No command; see --help."));
        return ExitUsage;
    }
    if (args.isSet(QStringLiteral("json")) && args.isSet(QStringLiteral("csv"))) {
        printError(Exotrunkctl::tr("--json and --csv exclude each other."));
        return ExitUsage;
    }
    const Format format = args.isSet(QStringLiteral("json"))  ? Format::Json
                          : args.isSet(QStringLiteral("csv")) ? Format::Csv
                                                              : Format::Table;
    AccountManager accounts;
    if (words == QStringList{QStringLiteral("profiles")})
        return listProfiles(accounts, format);
    const std::optional<QString> profileId = chooseProfile(accounts, args);
    if (!profileId)
        return ExitUsage;
    const std::unique_ptr<ExotelClient> client = clientFor(accounts, *profileId);
    if (!client)
        return ExitFailed;
    return dispatch(
        words, args,
        CommandContext{client.get(), *profileId, format, args.isSet(QStringLiteral("yes"))});
}
