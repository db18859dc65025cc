// What a disconnecting profile leaves in memory. The account manager keeps no copy of a token
// the keychain can give again once its profile is no longer active, and a client told to wipe
// its credentials holds no token and no Authorization bytes: the sandbox refuses what it sends.
#include "accounts/accountmanager.h"
#include "accounts/profilestore.h"
#include "accounts/secretstore.h"
#include "accountstesting.h"
#include "api/exotelclient.h"
#include "sandboxfixture.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace exotrunk;
using namespace exotrunk::testing;

namespace {

AccountProfile profileNamed(const QString &name) {
    AccountProfile p;
    p.displayName = name;
    p.accountSid = QStringLiteral("acme1");
    p.apiKey = QStringLiteral("key");
    return p;
}

} // namespace

class TestSecretWipe : public QObject {
    Q_OBJECT

private slots:
    void disconnectedProfileKeepsNoCachedToken() {
        QTemporaryDir dir;
        AccountManager manager(
            std::make_unique<ProfileStore>(dir.filePath(QStringLiteral("wipe.ini"))));
        const auto saved = waitForResult<SecretResult>([&](auto cb) {
            manager.addProfile(profileNamed(QStringLiteral("Saved")), QStringLiteral("saved-token"),
                               false, nullptr, cb);
        });
        QVERIFY(saved->isOk());
        const QString savedId = saved->value;
        const auto session = waitForResult<SecretResult>([&](auto cb) {
            manager.addProfile(profileNamed(QStringLiteral("Session")),
                               QStringLiteral("session-token"), true, nullptr, cb);
        });
        QVERIFY(session->isOk());
        const QString sessionId = session->value;
        QCOMPARE(manager.activeProfileId(), savedId);
        auto read =
            waitForResult<SecretResult>([&](auto cb) { manager.tokenFor(savedId, nullptr, cb); });
        QCOMPARE(read->value, QStringLiteral("saved-token"));

        QVERIFY(manager.setActiveProfile(sessionId));
        // The keychain entry goes behind the manager's back: only a copy in memory could still
        // answer with the token now.
        SecretStore other;
        QVERIFY(waitForResult<SecretResult>([&](auto cb) {
                    other.removeToken(savedId, nullptr, cb);
                })->isOk());
        read =
            waitForResult<SecretResult>([&](auto cb) { manager.tokenFor(savedId, nullptr, cb); });
        QCOMPARE(read->error, SecretResult::Error::NotFound);
        QVERIFY(read->value.isEmpty());

        // A token kept for this session only has no other home: switching away keeps it.
        QVERIFY(manager.setActiveProfile(savedId));
        read =
            waitForResult<SecretResult>([&](auto cb) { manager.tokenFor(sessionId, nullptr, cb); });
        QCOMPARE(read->value, QStringLiteral("session-token"));
    }

    void wipedClientHoldsNoCredential() {
        const auto server = startSandbox();
        QVERIFY(server);
        ExotelClient client(clientConfigFor(*server));
        QVERIFY(!client.config().apiToken.isEmpty());
        auto listed =
            awaitApi<QList<Trunk>>([&](QObject *ctx, auto cb) { client.listTrunks(ctx, cb); });
        QVERIFY2(listed.isOk(), qPrintable(listed.error().userMessage()));

        client.wipeCredentials();
        QVERIFY(client.config().apiToken.isEmpty());
        listed = awaitApi<QList<Trunk>>([&](QObject *ctx, auto cb) { client.listTrunks(ctx, cb); });
        QVERIFY(!listed.isOk());
        QCOMPARE(listed.error().kind, ApiError::Kind::Authentication);
    }
};

QTEST_GUILESS_MAIN(TestSecretWipe)
#include "tst_secretwipe.moc"
