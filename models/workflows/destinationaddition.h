#pragma once

#include "api/apicall.h"
#include "api/apierror.h"
#include "api/apiresult.h"
#include "domain/destinationuri.h"
#include "domain/ids.h"
#include "domain/whitelistedip.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>

namespace exotrunk {

class ExotelClient;

// Adds destination URIs to an existing trunk, with a result per row: the rows go in one request,
// and the answer (200, or 207 Multi-Status with one outcome per destination) is matched back to
// them. A row refused because its IP is not whitelisted can be retried with allowAndRetry():
// whitelist IP/32 first (an existing entry is what we wanted), then resend that destination.
//
// Rows are named by the caller's keys (e.g. the form's row index); a key keeps its result until
// it is sent again. Cancelling stops the calls in flight; their rows end Failed ("cancelled").
class DestinationAddition : public QObject {
    Q_OBJECT
public:
    enum class RowState { Sending, Allowing, Added, Failed };
    Q_ENUM(RowState)

    struct RowResult {
        RowState state = RowState::Sending;
        NewDestination asked;
        DestinationUri added; // when Added
        ApiError error;       // when Failed
        // Failed because the IP is not whitelisted, and the host is an IPv4 literal.
        bool canAllowAndRetry = false;
        // The server's words, or ours when it gave none.
        QString reason() const;
    };

    DestinationAddition(ExotelClient *client, TrunkSid trunkSid, QObject *parent = nullptr);
    ~DestinationAddition() override;

    // Sends the destinations (one per key) in one request. Keys must be unique.
    void add(const QList<int> &keys, const QList<NewDestination> &destinations);
    // Whitelists the row's IP/32, then resends it. Only for a row with canAllowAndRetry.
    void allowAndRetry(int key);
    void cancel();

    // True while a call is in flight: closing now may leave some rows unsent.
    bool isRunning() const;
    bool hasResult(int key) const { return m_rows.contains(key); }
    RowResult result(int key) const { return m_rows.value(key); }
    void forget(int key) { m_rows.remove(key); }

    // The one matching of a multi-item answer to what was asked: for each asked destination,
    // the index of its outcome, or -1. An outcome that names the destination (with or without
    // "sip:") is its own; the rest go by the order of the request, then to outcomes that name
    // nothing. Each outcome is used once.
    static QList<int> matchOutcomes(const QList<NewDestination> &asked,
                                    const QList<ItemOutcome<DestinationUri>> &outcomes);

signals:
    void rowChanged(int key);
    // Whitelisted on the way (allowAndRetry); not emitted when the IP was already there.
    void ipAllowed(const exotrunk::WhitelistedIp &ip);
    void destinationsAdded(const QList<exotrunk::DestinationUri> &added);
    // A whole request failed (not one row): the dialog shows it as its error.
    void requestFailed(const exotrunk::ApiError &error);
    // For a busy indicator: every call it starts, with what it is doing in words.
    void callStarted(exotrunk::ApiCall *call, const QString &busyText);
    void runningChanged(bool running);

private:
    void send(const QList<int> &keys);
    void answered(const QList<int> &keys,
                  const ApiResult<QList<ItemOutcome<DestinationUri>>> &result);
    void setRow(int key, RowState state, const ApiError &error = {});
    void started(ApiCall *call, const QString &busyText);
    void callEnded();

    ExotelClient *m_client;
    TrunkSid m_trunkSid;
    QHash<int, RowResult> m_rows;
    QList<QPointer<ApiCall>> m_calls;
    int m_pending = 0; // calls started whose callback has not run yet
};

} // namespace exotrunk
