#include "workflows/trunkchanges.h"

#include "api/apicall.h"
#include "api/exotelclient.h"

Q_LOGGING_CATEGORY(lcTrunkChanges, "exotrunk.workflows.changes", QtInfoMsg)

namespace exotrunk {

TrunkChanges::TrunkChanges(ExotelClient *client, TrunkSid trunkSid, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_trunkSid(std::move(trunkSid)) {
    qRegisterMetaType<exotrunk::RowResult>();
    qRegisterMetaType<exotrunk::TrunkSection>();
}

TrunkChanges::~TrunkChanges() {
    // Callbacks of a row in flight must not reach a half-destroyed object.
    delete m_rowContext;
}

ExotelClient *TrunkChanges::client() const {
    return m_client;
}

// The caller's callback first (its dialog shows the answer), then `changed` for whoever reloads.
template <typename T>
TrunkChanges::Callback<T> TrunkChanges::notifying(TrunkSection section, const Callback<T> &done,
                                                  const char *what) {
    qCInfo(lcTrunkChanges) << what << "on trunk" << m_trunkSid.value();
    return [self = QPointer<TrunkChanges>(this), section, done, what](const ApiResult<T> &r) {
        if (!r.isOk())
            qCInfo(lcTrunkChanges) << what << "failed:" << ApiError::kindName(r.error().kind);
        if (done)
            done(r);
        if (r.isOk() && self)
            emit self->changed(section);
    };
}

ApiCall *TrunkChanges::deleteTrunk(QObject *context, const Callback<Trunk> &done) {
    return m_client->deleteTrunk(m_trunkSid, context,
                                 notifying(TrunkSection::Trunk, done, "delete trunk"));
}

ApiCall *TrunkChanges::renameTrunk(const QString &name, QObject *context,
                                   const Callback<Trunk> &done) {
    return m_client->renameTrunk(m_trunkSid, name, context,
                                 notifying(TrunkSection::Trunk, done, "rename"));
}

ApiCall *TrunkChanges::mapPhoneNumber(const NewPhoneNumber &number, QObject *context,
                                      const Callback<PhoneNumber> &done) {
    return m_client->mapPhoneNumber(m_trunkSid, number, context,
                                    notifying(TrunkSection::PhoneNumbers, done, "map number"));
}

ApiCall *TrunkChanges::changeNumberMode(const PhoneNumber &number, NumberMode mode,
                                        QObject *context, const Callback<PhoneNumber> &done) {
    return m_client->updatePhoneNumberMode(
        m_trunkSid, number.id, number.number, mode, context,
        notifying(TrunkSection::PhoneNumbers, done, "change number mode"));
}

ApiCall *TrunkChanges::allowIp(const NewWhitelistedIp &ip, QObject *context,
                               const Callback<WhitelistedIp> &done) {
    return m_client->whitelistIp(m_trunkSid, ip, context,
                                 notifying(TrunkSection::WhitelistedIps, done, "allow IP"));
}

ApiCall *TrunkChanges::changeIpMask(const WhitelistedIp &ip, int mask, QObject *context,
                                    const Callback<WhitelistedIp> &done) {
    return m_client->updateWhitelistedIp(
        m_trunkSid, ip.id, ip.ip, mask, context,
        notifying(TrunkSection::WhitelistedIps, done, "change IP mask"));
}

ApiCall *TrunkChanges::changeDestinationOrder(const DestinationUri &destination, int priority,
                                              int weight, QObject *context,
                                              const Callback<DestinationUri> &done) {
    return m_client->updateDestinationUri(
        m_trunkSid, destination.id, priority, weight, context,
        notifying(TrunkSection::DestinationUris, done, "change destination order"));
}

ApiCall *TrunkChanges::createCredential(const NewCredential &credential, QObject *context,
                                        const Callback<Credential> &done) {
    return m_client->createCredential(
        m_trunkSid, credential, context,
        notifying(TrunkSection::Credentials, done, "create credential"));
}

ApiCall *TrunkChanges::updateCredential(const Credential &credential,
                                        const CredentialUpdate &update, QObject *context,
                                        const Callback<Credential> &done) {
    return m_client->updateCredential(
        m_trunkSid, credential.id, update, context,
        notifying(TrunkSection::Credentials, done, "update credential"));
}

ApiCall *TrunkChanges::deleteCredential(const Credential &credential, QObject *context,
                                        const Callback<Credential> &done) {
    return m_client->deleteCredential(
        m_trunkSid, credential.id, context,
        notifying(TrunkSection::Credentials, done, "delete credential"));
}

ApiCall *TrunkChanges::setCallerIdAlias(const QString &e164, QObject *context,
                                        const Callback<TrunkSetting> &done) {
    return m_client->setCallerIdAlias(m_trunkSid, e164, context,
                                      notifying(TrunkSection::CallerId, done, "set alias"));
}

ApiCall *TrunkChanges::removeCallerIdAlias(QObject *context, const Callback<TrunkSetting> &done) {
    return m_client->removeSetting(m_trunkSid, QString::fromLatin1(TrunkSetting::ExternalAlias),
                                   context,
                                   notifying(TrunkSection::CallerId, done, "remove alias"));
}

ApiCall *TrunkChanges::readSettings(QObject *context, const Callback<QList<TrunkSetting>> &done) {
    return m_client->listSettings(m_trunkSid, context, done);
}

std::optional<QString> TrunkChanges::aliasIn(const QList<TrunkSetting> &settings) {
    for (const TrunkSetting &s : settings) {
        if (s.name == QLatin1String(TrunkSetting::ExternalAlias))
            return s.value;
    }
    return std::nullopt;
}

// --- Removals of several rows ---

namespace {
// A row's start: the client call that removes it, reduced to "which error, if any".
template <typename T, typename Call>
std::function<ApiCall *(QObject *, std::function<void(ApiError)>)> rowStart(Call call) {
    return [call](QObject *context, const std::function<void(ApiError)> &answered) {
        return call(context, [answered](const ApiResult<T> &r) {
            answered(r.isOk() ? ApiError() : r.error());
        });
    };
}
} // namespace

bool TrunkChanges::removePhoneNumbers(const QList<PhoneNumber> &numbers) {
    QList<Row> rows;
    for (const PhoneNumber &n : numbers) {
        rows.append({RowResult{n.id.value(), n.number, {}},
                     rowStart<PhoneNumber>([this, id = n.id](QObject *c, auto cb) {
                         return m_client->removePhoneNumber(m_trunkSid, id, c, cb);
                     })});
    }
    return startRemoval(TrunkSection::PhoneNumbers, rows);
}

bool TrunkChanges::removeWhitelistedIps(const QList<WhitelistedIp> &ips) {
    QList<Row> rows;
    for (const WhitelistedIp &ip : ips) {
        rows.append({RowResult{ip.id.value(), ip.cidr(), {}},
                     rowStart<WhitelistedIp>([this, id = ip.id](QObject *c, auto cb) {
                         return m_client->removeWhitelistedIp(m_trunkSid, id, c, cb);
                     })});
    }
    return startRemoval(TrunkSection::WhitelistedIps, rows);
}

bool TrunkChanges::removeDestinationUris(const QList<DestinationUri> &destinations) {
    QList<Row> rows;
    for (const DestinationUri &d : destinations) {
        rows.append({RowResult{d.id.value(), d.destination, {}},
                     rowStart<DestinationUri>([this, id = d.id](QObject *c, auto cb) {
                         return m_client->removeDestinationUri(m_trunkSid, id, c, cb);
                     })});
    }
    return startRemoval(TrunkSection::DestinationUris, rows);
}

bool TrunkChanges::removeCredentials(const QList<Credential> &credentials) {
    QList<Row> rows;
    for (const Credential &cr : credentials) {
        rows.append({RowResult{cr.id.value(), cr.userName, {}},
                     rowStart<Credential>([this, id = cr.id](QObject *c, auto cb) {
                         return m_client->deleteCredential(m_trunkSid, id, c, cb);
                     })});
    }
    return startRemoval(TrunkSection::Credentials, rows);
}

bool TrunkChanges::startRemoval(TrunkSection section, QList<Row> rows) {
    if (m_running || !m_client)
        return false;
    m_section = section;
    m_rows = std::move(rows);
    m_results.clear();
    for (const Row &row : std::as_const(m_rows))
        m_results.append(row.result);
    m_next = 0;
    ++m_generation;
    m_running = true;
    qCInfo(lcTrunkChanges) << "removing" << m_rows.size() << "rows of" << int(section) << "on trunk"
                           << m_trunkSid.value();
    emit progress(0, int(m_rows.size()));
    runNext();
    return true;
}

void TrunkChanges::runNext() {
    if (m_next >= m_rows.size()) {
        finishRemoval();
        return;
    }
    delete m_rowContext;
    m_rowContext = new QObject(this);
    const int index = m_next;
    m_call = m_rows[index].start(m_rowContext, [this, index](const ApiError &error) {
        if (index == m_next)
            finishRow(error);
    });
}

void TrunkChanges::finishRow(const ApiError &error) {
    RowResult &result = m_results[m_next];
    result.error = error;
    qCInfo(lcTrunkChanges) << "row" << result.id
                           << (result.isOk() ? QStringLiteral("removed")
                                             : ApiError::kindName(error.kind));
    ++m_next;
    emit rowFinished(result);
    emit progress(m_next, int(m_rows.size()));
    // The server lacks the endpoint: it lacks it for every other row too. Nothing is removed.
    if (error.kind == ApiError::Kind::Unsupported) {
        for (int i = m_next; i < m_results.size(); ++i)
            m_results[i].error = error;
        m_next = int(m_rows.size());
    }
    // The next request after this callback has returned.
    QMetaObject::invokeMethod(
        this,
        [this, generation = m_generation] {
            if (generation == m_generation)
                runNext();
        },
        Qt::QueuedConnection);
}

void TrunkChanges::cancel() {
    if (!m_running)
        return;
    ApiError cancelled;
    cancelled.kind = ApiError::Kind::Cancelled;
    cancelled.message = tr("Stopped before this row was removed.");
    // The row in flight may or may not have been removed: its answer will never come, so say
    // it was not confirmed rather than claim either.
    delete m_rowContext;
    m_rowContext = nullptr;
    if (m_call)
        m_call->cancel();
    for (int i = m_next; i < m_results.size(); ++i)
        m_results[i].error = cancelled;
    m_next = int(m_rows.size());
    finishRemoval();
}

void TrunkChanges::finishRemoval() {
    if (!m_running)
        return;
    m_running = false;
    m_rows.clear();
    const int failed = failedCount();
    qCInfo(lcTrunkChanges) << "removal finished:" << m_results.size() - failed << "removed,"
                           << failed << "failed";
    if (failed < m_results.size())
        emit changed(m_section);
    emit finished(m_section, m_results);
}

int TrunkChanges::failedCount() const {
    int n = 0;
    for (const RowResult &r : m_results)
        n += !r.isOk();
    return n;
}

} // namespace exotrunk
