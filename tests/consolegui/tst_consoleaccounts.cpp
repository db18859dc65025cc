// Accounts through the whole console (exotrunk::Console) and a real Secret Service: the console
// opens on the sandbox without an account; an account is added through the window's own
// buttons and the account dialog, its token lands in the keychain and nowhere else, the toolbar
// and the list follow the active profile, switching drops the old profile's answers, and editing
// and removing a profile work from the toolbar's account menu.
#include "accounts/accountdialog.h"
#include "accounts/secretstore.h"
#include "common/banner.h"
#include "consoletestkit.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QToolButton>
#include <QUuid>

using namespace exotrunk;
using namespace exotrunk::testing;

namespace {

struct Account {
    QString name;
    QString sid;
    QString key;
    QString token;
    QStringList trunks;
    std::unique_ptr<sandbox::SandboxServer> server;
};

std::optional<SecretResult> readKeychain(const QString &profileId) {
    SecretStore store;
    std::optional<SecretResult> result;
    store.readToken(profileId, nullptr, [&result](const SecretResult &r) { result = r; });
    QDeadlineTimer deadline(20000);
    while (!result && !deadline.hasExpired())
        QTest::qWait(10);
    return result;
}

} // namespace

class ConsoleAccountsTest : public QObject {
    Q_OBJECT

public:
    explicit ConsoleAccountsTest(QString root)
        : m_root(std::move(root)) {}

private slots:
    void initTestCase();
    void cleanupTestCase();
    void opensOnTheSandboxWithoutAnAccount();
    void addsAnAccountThroughTheWindow();
    void addsASecondProfileFromTheToolbar();
    void switchingDropsTheOldProfilesAnswers();
    void editsTheActiveProfile();
    void wrongNewApiTokenLeavesTheProfileAsItWas();
    void removesProfilesAndTheirKeychainEntries();
    void tokensAreNowhereButTheKeychain();

private:
    ui::MainWindow &window() { return m_console->window(); }
    AccountDialog *waitForAccountDialog();
    void fillAccountDialog(AccountDialog *dialog, const Account &account, const QString &token);
    void waitForList(const Account &account);
    QString profileIdOf(const Account &account) const;
    QString settingsText() const;

    QString m_root;
    Account m_acme;
    Account m_beta;
    std::unique_ptr<Console> m_console;
};

void ConsoleAccountsTest::initTestCase() {
    LogCapture::instance().install();
    const QString unique = QUuid::createUuid().toString(QUuid::Id128).left(12);
    m_acme.name = QStringLiteral("Acme production");
    m_acme.sid = QStringLiteral("acmeprod1");
    m_acme.key = QStringLiteral("acmekey");
    m_acme.token = QStringLiteral("acme-token-") + unique;
    m_acme.trunks = {QStringLiteral("acme_backup"), QStringLiteral("acme_main")};
    m_beta.name = QStringLiteral("Beta corp");
    m_beta.sid = QStringLiteral("betacorp7");
    m_beta.key = QStringLiteral("betakey");
    m_beta.token = QStringLiteral("beta-token-") + unique;
    m_beta.trunks = {QStringLiteral("beta_core"), QStringLiteral("beta_edge"),
                     QStringLiteral("beta_lab")};
    for (Account *a : {&m_acme, &m_beta}) {
        sandbox::SandboxOptions options;
        options.accountSid = a->sid;
        options.apiKey = a->key;
        options.apiToken = a->token;
        options.seedDemoData = false;
        options.requestsPerMinute = 0;
        a->server = startSandbox(options);
        QVERIFY(a->server);
        QVERIFY(seedTrunks(*a->server, a->trunks));
    }

    m_console = std::make_unique<Console>(CommandLineOptions{});
    // A missing keychain answers at once here; no need for the store's patient retry.
    m_console->accounts().secretStore()->setRetryDelay(std::chrono::milliseconds(50));
    QString error;
    QVERIFY2(m_console->start(&error), qPrintable(error));
    window().show();
    QVERIFY(QTest::qWaitForWindowExposed(&window()));
}

void ConsoleAccountsTest::cleanupTestCase() {
    m_console.reset();
    m_acme.server.reset();
    m_beta.server.reset();
    LogCapture::instance().uninstall();
}

AccountDialog *ConsoleAccountsTest::waitForAccountDialog() {
    AccountDialog *dialog = nullptr;
    QDeadlineTimer deadline(kConsoleWaitMs);
    while (!(dialog = visibleChild<AccountDialog>(&window(), "accountDialog")) &&
           !deadline.hasExpired())
        QTest::qWait(10);
    return dialog;
}

void ConsoleAccountsTest::fillAccountDialog(AccountDialog *dialog, const Account &account,
                                            const QString &token) {
    QTest::keyClicks(visibleChild<QLineEdit>(dialog, "accountNameEdit"), account.name);
    auto *advanced = visibleChild<QToolButton>(dialog, "advancedToggle");
    QVERIFY(advanced);
    QTest::mouseClick(advanced, Qt::LeftButton);
    auto *url = visibleChild<QLineEdit>(dialog, "customUrlEdit");
    QVERIFY(url);
    QTest::keyClicks(url, account.server->baseUrl().toString());
    QTest::keyClicks(visibleChild<QLineEdit>(dialog, "accountSidEdit"), account.sid);
    QTest::keyClicks(visibleChild<QLineEdit>(dialog, "apiKeyEdit"), account.key);
    auto *tokenEdit = visibleChild<QLineEdit>(dialog, "apiTokenEdit");
    QVERIFY(tokenEdit);
    QCOMPARE(tokenEdit->echoMode(), QLineEdit::Password);
    QTest::keyClicks(tokenEdit, token);
}

// The list shows exactly the account's trunks, loaded and settled. Fails the test otherwise;
// callers return when it did (QTest::currentTestFailed), as the QTRY macros return from here.
void ConsoleAccountsTest::waitForList(const Account &account) {
    QTRY_COMPARE_WITH_TIMEOUT(window().currentPage(), ui::MainWindow::Page::TrunkList,
                              kConsoleWaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(!window().trunkListModel()->isBusy(), kConsoleWaitMs);
    QStringList names = listedTrunkNames(window());
    names.sort();
    QCOMPARE(names, account.trunks);
}

QString ConsoleAccountsTest::profileIdOf(const Account &account) const {
    for (const AccountProfile &p : m_console->accounts().profiles()) {
        if (p.accountSid == account.sid)
            return p.id;
    }
    return {};
}

QString ConsoleAccountsTest::settingsText() const {
    QSettings settings;
    settings.sync();
    QFile file(settings.fileName());
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

void ConsoleAccountsTest::opensOnTheSandboxWithoutAnAccount() {
    QVERIFY(m_console->accounts().profiles().isEmpty());
    QVERIFY(m_console->sandboxServer());
    QVERIFY(window().sandboxBanner()->isVisible());
    // The sandbox is plain http:// on loopback too, but it is no account: no "Not encrypted".
    QVERIFY(!window().plainHttpBanner() || !window().plainHttpBanner()->isVisible());
    QVERIFY(window()
                .findChild<QLabel *>(QStringLiteral("profileLabel"))
                ->text()
                .contains(QLatin1String("Sandbox")));
    QTRY_COMPARE_WITH_TIMEOUT(window().trunkListModel()->rowCount(), 6, kConsoleWaitMs);
    auto *combo = window().findChild<QComboBox *>(QStringLiteral("profileCombo"));
    QVERIFY(combo);
    QCOMPARE(combo->count(), 0);
}

void ConsoleAccountsTest::addsAnAccountThroughTheWindow() {
    // The sandbox banner's own button, as a new user finds it.
    QVERIFY(clickButton(&window(), "sandboxAddAccountButton"));
    QPointer<AccountDialog> dialog = waitForAccountDialog();
    QVERIFY(dialog);
    auto *save = visibleChild<QPushButton>(dialog, "saveAccountButton");
    auto *test = visibleChild<QPushButton>(dialog, "testConnectionButton");
    QVERIFY(save && test);
    QVERIFY(!save->isEnabled());

    // A wrong token is reported by Test connection, and nothing is saved.
    fillAccountDialog(dialog, m_acme, QStringLiteral("not-the-token"));
    if (QTest::currentTestFailed())
        return;
    QVERIFY(test->isEnabled());
    const int before =
        countRequests(*m_acme.server, QStringLiteral("GET"), QStringLiteral("/trunks"));
    QTest::mouseClick(test, Qt::LeftButton);
    auto *status = dialog->findChild<QLabel *>(QStringLiteral("connectionStatusLabel"));
    QTRY_VERIFY_WITH_TIMEOUT(status->isVisible() && status->property("problem").toBool(),
                             kConsoleWaitMs);
    QVERIFY(!status->text().contains(QLatin1String("not-the-token")));
    QVERIFY(countRequests(*m_acme.server, QStringLiteral("GET"), QStringLiteral("/trunks")) >
            before); // asked the account's own server
    QVERIFY(m_console->accounts().profiles().isEmpty());

    auto *tokenEdit = visibleChild<QLineEdit>(dialog, "apiTokenEdit");
    tokenEdit->clear();
    QTest::keyClicks(tokenEdit, m_acme.token);
    QTRY_VERIFY(test->isEnabled());
    QTest::mouseClick(test, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(status->text().startsWith(QLatin1String("Connected")), kConsoleWaitMs);
    QVERIFY(m_console->accounts().profiles().isEmpty()); // testing saves nothing

    QVERIFY(save->isEnabled());
    m_acme.server->clearRequestLog();
    QTest::mouseClick(save, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(dialog.isNull() || !dialog->isVisible(), kConsoleWaitMs);

    const QString id = profileIdOf(m_acme);
    QVERIFY(!id.isEmpty());
    QCOMPARE(m_console->accounts().activeProfileId(), id);
    // The token is in the keychain, under the profile's own key…
    const auto stored = readKeychain(id);
    QVERIFY(stored);
    QVERIFY2(stored->isOk(), qPrintable(stored->message));
    QCOMPARE(stored->value, m_acme.token);
    // …and the settings hold the rest, never the token.
    const QString settings = settingsText();
    QVERIFY2(settings.contains(m_acme.sid), qPrintable(settings));
    QVERIFY(!settings.contains(m_acme.token));
    QSettings qsettings;
    for (const QString &key : qsettings.allKeys())
        QVERIFY2(!qsettings.value(key).toString().contains(m_acme.token), qPrintable(key));

    // The toolbar names the profile and its server; the list is that server's trunks.
    waitForList(m_acme);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(!window().sandboxBanner()->isVisible());
    // A saved account over plain http:// (a loopback test server) is marked as not encrypted.
    QVERIFY(window().plainHttpBanner());
    QVERIFY(window().plainHttpBanner()->isVisible());
    QVERIFY(window().plainHttpBanner()->text().contains(
        QStringLiteral("127.0.0.1:%1").arg(m_acme.server->port())));
    QVERIFY(
        window().findChild<QLabel *>(QStringLiteral("profileLabel"))->text().contains(m_acme.name));
    const QString region = window().findChild<QLabel *>(QStringLiteral("regionLabel"))->text();
    QVERIFY2(region.contains(QStringLiteral("127.0.0.1:%1").arg(m_acme.server->port())),
             qPrintable(region));
    QVERIFY(window().windowTitle().contains(m_acme.name));
    auto *combo = window().findChild<QComboBox *>(QStringLiteral("profileCombo"));
    QCOMPARE(combo->count(), 1);
    QVERIFY(combo->currentText().startsWith(m_acme.name));
    QCOMPARE(m_console->client()->config().accountSid, m_acme.sid);
    // Connected once: one list request, no second client racing the first.
    int listRequests = 0;
    for (const sandbox::LoggedRequest &r : m_acme.server->requestLog())
        listRequests += r.method == QLatin1String("GET") &&
                        r.path.contains(QLatin1String("/trunks")) &&
                        !r.path.contains(QLatin1String("/trunks/"));
    QCOMPARE(listRequests, 1);
}

void ConsoleAccountsTest::addsASecondProfileFromTheToolbar() {
    auto *add = window().findChild<QAction *>(QStringLiteral("addProfileAction"));
    QVERIFY(add && add->isEnabled());
    add->trigger();
    QPointer<AccountDialog> dialog = waitForAccountDialog();
    QVERIFY(dialog);
    fillAccountDialog(dialog, m_beta, m_beta.token);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(clickButton(dialog, "testConnectionButton"));
    auto *status = dialog->findChild<QLabel *>(QStringLiteral("connectionStatusLabel"));
    QTRY_VERIFY_WITH_TIMEOUT(status->text().startsWith(QLatin1String("Connected")), kConsoleWaitMs);
    QVERIFY(clickButton(dialog, "saveAccountButton"));
    QTRY_VERIFY_WITH_TIMEOUT(dialog.isNull() || !dialog->isVisible(), kConsoleWaitMs);

    const QString id = profileIdOf(m_beta);
    QVERIFY(!id.isEmpty());
    QVERIFY(id != profileIdOf(m_acme));
    // The profile just added is the one the user means to work on.
    QTRY_COMPARE(m_console->accounts().activeProfileId(), id);
    waitForList(m_beta);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(
        window().findChild<QLabel *>(QStringLiteral("profileLabel"))->text().contains(m_beta.name));
    const auto stored = readKeychain(id);
    QVERIFY(stored && stored->isOk());
    QCOMPARE(stored->value, m_beta.token);
    // Each profile keeps its own entry.
    const auto first = readKeychain(profileIdOf(m_acme));
    QVERIFY(first && first->isOk());
    QCOMPARE(first->value, m_acme.token);
    auto *combo = window().findChild<QComboBox *>(QStringLiteral("profileCombo"));
    QCOMPARE(combo->count(), 2);
    QVERIFY(combo->currentText().startsWith(m_beta.name));
}

void ConsoleAccountsTest::switchingDropsTheOldProfilesAnswers() {
    auto *combo = window().findChild<QComboBox *>(QStringLiteral("profileCombo"));
    QVERIFY(combo);
    // Acme answers slowly: its list is still on the way when the user switches back.
    m_acme.server->setLatencyMs(1500);
    m_acme.server->clearRequestLog();
    combo->setFocus();
    QTest::keyClick(combo, Qt::Key_Up); // "Acme production" sorts first
    QTRY_COMPARE(m_console->accounts().activeProfileId(), profileIdOf(m_acme));
    QTRY_VERIFY(
        window().findChild<QLabel *>(QStringLiteral("profileLabel"))->text().contains(m_acme.name));
    QTRY_VERIFY_WITH_TIMEOUT(
        countRequests(*m_acme.server, QStringLiteral("GET"), QStringLiteral("/trunks")) > 0,
        kConsoleWaitMs);
    QVERIFY(window().trunkListModel()->isBusy());

    QTest::keyClick(combo, Qt::Key_Down);
    QTRY_COMPARE(m_console->accounts().activeProfileId(), profileIdOf(m_beta));
    // Beta's token was wiped from memory when it disconnected: it comes from the keychain again.
    QTRY_VERIFY(m_console->client());
    QCOMPARE(m_console->client()->config().accountSid, m_beta.sid);
    waitForList(m_beta);
    if (QTest::currentTestFailed())
        return;
    // Well past Acme's answer: it never reaches the list.
    QTest::qWait(2000);
    waitForList(m_beta);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(
        window().findChild<QLabel *>(QStringLiteral("profileLabel"))->text().contains(m_beta.name));
    m_acme.server->setLatencyMs(0);
}

void ConsoleAccountsTest::editsTheActiveProfile() {
    const QString id = profileIdOf(m_beta);
    QCOMPARE(m_console->accounts().activeProfileId(), id);
    auto *edit = window().findChild<QAction *>(QStringLiteral("editProfileAction"));
    QVERIFY(edit && edit->isEnabled());
    edit->trigger();
    QPointer<AccountDialog> dialog = waitForAccountDialog();
    QVERIFY(dialog);
    QVERIFY(dialog->isEditing());
    auto *name = visibleChild<QLineEdit>(dialog, "accountNameEdit");
    QCOMPARE(name->text(), m_beta.name);
    QVERIFY(visibleChild<QLineEdit>(dialog, "apiTokenEdit")->text().isEmpty()); // never shown
    name->clear();
    m_beta.name = QStringLiteral("Beta staging");
    QTest::keyClicks(name, m_beta.name);
    // The saved token is what Test connection uses when the field stays empty.
    QVERIFY(clickButton(dialog, "testConnectionButton"));
    auto *status = dialog->findChild<QLabel *>(QStringLiteral("connectionStatusLabel"));
    QTRY_VERIFY_WITH_TIMEOUT(status->text().startsWith(QLatin1String("Connected")), kConsoleWaitMs);
    QVERIFY(clickButton(dialog, "saveAccountButton"));
    QTRY_VERIFY_WITH_TIMEOUT(dialog.isNull() || !dialog->isVisible(), kConsoleWaitMs);

    QCOMPARE(m_console->accounts().profile(id)->displayName, m_beta.name);
    QVERIFY(settingsText().contains(m_beta.name));
    const auto stored = readKeychain(id);
    QVERIFY(stored && stored->isOk());
    QCOMPARE(stored->value, m_beta.token); // an empty token field keeps the saved one
    auto *combo = window().findChild<QComboBox *>(QStringLiteral("profileCombo"));
    QVERIFY(combo->currentText().startsWith(m_beta.name));
    // The toolbar names the profile as it is now called.
    QTRY_VERIFY2(
        window().findChild<QLabel *>(QStringLiteral("profileLabel"))->text().contains(m_beta.name),
        qPrintable(window().findChild<QLabel *>(QStringLiteral("profileLabel"))->text()));
    QVERIFY(window().windowTitle().contains(m_beta.name));
    waitForList(m_beta);
    if (QTest::currentTestFailed())
        return;
}

void ConsoleAccountsTest::wrongNewApiTokenLeavesTheProfileAsItWas() {
    const QString id = profileIdOf(m_beta);
    QCOMPARE(m_console->accounts().activeProfileId(), id);
    ExotelClient *clientBefore = m_console->client();
    auto *rotate = window().findChild<QAction *>(QStringLiteral("rotateTokenAction"));
    QVERIFY(rotate && rotate->isEnabled());
    rotate->trigger();
    QPointer<QDialog> dialog;
    QTRY_VERIFY((dialog = visibleChild<QDialog>(&window(), "tokenRotationDialog")));
    const QString wrong = QStringLiteral("beta-rotated-but-wrong");
    QTest::keyClicks(visibleChild<QLineEdit>(dialog, "newApiTokenEdit"), wrong);
    QVERIFY(clickButton(dialog, "rotateTokenButton"));
    auto *status = dialog->findChild<QLabel *>(QStringLiteral("rotationStatusLabel"));
    QTRY_VERIFY_WITH_TIMEOUT(status->isVisible() && status->property("problem").toBool(),
                             kConsoleWaitMs);
    QVERIFY(!status->text().contains(wrong));
    QVERIFY(dialog->isVisible());
    // Verified against the profile's own server, refused, and nothing replaced.
    const auto stored = readKeychain(id);
    QVERIFY(stored && stored->isOk());
    QCOMPARE(stored->value, m_beta.token);
    QCOMPARE(m_console->client(), clientBefore);
    QCOMPARE(m_console->client()->config().apiToken, m_beta.token);
    QVERIFY(clickButton(dialog, "cancelRotationButton"));
    QTRY_VERIFY(dialog.isNull() || !dialog->isVisible());
    window().refreshAction()->trigger();
    waitForList(m_beta);
    if (QTest::currentTestFailed())
        return;
}

void ConsoleAccountsTest::removesProfilesAndTheirKeychainEntries() {
    const QString betaId = profileIdOf(m_beta);
    const QString acmeId = profileIdOf(m_acme);
    auto *remove = window().findChild<QAction *>(QStringLiteral("removeProfileAction"));
    QVERIFY(remove && remove->isEnabled());

    // Cancel first: nothing changes.
    remove->trigger();
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = visibleChild<QMessageBox>(&window(), "removeProfileConfirmation")));
    QVERIFY(box->text().contains(m_beta.name));
    QVERIFY(box->informativeText().contains(QLatin1String("keychain")));
    QVERIFY(clickButton(box, "cancelRemoveProfileButton"));
    QTRY_VERIFY(!visibleChild<QMessageBox>(&window(), "removeProfileConfirmation"));
    QVERIFY(m_console->accounts().profile(betaId));

    remove->trigger();
    QTRY_VERIFY((box = visibleChild<QMessageBox>(&window(), "removeProfileConfirmation")));
    QVERIFY(clickButton(box, "confirmRemoveProfileButton"));
    QTRY_VERIFY_WITH_TIMEOUT(!m_console->accounts().profile(betaId), kConsoleWaitMs);
    const auto gone = readKeychain(betaId);
    QVERIFY(gone);
    QCOMPARE(gone->error, SecretResult::Error::NotFound);
    QVERIFY(!settingsText().contains(m_beta.sid));
    // The remaining profile takes over.
    QTRY_COMPARE(m_console->accounts().activeProfileId(), acmeId);
    waitForList(m_acme);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(
        window().findChild<QLabel *>(QStringLiteral("profileLabel"))->text().contains(m_acme.name));

    // The last one: the console goes back to the sandbox, as on a first run.
    remove->trigger();
    QTRY_VERIFY((box = visibleChild<QMessageBox>(&window(), "removeProfileConfirmation")));
    QVERIFY(box->text().contains(m_acme.name));
    QVERIFY(clickButton(box, "confirmRemoveProfileButton"));
    QTRY_VERIFY_WITH_TIMEOUT(m_console->accounts().profiles().isEmpty(), kConsoleWaitMs);
    const auto alsoGone = readKeychain(acmeId);
    QVERIFY(alsoGone);
    QCOMPARE(alsoGone->error, SecretResult::Error::NotFound);
    QVERIFY(!settingsText().contains(m_acme.sid));
    QTRY_VERIFY_WITH_TIMEOUT(window().sandboxBanner()->isVisible(), kConsoleWaitMs);
    QVERIFY(!QApplication::activeModalWidget()); // no error box about a vanished profile
    QTRY_COMPARE_WITH_TIMEOUT(window().trunkListModel()->rowCount(), 6, kConsoleWaitMs);
    QVERIFY(window()
                .findChild<QLabel *>(QStringLiteral("profileLabel"))
                ->text()
                .contains(QLatin1String("Sandbox")));
}

void ConsoleAccountsTest::tokensAreNowhereButTheKeychain() {
    const QString log = LogCapture::instance().text();
    QVERIFY(LogCapture::instance().lineCount() > 0);
    QVERIFY(log.contains(QLatin1String("exotrunk.accounts")));
    for (const Account *a : {&m_acme, &m_beta}) {
        const QByteArray token = a->token.toUtf8();
        const QByteArray basic = basicCredentials(a->key, a->token);
        for (const char *dir : {"/xdg_config_home", "/xdg_cache_home"}) {
            const QString root = m_root + QLatin1String(dir);
            QVERIFY2(filesContaining(root, token).isEmpty(),
                     qPrintable(filesContaining(root, token).join(u' ')));
            QVERIFY(filesContaining(root, basic).isEmpty());
        }
        QVERIFY(!log.contains(a->token));
        QVERIFY(!log.contains(QString::fromLatin1(basic)));
        QVERIFY(!window().windowTitle().contains(a->token));
    }
}

int main(int argc, char **argv) {
    // Settings and cache in a folder of our own, searched at the end; the keyring (in the
    // launcher's XDG_DATA_HOME) is the only place a token may be.
    QTemporaryDir root;
    if (!root.isValid())
        return 1;
    isolateXdg(root.path(), {"XDG_CONFIG_HOME", "XDG_CACHE_HOME"});
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("exotrunk-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("consoleaccounts"));
    ConsoleAccountsTest test(root.path());
    return QTest::qExec(&test, argc, argv);
}

#include "tst_consoleaccounts.moc"
