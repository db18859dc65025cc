#include "console.h"

#include "about/applicationicon.h"
#include "accounts/accountdialog.h"
#include "accounts/profilerecords.h"
#include "accounts/profileswitcher.h"
#include "api/exotelclient.h"
#include "createtrunk/createtrunkdialog.h"
#include "sandboxserver.h"
#include "trunkdetails/trunkdetailspage.h"
#include "trunkdetailsmodels.h"
#include "trunklistmodel.h"
#include "wizard/finishsetupdialog.h"
#include "wizard/trunkwizard.h"
#include "workflows/provisioningengine.h"
#include "workflows/trunkwizardcontroller.h"

#include <QApplication>
#include <QCoreApplication>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QTextStream>
#include <QTimer>

#include <functional>

namespace exotrunk {

sandbox::SandboxOptions sandboxOptionsFor(const CommandLineOptions &options) {
    sandbox::SandboxOptions sandboxOptions;
    sandboxOptions.accountSid = options.sandboxAccountSid;
    sandboxOptions.apiKey = options.sandboxApiKey;
    sandboxOptions.apiToken = options.sandboxApiToken;
    sandboxOptions.latencyMs = options.sandboxLatencyMs;
    sandboxOptions.failureRate = options.sandboxFailureRate;
    sandboxOptions.requestsPerMinute = options.sandboxRateLimit;
    sandboxOptions.extraTrunks = options.sandboxSeedTrunks;
    sandboxOptions.referenceOnly = options.sandboxReferenceOnly;
    return sandboxOptions;
}

namespace {
Q_LOGGING_CATEGORY(lcApp, "exotrunk.app")
}

Console::Console(const CommandLineOptions &options)
    : m_options(options) {
    // The sandbox is never saved: what the console records about its trunks stays in memory.
    ProfileRecords::setVolatile(QStringLiteral("sandbox"));
    QObject::connect(&m_window, &ui::MainWindow::exploreSandboxRequested, &m_window,
                     [this] { connectSandbox(); });
    QObject::connect(&m_window, &ui::MainWindow::addAccountRequested, &m_window,
                     [this] { addAccount(); });
    QObject::connect(&m_window, &ui::MainWindow::manageAccountsRequested, &m_window,
                     [this] { m_switcher->showAccountsMenu(); });
    QObject::connect(&m_window, &ui::MainWindow::createTrunkRequested, &m_window,
                     [this] { openCreateForm(); });
    QObject::connect(&m_window, &ui::MainWindow::guidedSetupRequested, &m_window,
                     [this] { openTrunkWizard(); });
    QObject::connect(&m_window, &ui::MainWindow::trunkOpened, &m_window,
                     [this](const TrunkSid &sid) { updateSetupBanner(sid); });
    QObject::connect(&m_window, &ui::MainWindow::finishSetupRequested, &m_window,
                     [this](const TrunkSid &sid) { openFinishSetup(sid); });
    PhoneNumbersModel *numbers = m_window.detailsController()->phoneNumbers();
    QObject::connect(numbers, &SectionModel::stateChanged, &m_window, [this, numbers] {
        QStringList seen;
        for (const PhoneNumber &p : numbers->items())
            seen << p.number;
        rememberNumbers(seen);
    });
    m_switcher = new ProfileSwitcher(&m_accounts, makeExotelVerifier());
    m_window.setProfileSwitcher(m_switcher);
    // Switching profiles replaces the client; setConnection cancels the old one's calls.
    QObject::connect(&m_accounts, &AccountManager::activeProfileChanged, &m_window,
                     [this](const QString &id) { switchTo(id); });
    // An edit of the connected profile shows at once: a new name or region in the toolbar, a new
    // server, key or token through a new client.
    QObject::connect(&m_accounts, &AccountManager::profilesChanged, &m_window, [this] {
        const std::optional<AccountProfile> p = m_accounts.profile(m_connection.profileId);
        if (!p || (p->displayName == m_connection.profileName &&
                   p->regionLabel() == m_connection.regionLabel))
            return;
        m_connection.profileName = p->displayName;
        m_connection.regionLabel = p->regionLabel();
        m_window.updateConnectionInfo(m_connection);
    });
    QObject::connect(&m_accounts, &AccountManager::credentialsChanged, &m_window,
                     [this](const QString &id) {
                         if (id == m_accounts.activeProfileId())
                             switchTo(id);
                     });
}

Console::~Console() {
    // The window goes first so nothing it shows refers to the client or the sandbox.
    m_window.clearConnection();
}

namespace {

// Runs `then` from the event loop once `window` has been painted (or after a second, should it
// never be, e.g. when shown minimised), then removes itself.
class AfterFirstPaint : public QObject {
public:
    AfterFirstPaint(QWidget *window, std::function<void()> then)
        : QObject(window)
        , m_then(std::move(then)) {
        window->installEventFilter(this);
        m_fallback.setSingleShot(true);
        connect(&m_fallback, &QTimer::timeout, this, &AfterFirstPaint::fire);
        m_fallback.start(1000);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override {
        if (event->type() == QEvent::Paint)
            QTimer::singleShot(0, this, &AfterFirstPaint::fire);
        return QObject::eventFilter(watched, event);
    }

private:
    void fire() {
        if (m_fired)
            return;
        m_fired = true;
        parent()->removeEventFilter(this);
        m_fallback.stop();
        m_then();
        deleteLater();
    }

    std::function<void()> m_then;
    QTimer m_fallback;
    bool m_fired = false;
};

} // namespace

// Decides where to connect: --sandbox; EXOTEL_* (with --api-url) as a transient profile;
// otherwise the sandbox, with the way to add a real account in its banner.
bool Console::start(QString *error, Timing timing) {
    // The window icon is an SVG: reading it loads the SVG icon engine and Qt SVG. The window's
    // own first paint does not show it (a window manager draws it, a moment later).
    if (timing == Timing::AfterFirstPaint)
        new AfterFirstPaint(&m_window, [] { QApplication::setWindowIcon(applicationIcon()); });
    else
        QApplication::setWindowIcon(applicationIcon());
    if (m_options.mode == CommandLineOptions::Mode::SandboxConsole) {
        if (timing == Timing::Now)
            return connectSandbox();
        connectSandboxAfterFirstPaint(true);
        return true;
    }
    // A transient profile the account manager knows: listed and shown active in the switcher,
    // its token in memory, nothing about it (nor the trunks it opens) ever written.
    if (!m_accounts.adoptEnvironmentProfile(m_options.apiUrl).isEmpty())
        return true;
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
    if (timing == Timing::AfterFirstPaint) {
        connectSandboxAfterFirstPaint(false);
        return true;
    }
    if (!connectSandbox())
        m_window.showWelcome(
            QCoreApplication::translate("Console", "The sandbox could not start: %1")
                .arg(m_sandboxError));
    return true;
}

void Console::connectSandboxAfterFirstPaint(bool required) {
    ui::ConnectionInfo info;
    info.profileId = QStringLiteral("sandbox");
    info.profileName = QCoreApplication::translate("Console", "Sandbox");
    info.regionLabel = QCoreApplication::translate("Console", "Sandbox (this computer)");
    info.accountSid = m_options.sandboxAccountSid;
    info.sandbox = true;
    m_window.showConnecting(info);
    new AfterFirstPaint(&m_window, [this, required] {
        if (m_client || connectSandbox())
            return; // a profile chosen meanwhile keeps its connection
        if (required) {
            QTextStream(stderr) << "exotrunk-console: " << m_sandboxError << Qt::endl;
            QCoreApplication::exit(2);
            return;
        }
        m_window.showWelcome(
            QCoreApplication::translate("Console", "The sandbox could not start: %1")
                .arg(m_sandboxError));
    });
}

bool Console::connectSandbox() {
    if (!m_sandbox) {
        auto server = std::make_unique<sandbox::SandboxServer>(sandboxOptionsFor(m_options));
        if (!server->start(0)) {
            m_sandboxError = server->errorString();
            qCWarning(lcApp).noquote() << "sandbox did not start:" << m_sandboxError;
            return false;
        }
        m_sandbox = std::move(server);
        // A new sandbox holds none of the trunks an earlier one's unfinished plans refer to.
        const QString sandboxProfile = QStringLiteral("sandbox");
        for (const ProvisioningPlan &stale : m_journal.unfinishedPlans(sandboxProfile))
            m_journal.remove(sandboxProfile, stale.id);
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

ProvisioningContext Console::provisioningContext() const {
    ProvisioningContext context;
    context.profileId = m_connection.profileId;
    context.accountSid = m_connection.accountSid;
    const TrunkListModel *list = m_window.trunkListModel();
    for (int row = 0; row < list->rowCount(); ++row)
        context.existingTrunkNames.append(list->trunkAt(row).name);
    context.knownNumbers = m_seenNumbers.value(m_connection.profileId);
    for (const ProvisioningPlan &plan : m_journal.unfinishedPlans(m_connection.profileId)) {
        if (!plan.request.number.isEmpty() && !context.knownNumbers.contains(plan.request.number))
            context.knownNumbers << plan.request.number;
    }
    context.knownNumbers.sort();
    return context;
}

void Console::rememberNumbers(const QStringList &numbers) {
    QStringList &seen = m_seenNumbers[m_connection.profileId];
    for (const QString &number : numbers) {
        if (!number.isEmpty() && !seen.contains(number))
            seen << number;
    }
}

template <typename Dialog, typename EngineOf, typename NumberOf>
void Console::showCreationDialog(Dialog *dialog, EngineOf engineOf, NumberOf numberOf) {
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_window.bindToConnection(dialog);
    // Listed at once, even if reading it back fails: a window that says the trunk is ready
    // never leaves it missing from the list.
    QObject::connect(dialog, &Dialog::trunkCreated, &m_window,
                     [this, dialog, engineOf](const TrunkSid &sid) {
                         Trunk created = engineOf(dialog)->plan().createdTrunk();
                         created.sid = sid;
                         m_window.trunkListModel()->addCreatedTrunk(created);
                     });
    // The details page opened when the trunk was created, before the plan mapped its number
    // or set its alias: shown again, it says what the plan made (the alias from its record).
    QObject::connect(dialog, &Dialog::provisioningFinished, &m_window, [this](const TrunkSid &sid) {
        if (m_window.currentPage() == ui::MainWindow::Page::TrunkDetails &&
            m_window.detailsController()->trunkSid() == sid)
            m_window.openTrunk(sid);
    });
    // Rolled back: the trunk it added to the list is gone from the account, so from the list too.
    ProvisioningEngine *engine = engineOf(dialog);
    QObject::connect(engine, &ProvisioningEngine::rolledBack, &m_window, [this, engine] {
        m_window.trunkListModel()->removeTrunk(engine->plan().trunkSid);
    });
    // Kept, finished or abandoned: the details page says whether setup is left to finish.
    QObject::connect(dialog, &QDialog::finished, &m_window, [this, dialog, numberOf] {
        rememberNumbers({numberOf(dialog)});
        updateSetupBanner(m_window.detailsController()->trunkSid());
    });
    dialog->open();
}

// Ctrl+Shift+N: the guided wizard. Its plan is journalled per profile, so a closed window can
// be resumed; the new trunk joins the list as soon as it exists.
void Console::openTrunkWizard() {
    if (!m_client)
        return;
    showCreationDialog(
        new TrunkWizard(m_client.get(), &m_journal, provisioningContext(), &m_window),
        [](TrunkWizard *wizard) { return wizard->controller()->engine(); },
        [](TrunkWizard *wizard) { return wizard->controller()->request().number; });
}

// Ctrl+N: the dashboard's form, on the same engine and journal as the wizard.
void Console::openCreateForm() {
    if (!m_client)
        return;
    showCreationDialog(
        new CreateTrunkDialog(m_client.get(), &m_journal, provisioningContext(), &m_window),
        [](CreateTrunkDialog *form) { return form->engine(); },
        [](CreateTrunkDialog *form) { return form->request().number; });
}

void Console::updateSetupBanner(const TrunkSid &sid) {
    // While a wizard or form is still open on this trunk, that window shows the progress; a
    // second engine on the same plan would race it.
    const auto openOn = [&sid](const ProvisioningEngine *engine, const QWidget *dialog) {
        return dialog->isVisible() && engine->plan().trunkSid == sid;
    };
    bool busy = false;
    for (const TrunkWizard *w : m_window.findChildren<TrunkWizard *>())
        busy = busy || openOn(w->controller()->engine(), w);
    for (const CreateTrunkDialog *f : m_window.findChildren<CreateTrunkDialog *>())
        busy = busy || openOn(f->engine(), f);
    for (const FinishSetupDialog *f : m_window.findChildren<FinishSetupDialog *>())
        busy = busy || openOn(f->engine(), f);
    const std::optional<ProvisioningPlan> plan =
        sid.isEmpty() || busy ? std::nullopt : m_journal.planForTrunk(m_connection.profileId, sid);
    m_window.detailsPage()->setUnfinishedSetup(plan ? plan->missingItems() : QStringList());
}

// "Finish setup" on the details page: the journal's plan of the trunk, reopened.
void Console::openFinishSetup(const TrunkSid &sid) {
    if (!m_client || sid.isEmpty())
        return;
    auto *dialog =
        new FinishSetupDialog(m_client.get(), &m_journal, m_connection.profileId, sid, &m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_window.bindToConnection(dialog);
    QObject::connect(dialog, &FinishSetupDialog::setupFinished, &m_window,
                     [this](const TrunkSid &finished) {
                         updateSetupBanner(finished);
                         if (m_window.detailsController()->trunkSid() == finished)
                             m_window.detailsController()->reloadAll();
                     });
    QObject::connect(dialog, &FinishSetupDialog::rolledBack, &m_window,
                     [this](const TrunkSid &gone) {
                         m_window.trunkListModel()->refresh();
                         if (m_window.detailsController()->trunkSid() == gone)
                             m_window.showTrunkList();
                     });
    QObject::connect(dialog, &QDialog::finished, &m_window,
                     [this, sid] { updateSetupBanner(sid); });
    dialog->open();
}

void Console::addAccount() {
    auto *dialog = new AccountDialog(&m_accounts, makeExotelVerifier(), &m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // The first profile is active (and connected) as soon as it is stored; a later one becomes
    // active here. An edited one reconnects through credentialsChanged.
    QObject::connect(dialog, &AccountDialog::profileSaved, &m_window,
                     [this](const QString &id) { m_accounts.setActiveProfile(id); });
    dialog->open();
}

// Everything of the connected account (its dialogs, its client) goes before the next one is
// opened: the keychain may take a while, and meanwhile nothing may act on either account.
void Console::switchTo(const QString &id) {
    // The last profile was removed: back to the sandbox, as on a first run.
    if (id.isEmpty()) {
        connectSandbox();
        return;
    }
    const std::optional<AccountProfile> profile = m_accounts.profile(id);
    if (!profile)
        return;
    ui::ConnectionInfo next;
    next.profileId = profile->id;
    next.profileName = profile->displayName;
    next.regionLabel = profile->regionLabel();
    next.accountSid = profile->accountSid;
    m_window.showSwitching(next);
    m_connection = {};
    m_client.reset();
    m_known.reset();
    connectProfile(id);
}

void Console::connectProfile(const QString &id) {
    m_accounts.clientConfigFor(
        id, &m_window, [this, id](std::optional<ClientConfig> config, const SecretResult &result) {
            // A keychain answer for a profile the user already switched away from.
            if (m_accounts.activeProfileId() != id)
                return;
            const std::optional<AccountProfile> profile = m_accounts.profile(id);
            if (!config || !profile) {
                qCWarning(lcApp) << "profile" << id
                                 << "could not be opened:" << SecretResult::errorName(result.error);
                // Said in plain words on the welcome page, without a blocking box; when the token
                // has to be typed again (kept for one session only, or no usable keychain), the
                // account dialog asks for it and can keep it for this session only.
                m_window.showWelcome(
                    result.message.isEmpty()
                        ? QCoreApplication::translate("Console", "The account could not be opened.")
                        : result.message);
                if (profile && !profile->transient &&
                    (profile->sessionOnlyToken || result.keychainUnusable())) {
                    auto *dialog = new AccountDialog(&m_accounts, makeExotelVerifier(), &m_window);
                    dialog->setAttribute(Qt::WA_DeleteOnClose);
                    dialog->setProfile(*profile);
                    dialog->open();
                }
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
