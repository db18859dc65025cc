#include "accounts/secretstore.h"

#include "accounts/accountslogging.h"

#include <QCoreApplication>
#include <QTimer>

#include <qt6keychain/keychain.h>

Q_LOGGING_CATEGORY(lcAccounts, "exotrunk.accounts")

namespace exotrunk {

namespace {

const char *kindName(int kind) {
    switch (kind) {
    case 0:
        return "read";
    case 1:
        return "write";
    case 2:
        return "remove";
    default:
        return "probe";
    }
}

SecretResult::Error mapError(QKeychain::Error error) {
    switch (error) {
    case QKeychain::NoError:
        return SecretResult::Error::None;
    case QKeychain::EntryNotFound:
        return SecretResult::Error::NotFound;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return SecretResult::Error::AccessDenied;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
        // 0.13 reports a missing session bus, a keyring that is not running and a missing
        // libsecret all as OtherError; none of them can be fixed by retrying later.
        return SecretResult::Error::Unavailable;
    case QKeychain::CouldNotDeleteEntry:
        return SecretResult::Error::Other;
    }
    return SecretResult::Error::Other;
}

// Errors a keyring that is still starting up gives; worth one more try.
bool worthRetrying(QKeychain::Error error) {
    return error == QKeychain::OtherError || error == QKeychain::NoBackendAvailable;
}

} // namespace

SecretResult SecretResult::success(QString value) {
    SecretResult r;
    r.value = std::move(value);
    return r;
}

SecretResult SecretResult::failure(Error error, QString detail) {
    SecretResult r;
    r.error = error;
    r.message = plainMessage(error);
    r.detail = std::move(detail);
    return r;
}

QString SecretResult::plainMessage(Error error) {
    switch (error) {
    case Error::None:
        return {};
    case Error::NotFound:
        return QCoreApplication::translate(
            "SecretStore",
            "No API token is saved for this profile in the system keychain. Enter the token "
            "again.");
    case Error::Unavailable:
        return QCoreApplication::translate(
            "SecretStore",
            "No system keychain is available (no Secret Service is running). You can use the "
            "token for this session only; it will not be saved.");
    case Error::AccessDenied:
        return QCoreApplication::translate(
            "SecretStore",
            "The system keychain is locked or refused access. Unlock it and try again, or use "
            "the token for this session only; it will not be saved.");
    case Error::Other:
        return QCoreApplication::translate(
            "SecretStore", "The system keychain could not complete the request. Try again.");
    }
    return {};
}

QString SecretResult::errorName(Error error) {
    switch (error) {
    case Error::None:
        return QStringLiteral("None");
    case Error::NotFound:
        return QStringLiteral("NotFound");
    case Error::Unavailable:
        return QStringLiteral("Unavailable");
    case Error::AccessDenied:
        return QStringLiteral("AccessDenied");
    case Error::Other:
        return QStringLiteral("Other");
    }
    return {};
}

struct SecretStore::Operation {
    enum Kind { Read, Write, Remove, Probe };
    Kind kind = Read;
    QString profileId;
    QString key;
    QString token; // for Write; dropped as soon as the operation ends
    bool hasContext = false;
    QPointer<QObject> context;
    Callback done;
    int attempt = 0;
    bool finished = false;
    bool timedOut = false;
    QTimer *deadline = nullptr;
};

QString SecretStore::serviceName() {
    return QStringLiteral("exotrunk-console");
}

QString SecretStore::keyFor(const QString &profileId) {
    return QStringLiteral("api-token/") + profileId;
}

SecretStore::SecretStore(QObject *parent)
    : QObject(parent) {}

// Pending jobs are not ours to delete: they finish on their own and delete themselves;
// their finished() connections die with this object.
SecretStore::~SecretStore() = default;

void SecretStore::readToken(const QString &profileId, QObject *context, Callback done) {
    auto op = std::make_shared<Operation>();
    op->kind = Operation::Read;
    op->key = keyFor(profileId);
    op->hasContext = context != nullptr;
    op->context = context;
    op->done = std::move(done);
    start(op);
}

void SecretStore::writeToken(const QString &profileId, const QString &token, QObject *context,
                             Callback done) {
    auto op = std::make_shared<Operation>();
    op->kind = Operation::Write;
    op->profileId = profileId;
    op->key = keyFor(profileId);
    op->token = token;
    op->hasContext = context != nullptr;
    op->context = context;
    op->done = std::move(done);
    start(op);
}

void SecretStore::removeToken(const QString &profileId, QObject *context, Callback done) {
    auto op = std::make_shared<Operation>();
    op->kind = Operation::Remove;
    op->key = keyFor(profileId);
    op->hasContext = context != nullptr;
    op->context = context;
    op->done = std::move(done);
    start(op);
}

void SecretStore::checkAvailable(QObject *context, Callback done) {
    auto op = std::make_shared<Operation>();
    op->kind = Operation::Probe;
    op->key = QStringLiteral("availability-probe");
    op->hasContext = context != nullptr;
    op->context = context;
    op->done = std::move(done);
    start(op);
}

void SecretStore::start(const std::shared_ptr<Operation> &op) {
    ++m_pending;
    op->deadline = new QTimer(this);
    op->deadline->setSingleShot(true);
    connect(op->deadline, &QTimer::timeout, this, [this, op] {
        qCWarning(lcAccounts).nospace()
            << "keychain " << kindName(op->kind) << " of " << op->key << " got no answer within "
            << m_timeout.count() << " ms; treating the keychain as not available";
        op->timedOut = true;
        SecretResult r =
            SecretResult::failure(SecretResult::Error::Unavailable,
                                  tr("The system keychain did not answer within %1 seconds.")
                                      .arg(qMax<qint64>(1, (m_timeout.count() + 999) / 1000)));
        finish(op, r);
    });
    op->deadline->start(m_timeout);
    startAttempt(op);
}

void SecretStore::startAttempt(const std::shared_ptr<Operation> &op) {
    ++op->attempt;
    QKeychain::Job *job = nullptr;
    const QString service = serviceName();
    switch (op->kind) {
    case Operation::Read:
    case Operation::Probe:
        job = new QKeychain::ReadPasswordJob(service);
        break;
    case Operation::Write: {
        auto *write = new QKeychain::WritePasswordJob(service);
        write->setTextData(op->token);
        job = write;
        ++m_writeJobsRunning[op->profileId];
        break;
    }
    case Operation::Remove:
        job = new QKeychain::DeletePasswordJob(service);
        break;
    }
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(op->key);
    connect(job, &QKeychain::Job::finished, this, [this, op](QKeychain::Job *finishedJob) {
        if (op->kind == Operation::Write) {
            // Runs after this lambda's own handling, so that a caller's callback (which may
            // commit the profile) comes before the late-write check.
            QMetaObject::invokeMethod(
                this,
                [this, op, written = finishedJob->error() == QKeychain::NoError] {
                    writeJobEnded(op, written);
                },
                Qt::QueuedConnection);
        }
        if (op->finished)
            return; // the deadline already answered for this operation
        const QKeychain::Error error = finishedJob->error();
        const QString detail = finishedJob->errorString();
        if (error == QKeychain::NoError) {
            QString value;
            if (op->kind == Operation::Read)
                value = static_cast<QKeychain::ReadPasswordJob *>(finishedJob)->textData();
            qCDebug(lcAccounts).nospace()
                << "keychain " << kindName(op->kind) << " of " << op->key << " succeeded";
            finish(op, SecretResult::success(std::move(value)));
            return;
        }
        if (error == QKeychain::EntryNotFound &&
            (op->kind == Operation::Remove || op->kind == Operation::Probe)) {
            qCDebug(lcAccounts).nospace() << "keychain " << kindName(op->kind) << " of " << op->key
                                          << ": no such entry, which is fine";
            finish(op, SecretResult::success());
            return;
        }
        if (error == QKeychain::EntryNotFound)
            qCDebug(lcAccounts).nospace()
                << "keychain " << kindName(op->kind) << " of " << op->key << ": no such entry";
        else
            qCWarning(lcAccounts).nospace()
                << "keychain " << kindName(op->kind) << " of " << op->key << " failed (attempt "
                << op->attempt << "): error " << int(error) << " " << detail;
        if (op->attempt == 1 && worthRetrying(error)) {
            QTimer::singleShot(m_retryDelay, this, [this, op] {
                if (!op->finished)
                    startAttempt(op);
            });
            return;
        }
        finish(op, SecretResult::failure(mapError(error), detail));
    });
    job->start();
}

void SecretStore::writeJobEnded(const std::shared_ptr<Operation> &op, bool written) {
    if (op->timedOut && written) {
        qCWarning(lcAccounts).nospace()
            << "keychain write of " << op->key << " completed after its deadline had passed";
        m_unconfirmedWrites.insert(op->profileId);
    }
    const int running = --m_writeJobsRunning[op->profileId];
    if (running > 0)
        return; // a newer write for the profile decides what the entry holds
    m_writeJobsRunning.remove(op->profileId);
    if (m_unconfirmedWrites.remove(op->profileId))
        emit unconfirmedWriteLanded(op->profileId);
}

void SecretStore::finish(const std::shared_ptr<Operation> &op, const SecretResult &result) {
    if (op->finished)
        return;
    op->finished = true;
    op->token.clear();
    --m_pending;
    if (op->deadline) {
        op->deadline->stop();
        op->deadline->deleteLater();
        op->deadline = nullptr;
    }
    Callback done = std::move(op->done);
    op->done = nullptr;
    if (op->hasContext && !op->context)
        return;
    if (done)
        done(result);
}

} // namespace exotrunk
