// The real AccountDialog and ProfileSwitcher, driven by object name like a user would, testing
// connections against the sandbox over HTTP and saving into a real keychain (KEYCHAIN suite).
#include "accounts/accountdialog.h"
#include "accounts/accountmanager.h"
#include "accounts/profilestore.h"
#include "accounts/profileswitcher.h"
#include "accounts/secretstore.h"
#include "accountstesting.h"
#include "sandboxfixture.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QToolButton>
#include <QtTest>

using namespace exotrunk;
using namespace exotrunk::testing;

namespace {

template <typename T> T *child(QWidget *parent, const char *name) {
    T *found = parent->findChild<T *>(QString::fromLatin1(name));
    if (!found)
        qWarning("no child named %s", name);
    return found;
}

} // namespace

class TestAccountDialog : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        m_sandbox = startSandbox();
        QVERIFY(m_sandbox);
    }

    void init() {
        m_settingsPath = m_dir.filePath(QStringLiteral("dialog-%1.ini").arg(++m_counter));
        m_manager =
            std::make_unique<AccountManager>(std::make_unique<ProfileStore>(m_settingsPath));
        m_dialog = std::make_unique<AccountDialog>(m_manager.get(), makeExotelVerifier());
        m_dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
    }

    void cleanup() {
        m_dialog.reset();
        for (const AccountProfile &p : m_manager->profiles())
            waitForResult<SecretResult>(
                [&](auto cb) { m_manager->removeProfile(p.id, nullptr, cb); });
        m_manager.reset();
    }

    void everyWidgetHasItsName() {
        for (const char *name :
             {"accountNameEdit", "regionCombo", "accountSidEdit", "apiKeyEdit", "apiTokenEdit",
              "revealTokenButton", "testConnectionButton", "saveAccountButton", "customUrlEdit",
              "advancedToggle", "sessionOnlyButton", "connectionStatusLabel"})
            QVERIFY2(m_dialog->findChild<QWidget *>(QString::fromLatin1(name)), name);
        auto *region = child<QComboBox>(m_dialog.get(), "regionCombo");
        QCOMPARE(region->count(), 2);
        QVERIFY(region->itemText(0).contains(QStringLiteral("api.in.exotel.com")));
        QVERIFY(region->itemText(1).contains(QStringLiteral("api.exotel.com")));
    }

    void saveDisabledUntilValid() {
        auto *save = child<QPushButton>(m_dialog.get(), "saveAccountButton");
        auto *test = child<QPushButton>(m_dialog.get(), "testConnectionButton");
        QVERIFY(!save->isEnabled());
        QVERIFY(!test->isEnabled());
        QTest::keyClicks(child<QLineEdit>(m_dialog.get(), "accountNameEdit"),
                         QStringLiteral("Acme"));
        QTest::keyClicks(child<QLineEdit>(m_dialog.get(), "accountSidEdit"),
                         QStringLiteral("acme1"));
        QVERIFY(!save->isEnabled());
        QTest::keyClicks(child<QLineEdit>(m_dialog.get(), "apiKeyEdit"), QStringLiteral("key"));
        QVERIFY(!save->isEnabled()); // no token yet
        auto *validation = child<QLabel>(m_dialog.get(), "validationMessageLabel");
        QVERIFY(validation->text().contains(QStringLiteral("token")));
        QTest::keyClicks(child<QLineEdit>(m_dialog.get(), "apiTokenEdit"), QStringLiteral("tok"));
        QVERIFY(save->isEnabled());
        QVERIFY(test->isEnabled());

        // A space inside the SID is refused.
        auto *sid = child<QLineEdit>(m_dialog.get(), "accountSidEdit");
        QTest::keyClicks(sid, QStringLiteral(" x"));
        QVERIFY(!save->isEnabled());
        QVERIFY(validation->text().contains(QStringLiteral("Account SID")));
        sid->clear();
        QTest::keyClicks(sid, QStringLiteral("acme1"));
        QVERIFY(save->isEnabled());

        // A plain-http custom server that is not on this machine is refused.
        QTest::mouseClick(child<QToolButton>(m_dialog.get(), "advancedToggle"), Qt::LeftButton);
        auto *url = child<QLineEdit>(m_dialog.get(), "customUrlEdit");
        QVERIFY(url->isVisible());
        QTest::keyClicks(url, QStringLiteral("http://example.com"));
        QVERIFY(!save->isEnabled());
        QVERIFY(validation->text().contains(QStringLiteral("https://")));
        QVERIFY(!child<QComboBox>(m_dialog.get(), "regionCombo")->isEnabled());
        url->clear();
        QVERIFY(save->isEnabled());
        QVERIFY(child<QComboBox>(m_dialog.get(), "regionCombo")->isEnabled());
    }

    void revealToggleShowsAndHidesTheToken() {
        auto *token = child<QLineEdit>(m_dialog.get(), "apiTokenEdit");
        auto *reveal = child<QToolButton>(m_dialog.get(), "revealTokenButton");
        QCOMPARE(token->echoMode(), QLineEdit::Password);
        QTest::mouseClick(reveal, Qt::LeftButton);
        QCOMPARE(token->echoMode(), QLineEdit::Normal);
        QTest::mouseClick(reveal, Qt::LeftButton);
        QCOMPARE(token->echoMode(), QLineEdit::Password);
    }

    void testConnectionSucceedsAgainstSandbox() {
        fillSandboxAccount(m_sandbox->options().apiToken);
        const int before = int(m_sandbox->requestLog().size());
        auto *status = child<QLabel>(m_dialog.get(), "connectionStatusLabel");
        QTest::mouseClick(child<QPushButton>(m_dialog.get(), "testConnectionButton"),
                          Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(status->text().startsWith(QStringLiteral("Connected")), 10000);
        QVERIFY(int(m_sandbox->requestLog().size()) > before);
        QCOMPARE(m_sandbox->requestLog().constLast().status, 200);
        // Testing saves nothing.
        QVERIFY(m_manager->profiles().isEmpty());
        QVERIFY(ProfileStore(m_settingsPath).load().isEmpty());
    }

    void testConnectionReportsBadToken() {
        fillSandboxAccount(QStringLiteral("wrong-token"));
        auto *status = child<QLabel>(m_dialog.get(), "connectionStatusLabel");
        QTest::mouseClick(child<QPushButton>(m_dialog.get(), "testConnectionButton"),
                          Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QStringLiteral("rejected the API key")),
                                 10000);
        QVERIFY(status->text().contains(QStringLiteral("region")));
        QVERIFY(!status->text().contains(QStringLiteral("wrong-token")));
        QCOMPARE(m_sandbox->requestLog().constLast().status, 401);
        // Editing a field clears the stale verdict.
        QTest::keyClicks(child<QLineEdit>(m_dialog.get(), "apiTokenEdit"), QStringLiteral("x"));
        QVERIFY(status->text().isEmpty());
    }

    void testConnectionReportsUnreachableServer() {
        fillAccount(QUrl(QStringLiteral("http://127.0.0.1:1")), QStringLiteral("t"));
        auto *status = child<QLabel>(m_dialog.get(), "connectionStatusLabel");
        QTest::mouseClick(child<QPushButton>(m_dialog.get(), "testConnectionButton"),
                          Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!status->text().isEmpty() &&
                                     !status->text().startsWith(QStringLiteral("Testing")),
                                 10000);
        QVERIFY(!status->text().startsWith(QStringLiteral("Connected")));
        QVERIFY2(status->text().contains(QStringLiteral("reach"), Qt::CaseInsensitive) ||
                     status->text().contains(QStringLiteral("connect"), Qt::CaseInsensitive),
                 qPrintable(status->text()));
    }

    void saveStoresTokenInKeychainOnly() {
        const QString token = m_sandbox->options().apiToken + QStringLiteral("-saved-7c1d");
        fillSandboxAccount(token);
        QSignalSpy saved(m_dialog.get(), &AccountDialog::profileSaved);
        QTest::mouseClick(child<QPushButton>(m_dialog.get(), "saveAccountButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 1, kKeychainWaitMs);
        QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
        const QString id = m_dialog->savedProfileId();
        const auto profile = m_manager->profile(id);
        QVERIFY(profile);
        QCOMPARE(profile->displayName, QStringLiteral("Sandbox"));
        QCOMPARE(profile->region, Region::Custom);
        QCOMPARE(profile->customBaseUrl, m_sandbox->baseUrl());
        QVERIFY(!profile->sessionOnlyToken);

        SecretStore store;
        const auto read =
            waitForResult<SecretResult>([&](auto cb) { store.readToken(id, nullptr, cb); });
        QVERIFY(read && read->isOk());
        QCOMPARE(read->value, token);
        QVERIFY(filesContaining(m_dir.path(), token.toUtf8()).isEmpty());
        QVERIFY(!filesContaining(m_dir.path(), "Sandbox").isEmpty());
    }

    void editKeepsSavedTokenAndTestsWithIt() {
        AccountProfile p;
        p.displayName = QStringLiteral("Existing");
        p.region = Region::Custom;
        p.customBaseUrl = m_sandbox->baseUrl();
        p.accountSid = m_sandbox->options().accountSid;
        p.apiKey = m_sandbox->options().apiKey;
        const auto added = waitForResult<SecretResult>([&](auto cb) {
            m_manager->addProfile(p, m_sandbox->options().apiToken, false, nullptr, cb);
        });
        QVERIFY(added && added->isOk());
        m_dialog->setProfile(*m_manager->profile(added->value));
        auto *save = child<QPushButton>(m_dialog.get(), "saveAccountButton");
        QVERIFY(child<QLineEdit>(m_dialog.get(), "apiTokenEdit")->text().isEmpty());
        QVERIFY(save->isEnabled());
        auto *status = child<QLabel>(m_dialog.get(), "connectionStatusLabel");
        QTest::mouseClick(child<QPushButton>(m_dialog.get(), "testConnectionButton"),
                          Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(status->text().startsWith(QStringLiteral("Connected")),
                                 kKeychainWaitMs);

        auto *name = child<QLineEdit>(m_dialog.get(), "accountNameEdit");
        name->clear();
        QTest::keyClicks(name, QStringLiteral("Renamed"));
        QTest::mouseClick(save, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(m_dialog->result(), int(QDialog::Accepted), kKeychainWaitMs);
        QCOMPARE(m_manager->profile(added->value)->displayName, QStringLiteral("Renamed"));
        QCOMPARE(ProfileStore(m_settingsPath).profile(added->value)->displayName,
                 QStringLiteral("Renamed"));
        const auto read = waitForResult<SecretResult>(
            [&](auto cb) { m_manager->secretStore()->readToken(added->value, nullptr, cb); });
        QCOMPARE(read->value, m_sandbox->options().apiToken);
    }

    void switcherAddsSwitchesAndRemoves() {
        m_dialog.reset();
        QWidget window;
        auto *switcher = new ProfileSwitcher(m_manager.get(), makeExotelVerifier(), &window);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *combo = child<QComboBox>(switcher, "profileCombo");
        QCOMPARE(combo->count(), 0);
        QVERIFY(!switcher->editProfileAction()->isEnabled());
        QVERIFY(!switcher->removeProfileAction()->isEnabled());

        // Add through the switcher's own action, filling the real dialog.
        switcher->addProfileAction()->trigger();
        auto *dialog = window.findChild<AccountDialog *>();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        fillSandboxAccount(dialog, m_sandbox->options().apiToken);
        QTest::mouseClick(child<QPushButton>(dialog, "saveAccountButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(combo->count(), 1, kKeychainWaitMs);
        const QString firstId = m_manager->activeProfileId();
        QVERIFY(!firstId.isEmpty());
        QCOMPARE(combo->currentText(),
                 QStringLiteral("Sandbox — 127.0.0.1:%1").arg(m_sandbox->port()));

        // A second profile (Singapore) added directly; choosing it in the combo activates it.
        AccountProfile sg;
        sg.displayName = QStringLiteral("Zed");
        sg.region = Region::Singapore;
        sg.accountSid = QStringLiteral("zed");
        sg.apiKey = QStringLiteral("k");
        const auto added = waitForResult<SecretResult>(
            [&](auto cb) { m_manager->addProfile(sg, QStringLiteral("t"), false, nullptr, cb); });
        QVERIFY(added && added->isOk());
        QCOMPARE(combo->count(), 2);
        QCOMPARE(combo->itemText(1), QStringLiteral("Zed — Singapore"));
        QSignalSpy activated(switcher, &ProfileSwitcher::profileActivated);
        QSignalSpy managerActive(m_manager.get(), &AccountManager::activeProfileChanged);
        combo->setFocus();
        QTest::keyClick(combo, Qt::Key_Down);
        QCOMPARE(activated.size(), 1);
        QCOMPARE(activated.at(0).at(0).toString(), added->value);
        QCOMPARE(managerActive.size(), 1);
        QCOMPARE(m_manager->activeProfileId(), added->value);

        // Remove the active one after confirming: its keychain entry goes with it.
        switcher->removeProfileAction()->trigger();
        auto *box = window.findChild<QMessageBox *>(QStringLiteral("removeProfileConfirmation"));
        QVERIFY(box);
        QVERIFY(box->text().contains(QStringLiteral("Zed")));
        QTest::mouseClick(child<QPushButton>(box, "confirmRemoveProfileButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(combo->count(), 1, kKeychainWaitMs);
        QCOMPARE(m_manager->activeProfileId(), firstId);
        QCOMPARE(combo->currentData().toString(), firstId);
        const auto read = waitForResult<SecretResult>(
            [&](auto cb) { m_manager->secretStore()->readToken(added->value, nullptr, cb); });
        QCOMPARE(read->error, SecretResult::Error::NotFound);
    }

private:
    void fillAccount(AccountDialog *dialog, const QUrl &url, const QString &token) {
        QTest::keyClicks(child<QLineEdit>(dialog, "accountNameEdit"), QStringLiteral("Sandbox"));
        QTest::mouseClick(child<QToolButton>(dialog, "advancedToggle"), Qt::LeftButton);
        QTest::keyClicks(child<QLineEdit>(dialog, "customUrlEdit"), url.toString());
        QTest::keyClicks(child<QLineEdit>(dialog, "accountSidEdit"),
                         m_sandbox->options().accountSid);
        QTest::keyClicks(child<QLineEdit>(dialog, "apiKeyEdit"), m_sandbox->options().apiKey);
        QTest::keyClicks(child<QLineEdit>(dialog, "apiTokenEdit"), token);
        QVERIFY(child<QPushButton>(dialog, "saveAccountButton")->isEnabled());
    }
    void fillAccount(const QUrl &url, const QString &token) {
        fillAccount(m_dialog.get(), url, token);
    }
    void fillSandboxAccount(const QString &token) { fillAccount(m_sandbox->baseUrl(), token); }
    void fillSandboxAccount(AccountDialog *dialog, const QString &token) {
        fillAccount(dialog, m_sandbox->baseUrl(), token);
    }

    QTemporaryDir m_dir;
    std::unique_ptr<sandbox::SandboxServer> m_sandbox;
    std::unique_ptr<AccountManager> m_manager;
    std::unique_ptr<AccountDialog> m_dialog;
    QString m_settingsPath;
    int m_counter = 0;
};

QTEST_MAIN(TestAccountDialog)
#include "tst_accountdialog.moc"
