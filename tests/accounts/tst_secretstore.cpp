// The keychain for real: gnome-keyring behind a private D-Bus session (KEYCHAIN suites run
// under tests/support/with-keyring.sh), never a plaintext fallback.
#include "accounts/accountmanager.h"
#include "accounts/profilestore.h"
#include "accounts/secretstore.h"
#include "accountstesting.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace exotrunk;
using namespace exotrunk::testing;

namespace {

std::optional<SecretResult> readToken(SecretStore &store, const QString &id) {
    return waitForResult<SecretResult>([&](auto cb) { store.readToken(id, nullptr, cb); });
}

} // namespace

class TestSecretStore : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"),
                 "run under tests/support/with-keyring.sh");
        QVERIFY(m_dir.isValid());
        SecretStore store;
        const auto probe =
            waitForResult<SecretResult>([&](auto cb) { store.checkAvailable(nullptr, cb); });
        QVERIFY(probe);
        QVERIFY2(probe->isOk(), qPrintable(probe->detail));
    }

    void writeReadRemoveRoundTrip() {
        SecretStore store;
        const QString id = AccountProfile::newId();
        const QString token = QStringLiteral("round-trip-token-\u00e9-%1").arg(id);

        auto missing = readToken(store, id);
        QVERIFY(missing);
        QCOMPARE(missing->error, SecretResult::Error::NotFound);
        QVERIFY(!missing->message.isEmpty());

        const auto written =
            waitForResult<SecretResult>([&](auto cb) { store.writeToken(id, token, nullptr, cb); });
        QVERIFY(written);
        QVERIFY2(written->isOk(), qPrintable(written->detail));

        auto read = readToken(store, id);
        QVERIFY(read && read->isOk());
        QCOMPARE(read->value, token);

        // A second write replaces the entry rather than adding one.
        const auto rewritten = waitForResult<SecretResult>(
            [&](auto cb) { store.writeToken(id, QStringLiteral("second"), nullptr, cb); });
        QVERIFY(rewritten && rewritten->isOk());
        read = readToken(store, id);
        QCOMPARE(read->value, QStringLiteral("second"));

        const auto removed =
            waitForResult<SecretResult>([&](auto cb) { store.removeToken(id, nullptr, cb); });
        QVERIFY(removed && removed->isOk());
        missing = readToken(store, id);
        QCOMPARE(missing->error, SecretResult::Error::NotFound);

        // Removing what is not there is not an error.
        const auto again =
            waitForResult<SecretResult>([&](auto cb) { store.removeToken(id, nullptr, cb); });
        QVERIFY(again && again->isOk());
        QCOMPARE(store.pendingCount(), 0);
    }

    void entriesAreSeparatePerProfile() {
        SecretStore store;
        const QString a = AccountProfile::newId();
        const QString b = AccountProfile::newId();
        QVERIFY(waitForResult<SecretResult>([&](auto cb) {
                    store.writeToken(a, QStringLiteral("ta"), nullptr, cb);
                })->isOk());
        QVERIFY(waitForResult<SecretResult>([&](auto cb) {
                    store.writeToken(b, QStringLiteral("tb"), nullptr, cb);
                })->isOk());
        QCOMPARE(readToken(store, a)->value, QStringLiteral("ta"));
        QCOMPARE(readToken(store, b)->value, QStringLiteral("tb"));
        QVERIFY(waitForResult<SecretResult>([&](auto cb) {
                    store.removeToken(a, nullptr, cb);
                })->isOk());
        QCOMPARE(readToken(store, b)->value, QStringLiteral("tb"));
    }

    void callbackSkippedWhenContextIsGone() {
        SecretStore store;
        bool called = false;
        {
            QObject context;
            store.readToken(AccountProfile::newId(), &context,
                            [&called](const SecretResult &) { called = true; });
        }
        QTRY_COMPARE_WITH_TIMEOUT(store.pendingCount(), 0, kKeychainWaitMs);
        QVERIFY(!called);
    }

    void managerKeepsTokenOutOfSettings() {
        const QString settingsPath = m_dir.filePath(QStringLiteral("accounts.ini"));
        const QByteArray token = "keychain-only-token-3b9e";
        AccountProfile p;
        p.displayName = QStringLiteral("Keychain profile");
        p.accountSid = QStringLiteral("kcsid");
        p.apiKey = QStringLiteral("kckey");
        QString id;
        {
            AccountManager manager(std::make_unique<ProfileStore>(settingsPath));
            const auto added = waitForResult<SecretResult>([&](auto cb) {
                manager.addProfile(p, QString::fromUtf8(token), false, nullptr, cb);
            });
            QVERIFY(added);
            QVERIFY2(added->isOk(), qPrintable(added->message));
            id = added->value;
            QVERIFY(!manager.profile(id)->sessionOnlyToken);
        }
        QFile file(settingsPath);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.contains("kcsid")); // the file really holds the profile …
        QVERIFY(!bytes.contains(token));  // … but not its token
        const QString config =
            QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation);
        QVERIFY(filesContaining(config, token).isEmpty());
        QVERIFY(filesContaining(m_dir.path(), token).isEmpty());

        // A fresh manager has nothing in memory: the token comes from the keychain.
        AccountManager fresh(std::make_unique<ProfileStore>(settingsPath));
        const auto read =
            waitForResult<SecretResult>([&](auto cb) { fresh.tokenFor(id, nullptr, cb); });
        QVERIFY(read && read->isOk());
        QCOMPARE(read->value.toUtf8(), token);
        SecretStore store;
        QCOMPARE(readToken(store, id)->value.toUtf8(), token);

        // Removing the profile deletes its keychain entry too.
        const auto removed =
            waitForResult<SecretResult>([&](auto cb) { fresh.removeProfile(id, nullptr, cb); });
        QVERIFY(removed && removed->isOk());
        QCOMPARE(readToken(store, id)->error, SecretResult::Error::NotFound);
        QVERIFY(ProfileStore(settingsPath).load().isEmpty());
    }

    void updateWithNewTokenReplacesKeychainEntry() {
        const QString settingsPath = m_dir.filePath(QStringLiteral("update.ini"));
        AccountManager manager(std::make_unique<ProfileStore>(settingsPath));
        AccountProfile p;
        p.displayName = QStringLiteral("Update me");
        p.accountSid = QStringLiteral("upd");
        p.apiKey = QStringLiteral("updkey");
        const auto added = waitForResult<SecretResult>(
            [&](auto cb) { manager.addProfile(p, QStringLiteral("first"), false, nullptr, cb); });
        QVERIFY(added && added->isOk());
        AccountProfile edited = *manager.profile(added->value);
        edited.displayName = QStringLiteral("Updated");
        const auto keep = waitForResult<SecretResult>(
            [&](auto cb) { manager.updateProfile(edited, QString(), false, nullptr, cb); });
        QVERIFY(keep && keep->isOk());
        SecretStore store;
        QCOMPARE(readToken(store, edited.id)->value, QStringLiteral("first"));
        const auto replaced = waitForResult<SecretResult>([&](auto cb) {
            manager.updateProfile(edited, QStringLiteral("second"), false, nullptr, cb);
        });
        QVERIFY(replaced && replaced->isOk());
        QCOMPARE(readToken(store, edited.id)->value, QStringLiteral("second"));
        QCOMPARE(ProfileStore(settingsPath).profile(edited.id)->displayName,
                 QStringLiteral("Updated"));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestSecretStore)
#include "tst_secretstore.moc"
