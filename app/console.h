#pragma once

#include "accounts/accountmanager.h"
#include "commandline.h"
#include "knowntrunksstore.h"
#include "mainwindow.h"
#include "workflows/provisioningcontext.h"
#include "workflows/provisioningjournal.h"

#include <QHash>

#include <QString>

#include <memory>

namespace exotrunk {

class ExotelClient;
class ProfileSwitcher;
struct ClientConfig;

namespace sandbox {
class SandboxServer;
struct SandboxOptions;
} // namespace sandbox

// The embedded sandbox's options as the command line gives them (--sandbox and --sandbox-server).
sandbox::SandboxOptions sandboxOptionsFor(const CommandLineOptions &options);

// The composition root of the window: which server the console talks to, the client for it
// and what the window shows. Owns the embedded sandbox when one runs. Tests build it exactly
// as main() does and drive its window.
class Console {
public:
    explicit Console(const CommandLineOptions &options);
    ~Console();
    Console(const Console &) = delete;
    Console &operator=(const Console &) = delete;

    ui::MainWindow &window() { return m_window; }
    AccountManager &accounts() { return m_accounts; }
    ProvisioningJournal &journal() { return m_journal; }
    // The embedded sandbox, once it runs (nullptr otherwise).
    sandbox::SandboxServer *sandboxServer() const { return m_sandbox.get(); }
    ExotelClient *client() const { return m_client.get(); }

    // Decides where to connect: --sandbox; EXOTEL_* (with --api-url) as a transient profile;
    // otherwise the active profile, or the sandbox when there is none. False with `error`
    // set when the command line cannot be honoured.
    //
    // AfterFirstPaint (what main() uses): the window icon is set, and the embedded sandbox, the
    // slowest part of start-up (its HTTP server initialises TLS), starts, only once the window
    // has been painted, which
    // meanwhile shows the trunk list loading. Should it fail, an explicit --sandbox ends the
    // event loop with exit code 2 after printing the error; the implicit one shows it on the
    // welcome page. Now (tests) connects before returning.
    enum class Timing { Now, AfterFirstPaint };
    bool start(QString *error, Timing timing = Timing::Now);

private:
    bool connectSandbox();
    void connectSandboxAfterFirstPaint(bool required);
    void connectTo(const ClientConfig &config, const ui::ConnectionInfo &info,
                   KnownTrunksStore::Persistence persistence);
    void openTrunkWizard();
    void openCreateForm();
    // Shared by the wizard and the form: the new trunk opens as soon as it exists and leaves the
    // list when the setup is rolled back; on closing, the number is remembered and the details
    // page's Finish-setup banner refreshed.
    template <typename Dialog, typename EngineOf, typename NumberOf>
    void showCreationDialog(Dialog *dialog, EngineOf engineOf, NumberOf numberOf);
    void openFinishSetup(const TrunkSid &sid);
    void updateSetupBanner(const TrunkSid &sid);
    ProvisioningContext provisioningContext() const;
    void rememberNumbers(const QStringList &numbers);
    void addAccount();
    void switchTo(const QString &id);
    void connectProfile(const QString &id);

    CommandLineOptions m_options;
    AccountManager m_accounts;
    ProvisioningJournal m_journal; // outlives the window and its wizards
    ui::ConnectionInfo m_connection;
    ui::MainWindow m_window;
    ProfileSwitcher *m_switcher = nullptr; // in the window's toolbar, which owns it
    std::unique_ptr<sandbox::SandboxServer> m_sandbox;
    QString m_sandboxError;
    std::unique_ptr<ExotelClient> m_client;
    std::unique_ptr<KnownTrunksStore> m_known;
    // Exophones seen on each profile's trunks (opened details, plans made here): the API cannot
    // list an account's numbers, so the create form and the wizard suggest these.
    QHash<QString, QStringList> m_seenNumbers;
};

} // namespace exotrunk
