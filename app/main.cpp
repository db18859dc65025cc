#include "about/applicationicon.h"
#include "about/translations.h"
#include "accounts/accountdialog.h"
#include "accounts/accountmanager.h"
#include "accounts/profileswitcher.h"
#include "api/exotelclient.h"
#include "commandline.h"
#include "knowntrunksstore.h"
#include "mainwindow.h"
#include "sandboxserver.h"
#include "trunklistmodel.h"
#include "wizard/trunkwizard.h"
#include "workflows/provisioningjournal.h"

#include <QApplication>
#include <QCoreApplication>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QProcessEnvironment>
#include <QTextStream>

#include <cstdio>
#include <memory>

using namespace exotrunk;

namespace {

void setApplicationIdentity() {
    QCoreApplication::setOrganizationName(QStringLiteral("Exotrunk"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("exotrunk.app"));
    QCoreApplication::setApplicationName(QStringLiteral("exotrunk-console"));
    QCoreApplication::setApplicationVersion(QStringLiteral(EXOTRUNK_VERSION));
}

bool wantsHeadlessServer(int argc, char **argv) {
    for (int i = 1; i < argc; ++i) {
        if (qstrcmp(argv[i], "--sandbox-server") == 0)
            return true;
    }
    return false;
}

int runSandboxServer(const CommandLineOptions &options) {
    sandbox::SandboxOptions sandboxOptions;
    sandboxOptions.accountSid = options.sandboxAccountSid;
    sandboxOptions.apiKey = options.sandboxApiKey;
    sandboxOptions.apiToken = options.sandboxApiToken;
    sandboxOptions.latencyMs = options.sandboxLatencyMs;
    sandboxOptions.failureRate = options.sandboxFailureRate;
    sandboxOptions.requestsPerMinute = options.sandboxRateLimit;
    sandboxOptions.extraTrunks = options.sandboxSeedTrunks;

    sandbox::SandboxServer server(sandboxOptions);
    QTextStream out(stdout);
    if (!server.start(options.port)) {
        QTextStream(stderr) << "exotrunk-console: " << server.errorString() << Qt::endl;
        return 1;
    }
    const bool defaultToken = options.sandboxApiToken == CommandLineOptions().sandboxApiToken;
    out << "Sandbox listening on " << server.baseUrl().toString() << Qt::endl
        << "Account SID: " << sandboxOptions.accountSid << Qt::endl
        << "API key:     " << sandboxOptions.apiKey << Qt::endl
        << "API token:   "
        << (defaultToken ? sandboxOptions.apiToken : QStringLiteral("(as given)")) << Qt::endl
        << "Try: curl -u " << sandboxOptions.apiKey << ":"
        << (defaultToken ? sandboxOptions.apiToken : QStringLiteral("<token>")) << " "
        << server.baseUrl().toString() << "/v2/accounts/" << sandboxOptions.accountSid << "/trunks"
        << Qt::endl;
    return QCoreApplication::exec();
}

Q_LOGGING_CATEGORY(lcApp, "exotrunk.app")

// The composition root of the window: which server the console talks to, the client for it
// and what the window shows. Owns the embedded sandbox when one runs.
class Console {
public:
    explicit Console(const CommandLineOptions &options)
        : m_options(options) {
        QObject::connect(&m_window, &ui::MainWindow::exploreSandboxRequested, &m_window,
                         [this] { connectSandbox(); });
        QObject::connect(&m_window, &ui::MainWindow::addAccountRequested, &m_window,
                         [this] { addAccount(); });
        QObject::connect(&m_window, &ui::MainWindow::manageAccountsRequested, &m_window,
                         [this] { addAccount(); });
        QObject::connect(&m_window, &ui::MainWindow::createTrunkRequested, &m_window,
                         [this] { openTrunkWizard(); });
        m_window.setProfileSwitcher(new ProfileSwitcher(&m_accounts, makeExotelVerifier()));
        // Switching profiles replaces the client; setConnection cancels the old one's calls.
        QObject::connect(&m_accounts, &AccountManager::activeProfileChanged, &m_window,
                         [this](const QString &id) { connectProfile(id); });
    }

    ~Console() {
        // The window goes first so nothing it shows refers to the client or the sandbox.
        m_window.clearConnection();
    }

    ui::MainWindow &window() { return m_window; }

    // Decides where to connect: --sandbox; EXOTEL_* (with --api-url) as a transient profile;
    // otherwise the sandbox, with the way to add a real account in its banner.
    bool start(QString *error) {
        if (m_options.mode == CommandLineOptions::Mode::SandboxConsole)
            return connectSandbox();
        const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        const QString accountSid = env.value(QStringLiteral("EXOTEL_ACCOUNT_SID"));
        const QString apiKey = env.value(QStringLiteral("EXOTEL_API_KEY"));
        const QString apiToken = env.value(QStringLiteral("EXOTEL_API_TOKEN"));
        const bool envProfile = !accountSid.isEmpty() && !apiKey.isEmpty() && !apiToken.isEmpty();
        if (envProfile) {
            ClientConfig config;
            config.baseUrl =
                m_options.apiUrl.isValid() ? m_options.apiUrl : regionBaseUrl(Region::Mumbai);
            config.accountSid = accountSid;
            config.apiKey = apiKey;
            config.apiToken = apiToken;
            ui::ConnectionInfo info;
            info.profileId = QStringLiteral("environment");
            info.profileName =
                QCoreApplication::translate("Console", "%1 (from environment)").arg(accountSid);
            info.regionLabel = m_options.apiUrl.isValid() ? m_options.apiUrl.host()
                                                          : regionDisplayName(Region::Mumbai);
            info.accountSid = accountSid;
            // Never persisted: neither the profile nor the trunks it opens.
            connectTo(config, info, KnownTrunksStore::Persistence::MemoryOnly);
            return true;
        }
        if (m_options.apiUrl.isValid()) {
            *error = QCoreApplication::translate(
                "Console", "--api-url needs EXOTEL_ACCOUNT_SID, EXOTEL_API_KEY and "
                           "EXOTEL_API_TOKEN in the environment.");
            return false;
        }
        if (const std::optional<AccountProfile> active = m_accounts.activeProfile()) {
            connectProfile(active->id);
            return true;
        }
        // No account yet: open on the sandbox so there is something to explore at once.
        if (!connectSandbox())
            m_window.showWelcome(
                QCoreApplication::translate("Console", "The sandbox could not start: %1")
                    .arg(m_sandboxError));
        return true;
    }

private:
    bool connectSandbox() {
        if (!m_sandbox) {
            sandbox::SandboxOptions sandboxOptions;
            sandboxOptions.accountSid = m_options.sandboxAccountSid;
            sandboxOptions.apiKey = m_options.sandboxApiKey;
            sandboxOptions.apiToken = m_options.sandboxApiToken;
            sandboxOptions.latencyMs = m_options.sandboxLatencyMs;
            sandboxOptions.failureRate = m_options.sandboxFailureRate;
            sandboxOptions.requestsPerMinute = m_options.sandboxRateLimit;
            sandboxOptions.extraTrunks = m_options.sandboxSeedTrunks;
            auto server = std::make_unique<sandbox::SandboxServer>(sandboxOptions);
            if (!server->start(0)) {
                m_sandboxError = server->errorString();
                qCWarning(lcApp).noquote() << "sandbox did not start:" << m_sandboxError;
                return false;
            }
            m_sandbox = std::move(server);
            qCInfo(lcApp).noquote() << "sandbox listening on" << m_sandbox->baseUrl().toString();
        }
        ClientConfig config;
        config.baseUrl = m_sandbox->baseUrl();
        config.accountSid = m_sandbox->options().accountSid;
        config.apiKey = m_sandbox->options().apiKey;
        config.apiToken = m_sandbox->options().apiToken;
        config.requestsPerMinute = m_sandbox->options().requestsPerMinute;
        ui::ConnectionInfo info;
        info.profileId = QStringLiteral("sandbox");
        info.profileName = QCoreApplication::translate("Console", "Sandbox");
        info.regionLabel = QCoreApplication::translate("Console", "Sandbox (this computer)");
        info.accountSid = config.accountSid;
        info.sandbox = true;
        connectTo(config, info, KnownTrunksStore::Persistence::MemoryOnly);
        return true;
    }

    void connectTo(const ClientConfig &config, const ui::ConnectionInfo &info,
                   KnownTrunksStore::Persistence persistence) {
        // The window lets go of the old client (cancelling its calls) before it is destroyed.
        auto client = std::make_unique<ExotelClient>(config);
        auto known = std::make_unique<KnownTrunksStore>(info.profileId, persistence);
        m_window.setConnection(client.get(), known.get(), info);
        m_connection = info;
        m_client = std::move(client);
        m_known = std::move(known);
    }

    // Ctrl+N: the guided wizard. Its plan is journalled per profile, so a closed window can
    // be resumed; the new trunk joins the list as soon as it exists.
    void openTrunkWizard() {
        if (!m_client)
            return;
        ProvisioningContext context;
        context.profileId = m_connection.profileId;
        context.accountSid = m_connection.accountSid;
        TrunkListModel *list = m_window.trunkListModel();
        for (int row = 0; row < list->rowCount(); ++row)
            context.existingTrunkNames.append(list->trunkAt(row).name);
        auto *wizard = new TrunkWizard(m_client.get(), &m_journal, context, &m_window);
        wizard->setAttribute(Qt::WA_DeleteOnClose);
        QObject::connect(
            wizard, &TrunkWizard::trunkCreated, &m_window,
            [this](const TrunkSid &sid) { m_window.trunkListModel()->openTrunkById(sid); });
        wizard->open();
    }

    void addAccount() {
        auto *dialog = new AccountDialog(&m_accounts, makeExotelVerifier(), &m_window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        QObject::connect(dialog, &AccountDialog::profileSaved, &m_window,
                         [this](const QString &id) {
                             if (m_accounts.activeProfileId() == id)
                                 connectProfile(id);
                             else
                                 m_accounts.setActiveProfile(id);
                         });
        dialog->open();
    }

    void connectProfile(const QString &id) {
        m_accounts.clientConfigFor(
            id, &m_window,
            [this, id](std::optional<ClientConfig> config, const SecretResult &result) {
                const std::optional<AccountProfile> profile = m_accounts.profile(id);
                if (!config || !profile) {
                    QMessageBox::warning(&m_window,
                                         QCoreApplication::translate("Console", "Account"),
                                         result.message.isEmpty()
                                             ? QCoreApplication::translate(
                                                   "Console", "The account could not be opened.")
                                             : result.message);
                    return;
                }
                ui::ConnectionInfo info;
                info.profileId = profile->id;
                info.profileName = profile->displayName;
                info.regionLabel = profile->regionLabel();
                info.accountSid = profile->accountSid;
                connectTo(*config, info,
                          profile->transient ? KnownTrunksStore::Persistence::MemoryOnly
                                             : KnownTrunksStore::Persistence::Settings);
            });
    }

    CommandLineOptions m_options;
    AccountManager m_accounts;
    ProvisioningJournal m_journal; // outlives the window and its wizards
    ui::ConnectionInfo m_connection;
    ui::MainWindow m_window;
    std::unique_ptr<sandbox::SandboxServer> m_sandbox;
    QString m_sandboxError;
    std::unique_ptr<ExotelClient> m_client;
    std::unique_ptr<KnownTrunksStore> m_known;
};

} // namespace

int main(int argc, char *argv[]) {
    std::unique_ptr<QCoreApplication> app;
    if (wantsHeadlessServer(argc, argv))
        app = std::make_unique<QCoreApplication>(argc, argv);
    else
        app = std::make_unique<QApplication>(argc, argv);
    setApplicationIdentity();

    const CommandLineParse parsed = parseCommandLine(QCoreApplication::arguments());
    if (!parsed.options) {
        QTextStream(stderr) << "exotrunk-console: " << parsed.error << Qt::endl;
        return 2;
    }
    const CommandLineOptions &options = *parsed.options;
    const TranslationSetup translation = installTranslations(*app, options.language);
    if (!translation.warning.isEmpty())
        QTextStream(stderr) << "exotrunk-console: " << translation.warning << Qt::endl;
    if (options.mode == CommandLineOptions::Mode::SandboxServer)
        return runSandboxServer(options);
    QGuiApplication::setDesktopFileName(applicationId());
    QApplication::setWindowIcon(applicationIcon());

    Console console(options);
    QString error;
    if (!console.start(&error)) {
        QTextStream(stderr) << "exotrunk-console: " << error << Qt::endl;
        return 2;
    }
    console.window().show();
    return QCoreApplication::exec();
}
