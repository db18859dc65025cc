#pragma once

#include "api/apierror.h"
#include "api/apiresult.h"
#include "domain/credential.h"
#include "domain/destinationuri.h"
#include "domain/ids.h"
#include "domain/phonenumber.h"
#include "domain/trunk.h"
#include "domain/trunksection.h"
#include "domain/trunksetting.h"
#include "domain/whitelistedip.h"

#include <QList>
#include <QLoggingCategory>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>
#include <optional>

Q_DECLARE_LOGGING_CATEGORY(lcTrunkChanges)

namespace exotrunk {

class ApiCall;
class ExotelClient;

// The outcome of one row of a change that touches several rows: which object (its id and the
// value a person recognises it by) and whether the server did it.
struct RowResult {
    QString id;
    QString value;  // "+918047361001", "65.0.12.44/32", "sip:…", a user name
    ApiError error; // Kind::None: done. Kind::Cancelled: not attempted.
    bool isOk() const { return !error.isError(); }
};

// Every write to one trunk's objects passes here: dialogs collect input and show progress and
// results, this object talks to the client (and is where an audit trail will hook in).
//
// Single edits take a context and a callback like the client and return its ApiCall (so a
// dialog can track and cancel it); on success `changed` names the section to read again.
// Removals of several rows run one after another, one request each, with a RowResult per row.
// An Unsupported answer ("this account's server does not have the endpoint") never counts as
// removed, and the rows after it are not attempted: the server will not have it for them
// either.
class TrunkChanges : public QObject {
    Q_OBJECT
public:
    template <typename T> using Callback = std::function<void(const ApiResult<T> &)>;

    TrunkChanges(ExotelClient *client, TrunkSid trunkSid, QObject *parent = nullptr);
    ~TrunkChanges() override;

    ExotelClient *client() const;
    const TrunkSid &trunkSid() const { return m_trunkSid; }

    // --- Single edits ---
    // DELETE the trunk itself, with its numbers, IPs, destinations and credentials.
    ApiCall *deleteTrunk(QObject *context, const Callback<Trunk> &done);
    ApiCall *renameTrunk(const QString &name, QObject *context, const Callback<Trunk> &done);
    ApiCall *mapPhoneNumber(const NewPhoneNumber &number, QObject *context,
                            const Callback<PhoneNumber> &done);
    ApiCall *changeNumberMode(const PhoneNumber &number, NumberMode mode, QObject *context,
                              const Callback<PhoneNumber> &done);
    ApiCall *allowIp(const NewWhitelistedIp &ip, QObject *context,
                     const Callback<WhitelistedIp> &done);
    // PUT …/whitelisted-ips/{id} with the same address and a new mask (16–32).
    ApiCall *changeIpMask(const WhitelistedIp &ip, int mask, QObject *context,
                          const Callback<WhitelistedIp> &done);
    ApiCall *changeDestinationOrder(const DestinationUri &destination, int priority, int weight,
                                    QObject *context, const Callback<DestinationUri> &done);
    ApiCall *createCredential(const NewCredential &credential, QObject *context,
                              const Callback<Credential> &done);
    // Friendly name and/or password in place (the password is sent once, never kept).
    ApiCall *updateCredential(const Credential &credential, const CredentialUpdate &update,
                              QObject *context, const Callback<Credential> &done);
    ApiCall *deleteCredential(const Credential &credential, QObject *context,
                              const Callback<Credential> &done);
    ApiCall *setCallerIdAlias(const QString &e164, QObject *context,
                              const Callback<TrunkSetting> &done);
    // DELETE …/settings?name=trunk_external_alias.
    ApiCall *removeCallerIdAlias(QObject *context, const Callback<TrunkSetting> &done);
    // A read, here so the page shows what the server has after a change made here.
    ApiCall *readSettings(QObject *context, const Callback<QList<TrunkSetting>> &done);
    // The trunk_external_alias value among `settings`, nullopt when there is none.
    static std::optional<QString> aliasIn(const QList<TrunkSetting> &settings);

    // --- Several rows at once (one removal at a time; false: one is already running) ---
    bool removePhoneNumbers(const QList<PhoneNumber> &numbers);
    bool removeWhitelistedIps(const QList<WhitelistedIp> &ips);
    bool removeDestinationUris(const QList<DestinationUri> &destinations);
    bool removeCredentials(const QList<Credential> &credentials);

    bool isRunning() const { return m_running; }
    // Stops a removal: the request in flight is aborted, the rows not yet attempted are
    // reported Cancelled. Single edits are cancelled through their ApiCall.
    void cancel();
    // The rows of the last (or running) removal, in the order given.
    const QList<RowResult> &results() const { return m_results; }
    int failedCount() const;

signals:
    // `section` was changed on the server (by a single edit, or at least one removed row).
    void changed(exotrunk::TrunkSection section);
    // A removal: `done` of `total` rows answered; `row` is the one that just finished.
    void progress(int done, int total);
    void rowFinished(const exotrunk::RowResult &row);
    void finished(exotrunk::TrunkSection section, const QList<exotrunk::RowResult> &results);

private:
    using RowStart = std::function<ApiCall *(QObject *context, std::function<void(ApiError)>)>;
    struct Row {
        RowResult result;
        RowStart start;
    };
    bool startRemoval(TrunkSection section, QList<Row> rows);
    void runNext();
    void finishRow(const ApiError &error);
    void finishRemoval();
    template <typename T>
    Callback<T> notifying(TrunkSection section, const Callback<T> &done, const char *what);

    QPointer<ExotelClient> m_client;
    TrunkSid m_trunkSid;
    TrunkSection m_section = TrunkSection::PhoneNumbers;
    QList<Row> m_rows;
    QList<RowResult> m_results;
    int m_next = 0;
    int m_generation = 0; // a queued "next row" of an earlier removal does nothing
    bool m_running = false;
    QPointer<ApiCall> m_call;
    QObject *m_rowContext = nullptr; // callbacks of a cancelled row die with it
};

} // namespace exotrunk

Q_DECLARE_METATYPE(exotrunk::RowResult)
