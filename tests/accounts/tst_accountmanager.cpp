// Profiles in QSettings and profiles that never touch the disk. No keychain here: every
// path exercised keeps its token in memory (transient and session-only profiles).
#include "accounts/accountmanager.h"
#include "accounts/profilestore.h"
#include "accountstesting.h"
#include "workflows/provisioningjournal.h"

#include <sys/stat.h>

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace exotrunk;
using namespace exotrunk::testing;

class TestAccountManager : public QObject {
    Q_OBJECT

private slots:
    void init() {
        QVERIFY(m_dir.isValid());
        m_settingsPath = m_dir.filePath(QStringLiteral("settings-%1.ini").arg(++m_counter));
        qunsetenv("EXOTEL_ACCOUNT_SID");
        qunsetenv("EXOTEL_API_KEY");
        qunsetenv("EXOTEL_API_TOKEN");
    }

    void profileStoreRoundTrip() {
        AccountProfile mumbai;
        mumbai.id = AccountProfile::newId();
        mumbai.displayName = QStringLiteral("Zeta support");
        mumbai.region = Region::Mumbai;
        mumbai.accountSid = QStringLiteral("zeta1");
        mumbai.apiKey = QStringLiteral("key-zeta");

        AccountProfile custom;
        custom.id = AccountProfile::newId();
        custom.displayName = QStringLiteral("alpha lab");
        custom.region = Region::Custom;
        custom.customBaseUrl = QUrl(QStringLiteral("http://127.0.0.1:8080"));
        custom.accountSid = QStringLiteral("alpha_2");
        custom.apiKey = QStringLiteral("key-alpha");
        custom.sessionOnlyToken = true;
        {
            ProfileStore store(m_settingsPath);
            QVERIFY(store.save(mumbai));
            QVERIFY(store.save(custom));
            QVERIFY(store.setActiveProfileId(mumbai.id));
        }
        ProfileStore store(m_settingsPath);
        const QList<AccountProfile> loaded = store.load();
        QCOMPARE(loaded.size(), 2);
        // Sorted by name, case-insensitively.
        QCOMPARE(loaded.at(0), custom);
        QCOMPARE(loaded.at(1), mumbai);
        QCOMPARE(loaded.at(0).baseUrl(), QUrl(QStringLiteral("http://127.0.0.1:8080")));
        QCOMPARE(loaded.at(1).baseUrl(), QUrl(QStringLiteral("https://api.in.exotel.com")));
        QCOMPARE(store.activeProfileId(), mumbai.id);

        QVERIFY(store.remove(mumbai.id));
        QCOMPARE(store.load().size(), 1);
        QVERIFY(store.activeProfileId().isEmpty());
    }

    // Settings and journals are user-only whatever the umask (022 lets anyone read them).
    void filesAreCreatedUserOnly() {
        const mode_t before = ::umask(022);
        AccountProfile p;
        p.id = AccountProfile::newId();
        p.displayName = QStringLiteral("Private");
        p.accountSid = QStringLiteral("privatesid");
        p.apiKey = QStringLiteral("privatekey");
        ProfileStore store(m_settingsPath);
        QVERIFY(store.save(p));
        const QString journalPath = m_dir.filePath(QStringLiteral("journal-%1.ini").arg(m_counter));
        ProvisioningJournal journal(journalPath);
        ProvisioningPlan plan;
        plan.id = QStringLiteral("plan-1");
        plan.profileId = p.id;
        journal.save(plan);
        ::umask(before);
        const auto userOnly = QFile::ReadOwner | QFile::WriteOwner;
        const auto mask = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                          QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup |
                          QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;
        QCOMPARE(QFile::permissions(m_settingsPath) & mask, userOnly);
        QCOMPARE(QFile::permissions(journalPath) & mask, userOnly);
    }

    void profileStoreRefusesTransientAndUnsafeIds() {
        ProfileStore store(m_settingsPath);
        AccountProfile p;
        p.id = QStringLiteral("env");
        p.displayName = QStringLiteral("x");
        p.accountSid = QStringLiteral("sid");
        p.apiKey = QStringLiteral("key");
        p.transient = true;
        QVERIFY(!store.save(p));
        QVERIFY(!store.errorString().isEmpty());
        p.transient = false;
        p.id = QStringLiteral("../accounts/active");
        QVERIFY(!store.save(p));
        QVERIFY(store.load().isEmpty());
    }

    void toClientConfigCarriesEverything() {
        AccountProfile p;
        p.region = Region::Singapore;
        p.accountSid = QStringLiteral("sid9");
        p.apiKey = QStringLiteral("k");
        const ClientConfig config = p.toClientConfig(QStringLiteral("t"));
        QCOMPARE(config.baseUrl, QUrl(QStringLiteral("https://api.exotel.com")));
        QCOMPARE(config.accountSid, QStringLiteral("sid9"));
        QCOMPARE(config.apiKey, QStringLiteral("k"));
        QCOMPARE(config.apiToken, QStringLiteral("t"));
        QCOMPARE(p.regionLabel(), QStringLiteral("Singapore"));
    }

    void checkFieldsNamesTheProblem() {
        AccountProfile p;
        p.displayName = QStringLiteral("n");
        p.accountSid = QStringLiteral("sid");
        p.apiKey = QStringLiteral("key");
        QVERIFY(p.checkFields().isEmpty());
        p.accountSid = QStringLiteral("has space");
        QVERIFY(p.checkFields().contains(QStringLiteral("Account SID")));
        p.accountSid = QStringLiteral("sid");
        p.region = Region::Custom;
        p.customBaseUrl = QUrl(QStringLiteral("http://example.com"));
        QVERIFY(p.checkFields().contains(QStringLiteral("https://")));
        p.customBaseUrl = QUrl(QStringLiteral("https://example.com"));
        QVERIFY(p.checkFields().isEmpty());
        p.displayName.clear();
        QVERIFY(!p.checkFields().isEmpty());
    }

    void environmentProfileIsNeverPersisted() {
        const QByteArray token = "env-token-7f3a91c2";
        qputenv("EXOTEL_ACCOUNT_SID", "envsid42");
        qputenv("EXOTEL_API_KEY", "envkey42");
        qputenv("EXOTEL_API_TOKEN", token);
        {
            AccountManager manager(std::make_unique<ProfileStore>(m_settingsPath));
            QSignalSpy activeSpy(&manager, &AccountManager::activeProfileChanged);
            const QString id =
                manager.adoptEnvironmentProfile(QUrl(QStringLiteral("http://127.0.0.1:9")));
            QVERIFY(!id.isEmpty());
            QCOMPARE(activeSpy.size(), 1);
            const auto active = manager.activeProfile();
            QVERIFY(active);
            QVERIFY(active->transient);
            QCOMPARE(active->region, Region::Custom);
            QCOMPARE(active->baseUrl(), QUrl(QStringLiteral("http://127.0.0.1:9")));
            QCOMPARE(active->accountSid, QStringLiteral("envsid42"));

            const auto read =
                waitForResult<SecretResult>([&](auto cb) { manager.tokenFor(id, nullptr, cb); });
            QVERIFY(read);
            QVERIFY(read->isOk());
            QCOMPARE(read->value.toUtf8(), token);

            // Saving it through the store is refused, so nothing reaches the file.
            QVERIFY(!manager.profileStore()->save(*active));
            manager.profileStore()->settings()->sync();
        }
        AccountManager again(std::make_unique<ProfileStore>(m_settingsPath));
        QVERIFY(again.profiles().isEmpty());
        QVERIFY(again.activeProfileId().isEmpty());
        QVERIFY(filesContaining(m_dir.path(), token).isEmpty());
        QVERIFY(filesContaining(m_dir.path(), "envsid42").isEmpty());
        QVERIFY(filesContaining(m_dir.path(), "envkey42").isEmpty());
    }

    void environmentNeedsAllThreeVariables() {
        qputenv("EXOTEL_ACCOUNT_SID", "s");
        qputenv("EXOTEL_API_KEY", "k");
        QString token;
        QVERIFY(!AccountManager::transientProfileFromEnvironment({}, &token));
        qputenv("EXOTEL_API_TOKEN", "t");
        const auto p = AccountManager::transientProfileFromEnvironment({}, &token);
        QVERIFY(p);
        QCOMPARE(p->region, Region::Mumbai);
        QCOMPARE(token, QStringLiteral("t"));
        const auto sg = AccountManager::transientProfileFromEnvironment(
            QUrl(QStringLiteral("https://api.exotel.com/")), &token);
        QVERIFY(sg);
        QCOMPARE(sg->region, Region::Singapore);
    }

    void sessionOnlyProfileKeepsTokenInMemory() {
        const QByteArray token = "session-token-55aa";
        AccountProfile p;
        p.displayName = QStringLiteral("Session");
        p.accountSid = QStringLiteral("sess1");
        p.apiKey = QStringLiteral("sesskey");
        QString id;
        {
            AccountManager manager(std::make_unique<ProfileStore>(m_settingsPath));
            QSignalSpy changed(&manager, &AccountManager::profilesChanged);
            const auto added = waitForResult<SecretResult>([&](auto cb) {
                manager.addProfile(p, QString::fromUtf8(token), true, nullptr, cb);
            });
            QVERIFY(added && added->isOk());
            id = added->value;
            QVERIFY(!id.isEmpty());
            QVERIFY(changed.size() >= 1);
            QCOMPARE(manager.activeProfileId(), id);
            QVERIFY(manager.activeProfile()->sessionOnlyToken);
            const auto read =
                waitForResult<SecretResult>([&](auto cb) { manager.tokenFor(id, nullptr, cb); });
            QVERIFY(read && read->isOk());
            QCOMPARE(read->value.toUtf8(), token);
        }
        QVERIFY(filesContaining(m_dir.path(), token).isEmpty());
        // The next run knows the profile but must ask for the token again.
        AccountManager next(std::make_unique<ProfileStore>(m_settingsPath));
        QCOMPARE(next.profiles().size(), 1);
        QCOMPARE(next.activeProfileId(), id);
        const auto read =
            waitForResult<SecretResult>([&](auto cb) { next.tokenFor(id, nullptr, cb); });
        QVERIFY(read);
        QCOMPARE(read->error, SecretResult::Error::NotFound);
        QVERIFY(read->message.contains(QStringLiteral("one session only")));
    }

    void switchingAndRemovingProfiles() {
        AccountManager manager(std::make_unique<ProfileStore>(m_settingsPath));
        AccountProfile a;
        a.displayName = QStringLiteral("A");
        a.accountSid = QStringLiteral("a");
        a.apiKey = QStringLiteral("ka");
        AccountProfile b = a;
        b.displayName = QStringLiteral("B");
        const auto ra = waitForResult<SecretResult>(
            [&](auto cb) { manager.addProfile(a, QStringLiteral("ta"), true, nullptr, cb); });
        const auto rb = waitForResult<SecretResult>(
            [&](auto cb) { manager.addProfile(b, QStringLiteral("tb"), true, nullptr, cb); });
        QVERIFY(ra && ra->isOk() && rb && rb->isOk());
        QCOMPARE(manager.activeProfileId(), ra->value);

        QSignalSpy activeSpy(&manager, &AccountManager::activeProfileChanged);
        QVERIFY(manager.setActiveProfile(rb->value));
        QCOMPARE(activeSpy.size(), 1);
        QCOMPARE(activeSpy.at(0).at(0).toString(), rb->value);
        QVERIFY(manager.setActiveProfile(rb->value)); // no change, no signal
        QCOMPARE(activeSpy.size(), 1);
        QVERIFY(!manager.setActiveProfile(QStringLiteral("nope")));
        QCOMPARE(ProfileStore(m_settingsPath).activeProfileId(), rb->value);

        const auto removed = waitForResult<SecretResult>(
            [&](auto cb) { manager.removeProfile(rb->value, nullptr, cb); });
        QVERIFY(removed && removed->isOk());
        QCOMPARE(manager.profiles().size(), 1);
        QCOMPARE(manager.activeProfileId(), ra->value);
        QCOMPARE(activeSpy.size(), 2);
        QCOMPARE(ProfileStore(m_settingsPath).load().size(), 1);
    }

    void rotationFailureLeavesTransientProfileAlone() {
        AccountManager manager(std::make_unique<ProfileStore>(m_settingsPath));
        AccountProfile p;
        p.displayName = QStringLiteral("T");
        p.accountSid = QStringLiteral("t");
        p.apiKey = QStringLiteral("old-key");
        const QString id = manager.addTransientProfile(p, QStringLiteral("old-token"));
        const AccountProfile before = *manager.profile(id);

        ClientConfig seen;
        ConnectionVerifier refuse = [&seen](const ClientConfig &config, QObject *,
                                            VerifyDone done) {
            seen = config;
            ApiError error;
            error.kind = ApiError::Kind::Authentication;
            error.httpStatus = 401;
            error.exotelCode = 1010;
            done(error);
        };
        const auto failed = waitForResult<RotationResult>([&](auto cb) {
            manager.rotateToken(id, QStringLiteral("new-key"), QStringLiteral("new-token"), refuse,
                                nullptr, cb);
        });
        QVERIFY(failed);
        QVERIFY(!failed->isOk());
        QCOMPARE(failed->verification.kind, ApiError::Kind::Authentication);
        QCOMPARE(seen.apiKey, QStringLiteral("new-key"));
        QCOMPARE(seen.apiToken, QStringLiteral("new-token"));
        QCOMPARE(*manager.profile(id), before);
        auto read =
            waitForResult<SecretResult>([&](auto cb) { manager.tokenFor(id, nullptr, cb); });
        QCOMPARE(read->value, QStringLiteral("old-token"));

        ConnectionVerifier accept = [](const ClientConfig &, QObject *, VerifyDone done) {
            done({});
        };
        QSignalSpy credentials(&manager, &AccountManager::credentialsChanged);
        const auto ok = waitForResult<RotationResult>([&](auto cb) {
            manager.rotateToken(id, QStringLiteral("new-key"), QStringLiteral("new-token"), accept,
                                nullptr, cb);
        });
        QVERIFY(ok && ok->isOk());
        QCOMPARE(credentials.size(), 1);
        QCOMPARE(manager.profile(id)->apiKey, QStringLiteral("new-key"));
        read = waitForResult<SecretResult>([&](auto cb) { manager.tokenFor(id, nullptr, cb); });
        QCOMPARE(read->value, QStringLiteral("new-token"));
    }

private:
    QTemporaryDir m_dir;
    QString m_settingsPath;
    int m_counter = 0;
};

QTEST_GUILESS_MAIN(TestAccountManager)
#include "tst_accountmanager.moc"
