// No Secret Service at all: the session bus address points at a socket that does not exist
// and there is no X display to autolaunch one. The console must say so in plain words and
// keep a session-only token in memory, writing nothing of it anywhere.
#include "accounts/accountdialog.h"
#include "accounts/accountmanager.h"
#include "accounts/profilestore.h"
#include "accounts/secretstore.h"
#include "accountstesting.h"
#include "logcapture.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace exotrunk;
using namespace exotrunk::testing;

class TestKeychainUnavailable : public QObject {
    Q_OBJECT

public:
    explicit TestKeychainUnavailable(QString root)
        : m_root(std::move(root)) {}

private slots:
    void initTestCase() { LogCapture::instance().install(); }
    void cleanupTestCase() { LogCapture::instance().uninstall(); }

    void secretStoreReportsUnavailable() {
        SecretStore store;
        store.setRetryDelay(std::chrono::milliseconds(50));
        const auto written = waitForResult<SecretResult>([&](auto cb) {
            store.writeToken(QStringLiteral("p1"), QStringLiteral("unstored-1"), nullptr, cb);
        });
        QVERIFY(written);
        QCOMPARE(written->error, SecretResult::Error::Unavailable);
        QVERIFY(written->keychainUnusable());
        QCOMPARE(written->message,
                 QStringLiteral("No system keychain is available (no Secret Service is running). "
                                "You can use the token for this session only; it will not be "
                                "saved."));

        const auto read = waitForResult<SecretResult>(
            [&](auto cb) { store.readToken(QStringLiteral("p1"), nullptr, cb); });
        QVERIFY(read);
        QCOMPARE(read->error, SecretResult::Error::Unavailable);

        const auto probe =
            waitForResult<SecretResult>([&](auto cb) { store.checkAvailable(nullptr, cb); });
        QVERIFY(probe);
        QCOMPARE(probe->error, SecretResult::Error::Unavailable);
        QCOMPARE(store.pendingCount(), 0);
    }

    void sessionOnlyWritesNothingToDisk() {
        const QByteArray token = "no-keychain-token-c0ffee42";
        const QString settingsPath = m_root + QStringLiteral("/settings/accounts.ini");
        AccountProfile p;
        p.displayName = QStringLiteral("No keychain");
        p.accountSid = QStringLiteral("nokc");
        p.apiKey = QStringLiteral("nokckey");

        AccountManager manager(std::make_unique<ProfileStore>(settingsPath));
        manager.secretStore()->setRetryDelay(std::chrono::milliseconds(50));

        // Saving normally fails and saves nothing, not even the non-secret half.
        const auto refused = waitForResult<SecretResult>(
            [&](auto cb) { manager.addProfile(p, QString::fromUtf8(token), false, nullptr, cb); });
        QVERIFY(refused);
        QCOMPARE(refused->error, SecretResult::Error::Unavailable);
        QVERIFY(refused->message.contains(QStringLiteral("for this session only")));
        QVERIFY(manager.profiles().isEmpty());
        QVERIFY(ProfileStore(settingsPath).load().isEmpty());

        // The user accepts "Use for this session only".
        const auto added = waitForResult<SecretResult>(
            [&](auto cb) { manager.addProfile(p, QString::fromUtf8(token), true, nullptr, cb); });
        QVERIFY(added);
        QVERIFY2(added->isOk(), qPrintable(added->message));
        const QString id = added->value;
        const auto read =
            waitForResult<SecretResult>([&](auto cb) { manager.tokenFor(id, nullptr, cb); });
        QVERIFY(read && read->isOk());
        QCOMPARE(read->value.toUtf8(), token);
        const auto config = waitForResult<std::optional<ClientConfig>>([&](auto cb) {
            manager.clientConfigFor(
                id, nullptr, [cb](std::optional<ClientConfig> c, const SecretResult &) { cb(c); });
        });
        QVERIFY(config && *config);
        QCOMPARE((*config)->apiToken.toUtf8(), token);

        // Removing a session-only profile needs no keychain.
        AccountProfile other = p;
        other.displayName = QStringLiteral("Second");
        const auto second = waitForResult<SecretResult>(
            [&](auto cb) { manager.addProfile(other, QStringLiteral("x"), true, nullptr, cb); });
        QVERIFY(second && second->isOk());
        const auto removed = waitForResult<SecretResult>(
            [&](auto cb) { manager.removeProfile(second->value, nullptr, cb); });
        QVERIFY(removed && removed->isOk());

        manager.profileStore()->settings()->sync();
        QFile file(settingsPath);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().contains("nokc")); // the profile is there, its token is not
        QVERIFY(filesContaining(m_root, token).isEmpty());
        QVERIFY(QDir::tempPath().startsWith(m_root)); // temporary files were searched too
        const QString capturedLog = LogCapture::instance().text();
        QVERIFY(!capturedLog.isEmpty());
        QVERIFY(!capturedLog.contains(QString::fromUtf8(token)));
    }

    void dialogOffersSessionOnlyUse() {
        const QByteArray token = "dialog-session-token-9d2e";
        AccountManager manager(
            std::make_unique<ProfileStore>(m_root + QStringLiteral("/settings/dialog.ini")));
        manager.secretStore()->setRetryDelay(std::chrono::milliseconds(50));
        bool verifierCalled = false;
        ConnectionVerifier verifier = [&verifierCalled](const ClientConfig &, QObject *,
                                                        VerifyDone done) {
            verifierCalled = true;
            done({});
        };
        AccountDialog dialog(&manager, verifier);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("accountNameEdit")),
                         QStringLiteral("Laptop without keyring"));
        QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("accountSidEdit")),
                         QStringLiteral("nokeyring"));
        QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("apiKeyEdit")),
                         QStringLiteral("nokeyringkey"));
        QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("apiTokenEdit")),
                         QString::fromUtf8(token));
        auto *sessionOnly = dialog.findChild<QPushButton *>(QStringLiteral("sessionOnlyButton"));
        auto *message = dialog.findChild<QLabel *>(QStringLiteral("keychainMessageLabel"));
        QVERIFY(sessionOnly && message);
        QVERIFY(!sessionOnly->isVisible());

        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("saveAccountButton")),
                          Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(sessionOnly->isVisible(), kKeychainWaitMs);
        QVERIFY(message->text().startsWith(QStringLiteral("No system keychain is available")));
        QVERIFY(dialog.isVisible());
        QVERIFY(manager.profiles().isEmpty());

        QTest::mouseClick(sessionOnly, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(dialog.result(), int(QDialog::Accepted), kKeychainWaitMs);
        const auto profile = manager.profile(dialog.savedProfileId());
        QVERIFY(profile);
        QVERIFY(profile->sessionOnlyToken);
        const auto read = waitForResult<SecretResult>(
            [&](auto cb) { manager.tokenFor(profile->id, nullptr, cb); });
        QVERIFY(read && read->isOk());
        QCOMPARE(read->value.toUtf8(), token);
        QVERIFY(!verifierCalled); // saving does not need a connection test

        manager.profileStore()->settings()->sync();
        QVERIFY(filesContaining(m_root, token).isEmpty());
        QVERIFY(QDir::tempPath().startsWith(m_root)); // temporary files were searched too
        QVERIFY(!LogCapture::instance().text().contains(QString::fromUtf8(token)));
    }

private:
    QString m_root;
};

int main(int argc, char **argv) {
    // Before anything can open a D-Bus connection: a bus that cannot exist, no display to
    // autolaunch one, and every XDG directory (and TMPDIR, which QDir::tempPath() follows)
    // inside a throwaway folder we search afterwards — never the shared /tmp.
    QTemporaryDir root;
    if (!root.isValid())
        return 1;
    qputenv("DBUS_SESSION_BUS_ADDRESS",
            QByteArray("unix:path=") + root.path().toUtf8() + "/no-such-bus-socket");
    qunsetenv("DISPLAY");
    qunsetenv("WAYLAND_DISPLAY");
    for (const char *name :
         {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME", "TMPDIR"}) {
        const QString path = root.path() + QLatin1Char('/') + QString::fromLatin1(name).toLower();
        QDir().mkpath(path);
        qputenv(name, path.toUtf8());
    }
    qputenv("QT_LOGGING_RULES", "exotrunk.*.debug=true");
    QApplication app(argc, argv);
    TestKeychainUnavailable test(root.path());
    return QTest::qExec(&test, argc, argv);
}

#include "tst_keychainunavailable.moc"
