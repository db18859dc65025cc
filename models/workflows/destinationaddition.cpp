#include "workflows/destinationaddition.h"
#include "workflows/provisioningrequest.h"

#include "api/exotelclient.h"
#include "validation/validators.h"

namespace exotrunk {

namespace {

// The API's words for an IP destination without an ACL entry.
bool isNotWhitelisted(const ApiError &error) {
    const QString text = error.message + QLatin1Char(' ') + error.description;
    return text.contains(QLatin1String("not whitelisted"), Qt::CaseInsensitive);
}

} // namespace

QString DestinationAddition::RowResult::reason() const {
    return error.message.isEmpty() ? error.userMessage() : error.serverText();
}

DestinationAddition::DestinationAddition(ExotelClient *client, TrunkSid trunkSid, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_trunkSid(std::move(trunkSid)) {}

DestinationAddition::~DestinationAddition() {
    cancel();
}

QList<int> DestinationAddition::matchOutcomes(const QList<NewDestination> &asked,
                                              const QList<ItemOutcome<DestinationUri>> &outcomes) {
    QList<bool> used(outcomes.size(), false);
    QList<int> matched(asked.size(), -1);
    const auto take = [&](int k, int o) {
        matched[k] = o;
        used[o] = true;
    };
    // By name first: the outcome that names what was asked.
    for (int k = 0; k < asked.size(); ++k) {
        const QString uri = asked.at(k).toUriString();
        for (int o = 0; o < outcomes.size() && matched.at(k) < 0; ++o) {
            const QString &input = outcomes.at(o).input;
            if (!used.at(o) &&
                (input.compare(uri, Qt::CaseInsensitive) == 0 ||
                 input.compare(QLatin1String("sip:") + uri, Qt::CaseInsensitive) == 0))
                take(k, o);
        }
    }
    // Then by the order of the request, then any outcome that names nothing.
    for (int k = 0; k < asked.size(); ++k) {
        if (matched.at(k) < 0 && k < outcomes.size() && !used.at(k))
            take(k, k);
    }
    for (int k = 0; k < asked.size(); ++k) {
        for (int o = 0; o < outcomes.size() && matched.at(k) < 0; ++o) {
            if (!used.at(o) && outcomes.at(o).input.isEmpty())
                take(k, o);
        }
    }
    return matched;
}

bool DestinationAddition::isRunning() const {
    return m_pending > 0;
}

void DestinationAddition::cancel() {
    const QList<QPointer<ApiCall>> calls = m_calls;
    for (const QPointer<ApiCall> &call : calls) {
        if (call)
            call->cancel();
    }
}

void DestinationAddition::add(const QList<int> &keys, const QList<NewDestination> &destinations) {
    Q_ASSERT(keys.size() == destinations.size());
    if (keys.isEmpty() || keys.size() != destinations.size())
        return;
    for (int i = 0; i < keys.size(); ++i) {
        RowResult row;
        row.asked = destinations.at(i);
        m_rows.insert(keys.at(i), row);
    }
    send(keys);
}

void DestinationAddition::send(const QList<int> &keys) {
    QList<NewDestination> destinations;
    for (int key : keys) {
        setRow(key, RowState::Sending);
        destinations << m_rows.value(key).asked;
    }
    qCInfo(lcWorkflows) << "adding" << destinations.size() << "destination(s) to trunk"
                        << m_trunkSid.value();
    ApiCall *call = m_client->addDestinationUris(
        m_trunkSid, destinations, this,
        [this, keys](const ApiResult<QList<ItemOutcome<DestinationUri>>> &result) {
            answered(keys, result);
        });
    started(call, keys.size() == 1
                      ? tr("Sending %1…").arg(destinations.first().toUriString())
                      : tr("Adding %n destination(s)…", nullptr, int(destinations.size())));
}

void DestinationAddition::answered(const QList<int> &keys,
                                   const ApiResult<QList<ItemOutcome<DestinationUri>>> &result) {
    if (!result.isOk()) {
        for (int key : keys)
            setRow(key, RowState::Failed, result.error());
        emit requestFailed(result.error());
        return;
    }
    QList<NewDestination> asked;
    for (int key : keys)
        asked << m_rows.value(key).asked;
    const QList<ItemOutcome<DestinationUri>> &outcomes = result.value();
    const QList<int> matched = matchOutcomes(asked, outcomes);
    QList<DestinationUri> added;
    for (int k = 0; k < keys.size(); ++k) {
        const int key = keys.at(k);
        if (matched.at(k) < 0) {
            ApiError missing;
            missing.kind = ApiError::Kind::MalformedResponse;
            missing.message = tr("the answer did not mention this destination");
            setRow(key, RowState::Failed, missing);
            continue;
        }
        const ItemOutcome<DestinationUri> &outcome = outcomes.at(matched.at(k));
        if (outcome.isOk()) {
            m_rows[key].added = *outcome.value;
            added << *outcome.value;
            setRow(key, RowState::Added);
        } else {
            setRow(key, RowState::Failed, outcome.error);
        }
    }
    qCInfo(lcWorkflows) << added.size() << "of" << keys.size() << "destination(s) added";
    if (!added.isEmpty())
        emit destinationsAdded(added);
}

void DestinationAddition::allowAndRetry(int key) {
    if (!m_rows.contains(key) || !m_rows.value(key).canAllowAndRetry)
        return;
    const QString ip = m_rows.value(key).asked.host;
    NewWhitelistedIp acl;
    acl.ip = ip;
    acl.mask = 32;
    setRow(key, RowState::Allowing);
    qCInfo(lcWorkflows) << "allowing" << ip << "/32 for a destination on trunk"
                        << m_trunkSid.value();
    ApiCall *call = m_client->whitelistIp(
        m_trunkSid, acl, this, [this, key](const ApiResult<WhitelistedIp> &result) {
            // Already allowed is what we wanted.
            if (!result.isOk() && result.error().kind != ApiError::Kind::Duplicate) {
                setRow(key, RowState::Failed, result.error());
                emit requestFailed(result.error());
                return;
            }
            if (result.isOk())
                emit ipAllowed(result.value());
            send({key});
        });
    started(call, tr("Allowing %1…").arg(ip));
}

void DestinationAddition::setRow(int key, RowState state, const ApiError &error) {
    RowResult &row = m_rows[key];
    row.state = state;
    row.error = state == RowState::Failed ? error : ApiError{};
    row.canAllowAndRetry = state == RowState::Failed && isNotWhitelisted(error) &&
                           validate::isIpv4Literal(row.asked.host);
    emit rowChanged(key);
}

void DestinationAddition::started(ApiCall *call, const QString &busyText) {
    if (!call)
        return;
    const bool wasRunning = isRunning();
    ++m_pending;
    m_calls.removeAll(QPointer<ApiCall>());
    m_calls << call;
    connect(call, &ApiCall::finished, this, &DestinationAddition::callEnded);
    emit callStarted(call, busyText);
    if (!wasRunning)
        emit runningChanged(true);
}

void DestinationAddition::callEnded() {
    // Emitted after the callback, which may already have started the next call (allow, then
    // resend).
    --m_pending;
    if (!isRunning())
        emit runningChanged(false);
}

} // namespace exotrunk
