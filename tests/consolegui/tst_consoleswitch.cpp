// Switching profiles with an account's dialogs open, through the whole console: every dialog
// bound to account A closes (and is deleted while A's client exists) before account B is
// connected, so nothing confirmed afterwards can reach B with A's ids — checked in both
// sandboxes' request logs. Run under the sanitizer build, a dialog left open holding A's
// destroyed client is a use-after-free. The probe dialog closes too, its probe stopped, and the
// troubleshooter. Also: the EXOTEL_* environment profile is a transient
// profile of the account manager, and nothing recorded about it reaches the settings.
#include "accounts/profilerecords.h"
#include "consoletestkit.h"
#include "trunkdetailsmodels.h"
#include "workflows/aliashistory.h"
#include "workflows/credentialrotation.h"

#include <QAction>
#include <QComboBox>
#include <QDialog>
#include <QLineEdit>
#include <QSettings>
#include <QTemporaryDir>
#include <QToolButton>
#include <QUdpSocket>

using namespace exotrunk;
using namespace exotrunk::testing;

namespace {

struct Account {
    QString id;
    std::unique_ptr<sandbox::SandboxServer> server;
};

std::unique_ptr<sandbox::SandboxServer> startAccount(const QString &sid) {
    sandbox::SandboxOptions options;
    options.accountSid = sid;
    options.apiKey = sid + QStringLiteral("key");
    options.apiToken = sid + QStringLiteral("token");
    options.seedDemoData = false;
    options.requestsPerMinute = 0;
    auto server = startSandbox(options);
    if (server && !seedTrunks(*server, {sid + QStringLiteral("_main")}))
        return nullptr;
    return server;
}

} // namespace

class ConsoleSwitchTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void deleteConfirmationClosesAndNeverReachesTheOtherAccount();
    void editDialogClosesOnSwitch();
    void createFormAndWizardCloseOnSwitch();
    void probeDialogClosesAndStopsOnSwitch();
    void troubleshooterClosesOnSwitch();
    void environmentProfileIsTransientAndNothingIsSaved();

private:
    ui::MainWindow &window() { return m_console->window(); }
    void connectTo(const Account &account);
    QString trunkSidOf(const Account &account) const {
        return account.server->trunkSid(account.server->options().accountSid +
                                        QStringLiteral("_main"));
    }
    // Switches to B, then checks that `dialog` is gone and B's list is A-free and loaded.
    void switchAndExpectClosed(QPointer<QDialog> dialog);

    Account m_a;
    Account m_b;
    std::unique_ptr<Console> m_console;
};

void ConsoleSwitchTest::initTestCase() {
    m_a.server = startAccount(QStringLiteral("acctalpha"));
    m_b.server = startAccount(QStringLiteral("acctbeta"));
    QVERIFY(m_a.server && m_b.server);
    m_console = std::make_unique<Console>(CommandLineOptions{});
    QString error;
    QVERIFY2(m_console->start(&error), qPrintable(error));
    for (Account *account : {&m_a, &m_b}) {
        AccountProfile p;
        p.displayName = account->server->options().accountSid;
        p.region = Region::Custom;
        p.customBaseUrl = account->server->baseUrl();
        p.accountSid = account->server->options().accountSid;
        p.apiKey = account->server->options().apiKey;
        account->id =
            m_console->accounts().addTransientProfile(p, account->server->options().apiToken);
    }
    window().show();
    QVERIFY(QTest::qWaitForWindowExposed(&window()));
}

void ConsoleSwitchTest::cleanupTestCase() {
    m_console.reset();
}

void ConsoleSwitchTest::init() {
    connectTo(m_a);
}

void ConsoleSwitchTest::connectTo(const Account &account) {
    QVERIFY(m_console->accounts().setActiveProfile(account.id));
    QTRY_VERIFY_WITH_TIMEOUT(m_console->client() && m_console->client()->config().accountSid ==
                                                        account.server->options().accountSid,
                             kConsoleWaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(window().trunkListModel()->rowCount() == 1 &&
                                 !window().trunkListModel()->isBusy(),
                             kConsoleWaitMs);
    m_a.server->clearRequestLog();
    m_b.server->clearRequestLog();
}

void ConsoleSwitchTest::switchAndExpectClosed(QPointer<QDialog> dialog) {
    QVERIFY(dialog && dialog->isVisible());
    QVERIFY(m_console->accounts().setActiveProfile(m_b.id));
    // Gone at once, before B's client exists: nothing of A is left to act on.
    QVERIFY(dialog.isNull());
    QTRY_VERIFY_WITH_TIMEOUT(window().trunkListModel()->rowCount() == 1 &&
                                 !window().trunkListModel()->isBusy(),
                             kConsoleWaitMs);
    QCOMPARE(listedTrunkNames(window()), QStringList{QStringLiteral("acctbeta_main")});
    const QString sidA = trunkSidOf(m_a);
    for (const sandbox::LoggedRequest &r : m_b.server->requestLog())
        QVERIFY2(!r.path.contains(sidA), qPrintable(r.method + u' ' + r.path));
    QCOMPARE(countRequests(*m_a.server, QStringLiteral("DELETE"), QString()), 0);
    QCOMPARE(countRequests(*m_a.server, QStringLiteral("POST"), QString()), 0);
}

void ConsoleSwitchTest::deleteConfirmationClosesAndNeverReachesTheOtherAccount() {
    const QString sidA = trunkSidOf(m_a);
    QVERIFY(!sidA.isEmpty());
    window().confirmDelete(TrunkSid(sidA));
    QPointer<QDialog> dialog = visibleChild<QDialog>(&window(), "deleteTrunkDialog");
    QVERIFY(dialog);
    auto *confirm = visibleChild<QLineEdit>(dialog, "deleteConfirmEdit");
    QVERIFY(confirm);
    QTest::keyClicks(confirm, QStringLiteral("acctalpha_main"));
    switchAndExpectClosed(dialog);
    // A confirmation that would still arrive finds nothing to delete on B.
    QCOMPARE(countRequests(*m_b.server, QStringLiteral("DELETE"), QString()), 0);
    QVERIFY(!m_b.server->trunkSid(QStringLiteral("acctbeta_main")).isEmpty());
    QVERIFY(!m_a.server->trunkSid(QStringLiteral("acctalpha_main")).isEmpty());
}

void ConsoleSwitchTest::editDialogClosesOnSwitch() {
    window().openTrunk(TrunkSid(trunkSidOf(m_a)));
    QTRY_VERIFY_WITH_TIMEOUT(window().detailsController()->sectionsSettled(), kConsoleWaitMs);
    auto *button = visibleChild<QToolButton>(&window(), "mapNumberActionButton");
    QVERIFY(button && button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
    QPointer<QDialog> dialog = visibleChild<QDialog>(&window(), "mapNumberDialog");
    switchAndExpectClosed(dialog);
    // The old trunk's edit buttons went with it.
    QVERIFY(!visibleChild<QToolButton>(&window(), "mapNumberActionButton"));
}

void ConsoleSwitchTest::createFormAndWizardCloseOnSwitch() {
    window().createTrunkAction()->trigger();
    QPointer<QDialog> form = visibleChild<QDialog>(&window(), "createTrunkDialog");
    switchAndExpectClosed(form);
    connectTo(m_a);
    window().guidedSetupAction()->trigger();
    QPointer<QDialog> wizard;
    for (QDialog *d : window().findChildren<QDialog *>()) {
        if (d->isVisible() && d->inherits("exotrunk::TrunkWizard"))
            wizard = d;
    }
    switchAndExpectClosed(wizard);
}

// The reachability probe of A's trunk, still waiting on a destination that never answers (a UDP
// port on 127.0.0.1 that reads nothing): its dialog closes with the switch and the probe goes
// with it, so no result of A's trunk lands among B's.
void ConsoleSwitchTest::probeDialogClosesAndStopsOnSwitch() {
    QUdpSocket silent;
    QVERIFY(silent.bind(QHostAddress::LocalHost, 0));
    QVERIFY(addLoopbackDestination(
        *m_a.server, trunkSidOf(m_a),
        QStringLiteral("sip:127.0.0.1:%1;transport=udp").arg(silent.localPort())));
    m_a.server->clearRequestLog(); // those two writes were the test's, not the console's
    window().openTrunk(TrunkSid(trunkSidOf(m_a)));
    QTRY_VERIFY_WITH_TIMEOUT(window().detailsController()->sectionsSettled(), kConsoleWaitMs);
    QVERIFY(clickButton(&window(), "readinessProbeButton"));
    QPointer<QDialog> dialog = visibleChild<QDialog>(&window(), "probeDialog");
    QVERIFY(dialog);
    QVERIFY(visibleChild<QWidget>(dialog, "probeCancelButton")->isEnabled()); // still running
    switchAndExpectClosed(dialog);
}

// The troubleshooter asks A's account where a number is mapped: it goes with A.
void ConsoleSwitchTest::troubleshooterClosesOnSwitch() {
    window().openTrunk(TrunkSid(trunkSidOf(m_a)));
    QTRY_VERIFY_WITH_TIMEOUT(window().detailsController()->sectionsSettled(), kConsoleWaitMs);
    QVERIFY(clickButton(&window(), "troubleshootButton"));
    switchAndExpectClosed(visibleChild<QDialog>(&window(), "troubleshooterDialog"));
}

void ConsoleSwitchTest::environmentProfileIsTransientAndNothingIsSaved() {
    qputenv("EXOTEL_ACCOUNT_SID", "acctalpha");
    qputenv("EXOTEL_API_KEY", "acctalphakey");
    qputenv("EXOTEL_API_TOKEN", "acctalphatoken");
    CommandLineOptions options;
    options.apiUrl = m_a.server->baseUrl();
    auto console = std::make_unique<Console>(options);
    QString error;
    QVERIFY2(console->start(&error), qPrintable(error));
    for (const char *name : {"EXOTEL_ACCOUNT_SID", "EXOTEL_API_KEY", "EXOTEL_API_TOKEN"})
        qunsetenv(name);
    const std::optional<AccountProfile> active = console->accounts().activeProfile();
    QVERIFY(active);
    QVERIFY(active->transient);
    QCOMPARE(active->accountSid, QStringLiteral("acctalpha"));
    QVERIFY(console->client());
    QCOMPARE(console->client()->config().accountSid, QStringLiteral("acctalpha"));
    // The switcher shows it as the active one, marked as not saved.
    auto *combo = console->window().findChild<QComboBox *>(QStringLiteral("profileCombo"));
    QVERIFY(combo);
    QCOMPARE(combo->currentData().toString(), active->id);
    QVERIFY2(combo->currentText().contains(QLatin1String("not saved")),
             qPrintable(combo->currentText()));

    // Recorded about its trunks: readable for the session, never in the settings.
    QVERIFY(ProfileRecords::isVolatile(active->id));
    const TrunkSid sid(trunkSidOf(m_a));
    AliasHistory::record(active->id, sid, QStringLiteral("+918047112233"));
    QCOMPARE(AliasHistory::last(active->id, sid)->alias, QStringLiteral("+918047112233"));
    ProvisioningPlan plan;
    plan.id = QStringLiteral("plan-env");
    plan.profileId = active->id;
    plan.trunkSid = sid;
    console->journal().save(plan);
    QSettings settings;
    settings.sync();
    QFile file(settings.fileName());
    const QString text =
        file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    QVERIFY2(!text.contains(QLatin1String("918047112233")), qPrintable(text));
    QVERIFY2(!text.contains(QLatin1String("environment")), qPrintable(text));
    QVERIFY2(!text.contains(QLatin1String("plan-env")), qPrintable(text));
    for (const QString &key : settings.allKeys())
        QVERIFY2(!key.contains(QLatin1String("environment")), qPrintable(key));
    console.reset();
}

int main(int argc, char **argv) {
    QTemporaryDir root;
    if (!root.isValid())
        return 1;
    isolateXdg(root.path(),
               {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"});
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("exotrunk-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("consoleswitch"));
    ConsoleSwitchTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_consoleswitch.moc"
