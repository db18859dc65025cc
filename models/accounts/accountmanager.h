#pragma once

#include "accounts/accountprofile.h"
#include "accounts/connectionverifier.h"
#include "accounts/profilestore.h"
#include "accounts/secretstore.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>

namespace exotrunk {

// What a rotation attempt ended with. Exactly one of the two errors is set on failure.
struct RotationResult {
    ApiError verification; // the new key/token was refused (or the server could not be reached)
    SecretResult storage;  // the keychain or the settings file refused the new values
    bool isOk() const { return !verification.isError() && storage.isOk(); }
    QString userMessage() const;
};

// The account profiles of the console: non-secret fields in QSettings (ProfileStore), tokens in
// the system keychain (SecretStore) or, for session-only and transient profiles, in memory.
class AccountManager : public QObject {
    Q_OBJECT
public:
    using Callback = std::function<void(const SecretResult &)>;
    using RotationCallback = std::function<void(const RotationResult &)>;
    enum class RotationStage { Verifying, Saving };

    // Takes ownership of `store` (nullptr = the application's default QSettings).
    explicit AccountManager(std::unique_ptr<ProfileStore> store = {}, QObject *parent = nullptr);
    ~AccountManager() override;

    ProfileStore *profileStore() const { return m_store.get(); }
    SecretStore *secretStore() const { return m_secrets; }

    // Saved profiles (sorted by name) followed by transient ones.
    QList<AccountProfile> profiles() const { return m_profiles; }
    std::optional<AccountProfile> profile(const QString &id) const;
    std::optional<AccountProfile> activeProfile() const;
    QString activeProfileId() const { return m_activeId; }
    // False for an unknown id. A transient active profile is not remembered across runs. The
    // profile that was active disconnects: its token, if the keychain holds it, is wiped from
    // memory (read again on the next connection).
    bool setActiveProfile(const QString &id);

    // Adds a new profile (an empty id gets a fresh one). The token goes to the keychain first;
    // the settings are written only after the keychain accepted it. With `sessionOnly` the
    // token stays in memory and nothing secret is written. The callback's result has
    // `value` = the profile id on success. If no profile is active yet, the new one becomes
    // active.
    void addProfile(AccountProfile profile, const QString &token, bool sessionOnly,
                    QObject *context, Callback done);
    // Changes the non-secret fields; a non-empty `newToken` replaces the token the same way
    // addProfile stores it (keychain first, unless `sessionOnly`).
    void updateProfile(AccountProfile profile, const QString &newToken, bool sessionOnly,
                       QObject *context, Callback done);
    // Deletes the keychain entry first, then the settings, then everything recorded about the
    // profile (known trunks, aliases, rotations, plans: removeProfileRecords). If the keychain
    // refuses, the profile stays so that its secret is not orphaned.
    void removeProfile(const QString &id, QObject *context, Callback done);

    // The token of a profile: memory first (session-only, transient, already read), then
    // the keychain. `value` holds the token on success.
    void tokenFor(const QString &profileId, QObject *context, Callback done);
    // A ClientConfig with the token, for building an ExotelClient.
    void clientConfigFor(const QString &profileId, QObject *context,
                         std::function<void(std::optional<ClientConfig>, SecretResult)> done);

    // Verifies `newApiKey`/`newToken` with `verifier` and only then replaces the stored
    // token (and the key in the settings). The old token stays in place until the new one
    // was verified and stored; any failure leaves the profile exactly as it was.
    void rotateToken(const QString &profileId, const QString &newApiKey, const QString &newToken,
                     const ConnectionVerifier &verifier, QObject *context, RotationCallback done,
                     std::function<void(RotationStage)> onStage = {});

    // EXOTEL_ACCOUNT_SID, EXOTEL_API_KEY and EXOTEL_API_TOKEN (all three needed) with `apiUrl`
    // (--api-url; empty = Mumbai). Reads only; `token` receives the token.
    static std::optional<AccountProfile> transientProfileFromEnvironment(const QUrl &apiUrl,
                                                                         QString *token);
    // Adds that profile (token in memory only), makes it active and returns its id; empty
    // when the environment does not define an account.
    QString adoptEnvironmentProfile(const QUrl &apiUrl = {});
    // A profile that is never persisted, with its token in memory (automation, the sandbox).
    QString addTransientProfile(AccountProfile profile, const QString &token);

    // Re-reads the settings (e.g. after another instance changed them).
    void reload();

signals:
    void profilesChanged();
    void activeProfileChanged(const QString &id);
    // The token of a profile changed (rotation or edit): clients built with the old one
    // should be rebuilt.
    void credentialsChanged(const QString &id);

private:
    void storeToken(const AccountProfile &profile, const QString &token, bool sessionOnly,
                    const Callback &reply, bool isNew);
    void replaceProfile(const AccountProfile &profile);
    void loadFromStore();
    void settleLateWrite(const QString &profileId);
    void cacheToken(const QString &profileId, const QString &token);
    void dropCachedToken(const QString &profileId);
    void releaseCachedToken(const QString &profileId);

    std::unique_ptr<ProfileStore> m_store;
    SecretStore *m_secrets = nullptr;
    QList<AccountProfile> m_profiles;
    QString m_activeId;
    QHash<QString, QString> m_memoryTokens; // session-only, transient and already-read tokens
};

} // namespace exotrunk
