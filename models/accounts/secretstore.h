#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>

#include <chrono>
#include <functional>
#include <memory>

namespace exotrunk {

// The outcome of one keychain operation, in words a support person can act on.
struct SecretResult {
    enum class Error {
        None,
        NotFound,     // no token saved under this key
        Unavailable,  // no Secret Service, no D-Bus session, backend error, or no answer in time
        AccessDenied, // the keychain is locked or the user refused access
        Other,        // anything else (e.g. the entry could not be deleted)
    };

    Error error = Error::None;
    QString message; // plain words for the user; empty on success
    QString detail;  // what the keychain backend said, for a "Details" line; never a secret
    QString value;   // the token, for a successful read only — do not log

    bool isOk() const { return error == Error::None; }
    // True when offering "Use for this session only" makes sense.
    bool keychainUnusable() const {
        return error == Error::Unavailable || error == Error::AccessDenied;
    }

    static SecretResult success(QString value = {});
    static SecretResult failure(Error error, QString detail = {});
    static QString plainMessage(Error error);
    static QString errorName(Error error); // "NotFound" … for logs and tests
};

// API tokens in the system keychain through QtKeychain: service "exotrunk-console", one entry
// per profile ("api-token/<profileId>"), plaintext fallback off. Every operation is
// asynchronous and reports exactly once through its callback — never after `context` was
// destroyed (a null context means "always report while the store lives").
//
// QtKeychain runs jobs one at a time per process and a job must never be deleted while it
// runs, so jobs are unparented and delete themselves; the store gives each operation its
// own deadline and reports "keychain not available" when it passes. A backend that is not
// ready (e.g. a keyring daemon still starting) gets one retry, as Nextcloud does.
class SecretStore : public QObject {
    Q_OBJECT
public:
    using Callback = std::function<void(const SecretResult &)>;

    static QString serviceName();                    // "exotrunk-console"
    static QString keyFor(const QString &profileId); // "api-token/<profileId>"

    explicit SecretStore(QObject *parent = nullptr);
    ~SecretStore() override;

    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    std::chrono::milliseconds timeout() const { return m_timeout; }
    void setRetryDelay(std::chrono::milliseconds delay) { m_retryDelay = delay; }

    void readToken(const QString &profileId, QObject *context, Callback done);
    void writeToken(const QString &profileId, const QString &token, QObject *context,
                    Callback done);
    // Removing an entry that does not exist succeeds.
    void removeToken(const QString &profileId, QObject *context, Callback done);
    // Asks the keychain for an entry that never exists: success means a working keychain.
    // QtKeychain 0.13 has no isAvailable(); this is the honest way to find out.
    void checkAvailable(QObject *context, Callback done);

    int pendingCount() const { return m_pending; }

signals:
    // A write that was already reported as failed (its deadline passed) completed after all,
    // and no other write for the profile is still running: the keychain now holds a token the
    // caller was told was not saved. The owner decides whether it stays (see AccountManager).
    void unconfirmedWriteLanded(const QString &profileId);

private:
    struct Operation;
    void start(const std::shared_ptr<Operation> &op);
    void startAttempt(const std::shared_ptr<Operation> &op);
    void finish(const std::shared_ptr<Operation> &op, const SecretResult &result);
    void writeJobEnded(const std::shared_ptr<Operation> &op, bool written);

    std::chrono::milliseconds m_timeout{10000};
    std::chrono::milliseconds m_retryDelay{500};
    int m_pending = 0;
    QHash<QString, int> m_writeJobsRunning; // per profile id, including jobs past their deadline
    QSet<QString> m_unconfirmedWrites;      // profile ids with a late, successful write
};

} // namespace exotrunk
