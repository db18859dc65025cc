// The trunk list of an account that cannot list its trunks: the trunks this console knows for the
// profile, read one by one.

#include "api/exotelclient.h"
#include "knowntrunksstore.h"
#include "trunklistmodel.h"

#include <algorithm>

namespace exotrunk {

// The list endpoint is not documented in the reference; accounts without it answer 404/405.
bool TrunkListModel::meansListUnsupported(const ApiError &error) {
    return error.httpStatus == 404 || error.httpStatus == 405 ||
           (error.httpStatus == 0 && error.kind == ApiError::Kind::NotFound);
}

void TrunkListModel::startFallback() {
    m_fallback = true;
    m_fallbackTrunks.clear();
    m_fallbackError = {};
    m_fallbackUnreadable = 0;
    const QList<TrunkSid> sids = m_known->trunks();
    if (sids.isEmpty()) {
        mergeTrunks({});
        setProgress(0, 0);
        setUnreadableCount(0);
        finishLoad({});
        return;
    }
    m_fallbackPending = static_cast<int>(sids.size());
    setProgress(0, m_fallbackPending);
    for (const TrunkSid &sid : sids)
        lookUpKnownTrunk(sid);
}

// One known trunk, read the way the vendor's samples do: GET /trunks?trunk_sid=. Only that call,
// when the server supports it, can say a trunk does not exist; then the trunk is forgotten.
void TrunkListModel::lookUpKnownTrunk(const TrunkSid &sid) {
    m_client->lookUpTrunk(sid, m_load.get(), [this, sid](const ApiResult<QList<Trunk>> &result) {
        if (!result.isOk() && meansListUnsupported(result.error())) {
            readKnownTrunkByPath(sid);
            return;
        }
        if (result.isOk()) {
            const auto it = std::find_if(result.value().cbegin(), result.value().cend(),
                                         [&sid](const Trunk &t) { return t.sid == sid; });
            if (it != result.value().cend()) {
                m_fallbackTrunks.append(*it);
            } else if (result.skippedCount() > 0) {
                ++m_fallbackUnreadable; // listed, but not readable: not proof it is gone
            } else {
                qCInfo(lcTrunkList) << "known trunk" << sid.value() << "no longer exists";
                m_known->removeTrunk(sid);
            }
        } else if (result.error().kind != ApiError::Kind::Cancelled) {
            m_fallbackError = result.error();
        }
        knownTrunkSettled();
    });
}

// The path form, for a server without the narrowed list. A 404 here may only mean the path is
// not supported, so the trunk is kept (and counted as not readable), never forgotten.
void TrunkListModel::readKnownTrunkByPath(const TrunkSid &sid) {
    m_client->getTrunk(sid, m_load.get(), [this](const ApiResult<Trunk> &result) {
        if (result.isOk())
            m_fallbackTrunks.append(result.value());
        else if (result.error().kind == ApiError::Kind::NotFound)
            ++m_fallbackUnreadable;
        else if (result.error().kind != ApiError::Kind::Cancelled)
            m_fallbackError = result.error();
        knownTrunkSettled();
    });
}

void TrunkListModel::knownTrunkSettled() {
    --m_fallbackPending;
    const int total = m_progressTotal.value_or(0);
    setProgress(total - m_fallbackPending, total);
    if (m_fallbackPending > 0)
        return;
    mergeTrunks(m_fallbackTrunks);
    m_fallbackTrunks.clear();
    setUnreadableCount(m_fallbackUnreadable);
    finishLoad(m_fallbackError);
}

} // namespace exotrunk
