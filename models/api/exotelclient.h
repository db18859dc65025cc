#pragma once

#include "api/apicall.h"
#include "api/apiresult.h"
#include "api/clientconfig.h"
#include "api/endpointcatalogue.h"
#include "api/retrypolicy.h"
#include "domain/credential.h"
#include "domain/destinationuri.h"
#include "domain/phonenumber.h"
#include "domain/trunk.h"
#include "domain/trunkmap.h"
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

namespace exotrunk {

class RequestHistory;

// The Exotel v2 trunk API: one method per row of the endpoint catalogue (endpointcatalogue.h),
// over one transport (apitransport.h) that adds Basic auth, JSON headers, the transfer timeout, the
// rate limit and logging with secrets redacted. Callbacks run on the client's thread, exactly
// once, and never after their context object was destroyed.
//
// Endpoints documented only in the vendor's samples may be missing on an account's server: the
// first 404 or 405 there marks the endpoint unsupported for the life of this client (the
// profile's session), fails the call with ApiError::Kind::Unsupported and never means "gone";
// later calls to it fail at once without a request.
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

    // Whether the account's server answered an endpoint with 404/405 ("not supported on this
    // account"), and the sentence that says so, for a disabled action's tooltip.
    bool isSupported(Endpoint endpoint) const;
    QString unsupportedReason(Endpoint endpoint) const; // empty while supported

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
    // PUT /trunks/{trunk_sid}: only the fields set; a name follows the rules of createTrunk.
    ApiCall *updateTrunk(const TrunkSid &sid, const TrunkUpdate &update, QObject *context,
                         const Callback<Trunk> &done);
    ApiCall *renameTrunk(const TrunkSid &sid, const QString &name, QObject *context,
                         const Callback<Trunk> &done);
    ApiCall *deleteTrunk(const TrunkSid &sid, QObject *context, const Callback<Trunk> &done);

    // Phone numbers
    ApiCall *listPhoneNumbers(const TrunkSid &sid, QObject *context,
                              const Callback<QList<PhoneNumber>> &done);
    ApiCall *mapPhoneNumber(const TrunkSid &sid, const NewPhoneNumber &number, QObject *context,
                            const Callback<PhoneNumber> &done);
    ApiCall *updatePhoneNumberMode(const TrunkSid &sid, const PhoneNumberId &id,
                                   const QString &number, NumberMode mode, QObject *context,
                                   const Callback<PhoneNumber> &done);
    // DELETE …/phone-numbers?id=: the removed mapping.
    ApiCall *removePhoneNumber(const TrunkSid &sid, const PhoneNumberId &id, QObject *context,
                               const Callback<PhoneNumber> &done);
    // GET /trunk-maps?exophone=: the trunks an Exophone is mapped to, account-wide; `trunk`
    // narrows it to one trunk.
    ApiCall *lookUpExophone(const QString &e164, const std::optional<TrunkSid> &trunk,
                            QObject *context, const Callback<QList<TrunkMap>> &done);

    // Whitelisted IPs (ACLs)
    ApiCall *listWhitelistedIps(const TrunkSid &sid, QObject *context,
                                const Callback<QList<WhitelistedIp>> &done);
    ApiCall *whitelistIp(const TrunkSid &sid, const NewWhitelistedIp &ip, QObject *context,
                         const Callback<WhitelistedIp> &done);
    ApiCall *updateWhitelistedIp(const TrunkSid &sid, const WhitelistedIpId &id, const QString &ip,
                                 int mask, QObject *context, const Callback<WhitelistedIp> &done);
    ApiCall *removeWhitelistedIp(const TrunkSid &sid, const WhitelistedIpId &id, QObject *context,
                                 const Callback<WhitelistedIp> &done);

    // Destination URIs — several at once; a 207 gives one outcome per destination.
    ApiCall *listDestinationUris(const TrunkSid &sid, QObject *context,
                                 const Callback<QList<DestinationUri>> &done);
    ApiCall *addDestinationUris(const TrunkSid &sid, const QList<NewDestination> &destinations,
                                QObject *context,
                                const Callback<QList<ItemOutcome<DestinationUri>>> &done);
    ApiCall *updateDestinationUri(const TrunkSid &sid, const DestinationUriId &id, int priority,
                                  int weight, QObject *context,
                                  const Callback<DestinationUri> &done);
    ApiCall *removeDestinationUri(const TrunkSid &sid, const DestinationUriId &id, QObject *context,
                                  const Callback<DestinationUri> &done);

    // SIP digest credentials. A password is sent once and never logged or kept.
    ApiCall *listCredentials(const TrunkSid &sid, QObject *context,
                             const Callback<QList<Credential>> &done);
    ApiCall *getCredential(const TrunkSid &sid, const CredentialId &id, QObject *context,
                           const Callback<Credential> &done);
    ApiCall *createCredential(const TrunkSid &sid, const NewCredential &credential,
                              QObject *context, const Callback<Credential> &done);
    ApiCall *updateCredential(const TrunkSid &sid, const CredentialId &id,
                              const CredentialUpdate &update, QObject *context,
                              const Callback<Credential> &done);
    ApiCall *deleteCredential(const TrunkSid &sid, const CredentialId &id, QObject *context,
                              const Callback<Credential> &done);

    // Settings: the caller-ID alias (trunk_external_alias)
    ApiCall *setCallerIdAlias(const TrunkSid &sid, const QString &e164, QObject *context,
                              const Callback<TrunkSetting> &done);
    ApiCall *listSettings(const TrunkSid &sid, QObject *context,
                          const Callback<QList<TrunkSetting>> &done);
    // DELETE …/settings?name=: the removed setting.
    ApiCall *removeSetting(const TrunkSid &sid, const QString &name, QObject *context,
                           const Callback<TrunkSetting> &done);

    // Aborts everything in flight or queued; each callback sees Kind::Cancelled.
    // Destroying the client abandons pending calls without running their callbacks.
    void cancelAll();
    int pendingCount() const;
    // The last RequestHistory::DefaultCapacity requests and how each ended (method, path with
    // ids, HTTP status, request_id, time, duration); never a secret.
    const RequestHistory &requestHistory() const;

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
    // `endpoint` was found not supported on this account (isSupported() turned false).
    void supportChanged(exotrunk::Endpoint endpoint);

private:
    class Private;
    ClientConfig m_config; // before `d`: the transport holds a reference to it
    std::unique_ptr<Private> d;
};

} // namespace exotrunk
