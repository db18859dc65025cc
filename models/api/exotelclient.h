#pragma once

#include "api/apiresult.h"
#include "api/clientconfig.h"
#include "domain/credential.h"
#include "domain/destinationuri.h"
#include "domain/phonenumber.h"
#include "domain/trunk.h"
#include "domain/trunksetting.h"
#include "domain/whitelistedip.h"

#include <QList>
#include <QLoggingCategory>
#include <QObject>
#include <QPointer>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>

Q_DECLARE_LOGGING_CATEGORY(lcApi)

class QNetworkAccessManager;

namespace exotrunk {

class ExotelClient;

// How the client retries. A 429 means the server did not act, so any method is re-sent after
// the wait, up to maxAttempts. After an unknown outcome (timeout, dropped connection, 5xx) only
// GETs are re-sent, transientRetriesForGet times; POST/PUT/DELETE fail and ask for a refresh.
struct RetryPolicy {
    int maxAttempts = 4;            // per request, counting the first send
    int transientRetriesForGet = 1; // re-sends of a GET after a dropped connection or a 5xx
    std::chrono::milliseconds initialBackoff{1000}; // 429 without Retry-After: 1 s, 2 s, 4 s …
    std::chrono::milliseconds maxBackoff{32000};    // cap for the backoff (Retry-After is obeyed)
};

// One API call in flight (a paginated list is one call spanning several requests).
// Owned by the client; it deletes itself after it finished. Hold it in a QPointer.
class ApiCall : public QObject {
    Q_OBJECT
public:
    // Aborts the request. The callback then runs once with ApiError::Kind::Cancelled,
    // unless its context object is already gone.
    void cancel();
    bool isFinished() const { return m_finished; }
    QString description() const { return m_description; } // "GET /trunks", never secrets

signals:
    // For lists: items loaded so far and the total when the server tells it.
    void progress(int loaded, std::optional<int> total);
    void finished();

protected:
    friend class ExotelClient;
    explicit ApiCall(QString description, QObject *parent);
    std::function<void()> m_abort;
    bool m_finished = false;
    QString m_description;
};

// The Exotel v2 trunk API over one QNetworkAccessManager. Every request passes one place
// that adds Basic auth, JSON headers, the transfer timeout, the rate limit and logging with
// secrets redacted. Callbacks run on the client's thread, exactly once, and never after
// their context object was destroyed.
class ExotelClient : public QObject {
    Q_OBJECT
public:
    template <typename T> using Callback = std::function<void(const ApiResult<T> &)>;
    using TrunkPageCallback =
        std::function<void(const QList<Trunk> &page, int loaded, std::optional<int> total)>;

    explicit ExotelClient(ClientConfig config, QObject *parent = nullptr);
    ~ExotelClient() override;

    const ClientConfig &config() const { return m_config; }
    // Zeroes the API token and the Authorization header bytes this client holds (in place, when
    // no one else shares the buffer; see domain/secretmemory.h) and drops them. For a profile
    // that disconnects; the destructor does it too. Later requests carry no valid credentials.
    void wipeCredentials();
    QNetworkAccessManager *networkAccessManager() const { return m_nam; }

    // Trunks. `pageSize` > 0 asks for pages of that size instead of the server's default (50):
    // fewer requests against the rate limit on a large account. The server may apply a smaller
    // size (the pages follow next_page_uri either way); one that refuses it with a 400 is asked
    // again without it.
    ApiCall *listTrunks(QObject *context, const Callback<QList<Trunk>> &done,
                        TrunkPageCallback onPage = {}, int pageSize = 0);
    ApiCall *getTrunk(const TrunkSid &sid, QObject *context, const Callback<Trunk> &done);
    // GET /trunks?trunk_sid=…: one trunk through the list endpoint, as the vendor's samples read
    // it (GET /trunks/{sid} is not in the reference). A list without it: no such trunk.
    ApiCall *lookUpTrunk(const TrunkSid &sid, QObject *context, const Callback<QList<Trunk>> &done);
    ApiCall *createTrunk(const NewTrunk &trunk, QObject *context, const Callback<Trunk> &done);
    ApiCall *deleteTrunk(const TrunkSid &sid, QObject *context, const Callback<Trunk> &done);

    // Phone numbers
    ApiCall *listPhoneNumbers(const TrunkSid &sid, QObject *context,
                              const Callback<QList<PhoneNumber>> &done);
    ApiCall *mapPhoneNumber(const TrunkSid &sid, const NewPhoneNumber &number, QObject *context,
                            const Callback<PhoneNumber> &done);
    ApiCall *updatePhoneNumberMode(const TrunkSid &sid, const PhoneNumberId &id,
                                   const QString &number, NumberMode mode, QObject *context,
                                   const Callback<PhoneNumber> &done);

    // Whitelisted IPs (ACLs)
    ApiCall *listWhitelistedIps(const TrunkSid &sid, QObject *context,
                                const Callback<QList<WhitelistedIp>> &done);
    ApiCall *whitelistIp(const TrunkSid &sid, const NewWhitelistedIp &ip, QObject *context,
                         const Callback<WhitelistedIp> &done);

    // Destination URIs — several at once; a 207 gives one outcome per destination.
    ApiCall *listDestinationUris(const TrunkSid &sid, QObject *context,
                                 const Callback<QList<DestinationUri>> &done);
    ApiCall *addDestinationUris(const TrunkSid &sid, const QList<NewDestination> &destinations,
                                QObject *context,
                                const Callback<QList<ItemOutcome<DestinationUri>>> &done);

    // SIP digest credentials
    ApiCall *listCredentials(const TrunkSid &sid, QObject *context,
                             const Callback<QList<Credential>> &done);
    ApiCall *createCredential(const TrunkSid &sid, const NewCredential &credential,
                              QObject *context, const Callback<Credential> &done);
    ApiCall *deleteCredential(const TrunkSid &sid, const CredentialId &id, QObject *context,
                              const Callback<Credential> &done);

    // Settings: the caller-ID alias (trunk_external_alias)
    ApiCall *setCallerIdAlias(const TrunkSid &sid, const QString &e164, QObject *context,
                              const Callback<TrunkSetting> &done);

    // Aborts everything in flight or queued; each callback sees Kind::Cancelled.
    // Destroying the client abandons pending calls without running their callbacks.
    void cancelAll();
    int pendingCount() const;

    void setRetryPolicy(const RetryPolicy &policy);
    RetryPolicy retryPolicy() const;

    // The clock behind the rate limiter, for tests and benchmarks that run a minute of traffic
    // in less than a minute: `monotonicMs` gives virtual milliseconds, and the wake-up timer
    // waits a virtual wait divided by `timeScale` real milliseconds (use the same factor by
    // which the virtual clock runs faster than real time). Set it before the first request; an
    // empty function restores the real clock.
    void setClock(std::function<qint64()> monotonicMs, double timeScale = 1.0);

signals:
    // The server asked us to slow down (429); requests resume after `waitMs`.
    void rateLimited(qint64 waitMs);

private:
    class Private;
    std::unique_ptr<Private> d;
    ClientConfig m_config;
    QNetworkAccessManager *m_nam = nullptr;
};

} // namespace exotrunk
