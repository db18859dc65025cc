#pragma once

#include "api/apierror.h"
#include "api/apiresult.h"
#include "domain/trunk.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QLoggingCategory>
#include <QPointer>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QTimer>

#include <algorithm>
#include <deque>
#include <memory>
#include <optional>

Q_DECLARE_LOGGING_CATEGORY(lcTrunkList)

namespace exotrunk {

class ApiCall;
class ExotelClient;
class KnownTrunksStore;
class ReadinessCache;

// The trunks of one account, as the dashboard lists them. Loads every page of GET /trunks and
// shows each page as it arrives: its first InsertSliceSize rows at once, the rest in slices of
// that size, one per event-loop turn, so a large page never holds the UI thread for long. A refresh
// keeps the rows on screen and merges the new list in when it is complete, so a failed refresh
// loses nothing. When the account cannot list trunks (404/405) it falls back to the trunks this
// console knows for the profile, reading each with GET /trunks?trunk_sid= (or, where that is not
// supported either, GET /trunks/{sid}). A trunk it cannot read is left out and counted, never
// hidden with the others.
class TrunkListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        DomainColumn,
        CreatedColumn,
        UpdatedColumn,
        StatusColumn,
        ReadinessColumn, // what the readiness rules found when the trunk's details loaded
        ActionsColumn,
        ColumnCount
    };
    enum Role {
        SidRole = Qt::UserRole + 1, // QString trunk_sid
        NameRole,                   // QString trunk_name
        SortRole,                   // raw value to sort by (QString, QDateTime, bool)
        StatusRole,                 // QString "active" / "inactive" as the API says
        ActiveRole,                 // bool
        PendingDeleteRole,          // bool: a delete request for this row is in flight
        SipUriRole,                 // QString sip:<trunk_sid>
        DomainRole,                 // QString domain_name
        SearchTextRole,             // QString name, SID and domain, for the filter
        ReadBackRole,               // bool: false while the row is only what creating it returned
        ReadinessRole,              // int ReadinessCache::Verdict of the trunk
    };
    enum class State {
        Idle,          // no client
        Loading,       // first load, nothing to show yet (or the first pages so far)
        Loaded,        // complete, at least one trunk
        Empty,         // complete, no trunk
        Error,         // the load failed and there is nothing to show
        RefreshFailed, // a refresh failed; the previous rows stay
    };
    Q_ENUM(State)

    explicit TrunkListModel(QObject *parent = nullptr);
    ~TrunkListModel() override;

    // Cancels whatever the previous client was doing and clears the rows. Neither pointer is
    // owned; `known` may be null (no fallback).
    void setClient(ExotelClient *client, KnownTrunksStore *known);
    ExotelClient *client() const;
    KnownTrunksStore *knownTrunks() const { return m_known; }
    // The readiness of the trunks whose details were loaded in this session, shown in the
    // Readiness column; fed from outside (never by requests of the list), emptied by setClient().
    ReadinessCache *readiness() const { return m_readiness; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    // Trunks per GET /trunks request; 0 (the default) leaves it to the server (50). The
    // dashboard asks for LargePageSize: a 10,000-trunk account then loads in 50 requests, well
    // inside the 200/min limit, instead of 200, and each page stays quick to insert.
    static constexpr int LargePageSize = 200;
    void setPageSize(int trunksPerPage) { m_pageSize = std::max(0, trunksPerPage); }
    int pageSize() const { return m_pageSize; }

    // Rows inserted per event-loop turn while a first load streams in.
    static constexpr int InsertSliceSize = 50;
    // The most rows reserved ahead from the total a server announces (the total is the
    // server's word; beyond this the list grows as rows arrive).
    static constexpr int MaxRowsReserved = 100000;

    State state() const { return m_state; }
    // Also true while fetched rows wait for their turn to be inserted.
    bool isBusy() const {
        return m_listing || m_fallbackPending > 0 || m_queuedRows > 0 || m_completion.has_value();
    }
    // True while the rows come from the known-trunks fallback instead of GET /trunks.
    bool isFallback() const { return m_fallback; }
    const ApiError &lastError() const { return m_lastError; }
    int loadedCount() const { return m_progressLoaded; }
    // Trunks the last load could not read and left out (the others are shown): a listed item
    // the console cannot decode, or a known trunk the fallback could not read. 0 when none.
    int unreadableCount() const { return m_unreadable; }
    // "1 trunk could not be read and is not shown." (translated); empty when none.
    QString unreadableMessage() const;
    std::optional<int> totalCount() const { return m_progressTotal; }

    int rowOfTrunk(const TrunkSid &sid) const;
    std::optional<Trunk> trunk(const TrunkSid &sid) const;
    const Trunk &trunkAt(int row) const { return m_rows.at(row).trunk; }
    bool isPendingDelete(const TrunkSid &sid) const;

public slots:
    void refresh();
    void cancel();

public:
    // Adds a trunk (created here or opened by ID) or updates its row; remembers it for the
    // fallback list.
    void addOrUpdateTrunk(const Trunk &trunk);
    // Drops the row without asking the server (the trunk is known to be gone).
    void removeTrunk(const TrunkSid &sid);
    void setPendingDelete(const TrunkSid &sid, bool pending);

    // DELETE /trunks?trunk_sid=…: marks the row pending, removes it on success, clears the
    // mark on failure. Emits deleteFinished either way.
    void deleteTrunk(const TrunkSid &sid);
    // GET /trunks/{sid}: adds the trunk to the list and to the known trunks. Emits
    // trunkOpened or openFailed.
    void openTrunkById(const TrunkSid &sid);
    // A trunk this console just created: listed at once from what is known (SID, name, domain),
    // marked as not yet read back, then read back with openTrunkById(). If the read-back fails
    // the row stays, marked, until a read-back or a refresh lists it; a refresh that does not
    // list it yet keeps it too, so a created trunk never goes missing from the list.
    void addCreatedTrunk(const Trunk &created);
    bool isReadBack(const TrunkSid &sid) const;

signals:
    void stateChanged(exotrunk::TrunkListModel::State state);
    // total < 0 when the server does not say how many there are.
    void progressChanged(int loaded, int total);
    void busyChanged(bool busy);
    void unreadableCountChanged(int count);
    void deleteFinished(const exotrunk::TrunkSid &sid, bool ok, const QString &message);
    void trunkOpened(const exotrunk::TrunkSid &sid);
    void openFailed(const exotrunk::TrunkSid &sid, const QString &message);

private:
    struct Row {
        Trunk trunk;
        bool pendingDelete = false;
        bool readBack = true; // false: created here, Exotel has not shown it to us yet
    };

    void setState(State state);
    void appendTrunks(const QList<Trunk> &trunks);
    // updateExisting false: rows already listed are taken as current (a streamed first load
    // inserted those very trunks), which spares one dataChanged per row.
    void mergeTrunks(const QList<Trunk> &trunks, bool updateExisting = true);
    void insertSlice();
    void dropQueuedRows();
    void completeLoad(const ApiResult<QList<Trunk>> &result);
    QList<Trunk> withChangesDuringLoad(const QList<Trunk> &fetched) const;
    void finishLoad(const ApiError &error);
    static bool meansListUnsupported(const ApiError &error);
    void startFallback();
    void lookUpKnownTrunk(const TrunkSid &sid);
    void readKnownTrunkByPath(const TrunkSid &sid);
    void knownTrunkSettled();
    void setUnreadableCount(int count);
    void rebuildIndex();
    void setProgress(int loaded, std::optional<int> total);

    QPointer<ExotelClient> m_client;
    KnownTrunksStore *m_known = nullptr;
    ReadinessCache *m_readiness;
    QList<Row> m_rows;
    QHash<QString, int> m_rowBySid;
    // The context of the current load and its fallback reads: replacing or dropping it abandons
    // them (their callbacks never run). Deletes and opens by id are in m_otherCalls.
    std::unique_ptr<QObject> m_load;
    bool m_listing = false; // GET /trunks (all its pages) has not answered yet
    QList<QPointer<ApiCall>> m_otherCalls;
    State m_state = State::Idle;
    ApiError m_lastError;
    bool m_fallback = false;
    bool m_streaming = false;           // rows are appended page by page (first load)
    bool m_addedWhileStreaming = false; // addOrUpdateTrunk added a row during the first load
    int m_pageSize = 0;
    QList<Trunk> m_incoming; // a refresh collects here and merges at the end
    // A first load's fetched pages whose rows are not all inserted yet, in order; the first
    // m_queuedOffset rows of the front page are in. Kept as pages so that taking a slice never
    // moves the rows still waiting.
    std::deque<QList<Trunk>> m_queuedPages;
    qsizetype m_queuedOffset = 0;
    qsizetype m_queuedRows = 0; // rows waiting in m_queuedPages
    int m_fetched = 0;          // rows the client has delivered for the current first load
    // The load's answer, held until the queued rows are in.
    std::optional<ApiResult<QList<Trunk>>> m_completion;
    QTimer m_sliceTimer;
    QList<Trunk> m_fallbackTrunks;
    int m_fallbackPending = 0;
    ApiError m_fallbackError;
    int m_fallbackUnreadable = 0;
    int m_unreadable = 0;
    // Trunks removed or added here while a load was on its way; its list may predate them.
    QSet<QString> m_goneDuringLoad;
    QSet<QString> m_addedDuringLoad;
    int m_progressLoaded = 0;
    std::optional<int> m_progressTotal;
};

// Filters across name, SID and domain (case-insensitive) and sorts by the raw SortRole.
class TrunkFilterProxyModel : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit TrunkFilterProxyModel(QObject *parent = nullptr);
    void setSearchText(const QString &text);
    QString searchText() const { return m_search; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QString m_search;
};

} // namespace exotrunk
