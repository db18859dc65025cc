// The list model's rows: paging, refresh merge and created/deleted rows share the row
// bookkeeping. What a cell shows is in trunklistmodeldata.cpp, the fallback list in
// trunklistfallback.cpp.
#include "trunklistmodel.h"

#include "api/exotelclient.h"
#include "diagnostics/readinesscache.h"
#include "knowntrunksstore.h"
#include "workflows/profilerecordsremoval.h"
#include "workflows/trunkchanges.h"

#include <algorithm>

Q_LOGGING_CATEGORY(lcTrunkList, "exotrunk.models.trunks")

namespace exotrunk {

TrunkListModel::TrunkListModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_readiness(new ReadinessCache(this)) {
    m_sliceTimer.setSingleShot(true);
    m_sliceTimer.setInterval(0);
    connect(&m_sliceTimer, &QTimer::timeout, this, &TrunkListModel::insertSlice);
    connect(m_readiness, &ReadinessCache::changed, this, [this](const TrunkSid &sid) {
        const int row = rowOfTrunk(sid);
        if (row >= 0)
            emit dataChanged(index(row, ReadinessColumn), index(row, ReadinessColumn));
    });
    connect(m_readiness, &ReadinessCache::cleared, this, [this] {
        if (!m_rows.isEmpty())
            emit dataChanged(index(0, ReadinessColumn),
                             index(int(m_rows.size()) - 1, ReadinessColumn));
    });
}

ExotelClient *TrunkListModel::client() const {
    return m_client.data();
}

TrunkListModel::~TrunkListModel() {
    // Callbacks are bound to this model and never run after it is gone; cancelling stops the
    // requests themselves.
    m_load.reset();
    for (const QPointer<ApiCall> &call : std::as_const(m_otherCalls)) {
        if (call)
            call->cancel();
    }
}

void TrunkListModel::setClient(ExotelClient *client, KnownTrunksStore *known) {
    cancel();
    m_client = client;
    m_known = known;
    m_fallback = false;
    m_lastError = {};
    m_readiness->clear(); // another account's trunks
    setUnreadableCount(0);
    if (!m_rows.isEmpty()) {
        beginResetModel();
        m_rows.clear();
        m_rowBySid.clear();
        endResetModel();
    }
    setProgress(0, std::nullopt);
    setState(State::Idle);
}

int TrunkListModel::rowOfTrunk(const TrunkSid &sid) const {
    return m_rowBySid.value(sid.value(), -1);
}

std::optional<Trunk> TrunkListModel::trunk(const TrunkSid &sid) const {
    const int row = rowOfTrunk(sid);
    if (row < 0)
        return std::nullopt;
    return m_rows.at(row).trunk;
}

bool TrunkListModel::isPendingDelete(const TrunkSid &sid) const {
    const int row = rowOfTrunk(sid);
    return row >= 0 && m_rows.at(row).pendingDelete;
}

void TrunkListModel::setState(State state) {
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

void TrunkListModel::setProgress(int loaded, std::optional<int> total) {
    m_progressLoaded = loaded;
    m_progressTotal = total;
    emit progressChanged(loaded, total.value_or(-1));
}

void TrunkListModel::rebuildIndex() {
    m_rowBySid.clear();
    m_rowBySid.reserve(m_rows.size());
    for (int i = 0; i < m_rows.size(); ++i)
        m_rowBySid.insert(m_rows.at(i).trunk.sid.value(), i);
}

void TrunkListModel::appendTrunks(const QList<Trunk> &trunks) {
    QList<Trunk> fresh;
    for (const Trunk &t : trunks) {
        const int existing = rowOfTrunk(t.sid);
        if (existing >= 0) {
            // A refresh lists every trunk again; only a changed one is news to the views (and to
            // the sorting proxy, which re-places each row it is told about).
            if (m_rows.at(existing).trunk != t || !m_rows.at(existing).readBack) {
                m_rows[existing].trunk = t;
                m_rows[existing].readBack = true;
                emit dataChanged(index(existing, 0), index(existing, ColumnCount - 1));
                m_readiness->trunkListed(t);
            }
        } else if (!t.sid.isEmpty()) {
            fresh.append(t);
        }
    }
    if (fresh.isEmpty())
        return;
    const int first = static_cast<int>(m_rows.size());
    beginInsertRows({}, first, first + static_cast<int>(fresh.size()) - 1);
    for (const Trunk &t : fresh) {
        m_rowBySid.insert(t.sid.value(), static_cast<int>(m_rows.size()));
        m_rows.append(Row{t, false});
    }
    endInsertRows();
}

void TrunkListModel::mergeTrunks(const QList<Trunk> &trunks, bool updateExisting) {
    QSet<QString> keep;
    keep.reserve(trunks.size());
    for (const Trunk &t : trunks)
        keep.insert(t.sid.value());

    // A trunk created here and not read back yet stays: the list may not show it so soon.
    const auto stays = [this, &keep](int at) {
        return keep.contains(m_rows.at(at).trunk.sid.value()) || !m_rows.at(at).readBack;
    };
    // Remove the rows that are gone, in contiguous blocks from the bottom so indexes stay valid.
    int row = static_cast<int>(m_rows.size()) - 1;
    bool removed = false;
    while (row >= 0) {
        if (stays(row)) {
            --row;
            continue;
        }
        int first = row;
        while (first > 0 && !stays(first - 1))
            --first;
        beginRemoveRows({}, first, row);
        m_rows.remove(first, row - first + 1);
        endRemoveRows();
        removed = true;
        row = first - 1;
    }
    if (removed)
        rebuildIndex();
    if (updateExisting) {
        appendTrunks(trunks);
        return;
    }
    QList<Trunk> missing;
    for (const Trunk &t : trunks) {
        if (rowOfTrunk(t.sid) < 0)
            missing.append(t);
    }
    appendTrunks(missing);
}

void TrunkListModel::dropQueuedRows() {
    m_sliceTimer.stop();
    m_queuedPages.clear();
    m_queuedOffset = 0;
    m_queuedRows = 0;
    m_fetched = 0;
    m_completion.reset();
}

void TrunkListModel::insertSlice() {
    if (!m_queuedPages.empty()) {
        const QList<Trunk> &front = m_queuedPages.front();
        const qsizetype count = std::min<qsizetype>(InsertSliceSize, front.size() - m_queuedOffset);
        const QList<Trunk> slice = front.mid(m_queuedOffset, count);
        m_queuedOffset += count;
        m_queuedRows -= count;
        if (m_queuedOffset >= front.size()) {
            m_queuedPages.pop_front();
            m_queuedOffset = 0;
        }
        // A slot connected to rowsInserted may cancel or restart the load (and so replace its
        // context).
        const QPointer<QObject> load = m_load.get();
        appendTrunks(slice);
        if (!load)
            return;
    }
    const int waiting = static_cast<int>(m_queuedRows);
    setProgress(m_fetched - waiting, m_progressTotal);
    if (waiting > 0) {
        m_sliceTimer.start();
        return;
    }
    if (m_completion) {
        const ApiResult<QList<Trunk>> result = std::move(*m_completion);
        m_completion.reset();
        completeLoad(result);
    }
}

void TrunkListModel::cancel() {
    m_streaming = false;
    m_incoming.clear();
    m_fallbackTrunks.clear();
    const bool wasBusy = isBusy();
    dropQueuedRows();
    m_fallbackPending = 0;
    m_load.reset();
    m_listing = false;
    for (const QPointer<ApiCall> &call : std::as_const(m_otherCalls)) {
        if (call)
            call->cancel();
    }
    m_otherCalls.clear();
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).pendingDelete) {
            m_rows[i].pendingDelete = false;
            emit dataChanged(index(i, 0), index(i, ColumnCount - 1));
        }
    }
    if (wasBusy)
        emit busyChanged(false);
    if (m_state == State::Loading)
        setState(m_rows.isEmpty() ? State::Idle : State::Loaded);
}

void TrunkListModel::refresh() {
    if (!m_client) {
        setState(State::Idle);
        return;
    }
    // A new context abandons the previous load's calls: no superseded answer is applied.
    m_load = std::make_unique<QObject>();
    m_fallbackPending = 0;
    m_incoming.clear();
    m_goneDuringLoad.clear();
    m_addedDuringLoad.clear();
    // Rows a superseded first load fetched but had not inserted yet are not shown.
    dropQueuedRows();
    m_streaming = m_rows.isEmpty();
    m_addedWhileStreaming = false;
    m_lastError = {};
    setProgress(0, std::nullopt);
    setState(m_rows.isEmpty() ? State::Loading : State::Loaded);
    qCDebug(lcTrunkList) << "loading trunks" << (m_streaming ? "(first load)" : "(refresh)");

    m_listing = true;
    m_client->listTrunks(
        m_load.get(),
        [this](const ApiResult<QList<Trunk>> &result) {
            m_listing = false;
            if (m_queuedRows > 0) {
                m_completion = result;
                return;
            }
            completeLoad(result);
        },
        [this](const QList<Trunk> &page, int loaded, std::optional<int> total) {
            if (!m_streaming) {
                if (total && *total > m_incoming.capacity())
                    m_incoming.reserve(std::min(*total, MaxRowsReserved));
                m_incoming.append(page);
                setProgress(loaded, total);
                return;
            }
            m_fetched = loaded;
            m_progressTotal = total;
            // Room for the whole list at once: growing it page by page would move every row
            // already in, on the UI thread, each time it fills up.
            if (total && *total > m_rows.capacity()) {
                m_rows.reserve(std::min(*total, MaxRowsReserved));
                m_rowBySid.reserve(m_rows.capacity());
            }
            if (!page.isEmpty()) {
                m_queuedRows += page.size();
                m_queuedPages.push_back(page);
            }
            // The first slice of a page goes in at once: the first page shows as it arrives.
            if (!m_sliceTimer.isActive())
                insertSlice();
        },
        m_pageSize);
    emit busyChanged(true);
}

void TrunkListModel::completeLoad(const ApiResult<QList<Trunk>> &result) {
    if (result.isOk()) {
        m_fallback = false;
        setUnreadableCount(result.skippedCount());
        const bool changedMeanwhile = !m_goneDuringLoad.isEmpty() || !m_addedDuringLoad.isEmpty();
        const QList<Trunk> listed = withChangesDuringLoad(result.value());
        m_goneDuringLoad.clear();
        m_addedDuringLoad.clear();
        // A streamed first load inserted exactly the listed trunks unless some were listed
        // twice or added or deleted meanwhile; only then is there anything to merge.
        if (!m_streaming || m_addedWhileStreaming || changedMeanwhile ||
            m_rows.size() != listed.size())
            mergeTrunks(listed, !m_streaming);
        m_incoming.clear();
        m_streaming = false;
        setProgress(static_cast<int>(m_rows.size()), static_cast<int>(m_rows.size()));
        finishLoad({});
        return;
    }
    if (meansListUnsupported(result.error()) && m_known) {
        qCInfo(lcTrunkList) << "the account cannot list trunks; using the known trunks";
        startFallback();
        return;
    }
    finishLoad(result.error());
}

// The fetched list may predate what was deleted or added here while it was on its way: it must
// neither bring a deleted trunk back nor drop a new one.
QList<Trunk> TrunkListModel::withChangesDuringLoad(const QList<Trunk> &fetched) const {
    if (m_goneDuringLoad.isEmpty() && m_addedDuringLoad.isEmpty())
        return fetched;
    QList<Trunk> listed;
    QSet<QString> seen;
    for (const Trunk &t : fetched) {
        if (m_goneDuringLoad.contains(t.sid.value()))
            continue;
        listed.append(t);
        seen.insert(t.sid.value());
    }
    for (const QString &sid : m_addedDuringLoad) {
        const int row = m_rowBySid.value(sid, -1);
        if (row >= 0 && !seen.contains(sid))
            listed.append(m_rows.at(row).trunk);
    }
    return listed;
}

void TrunkListModel::finishLoad(const ApiError &error) {
    m_streaming = false;
    m_lastError = error;
    emit busyChanged(false);
    if (error.kind == ApiError::Kind::Cancelled) {
        setState(m_rows.isEmpty() ? State::Idle : State::Loaded);
        return;
    }
    if (error.isError()) {
        qCWarning(lcTrunkList).noquote() << "loading trunks failed:" << error.technicalDetails();
        setState(m_rows.isEmpty() ? State::Error : State::RefreshFailed);
        return;
    }
    setState(m_rows.isEmpty() ? State::Empty : State::Loaded);
}

void TrunkListModel::setUnreadableCount(int count) {
    if (count > 0)
        qCWarning(lcTrunkList) << count << "listed trunks could not be read and are not shown";
    if (m_unreadable == count)
        return;
    m_unreadable = count;
    emit unreadableCountChanged(count);
}

QString TrunkListModel::unreadableMessage() const {
    if (m_unreadable <= 0)
        return {};
    return tr("%n trunk(s) could not be read and are not shown.", nullptr, m_unreadable);
}

void TrunkListModel::addOrUpdateTrunk(const Trunk &trunk) {
    if (trunk.sid.isEmpty())
        return;
    if (isBusy()) {
        m_addedDuringLoad.insert(trunk.sid.value());
        m_goneDuringLoad.remove(trunk.sid.value());
    }
    if (m_known)
        m_known->addTrunk(trunk.sid);
    if (m_streaming && rowOfTrunk(trunk.sid) < 0)
        m_addedWhileStreaming = true;
    appendTrunks({trunk});
    if (m_state == State::Empty || m_state == State::Error)
        setState(State::Loaded);
}

void TrunkListModel::removeTrunk(const TrunkSid &sid) {
    if (isBusy() && !sid.isEmpty()) {
        m_goneDuringLoad.insert(sid.value());
        m_addedDuringLoad.remove(sid.value());
    }
    const int row = rowOfTrunk(sid);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
    rebuildIndex();
    m_readiness->forget(sid);
    if (m_rows.isEmpty() && (m_state == State::Loaded || m_state == State::RefreshFailed))
        setState(State::Empty);
}

void TrunkListModel::setPendingDelete(const TrunkSid &sid, bool pending) {
    const int row = rowOfTrunk(sid);
    if (row < 0 || m_rows.at(row).pendingDelete == pending)
        return;
    m_rows[row].pendingDelete = pending;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void TrunkListModel::deleteTrunk(const TrunkSid &sid) {
    if (!m_client || isPendingDelete(sid))
        return;
    setPendingDelete(sid, true);
    qCInfo(lcTrunkList) << "deleting trunk" << sid.value();
    // Every write passes the workflows; the trunk's changes object is only needed to start it.
    QPointer<ApiCall> call =
        TrunkChanges(m_client, sid).deleteTrunk(this, [this, sid](const ApiResult<Trunk> &result) {
            if (result.isOk()) {
                removeTrunk(sid);
                if (m_known) {
                    m_known->removeTrunk(sid);
                    removeTrunkRecords(m_known->profileId(), sid);
                }
                emit deleteFinished(sid, true, QString());
                return;
            }
            setPendingDelete(sid, false);
            emit deleteFinished(sid, false, result.error().userMessage());
        });
    m_otherCalls.append(call);
    m_otherCalls.removeAll(QPointer<ApiCall>());
}

void TrunkListModel::openTrunkById(const TrunkSid &sid) {
    if (!m_client) {
        emit openFailed(sid, tr("Not connected to an account."));
        return;
    }
    QPointer<ApiCall> call =
        m_client->getTrunk(sid, this, [this, sid](const ApiResult<Trunk> &result) {
            if (!result.isOk()) {
                emit openFailed(sid, result.error().userMessage());
                return;
            }
            addOrUpdateTrunk(result.value());
            emit trunkOpened(result.value().sid);
        });
    m_otherCalls.append(call);
    m_otherCalls.removeAll(QPointer<ApiCall>());
}

void TrunkListModel::addCreatedTrunk(const Trunk &created) {
    if (created.sid.isEmpty())
        return;
    if (rowOfTrunk(created.sid) < 0) {
        // A load in flight was read before this trunk existed: it must not drop it.
        if (isBusy()) {
            m_addedDuringLoad.insert(created.sid.value());
            m_goneDuringLoad.remove(created.sid.value());
        }
        if (m_known)
            m_known->addTrunk(created.sid);
        if (m_streaming)
            m_addedWhileStreaming = true;
        const int at = static_cast<int>(m_rows.size());
        beginInsertRows({}, at, at);
        m_rowBySid.insert(created.sid.value(), at);
        m_rows.append(Row{created, false, false});
        endInsertRows();
        if (m_state == State::Empty || m_state == State::Error)
            setState(State::Loaded);
    }
    openTrunkById(created.sid);
}

bool TrunkListModel::isReadBack(const TrunkSid &sid) const {
    const int row = rowOfTrunk(sid);
    return row >= 0 && m_rows.at(row).readBack;
}

} // namespace exotrunk
