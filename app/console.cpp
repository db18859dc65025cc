#include "console.h"

#include "accounts/accountdialog.h"
#include "accounts/profileswitcher.h"
#include "api/exotelclient.h"
#include "sandboxserver.h"
#include "trunklistmodel.h"
#include "wizard/trunkwizard.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QProcessEnvironment>

namespace exotrunk {

namespace {
Q_LOGGING_CATEGORY(lcApp, "exotrunk.app")
}

Console::Console(const CommandLineOptions &options)
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

Console::~Console() {
    // The window goes first so nothing it shows refers to the client or the sandbox.
    m_window.clearConnection();
}

// Decides where to connect: --sandbox; EXOTEL_* (with --api-url) as a transient profile;
// otherwise the sandbox, with the way to add a real account in its banner.
bool Console::start(QString *error) {
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

bool Console::connectSandbox() {
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

void Console::connectTo(const ClientConfig &config, const ui::ConnectionInfo &info,
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
void Console::openTrunkWizard() {
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
    QObject::connect(wizard, &TrunkWizard::trunkCreated, &m_window, [this](const TrunkSid &sid) {
        m_window.trunkListModel()->openTrunkById(sid);
    });
    wizard->open();
}

void Console::addAccount() {
    auto *dialog = new AccountDialog(&m_accounts, makeExotelVerifier(), &m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(dialog, &AccountDialog::profileSaved, &m_window, [this](const QString &id) {
        if (m_accounts.activeProfileId() == id)
            connectProfile(id);
        else
            m_accounts.setActiveProfile(id);
    });
    dialog->open();
}

void Console::connectProfile(const QString &id) {
    m_accounts.clientConfigFor(
        id, &m_window, [this, id](std::optional<ClientConfig> config, const SecretResult &result) {
            const std::optional<AccountProfile> profile = m_accounts.profile(id);
            if (!config || !profile) {
                QMessageBox::warning(
                    &m_window, QCoreApplication::translate("Console", "Account"),
                    result.message.isEmpty()
                        ? QCoreApplication::translate("Console", "The account could not be opened.")
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

} // namespace exotrunk
