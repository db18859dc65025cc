// What a disconnecting profile leaves in memory. The account manager keeps no copy of a token
// the keychain can give again once its profile is no longer active, and a client told to wipe
// its credentials holds no token and no Authorization bytes: the sandbox refuses what it sends.
// A token replaced in memory (a profile's token updated, an API token rotated) is zeroed before
// the manager drops it: seen through the wipe observer of domain/secretmemory.h.
#include "accounts/accountmanager.h"
#include "accounts/profilestore.h"
#include "accounts/secretstore.h"
#include "accountstesting.h"
#include "api/exotelclient.h"
#include "domain/secretmemory.h"
#include "sandboxfixture.h"

#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>

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

// The buffers zeroInPlace() zeroed while a ZeroedBuffers was alive: their sizes in bytes, each
// with whether every byte was zero when it was told.
struct ZeroedBuffers {
    static inline QList<std::pair<std::size_t, bool>> seen;
    ZeroedBuffers() {
        seen.clear();
        zeroedBufferObserver() = [](const void *data, std::size_t bytes) {
            const auto *p = static_cast<const unsigned char *>(data);
            seen.append({bytes, std::all_of(p, p + bytes, [](unsigned char b) { return b == 0; })});
        };
    }
    ~ZeroedBuffers() { zeroedBufferObserver() = nullptr; }
    ZeroedBuffers(const ZeroedBuffers &) = delete;
    ZeroedBuffers &operator=(const ZeroedBuffers &) = delete;
    // Zeroed buffers the size of `token`.
    static int zeroedLike(const QString &token) {
        const std::size_t bytes = std::size_t(token.size()) * sizeof(QChar);
        return int(
            std::count(seen.cbegin(), seen.cend(), std::pair<std::size_t, bool>{bytes, true}));
    }
};

// Lengths no other secret of these cases has, so a zeroed buffer of that size is that token's.
const QString kOldToken = QStringLiteral("old-token-") + QString(31, QLatin1Char('o'));
const QString kNewToken = QStringLiteral("new-token-") + QString(17, QLatin1Char('n'));

ConnectionVerifier acceptingVerifier() {
    return [](const ClientConfig &, QObject *, VerifyDone done) {
        done(ApiError{});
    };
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

    // A token kept for this session only lives in the manager alone: rotating it must zero it.
    void rotatedSessionTokenIsZeroed() {
        QTemporaryDir dir;
        AccountManager manager(
            std::make_unique<ProfileStore>(dir.filePath(QStringLiteral("rotate.ini"))));
        const auto added = waitForResult<SecretResult>([&](auto cb) {
            manager.addProfile(profileNamed(QStringLiteral("Session")), kOldToken, true, nullptr,
                               cb);
        });
        QVERIFY(added->isOk());
        const ZeroedBuffers zeroed;
        const auto rotated = waitForResult<RotationResult>([&](auto cb) {
            manager.rotateToken(added->value, QString(), kNewToken, acceptingVerifier(), nullptr,
                                cb);
        });
        QVERIFY2(rotated->isOk(), qPrintable(rotated->userMessage()));
        QCOMPARE(waitForResult<SecretResult>([&](auto cb) {
                     manager.tokenFor(added->value, nullptr, cb);
                 })->value,
                 kNewToken);
        QCOMPARE(ZeroedBuffers::zeroedLike(kOldToken), 1);
    }

    // A token read from the keychain and kept in memory, rotated: the copy is zeroed.
    void rotatedKeychainTokenIsZeroed() {
        QTemporaryDir dir;
        AccountManager manager(
            std::make_unique<ProfileStore>(dir.filePath(QStringLiteral("rotate-saved.ini"))));
        const auto added = waitForResult<SecretResult>([&](auto cb) {
            manager.addProfile(profileNamed(QStringLiteral("Saved")), kOldToken, false, nullptr,
                               cb);
        });
        QVERIFY(added->isOk());
        const ZeroedBuffers zeroed;
        const auto rotated = waitForResult<RotationResult>([&](auto cb) {
            manager.rotateToken(added->value, QString(), kNewToken, acceptingVerifier(), nullptr,
                                cb);
        });
        QVERIFY2(rotated->isOk(), qPrintable(rotated->userMessage()));
        QTRY_VERIFY(ZeroedBuffers::zeroedLike(kOldToken) >= 1);
    }

    // A profile edited with a new token: the one it replaces is zeroed.
    void updatedProfileTokenIsZeroed() {
        QTemporaryDir dir;
        AccountManager manager(
            std::make_unique<ProfileStore>(dir.filePath(QStringLiteral("update.ini"))));
        const auto added = waitForResult<SecretResult>([&](auto cb) {
            manager.addProfile(profileNamed(QStringLiteral("Saved")), kOldToken, false, nullptr,
                               cb);
        });
        QVERIFY(added->isOk());
        std::optional<AccountProfile> profile = manager.profile(added->value);
        QVERIFY(profile);
        const ZeroedBuffers zeroed;
        const auto updated = waitForResult<SecretResult>(
            [&](auto cb) { manager.updateProfile(*profile, kNewToken, false, nullptr, cb); });
        QVERIFY2(updated->isOk(), qPrintable(updated->message));
        QTRY_VERIFY(ZeroedBuffers::zeroedLike(kOldToken) >= 1);

        // Kept for this session only, then replaced again: the same.
        const auto sessionOnly = waitForResult<SecretResult>(
            [&](auto cb) { manager.updateProfile(*profile, kOldToken, true, nullptr, cb); });
        QVERIFY(sessionOnly->isOk());
        const int zeroedBefore = ZeroedBuffers::zeroedLike(kOldToken);
        const auto again = waitForResult<SecretResult>(
            [&](auto cb) { manager.updateProfile(*profile, kNewToken, true, nullptr, cb); });
        QVERIFY(again->isOk());
        QCOMPARE(ZeroedBuffers::zeroedLike(kOldToken), zeroedBefore + 1);
    }
};

QTEST_GUILESS_MAIN(TestSecretWipe)
#include "tst_secretwipe.moc"
