#include "soakconsole.h"

#include "sandboxfixture.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>

namespace exotrunk::soak {

namespace {

ClientConfig soakConfig(const sandbox::SandboxServer &server) {
    ClientConfig config = testing::clientConfigFor(server);
    config.transferTimeout = std::chrono::milliseconds(kTransferTimeoutMs);
    // The loopback sandbox has no limit in the soak; the client's pacing would only add minutes.
    config.requestsPerMinute = 1000000;
    return config;
}
} // namespace

bool waitFor(const std::function<bool()> &done, const QString &what) {
    if (QTest::qWaitFor(done, kOperationWaitMs))
        return true;
    QTest::qFail(
        qPrintable(
            QStringLiteral("timed out after %1 ms waiting for %2").arg(kOperationWaitMs).arg(what)),
        __FILE__, __LINE__);
    return false;
}

SoakConsole::SoakConsole(sandbox::SandboxServer &server, quint32 seed, const QString &journalFile)
    : m_server(server)
    , m_random(seed)
    , m_faults(server, m_random)
    , m_client(std::make_unique<ExotelClient>(soakConfig(server)))
    , m_journal(journalFile) {
    using Mode = QAbstractItemModelTester::FailureReportingMode;
    m_testers.push_back(std::make_unique<QAbstractItemModelTester>(&m_list, Mode::QtTest));
    for (auto section : {TrunkDetailsController::Section::PhoneNumbers,
                         TrunkDetailsController::Section::DestinationUris,
                         TrunkDetailsController::Section::WhitelistedIps,
                         TrunkDetailsController::Section::Credentials})
        m_testers.push_back(
            std::make_unique<QAbstractItemModelTester>(m_details.section(section), Mode::QtTest));
    m_list.setPageSize(TrunkListModel::LargePageSize); // as the dashboard asks
    m_list.setClient(m_client.get(), nullptr);
    m_details.setClient(m_client.get());
}

SoakConsole::~SoakConsole() {
    m_details.cancel();
    m_list.cancel();
}

bool SoakConsole::idle() const {
    return m_client->pendingCount() == 0 && !m_list.isBusy() && m_details.sectionsSettled() &&
           m_details.trunkState() != TrunkDetailsController::TrunkState::Loading;
}

bool SoakConsole::start() {
    m_faults.clear();
    m_list.refresh();
    if (!waitFor([this] { return !m_list.isBusy(); }, QStringLiteral("the first trunk list")))
        return false;
    SOAK_CHECK(m_list.state() == TrunkListModel::State::Loaded,
               m_list.lastError().technicalDetails());
    return true;
}

bool SoakConsole::runOne() {
    ++m_operations;
    const int roll = pick(100);
    const int trunks = m_list.rowCount();
    bool ok = false;
    if (roll < 10)
        ok = opList();
    else if (roll < 24)
        ok = opOpen();
    else if (roll < 36)
        ok = trunks > 15 ? opDelete() : opCreate();
    else if (roll < 50)
        ok = opMap();
    else if (roll < 76)
        ok = opEdit();
    else if (roll < 88)
        ok = opRotate();
    else
        ok = trunks < 4 ? opCreate() : opDelete();
    m_faults.clear();
    if (!ok)
        return false;
    // Whatever the outcome, nothing the console started is left hanging.
    if (!waitFor([this] { return idle(); }, QStringLiteral("the console to settle")))
        return false;
    return !QTest::currentTestFailed();
}

QString SoakConsole::operationSummary() const {
    QStringList parts;
    for (auto it = m_perOperation.cbegin(); it != m_perOperation.cend(); ++it)
        parts << QStringLiteral("%1 %2").arg(it.key()).arg(it.value());
    return parts.join(QStringLiteral(", "));
}

void SoakConsole::count(const QString &operation) {
    ++m_perOperation[operation];
}

bool SoakConsole::expectOutcome(const QString &what, FaultKind fault, bool failed,
                                const ApiError &error, bool kindKnown) {
    const QString context =
        QStringLiteral("operation %1 (%2) with fault \"%3\": %4")
            .arg(m_operations)
            .arg(what, faultKindName(fault),
                 failed ? error.technicalDetails() : QStringLiteral("succeeded"));
    // A faulted operation fails visibly; an unfaulted (or recoverable) one succeeds.
    SOAK_CHECK(failed == mustSurface(fault), context);
    SOAK_CHECK(!failed || (error.isError() && !error.userMessage().trimmed().isEmpty()), context);
    SOAK_CHECK(!failed || !kindKnown || fault != FaultKind::Timeout ||
                   error.kind == ApiError::Kind::Timeout,
               context);
    // An armed 5xx or drop really met a request of this operation (a delay leaves no mark).
    const bool leavesMark = fault == FaultKind::ServerError || fault == FaultKind::Drop ||
                            fault == FaultKind::RecoverableServerError ||
                            fault == FaultKind::RecoverableDrop;
    SOAK_CHECK(!leavesMark || m_faults.faultedRequests() > 0, context);
    if (failed)
        ++m_failuresShown;
    return true;
}

bool SoakConsole::refreshAfterUnknownOutcome(FaultKind fault) {
    if (fault != FaultKind::Timeout)
        return true;
    m_faults.clear();
    m_list.refresh();
    if (!waitFor([this] { return !m_list.isBusy(); }, QStringLiteral("the list after a timeout")))
        return false;
    SOAK_CHECK(m_list.state() == TrunkListModel::State::Loaded,
               m_list.lastError().technicalDetails());
    if (m_list.rowOfTrunk(m_openSid) < 0) {
        m_details.cancel();
        m_openSid = TrunkSid();
        return true;
    }
    return openTrunk(m_openSid);
}

TrunkSid SoakConsole::randomTrunk() {
    const int rows = m_list.rowCount();
    if (rows == 0)
        return {};
    return m_list.trunkAt(pick(rows)).sid;
}

bool SoakConsole::openTrunk(const TrunkSid &sid) {
    m_details.load(sid, m_list.trunk(sid));
    m_openSid = sid;
    if (!waitFor([this] { return idle(); }, QStringLiteral("trunk %1 to open").arg(sid.value())))
        return false;
    for (auto section : {TrunkDetailsController::Section::PhoneNumbers,
                         TrunkDetailsController::Section::DestinationUris,
                         TrunkDetailsController::Section::WhitelistedIps,
                         TrunkDetailsController::Section::Credentials}) {
        const SectionModel *model = m_details.section(section);
        SOAK_CHECK(model->state() != SectionModel::State::Error,
                   QStringLiteral("%1 of %2 without a fault: %3")
                       .arg(model->title(), sid.value(), model->error().technicalDetails()));
    }
    return true;
}

TrunkSid SoakConsole::ensureOpenTrunk() {
    if (!m_openSid.isEmpty() && m_list.rowOfTrunk(m_openSid) >= 0 && m_details.sectionsSettled())
        return m_openSid;
    const TrunkSid sid = randomTrunk();
    if (sid.isEmpty() || !openTrunk(sid))
        return {};
    return sid;
}

bool SoakConsole::reloadSection(TrunkDetailsController::Section section) {
    m_faults.clear();
    m_details.reloadSection(section);
    if (!waitFor([this] { return idle(); }, QStringLiteral("a section to reload")))
        return false;
    const SectionModel *model = m_details.section(section);
    SOAK_CHECK(
        model->state() != SectionModel::State::Error,
        QStringLiteral("reloading %1: %2").arg(model->title(), model->error().technicalDetails()));
    return true;
}

void SoakConsole::sometimesRefreshAlongside() {
    if (pick(4) != 0)
        return;
    count(QStringLiteral("refresh alongside"));
    sandbox::Fault late;
    late.kind = sandbox::Fault::Kind::Delay;
    late.method = QStringLiteral("GET");
    late.pathContains = QStringLiteral("/trunks?");
    late.delayMs = 300;
    m_server.addFault(late);
    m_list.refresh();
}

bool SoakConsole::listMatchesSandbox(const QString &what) {
    if (!waitFor([this] { return idle(); }, QStringLiteral("the console to settle")))
        return false;
    QStringList shown;
    for (int row = 0; row < m_list.rowCount(); ++row)
        shown << m_list.trunkAt(row).sid.value();
    QStringList held;
    const QJsonObject body = m_server.readState(QStringLiteral("/trunks?page_size=1000"));
    for (const QJsonValue &item : body.value(QStringLiteral("response")).toArray())
        held << item.toObject()
                    .value(QStringLiteral("data"))
                    .toObject()
                    .value(QStringLiteral("trunk_sid"))
                    .toString();
    shown.sort();
    held.sort();
    SOAK_CHECK(shown == held,
               QStringLiteral("after operation %1 (%2) the list shows %3, the "
                              "sandbox holds %4")
                   .arg(m_operations)
                   .arg(what, shown.join(QLatin1Char(' ')), held.join(QLatin1Char(' '))));
    return true;
}

// F5: GET /trunks. A failed refresh keeps the rows and says so.
bool SoakConsole::opList() {
    count(QStringLiteral("list"));
    const FaultKind fault = m_faults.choose({false, true});
    m_faults.arm(fault, QStringLiteral("GET"), QStringLiteral("/trunks?"));
    const int rowsBefore = m_list.rowCount();
    m_list.refresh();
    if (!waitFor([this] { return !m_list.isBusy(); }, QStringLiteral("the trunk list")))
        return false;
    const bool failed = m_list.state() == TrunkListModel::State::RefreshFailed ||
                        m_list.state() == TrunkListModel::State::Error;
    SOAK_CHECK(!failed || m_list.rowCount() == rowsBefore,
               QStringLiteral("a failed refresh lost rows"));
    return expectOutcome(QStringLiteral("list"), fault, failed, m_list.lastError());
}

// Opening a trunk: the trunk and its four sections, each with its own error state.
bool SoakConsole::opOpen() {
    count(QStringLiteral("open"));
    const TrunkSid sid = randomTrunk();
    if (sid.isEmpty())
        return opCreate();
    static const char *const paths[] = {"/phone-numbers", "/destination-uris", "/whitelisted-ips",
                                        "/credentials"};
    const int target = pick(5); // 4: every request of the trunk
    const FaultKind fault = m_faults.choose({false, true});
    m_faults.arm(fault, QStringLiteral("GET"),
                 QStringLiteral("/trunks/") + sid.value() +
                     (target < 4 ? QLatin1String(paths[target]) : QLatin1String("")));
    m_details.load(sid, m_list.trunk(sid));
    m_openSid = sid;
    if (!waitFor([this] { return idle(); }, QStringLiteral("trunk %1 to open").arg(sid.value())))
        return false;
    bool anyFailed = false;
    ApiError shown;
    for (int i = 0; i < 4; ++i) {
        const SectionModel *model =
            m_details.section(TrunkDetailsController::Section(i)); // enum order = paths order
        const bool failed = model->state() == SectionModel::State::Error;
        const bool faulted = mustSurface(fault) && (target == 4 || target == i);
        SOAK_CHECK(failed == faulted,
                   QStringLiteral("%1 of %2 with fault \"%3\" on %4: %5")
                       .arg(model->title(), sid.value(), faultKindName(fault))
                       .arg(target)
                       .arg(failed ? model->error().technicalDetails() : QStringLiteral("loaded")));
        if (failed && !anyFailed)
            shown = model->error();
        anyFailed = anyFailed || failed;
    }
    SOAK_CHECK(m_details.trunk().has_value(), QStringLiteral("the opened trunk is not shown"));
    return expectOutcome(QStringLiteral("open"), fault, anyFailed, shown);
}

// Del on the list: DELETE /trunks?trunk_sid=…; the row goes on success and stays otherwise.
bool SoakConsole::opDelete() {
    count(QStringLiteral("delete"));
    const TrunkSid sid = randomTrunk();
    if (sid.isEmpty())
        return opCreate();
    const FaultKind fault = m_faults.choose({true, true});
    m_faults.arm(fault, QStringLiteral("DELETE"), QStringLiteral("trunk_sid="));
    sometimesRefreshAlongside();
    QSignalSpy finished(&m_list, &TrunkListModel::deleteFinished);
    m_list.deleteTrunk(sid);
    if (!waitFor([&finished] { return !finished.isEmpty(); }, QStringLiteral("the delete")))
        return false;
    const bool ok = finished.first().at(1).toBool();
    // The model hands on the user's words only, not the error's kind.
    ApiError error;
    if (!ok) {
        error.kind = ApiError::Kind::Network;
        error.message = finished.first().at(2).toString();
    }
    // A timed-out delete did happen; a refresh alongside may already have seen the trunk gone.
    SOAK_CHECK(
        (m_list.rowOfTrunk(sid) >= 0) == !ok || fault == FaultKind::Timeout,
        QStringLiteral("the row after a delete with fault \"%1\"").arg(faultKindName(fault)));
    SOAK_CHECK(!m_list.isPendingDelete(sid), QStringLiteral("a delete left its row pending"));
    SOAK_CHECK(ok || !error.message.trimmed().isEmpty(), QStringLiteral("a silent failure"));
    if (ok && sid == m_openSid) {
        m_details.cancel();
        m_openSid = TrunkSid();
    }
    if (!expectOutcome(QStringLiteral("delete"), fault, !ok, error, false))
        return false;
    return refreshAfterUnknownOutcome(fault) && listMatchesSandbox(QStringLiteral("delete"));
}

QString SoakConsole::nextNumber() {
    return QStringLiteral("+91804%1").arg(++m_serial, 7, 10, QLatin1Char('0'));
}

QString SoakConsole::nextIp() {
    ++m_serial;
    return QStringLiteral("198.51.%1.%2").arg(m_serial / 250 % 250).arg(m_serial % 250 + 1);
}

QString SoakConsole::nextHost() {
    return QStringLiteral("pbx%1.soak.example.com").arg(++m_serial);
}

QString SoakConsole::nextUserName() {
    return QStringLiteral("soak_u%1").arg(++m_serial);
}

} // namespace exotrunk::soak
