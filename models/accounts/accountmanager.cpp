#include "accounts/accountmanager.h"

#include "accounts/accountslogging.h"
#include "accounts/profilerecords.h"
#include "accounts/profilestore.h"
#include "api/tlstrust.h"
#include "domain/secretmemory.h"
#include "workflows/profilerecordsremoval.h"

#include <QCoreApplication>
#include <QPointer>

namespace exotrunk {

namespace {

const QString kEnvironmentProfileId = QStringLiteral("environment");

// Runs the caller's callback unless the caller's context object is gone.
AccountManager::Callback guarded(QObject *context, AccountManager::Callback done) {
    return [hasContext = context != nullptr, ctx = QPointer<QObject>(context),
            done = std::move(done)](const SecretResult &result) {
        if ((hasContext && !ctx) || !done)
            return;
        done(result);
    };
}

// "https://api.exotel.com/" names the same server as "https://api.exotel.com".
bool isSameServer(const QUrl &a, const QUrl &b) {
    auto pathOf = [](const QUrl &u) {
        return u.path() == QLatin1String("/") ? QString() : u.path();
    };
    return a.scheme().compare(b.scheme(), Qt::CaseInsensitive) == 0 &&
           a.host().compare(b.host(), Qt::CaseInsensitive) == 0 && a.port(443) == b.port(443) &&
           pathOf(a) == pathOf(b);
}

SecretResult failureWithMessage(SecretResult::Error error, const QString &message,
                                const QString &detail = {}) {
    SecretResult r = SecretResult::failure(error, detail);
    r.message = message;
    return r;
}

SecretResult unknownProfile() {
    return failureWithMessage(
        SecretResult::Error::Other,
        QCoreApplication::translate("AccountManager", "This account profile no longer exists."));
}

SecretResult settingsFailure(const ProfileStore &store) {
    return failureWithMessage(SecretResult::Error::Other, store.errorString());
}

// A profile naming a CA file that cannot be used is not saved: the user would only find out on
// the next connection, with every request refused.
QString caFileProblem(const AccountProfile &profile) {
    QString problem;
    if (!profile.caCertificateFile.isEmpty())
        tls::readCaCertificates(profile.caCertificateFile, &problem);
    return problem;
}

} // namespace

QString RotationResult::userMessage() const {
    if (verification.isError())
        return verification.userMessage();
    return storage.message;
}

AccountManager::AccountManager(std::unique_ptr<ProfileStore> store, QObject *parent)
    : QObject(parent)
    , m_store(store ? std::move(store) : std::make_unique<ProfileStore>())
    , m_secrets(new SecretStore(this)) {
    connect(m_secrets, &SecretStore::unconfirmedWriteLanded, this,
            &AccountManager::settleLateWrite);
    loadFromStore();
}

// A keychain write that timed out was reported as failed, yet completed later. The keychain must
// hold only what was committed: nothing for a profile that was abandoned (never added, removed,
// or kept for one session), the committed token for a saved one.
void AccountManager::settleLateWrite(const QString &profileId) {
    const auto p = profile(profileId);
    if (!p || p->transient || p->sessionOnlyToken) {
        qCInfo(lcAccounts) << "removing a late keychain write for abandoned profile" << profileId;
        m_secrets->removeToken(profileId, this, {});
        return;
    }
    const auto committed = m_memoryTokens.constFind(profileId);
    if (committed != m_memoryTokens.constEnd()) {
        qCInfo(lcAccounts) << "restoring the committed token of profile" << profileId
                           << "after a late keychain write";
        m_secrets->writeToken(profileId, *committed, this, {});
    }
}

AccountManager::~AccountManager() = default;

// The manager's copy of a token is a buffer of its own, so that replacing or dropping it can zero
// it in place (domain/secretmemory.h); the token it replaces is zeroed first.
void AccountManager::cacheToken(const QString &profileId, const QString &token) {
    dropCachedToken(profileId);
    m_memoryTokens.insert(profileId, unsharedCopy(token));
}

void AccountManager::dropCachedToken(const QString &profileId) {
    const auto it = m_memoryTokens.find(profileId);
    if (it == m_memoryTokens.end())
        return;
    wipeSecret(*it);
    m_memoryTokens.erase(it);
}

// A profile that disconnects keeps no copy of a token the keychain can give again; one kept for
// this session only (or a transient profile's) has no other home and stays.
void AccountManager::releaseCachedToken(const QString &profileId) {
    const auto p = profile(profileId);
    if (p && !p->transient && !p->sessionOnlyToken)
        dropCachedToken(profileId);
}

void AccountManager::loadFromStore() {
    QList<AccountProfile> transient;
    for (const AccountProfile &p : std::as_const(m_profiles)) {
        if (p.transient)
            transient.append(p);
    }
    m_profiles = m_store->load() + transient;
    const QString saved = m_store->activeProfileId();
    if (!m_activeId.isEmpty() && profile(m_activeId))
        return;
    if (profile(saved))
        m_activeId = saved;
    else
        m_activeId = m_profiles.isEmpty() ? QString() : m_profiles.constFirst().id;
}

void AccountManager::reload() {
    const QString before = m_activeId;
    loadFromStore();
    emit profilesChanged();
    if (before != m_activeId)
        emit activeProfileChanged(m_activeId);
}

std::optional<AccountProfile> AccountManager::profile(const QString &id) const {
    if (id.isEmpty())
        return std::nullopt;
    for (const AccountProfile &p : m_profiles) {
        if (p.id == id)
            return p;
    }
    return std::nullopt;
}

std::optional<AccountProfile> AccountManager::activeProfile() const {
    return profile(m_activeId);
}

bool AccountManager::setActiveProfile(const QString &id) {
    const auto p = profile(id);
    if (!p)
        return false;
    if (id == m_activeId)
        return true;
    releaseCachedToken(m_activeId);
    m_activeId = id;
    if (!p->transient)
        m_store->setActiveProfileId(id);
    qCInfo(lcAccounts) << "active profile is now" << id;
    emit activeProfileChanged(id);
    return true;
}

void AccountManager::replaceProfile(const AccountProfile &profile) {
    for (AccountProfile &p : m_profiles) {
        if (p.id == profile.id) {
            p = profile;
            return;
        }
    }
    // Saved profiles stay sorted by name, transient ones after them.
    if (profile.transient) {
        m_profiles.append(profile);
        return;
    }
    auto it = m_profiles.begin();
    while (it != m_profiles.end() && !it->transient &&
           it->displayName.compare(profile.displayName, Qt::CaseInsensitive) <= 0)
        ++it;
    m_profiles.insert(it, profile);
}

void AccountManager::addProfile(AccountProfile profile, const QString &token, bool sessionOnly,
                                QObject *context, Callback done) {
    Callback reply = guarded(context, std::move(done));
    if (const QString problem = caFileProblem(profile); !problem.isEmpty()) {
        reply(failureWithMessage(SecretResult::Error::Other, problem));
        return;
    }
    if (profile.id.isEmpty())
        profile.id = AccountProfile::newId();
    if (profile.transient) {
        reply(SecretResult::success(addTransientProfile(profile, token)));
        return;
    }
    if (this->profile(profile.id)) {
        reply(failureWithMessage(
            SecretResult::Error::Other,
            tr("A profile with this id exists already; edit it instead of adding it again.")));
        return;
    }
    storeToken(profile, token, sessionOnly, reply, true);
}

void AccountManager::updateProfile(AccountProfile profile, const QString &newToken,
                                   bool sessionOnly, QObject *context, Callback done) {
    Callback reply = guarded(context, std::move(done));
    const auto existing = this->profile(profile.id);
    if (!existing) {
        reply(unknownProfile());
        return;
    }
    if (const QString problem = caFileProblem(profile); !problem.isEmpty()) {
        reply(failureWithMessage(SecretResult::Error::Other, problem));
        return;
    }
    profile.transient = existing->transient;
    if (profile.transient) {
        if (!newToken.isEmpty())
            cacheToken(profile.id, newToken);
        replaceProfile(profile);
        emit profilesChanged();
        if (!newToken.isEmpty())
            emit credentialsChanged(profile.id);
        reply(SecretResult::success(profile.id));
        return;
    }
    if (newToken.isEmpty()) {
        profile.sessionOnlyToken = existing->sessionOnlyToken;
        if (!m_store->save(profile)) {
            reply(settingsFailure(*m_store));
            return;
        }
        replaceProfile(profile);
        emit profilesChanged();
        if (profile.apiKey != existing->apiKey || profile.baseUrl() != existing->baseUrl() ||
            profile.accountSid != existing->accountSid ||
            profile.caCertificateFile != existing->caCertificateFile)
            emit credentialsChanged(profile.id);
        reply(SecretResult::success(profile.id));
        return;
    }
    storeToken(profile, newToken, sessionOnly, reply, false);
}

void AccountManager::storeToken(const AccountProfile &original, const QString &token,
                                bool sessionOnly, const Callback &reply, bool isNew) {
    AccountProfile profile = original;
    profile.sessionOnlyToken = sessionOnly;
    const auto previous = this->profile(profile.id);
    auto commit = [this, profile, token, isNew, reply]() {
        cacheToken(profile.id, token);
        replaceProfile(profile);
        if (isNew && m_activeId.isEmpty()) {
            m_activeId = profile.id;
            m_store->setActiveProfileId(profile.id);
            emit profilesChanged();
            emit activeProfileChanged(profile.id);
        } else {
            emit profilesChanged();
        }
        if (!isNew)
            emit credentialsChanged(profile.id);
        qCInfo(lcAccounts) << (isNew ? "added profile" : "updated profile") << profile.id
                           << (profile.sessionOnlyToken ? "(token for this session only)"
                                                        : "(token in the keychain)");
        reply(SecretResult::success(profile.id));
    };

    if (sessionOnly) {
        if (!m_store->save(profile)) {
            reply(settingsFailure(*m_store));
            return;
        }
        // A token kept for the session replaces whatever the keychain held for this profile;
        // a stale copy there would come back next run.
        if (previous && !previous->sessionOnlyToken)
            m_secrets->removeToken(profile.id, this, {});
        commit();
        return;
    }

    // Held for putting the keychain back, in a buffer of its own that is zeroed when the last
    // callback holding it is gone.
    const HeldSecret previousToken = holdSecret(m_memoryTokens.value(profile.id));
    m_secrets->writeToken(
        profile.id, token, this,
        [this, profile, isNew, previousToken, reply, commit](const SecretResult &written) {
            if (!written.isOk()) {
                reply(written);
                return;
            }
            if (!m_store->save(profile)) {
                const SecretResult failed = settingsFailure(*m_store);
                // Put the keychain back the way it was, so that the profile stays as it was.
                if (isNew)
                    m_secrets->removeToken(profile.id, this, {});
                else if (previousToken)
                    m_secrets->writeToken(profile.id, *previousToken, this, {});
                reply(failed);
                return;
            }
            commit();
        });
}

void AccountManager::removeProfile(const QString &id, QObject *context, Callback done) {
    Callback reply = guarded(context, std::move(done));
    const auto existing = profile(id);
    if (!existing) {
        reply(unknownProfile());
        return;
    }
    auto forget = [this, id, reply]() {
        removeProfileRecords(id);
        dropCachedToken(id);
        m_profiles.erase(std::remove_if(m_profiles.begin(), m_profiles.end(),
                                        [&id](const AccountProfile &p) { return p.id == id; }),
                         m_profiles.end());
        const bool wasActive = m_activeId == id;
        if (wasActive)
            m_activeId = m_profiles.isEmpty() ? QString() : m_profiles.constFirst().id;
        if (wasActive && !m_activeId.isEmpty() && !profile(m_activeId)->transient)
            m_store->setActiveProfileId(m_activeId);
        qCInfo(lcAccounts) << "removed profile" << id;
        emit profilesChanged();
        if (wasActive)
            emit activeProfileChanged(m_activeId);
        reply(SecretResult::success(id));
    };
    if (existing->transient) {
        forget();
        return;
    }
    auto removeSettings = [this, id, reply, forget]() {
        if (!m_store->remove(id)) {
            reply(settingsFailure(*m_store));
            return;
        }
        forget();
    };
    if (existing->sessionOnlyToken) {
        removeSettings();
        return;
    }
    m_secrets->removeToken(id, this, [reply, removeSettings](const SecretResult &removed) {
        if (!removed.isOk()) {
            reply(removed);
            return;
        }
        removeSettings();
    });
}

void AccountManager::tokenFor(const QString &profileId, QObject *context, Callback done) {
    Callback reply = guarded(context, std::move(done));
    const auto p = profile(profileId);
    if (!p) {
        reply(unknownProfile());
        return;
    }
    const auto cached = m_memoryTokens.constFind(profileId);
    if (cached != m_memoryTokens.constEnd()) {
        // A copy of its own: each holder wipes its own buffer.
        reply(SecretResult::success(unsharedCopy(*cached)));
        return;
    }
    if (p->transient || p->sessionOnlyToken) {
        reply(failureWithMessage(SecretResult::Error::NotFound,
                                 tr("The API token of this profile was kept for one session only. "
                                    "Enter it again.")));
        return;
    }
    m_secrets->readToken(profileId, this, [this, profileId, reply](const SecretResult &read) {
        if (read.isOk() && profile(profileId))
            cacheToken(profileId, read.value);
        reply(read);
    });
}

void AccountManager::clientConfigFor(
    const QString &profileId, QObject *context,
    std::function<void(std::optional<ClientConfig>, SecretResult)> done) {
    tokenFor(profileId, context,
             [this, profileId, done = std::move(done)](const SecretResult &read) {
                 const auto p = profile(profileId);
                 if (!read.isOk() || !p) {
                     done(std::nullopt, read.isOk() ? unknownProfile() : read);
                     return;
                 }
                 done(p->toClientConfig(read.value), SecretResult::success());
             });
}

void AccountManager::rotateToken(const QString &profileId, const QString &newApiKey,
                                 const QString &newToken, const ConnectionVerifier &verifier,
                                 QObject *context, RotationCallback done,
                                 std::function<void(RotationStage)> onStage) {
    auto reply = [hasContext = context != nullptr, ctx = QPointer<QObject>(context),
                  done = std::move(done)](const RotationResult &result) {
        if ((hasContext && !ctx) || !done)
            return;
        done(result);
    };
    auto stage = [hasContext = context != nullptr, ctx = QPointer<QObject>(context),
                  onStage = std::move(onStage)](RotationStage s) {
        if ((hasContext && !ctx) || !onStage)
            return;
        onStage(s);
    };
    const auto existing = profile(profileId);
    if (!existing) {
        reply({{}, unknownProfile()});
        return;
    }
    if (newToken.isEmpty() || !verifier) {
        reply({{}, failureWithMessage(SecretResult::Error::Other, tr("Enter the new API token."))});
        return;
    }
    AccountProfile candidate = *existing;
    if (!newApiKey.isEmpty())
        candidate.apiKey = newApiKey;

    qCInfo(lcAccounts) << "verifying a new API token for profile" << profileId;
    stage(RotationStage::Verifying);
    verifier(candidate.toClientConfig(newToken), context ? context : this,
             [this, candidate, newToken, reply, stage](const ApiError &error) {
                 if (error.isError()) {
                     qCWarning(lcAccounts) << "new API token for profile" << candidate.id
                                           << "was not accepted:" << ApiError::kindName(error.kind);
                     reply({error, {}});
                     return;
                 }
                 const auto current = profile(candidate.id);
                 if (!current) {
                     reply({{}, unknownProfile()});
                     return;
                 }
                 stage(RotationStage::Saving);
                 AccountProfile updated = *current;
                 updated.apiKey = candidate.apiKey;
                 const bool keyChanged = updated.apiKey != current->apiKey;
                 auto commit = [this, updated, newToken, keyChanged, reply]() {
                     cacheToken(updated.id, newToken);
                     replaceProfile(updated);
                     if (keyChanged)
                         emit profilesChanged();
                     emit credentialsChanged(updated.id);
                     qCInfo(lcAccounts) << "API token of profile" << updated.id << "replaced";
                     reply({{}, SecretResult::success(updated.id)});
                 };
                 if (updated.transient || updated.sessionOnlyToken) {
                     if (!updated.transient && keyChanged && !m_store->save(updated)) {
                         reply({{}, settingsFailure(*m_store)});
                         return;
                     }
                     commit();
                     return;
                 }
                 // Read the old token first: if the settings refuse the new key after the
                 // keychain took the new token, the old token goes back.
                 tokenFor(
                     updated.id, this,
                     [this, updated, newToken, keyChanged, reply, commit](const SecretResult &old) {
                         // Held to put back should the settings refuse the new key; zeroed
                         // when the callbacks are done with it.
                         const HeldSecret oldToken = old.isOk() ? holdSecret(old.value) : nullptr;
                         m_secrets->writeToken(
                             updated.id, newToken, this,
                             [this, updated, oldToken, keyChanged, reply,
                              commit](const SecretResult &written) {
                                 if (!written.isOk()) {
                                     reply({{}, written});
                                     return;
                                 }
                                 if (keyChanged && !m_store->save(updated)) {
                                     const SecretResult failed = settingsFailure(*m_store);
                                     if (oldToken)
                                         m_secrets->writeToken(updated.id, *oldToken, this, {});
                                     reply({{}, failed});
                                     return;
                                 }
                                 commit();
                             });
                     });
             });
}

std::optional<AccountProfile> AccountManager::transientProfileFromEnvironment(const QUrl &apiUrl,
                                                                              QString *token) {
    const QString sid = qEnvironmentVariable("EXOTEL_ACCOUNT_SID");
    const QString key = qEnvironmentVariable("EXOTEL_API_KEY");
    const QString secret = qEnvironmentVariable("EXOTEL_API_TOKEN");
    if (sid.isEmpty() || key.isEmpty() || secret.isEmpty())
        return std::nullopt;
    AccountProfile p;
    p.id = kEnvironmentProfileId;
    p.displayName = QCoreApplication::translate("AccountManager", "%1 (from environment)").arg(sid);
    p.accountSid = sid;
    p.apiKey = key;
    p.transient = true;
    if (apiUrl.isEmpty() || isSameServer(apiUrl, regionBaseUrl(Region::Mumbai))) {
        p.region = Region::Mumbai;
    } else if (isSameServer(apiUrl, regionBaseUrl(Region::Singapore))) {
        p.region = Region::Singapore;
    } else {
        p.region = Region::Custom;
        p.customBaseUrl = apiUrl;
    }
    if (token)
        *token = secret;
    return p;
}

QString AccountManager::adoptEnvironmentProfile(const QUrl &apiUrl) {
    QString token;
    const auto p = transientProfileFromEnvironment(apiUrl, &token);
    if (!p)
        return {};
    QString id = addTransientProfile(*p, token);
    setActiveProfile(id);
    return id;
}

QString AccountManager::addTransientProfile(AccountProfile profile, const QString &token) {
    if (profile.id.isEmpty())
        profile.id = AccountProfile::newId();
    profile.transient = true;
    // Its aliases, rotations and plans stay in memory too (ProfileRecords).
    ProfileRecords::setVolatile(profile.id);
    cacheToken(profile.id, token);
    replaceProfile(profile);
    qCInfo(lcAccounts) << "transient profile" << profile.id << "(never saved)";
    emit profilesChanged();
    return profile.id;
}

} // namespace exotrunk
